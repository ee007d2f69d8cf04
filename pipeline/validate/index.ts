/**
 * validate: every record passes its table's zod schema before it is written; a record that
 * fails goes to rejects with the schema's message, never silently away. Cross-record checks
 * run here too, each marked reject or warn by the severity its column declares. Rows that pass
 * take the schema's compiled form (compiled.ts); only the others go through zod itself.
 */
import { columnsOf, TABLE_NAMES, TABLES, type Indicator, type Reject, type Report, type TableName } from '../../schemas/index.ts';
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

/** An indicator's span must hold its number as written: 7.5 in 增长7.5%, 4 in 增长4.0%. */
function figurePattern(row: Record<string, unknown>): RegExp {
  const n = (row.value ?? (typeof row.growth_pct === 'number' ? Math.abs(row.growth_pct) : null)) as number | null;
  if (n === null) return /[0-9]/;
  const [int, frac] = String(n).split('.');
  return new RegExp(`(?<![0-9.])${int}${frac ? `\\.${frac}0*` : '(?:\\.0+)?'}(?![0-9])`);
}

let lastText = '';
let lastSlicer: Slicer = { length: 0, slice: () => '' };
interface Slicer { length: number; slice(start: number, end: number): string }
/**
 * Slices a text by code-point offsets; kept for the next call on the same text (spans of several
 * tables). Texts without astral characters, nearly all, slice directly.
 */
function codePoints(text: string): Slicer {
  if (text === lastText) return lastSlicer;
  lastText = text;
  if (!hasAstral(text)) lastSlicer = { length: text.length, slice: (a, b) => text.slice(a, b) };
  else {
    const utf16: number[] = [];
    for (let i = 0; i < text.length; i++) {
      utf16.push(i);
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) i++;
    }
    utf16.push(text.length);
    lastSlicer = { length: utf16.length - 1, slice: (a, b) => text.slice(utf16[a], utf16[b]) };
  }
  return lastSlicer;
}

/** Every span must hold what the record says it holds; returns the rows that do. */
export function checkSpans<R extends { char_start: number; char_end: number }>(
  table: string, rows: R[], cleanText: string, expected: (r: R) => string | RegExp, sourceFile: string,
): Validated<R> {
  const cps = codePoints(cleanText);
  const ok: R[] = [];
  const rejects: Reject[] = [];
  for (const r of rows) {
    const inside = r.char_start >= 0 && r.char_end <= cps.length && r.char_start <= r.char_end;
    const span = inside ? cps.slice(r.char_start, r.char_end) : '';
    const want = expected(r);
    const good = inside && (typeof want === 'string' ? span === want : want.test(span));
    if (good) ok.push(r);
    else rejects.push({ source_file: sourceFile, stage: 'validate', reason: 'offset_mismatch', detail: `${table} [${r.char_start}, ${r.char_end}) holds ${JSON.stringify(span.slice(0, 60))}, not ${String(want).slice(0, 60)}` });
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

/** The same figure claimed twice in a report: the later rows are rejected. */
export function dropDuplicateFigures(rows: Indicator[], sourceFile: string): CheckOutcome<Indicator> {
  const seen = new Map<string, Indicator>();
  const kept: Indicator[] = [];
  const rejects: Reject[] = [];
  const warnings: string[] = [];
  const claims = new Map<string, Indicator>();
  for (const r of rows) {
    const key = [r.report_id, r.indicator, r.kind, r.year, r.year_end, r.basis, r.scope, r.value, r.unit, r.growth_pct, r.growth_pct_high, r.qualifier].join('|');
    if (seen.has(key)) {
      rejects.push({ source_file: sourceFile, stage: 'validate', reason: 'duplicate_figure', detail: `${r.indicator} ${r.kind} ${r.year} stated twice: ${r.sentence.slice(0, 80)}` });
      continue;
    }
    seen.set(key, r);
    const claim = [r.report_id, r.indicator, r.kind, r.year, r.year_end, r.basis, r.scope].join('|');
    const other = claims.get(claim);
    if (other && (other.growth_pct !== r.growth_pct || other.value !== r.value)) {
      warnings.push(`conflicting_figures: ${r.indicator} ${r.kind} ${r.year} is given as ${other.value ?? ''}${other.unit ?? ''} ${other.growth_pct ?? ''}% and as ${r.value ?? ''}${r.unit ?? ''} ${r.growth_pct ?? ''}%`);
    } else claims.set(claim, r);
    kept.push(r);
  }
  return { rows: kept, rejects, warnings };
}

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
      const want = (row: Record<string, unknown>) => (t === 'indicators' ? figurePattern(row) : t === 'paragraphs' || t === 'quantities' || t === 'no_target_statements' ? String(row.text) : /\S/);
      const s = checkSpans(t, out[t] as Array<{ char_start: number; char_end: number }>, f.cleanText, want as never, f.sourceFile);
      out[t] = s.rows as Array<Record<string, unknown>>;
      rejects.push(...s.rejects);
    }
  }
  const ind = runChecks(out.indicators as unknown as Indicator[], INDICATOR_CHECKS_LIST, () => ({ report }), f.sourceFile);
  const dup = dropDuplicateFigures(ind.rows, f.sourceFile);
  out.indicators = dup.rows as unknown as Array<Record<string, unknown>>;
  rejects.push(...ind.rejects, ...dup.rejects);
  warnings.push(...ind.warnings, ...dup.warnings);
  return { rows: out, rejects, warnings };
}
