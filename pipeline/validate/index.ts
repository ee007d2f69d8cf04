/**
 * validate: every record passes its table's zod schema before it is written; a record that
 * fails goes to rejects with the schema's message, never silently away. Cross-record checks
 * run here too, each marked reject or warn by the severity its column declares. Rows that pass
 * take the schema's compiled form (compiled.ts); only the others go through zod itself.
 */
import { BROADER_NAMES, columnsOf, TABLE_NAMES, TABLES, type Indicator, type Reject, type Report, type TableName } from '../../schemas/index.ts';
import { STRETCH_GOAL_CUE, TARGETS_LIST_LEAD } from '../../schemas/frames.ts';
import { spanHoldsNumber } from '../shared/numerals.ts';
import { hasAstral } from '../shared/offsets.ts';
import { compiledParser } from './compiled.ts';
import { INDICATOR_CHECKS as INDICATOR_CHECKS_LIST, REPORT_CHECKS as REPORT_CHECKS_LIST, severityOf, type Check, type CheckContext } from './checks.ts';

export { INDICATOR_CHECKS, REPORT_CHECKS } from './checks.ts';

export interface Validated<T> { rows: T[]; rejects: Reject[]; warnings: string[] }

export function validateRows<T extends TableName>(table: T, rows: Array<Record<string, unknown>>, sourceFile: string): Validated<Record<string, unknown>> {
  const schema = TABLES[table];
  const quick = compiledParser(table);
  const ok: Array<Record<string, unknown>> = [];
  const rejects: Reject[] = [];
  for (const row of rows) {
    const passed = quick?.(row);
    if (passed) {
      ok.push(passed);
      continue;
    }
    const r = schema.safeParse(row);
    if (r.success) ok.push(r.data as Record<string, unknown>);
    else {
      const issues = r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
      rejects.push({ source_file: sourceFile, stage: 'validate', reason: `schema_${table}`, detail: `${issues} in ${JSON.stringify(row).slice(0, 300)}` });
    }
  }
  return { rows: ok, rejects, warnings: [] };
}

/** An indicator's span must hold its number as written: 7.5 in 增长7.5%, 4 in 增长4.0%, 12.3 in 增长百分之十二点三. */
function figureHeld(row: Record<string, unknown>): (span: string) => boolean {
  const n = (row.value ?? (typeof row.growth_pct === 'number' ? Math.abs(row.growth_pct) : null)) as number | null;
  if (n === null) return (span) => /[0-9零〇一二三四五六七八九十]/.test(span);
  return (span) => spanHoldsNumber(span, n);
}

let lastText = '';
let lastSlicer: Slicer = { length: 0, slice: () => '', utf16: (cp) => cp };
/** A text by code points: its length, a slice, and the UTF-16 offset of a code-point offset. */
interface Slicer { length: number; slice(start: number, end: number): string; utf16(cp: number): number }
/**
 * Slices a text by code-point offsets; kept for the next call on the same text (spans of several
 * tables). Texts without astral characters, nearly all, slice directly.
 */
function codePoints(text: string): Slicer {
  if (text === lastText) return lastSlicer;
  lastText = text;
  if (!hasAstral(text)) lastSlicer = { length: text.length, slice: (a, b) => text.slice(a, b), utf16: (cp) => cp };
  else {
    const utf16: number[] = [];
    for (let i = 0; i < text.length; i++) {
      utf16.push(i);
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) i++;
    }
    utf16.push(text.length);
    lastSlicer = { length: utf16.length - 1, slice: (a, b) => text.slice(utf16[a], utf16[b]), utf16: (cp) => utf16[Math.min(cp, utf16.length - 1)] };
  }
  return lastSlicer;
}

/** Every span must hold what the record says it holds; returns the rows that do. */
export function checkSpans<R extends { char_start: number; char_end: number }>(
  table: string, rows: R[], cleanText: string, expected: (r: R) => string | RegExp | ((span: string) => boolean), sourceFile: string,
): Validated<R> {
  const cps = codePoints(cleanText);
  const ok: R[] = [];
  const rejects: Reject[] = [];
  for (const r of rows) {
    const inside = r.char_start >= 0 && r.char_end <= cps.length && r.char_start <= r.char_end;
    const span = inside ? cps.slice(r.char_start, r.char_end) : '';
    const want = expected(r);
    const good = inside && (typeof want === 'string' ? span === want : typeof want === 'function' ? want(span) : want.test(span));
    if (good) ok.push(r);
    else rejects.push({ source_file: sourceFile, stage: 'validate', reason: 'offset_mismatch', detail: `${table} [${r.char_start}, ${r.char_end}) holds ${JSON.stringify(span.slice(0, 60))}, not ${typeof want === 'function' ? 'its figure' : String(want).slice(0, 60)}` });
  }
  return { rows: ok, rejects, warnings: [] };
}

export interface CheckOutcome<R> { rows: R[]; rejects: Reject[]; warnings: string[] }

/** Runs checks over rows, acting on each failure by the severity of the column it concerns. */
export function runChecks<R extends Record<string, unknown>>(rows: R[], checks: Array<Check<R>>, ctxOf: (r: R) => CheckContext, sourceFile: string): CheckOutcome<R> {
  const kept: R[] = [];
  const rejects: Reject[] = [];
  const warnings: string[] = [];
  for (const row of rows) {
    let r = row;
    let dropped = false;
    for (const c of checks) {
      const problem = c.test(r, ctxOf(r));
      if (!problem) continue;
      const severity = severityOf(c.table, c.column);
      if (severity === 'reject') {
        rejects.push({ source_file: sourceFile, stage: 'validate', reason: c.name, detail: `${c.table}: ${problem}` });
        dropped = true;
        break;
      }
      warnings.push(`${c.name}: ${problem}${severity === 'nullify' ? ` (${c.column} set to null)` : ''}`);
      if (severity === 'nullify') r = { ...r, [c.column]: null };
    }
    if (!dropped) kept.push(r);
  }
  return { rows: kept, rejects, warnings };
}

/**
 * Figures of one claim — the same indicator, kind, basis, years and scope — compared like with
 * like. A restatement (the same numbers, or fewer of them: 粮食产量3920亿斤 after 粮食的指标为3920亿斤，
 * 增长5.9%) is rejected as duplicate_figure and the fuller statement kept. Two statements that
 * disagree on a number both go to rejects as conflicting_figures, with both sentences: neither
 * can be trusted over the other, and a wrong figure is worse than a missing one — except that a
 * target in the report's targets list is kept over the statements outside it that differ
 * (target_beside_list: a stretch goal 力争…, or a zone the clause did not name again). Statements
 * that complete each other (a level here, its growth there) are both kept.
 */
export function dropDuplicateFigures(rows: Indicator[], sourceFile: string, cleanText: string | null = null): CheckOutcome<Indicator> {
  const toUtf16 = cleanText === null ? null : codePoints(cleanText).utf16;
  const claims = new Map<string, Indicator[]>();
  for (const r of rows) {
    const claim = [r.report_id, r.indicator, r.kind, r.year, r.year_end, r.basis, r.scope].join('|');
    const group = claims.get(claim);
    if (group) group.push(r);
    else claims.set(claim, [r]);
  }
  const dropped = new Set<Indicator>();
  const rejects: Reject[] = [];
  const warnings: string[] = [];
  const figure = (r: Indicator) => `${r.value ?? ''}${r.value_high !== null ? `–${r.value_high}` : ''}${r.unit ?? ''}${r.growth_pct !== null ? ` ${r.growth_pct}${r.growth_pct_high !== null ? `–${r.growth_pct_high}` : ''}%` : ''} ${r.qualifier}`.trim();
  for (const group of claims.values()) {
    if (group.length < 2) continue;
    // A target in the report's list of targets (主要预期目标是：…) is the official statement of it:
    // a restatement elsewhere (力争增长6%以上 after 增长6%) gives way to it, whatever its qualifier.
    // The list may be set one item per line under its lead (主要预期目标是：\n地区生产总值增长5.5%左右；).
    const listedRows = new Set(group.filter((r) => r.kind === 'target' && (TARGET_LIST.test(r.sentence) || (toUtf16 !== null && inTargetsListAbove(cleanText!, toUtf16(r.char_start))))));
    const official = (r: Indicator) => listedRows.has(r);
    for (const r of group) {
      if (dropped.has(r) || official(r)) continue;
      const listed = group.find((o) => o !== r && !dropped.has(o) && official(o) && sameNumbers(o, r));
      if (!listed) continue;
      dropped.add(r);
      rejects.push({ source_file: sourceFile, stage: 'validate', reason: 'duplicate_figure', detail: `${r.indicator} ${r.kind} ${r.year} ${figure(r)} restates the targets list's ${figure(listed)}: ${r.sentence.slice(0, 80)}` });
    }
    // restatements first: a row whose numbers another row holds too
    for (const r of group) {
      if (dropped.has(r)) continue;
      const fuller = group.find((o) => o !== r && !dropped.has(o) && covers(o, r) && (!covers(r, o) || group.indexOf(o) < group.indexOf(r)));
      if (!fuller) continue;
      dropped.add(r);
      rejects.push({ source_file: sourceFile, stage: 'validate', reason: 'duplicate_figure', detail: `${r.indicator} ${r.kind} ${r.year} ${figure(r)} stated again: ${r.sentence.slice(0, 80)}` });
    }
    let left = group.filter((r) => !dropped.has(r));
    // 财政收入2790亿元 beside 一般公共预算收入1681亿元: the broader name gives way to the key's own
    if (left.some((a, i) => left.slice(i + 1).some((b) => disagree(a, b))) && left.some((r) => BROADER_NAMES.has(r.label)) && left.some((r) => !BROADER_NAMES.has(r.label))) {
      for (const r of left.filter((x) => BROADER_NAMES.has(x.label))) {
        dropped.add(r);
        rejects.push({ source_file: sourceFile, stage: 'validate', reason: 'broader_name', detail: `${r.indicator} ${r.kind} ${r.year} ${figure(r)} under ${r.label}, beside the same claim under a narrower name: ${r.sentence.slice(0, 80)}` });
      }
      left = left.filter((r) => !dropped.has(r));
    }
    // 规模以上工业增加值增长8% in the list, 力争全市规模以上工业增加值增长10% in a section (a stretch
    // goal), 力争开发区…、固定资产投资增长20% (a zone whose name the clause did not repeat): the
    // list's figure is the target; the stretch goals go to rejects (确保增长6.5% beside the list's
    // 6%左右 is a conflict: both out)
    const listed = left.filter(official);
    if (listed.length && !listed.some((a, i) => listed.slice(i + 1).some((b) => disagree(a, b)))) {
      for (const r of left.filter((x) => !official(x) && stretchGoal(x) && listed.some((o) => disagree(o, x)))) {
        dropped.add(r);
        rejects.push({ source_file: sourceFile, stage: 'validate', reason: 'target_beside_list', detail: `${r.indicator} ${r.kind} ${r.year} ${figure(r)} outside the targets list, which gives ${figure(listed[0])} (a stretch goal or a part of the region): ${r.sentence.slice(0, 80)}` });
      }
      left = left.filter((r) => !dropped.has(r));
    }
    const conflict = left.some((a, i) => left.slice(i + 1).some((b) => disagree(a, b)));
    if (!conflict) continue;
    for (const r of left) dropped.add(r);
    const detail = `${left[0].indicator} ${left[0].kind} ${left[0].basis} ${left[0].year}${left[0].year_end !== left[0].year ? `–${left[0].year_end}` : ''} given as ${left.map((r) => `${figure(r)} in «${r.sentence.slice(0, 60)}»`).join(' and as ')}`;
    warnings.push(`conflicting_figures: ${detail}`);
    for (let k = 0; k < left.length; k++) rejects.push({ source_file: sourceFile, stage: 'validate', reason: 'conflicting_figures', detail });
  }
  return { rows: rows.filter((r) => !dropped.has(r)), rejects, warnings };
}

/**
 * Whether the line at `at` is an item of a targets list set one per line: the lines above it
 * are items closed by ；, up to a lead that ends with a colon and names the targets (TARGET_LIST).
 */
function inTargetsListAbove(text: string, at: number): boolean {
  let lineStart = text.lastIndexOf('\n', at - 1) + 1;
  for (let k = 0; k < 30 && lineStart > 0; k++) {
    const prevStart = text.lastIndexOf('\n', lineStart - 2) + 1;
    const line = text.slice(prevStart, lineStart - 1).trim();
    if (/[：:]$/.test(line)) return TARGET_LIST.test(line);
    if (line.length > 100 || !/[；;]$/.test(line)) return false;
    lineStart = prevStart;
  }
  return false;
}

const STRETCH_GOAL = new RegExp(`(?:${STRETCH_GOAL_CUE})[^，,；;：:。]*$`);
/** A target stated as a stretch goal: 力争 in the clause before its name or right after it (STRETCH_GOAL_CUE). */
function stretchGoal(r: Indicator): boolean {
  const at = r.sentence.indexOf(r.label);
  if (at < 0) return false;
  // 力争全市规模以上工业增加值增长10%, or 全年规模以上工业增加值力争增长20%
  return (at > 0 && STRETCH_GOAL.test(r.sentence.slice(0, at))) || STRETCH_GOAL_AFTER.test(r.sentence.slice(at + r.label.length));
}
const STRETCH_GOAL_AFTER = new RegExp(`^(?:要|将|还要)?(?:${STRETCH_GOAL_CUE})`);

/**
 * Whether `a` states every number `b` states, as precisely: the same numbers, or a precise
 * number where `b` gave a bound it meets (32765亿元 covers 突破3万亿元, 增长5.4% covers 增长5%以上).
 */
function covers(a: Indicator, b: Indicator): boolean {
  // a result of 5.4% meets 增长5%以上; a target of 20% is another target than 10%以上
  const within = a.kind !== 'target';
  if (b.growth_pct !== null && (a.growth_pct === null || !meets(a.growth_pct, a.growth_pct_high, a.qualifier, b.growth_pct, b.growth_pct_high, b.qualifier, within))) return false;
  if (b.value !== null && (a.value === null || !(meets(amount(a), amountHigh(a), a.qualifier, amount(b), amountHigh(b), b.qualifier, within) || (within && roundsTo(a, b))))) return false;
  return true;
}

/**
 * A result stated precisely here and rounded there (去年国内生产总值达到102398亿元 / 增加到2002年的
 * 10.2万亿元): `b`'s value is `a`'s rounded to `b`'s own last digit.
 */
function roundsTo(a: Indicator, b: Indicator): boolean {
  if (a.value === null || b.value === null || a.value_normalized === null || b.value_normalized === null || b.value === 0) return false;
  if (a.value_high !== null || b.value_high !== null || (b.qualifier !== 'exact' && b.qualifier !== 'about')) return false;
  const decimals = (String(b.value).split('.')[1] ?? '').length;
  const step = 10 ** -decimals * (b.value_normalized / b.value);
  return Math.abs(a.value_normalized - b.value_normalized) <= step / 2 * (1 + 1e-9) && a.value_normalized !== b.value_normalized;
}

/** The same numbers, whatever the qualifiers say of them. */
const sameNumbers = (a: Indicator, b: Indicator) =>
  a.growth_pct === b.growth_pct && a.growth_pct_high === b.growth_pct_high && (a.value === null || b.value === null || (a.value_normalized === b.value_normalized && amountHigh(a) === amountHigh(b)));

/** Two statements of one claim that give numbers that cannot both hold. */
function disagree(a: Indicator, b: Indicator): boolean {
  const growth = a.growth_pct !== null && b.growth_pct !== null;
  const value = a.value !== null && b.value !== null;
  if (!growth && !value) return false;
  return !covers(a, b) && !covers(b, a);
}

/** A value in its base unit where the unit is known, so that 3万亿元 and 32765亿元 compare. */
const amount = (r: Indicator) => r.value_normalized ?? r.value!;
/** The upper end of a value range in the same base unit as `amount`. */
const amountHigh = (r: Indicator) => (r.value_high === null ? null : r.value_normalized !== null && r.value ? r.value_high * (r.value_normalized / r.value) : r.value_high);

/**
 * Whether the statement (x, xHigh, xQual) says at least what (y, yHigh, yQual) says: the same
 * numbers (a qualified 5%左右 covers a bare 5%, the shorthand of the same figure), or a precise
 * number within the other's bound (32765亿元 within 突破3万亿元).
 */
function meets(x: number, xHigh: number | null, xQual: string, y: number, yHigh: number | null, yQual: string, within = true): boolean {
  const same = (p: number, q: number) => Math.abs(p - q) <= 1e-9 * Math.max(1, Math.abs(q));
  const sameHigh = xHigh === null ? yHigh === null : yHigh !== null && same(xHigh, yHigh);
  if (same(x, y) && sameHigh) return xQual === yQual || yQual === 'exact';
  if (!within || xQual !== 'exact' || xHigh !== null) return false;
  if (yQual === 'at_least') return x >= y;
  if (yQual === 'at_most') return x <= y;
  if (yQual === 'about') return Math.abs(x - y) <= 0.05 * Math.abs(y);
  if (yQual === 'range' && yHigh !== null) return x >= y && x <= yHigh;
  return false;
}

/** The sentence of a report's list of targets: 今年…主要预期目标是：…. */
const TARGET_LIST = new RegExp(TARGETS_LIST_LEAD);

const SPAN_TABLES = TABLE_NAMES.filter((t) => columnsOf(t).some((c) => c.name === 'char_start')) as Array<Exclude<TableName, 'rejects'>>;

export interface FileRows {
  sourceFile: string;
  cleanText: string | null;
  rows: { [T in Exclude<TableName, 'rejects'>]: Array<Record<string, unknown>> };
}

export interface ValidatedFile {
  rows: FileRows['rows'];
  rejects: Reject[];
  warnings: string[];
}

/**
 * Everything one file produced, through its schemas, span checks and cross-record checks.
 * A report that fails its schema takes its rows with it: they would point at nothing.
 */
export function validateFile(f: FileRows): ValidatedFile {
  const rejects: Reject[] = [];
  const warnings: string[] = [];
  const out = {} as FileRows['rows'];
  for (const t of Object.keys(f.rows) as Array<keyof FileRows['rows']>) {
    const v = validateRows(t, f.rows[t], f.sourceFile);
    rejects.push(...v.rejects);
    out[t] = v.rows;
  }
  const rep = runChecks(out.reports as unknown as Report[], REPORT_CHECKS_LIST, () => ({ report: undefined }), f.sourceFile);
  out.reports = rep.rows as unknown as Array<Record<string, unknown>>;
  rejects.push(...rep.rejects);
  warnings.push(...rep.warnings);
  if (out.reports.length === 0) {
    for (const t of Object.keys(out) as Array<keyof FileRows['rows']>) out[t] = [];
    return { rows: out, rejects, warnings };
  }
  const report = out.reports[0] as unknown as Report;
  if (f.cleanText !== null) {
    // Every table whose rows carry a span into the clean text.
    for (const t of SPAN_TABLES) {
      const want = (row: Record<string, unknown>) => (t === 'indicators' ? figureHeld(row) : t === 'paragraphs' || t === 'quantities' || t === 'no_target_statements' ? String(row.text) : /\S/);
      const s = checkSpans(t, out[t] as Array<{ char_start: number; char_end: number }>, f.cleanText, want as never, f.sourceFile);
      out[t] = s.rows as Array<Record<string, unknown>>;
      rejects.push(...s.rejects);
    }
  }
  const ind = runChecks(out.indicators as unknown as Indicator[], INDICATOR_CHECKS_LIST, () => ({ report }), f.sourceFile);
  const dup = dropDuplicateFigures(ind.rows, f.sourceFile, f.cleanText);
  out.indicators = dup.rows as unknown as Array<Record<string, unknown>>;
  rejects.push(...ind.rejects, ...dup.rejects);
  warnings.push(...ind.warnings, ...dup.warnings);
  return { rows: out, rejects, warnings };
}
