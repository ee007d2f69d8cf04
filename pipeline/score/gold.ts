/**
 * Reading hand-coded answers (gold) and the build they are scored against. The scorer is a port
 * of ../shared/tools/score-figures.py and score-problems.py, so reading follows Python's on every
 * point that can change a count: csv.DictReader's rows, float() then round(x, 4) for numbers,
 * str.strip() and `\s` for whitespace, code points (not UTF-16 units) for lengths and slices,
 * and code-point order when files are sorted.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';

/** A CSV row as csv.DictReader gives it: a column the row is too short for is undefined (None). */
export type Row = Record<string, string | undefined>;
export interface Table { columns: string[]; rows: Row[] }

export class GoldError extends Error {}

/** Python's str.isspace() (and `\s` in a str pattern): the same 29 code points. */
export const PY_SPACE = '\\t\\n\\x0b\\x0c\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const EDGE_SPACE = new RegExp(`^[${PY_SPACE}]+|[${PY_SPACE}]+$`, 'gu');

/** str.strip() with no argument (JavaScript's trim() differs: it strips U+FEFF, keeps U+001C–U+001F and U+0085). */
export const pyStrip = (s: string) => s.replace(EDGE_SPACE, '');

/** s[:n] of a Python str: the first n code points. */
export const codePoints = (s: string, n?: number) => (n === undefined ? Array.from(s) : Array.from(s).slice(0, n)).join('');

/** Python's sort order of str: by code point (JavaScript's default sort compares UTF-16 units). */
export function byCodePoint(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = x[i].codePointAt(0)! - y[i].codePointAt(0)!;
    if (d) return d;
  }
  return x.length - y.length;
}

/** os.path.basename: what follows the last '/'. */
export const baseName = (p: string | undefined) => (p ?? '').slice((p ?? '').lastIndexOf('/') + 1);

/**
 * Reads a CSV as Python's `csv.DictReader(open(path, encoding='utf-8-sig'))`: the BOM dropped,
 * line ends made \n (open()'s universal newlines), blank lines skipped, the header giving the
 * columns (a later duplicate name wins).
 */
export function readTable(path: string): Table {
  if (!existsSync(path)) throw new GoldError(`no such file: ${path}`);
  const text = readFileSync(path, 'utf8').replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
  const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false });
  const lines = parsed.data.filter((cells) => !(cells.length === 1 && cells[0] === ''));
  const [header = [], ...body] = lines;
  const rows = body.map((cells) => {
    const row: Row = {};
    header.forEach((col, i) => { row[col] = cells[i]; });
    return row;
  });
  return { columns: header, rows };
}

const NUMERAL = /^[+-]?(?:(?:\d(?:_?\d)*)(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?$/;
const SPECIAL = /^[+-]?(?:inf|infinity|nan)$/i;

/** Any Unicode decimal digit (category Nd) as its ASCII digit, as float() reads them (５ is 5). */
function asciiDigits(s: string): string {
  return s.replace(/\p{Nd}/gu, (d) => {
    let start = d.codePointAt(0)!;
    while (/\p{Nd}/u.test(String.fromCodePoint(start - 1))) start--;
    return String((d.codePointAt(0)! - start) % 10);
  });
}

/** Python's float(s), or null where it raises ValueError. */
export function pyFloat(s: string): number | null {
  const t = asciiDigits(pyStrip(s));
  if (SPECIAL.test(t)) {
    const sign = t.startsWith('-') ? -1 : 1;
    return /nan/i.test(t) ? Number.NaN : sign * Number.POSITIVE_INFINITY;
  }
  if (!NUMERAL.test(t)) return null;
  return Number(t.replace(/_/g, ''));
}

/**
 * round(x, 4) of Python: the nearest 4-decimal number, a tie (exact in binary, such as 0.03125)
 * going to the even digit. toFixed takes the larger one on a tie, so ties are settled here.
 */
export function pyRound(x: number, digits: number): number {
  if (!Number.isFinite(x) || Math.abs(x) >= 1e21) return x;
  const r = Number(halfEvenFixed(Math.abs(x), digits));
  return x < 0 || Object.is(x, -0) ? -r : r;
}

/** `format(x, '.Nf')` of Python: x with N decimals, ties to even. */
export function pyFixed(x: number, digits: number): string {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? 'nan' : x > 0 ? 'inf' : '-inf';
  const s = halfEvenFixed(Math.abs(x), digits);
  return (x < 0 || Object.is(x, -0)) ? `-${s}` : s;
}

function halfEvenFixed(x: number, digits: number): string {
  const nearest = x.toFixed(digits);
  if (x >= 1e21) return nearest;
  // x.toFixed(100) is x's exact decimal expansion for every double a tie can be (≥ 5e-(digits+1)).
  const exact = x.toFixed(100);
  const dot = exact.indexOf('.');
  const rest = exact.slice(dot + 1 + digits);
  if (!/^50*$/.test(rest)) return nearest;
  const down = exact.slice(0, digits ? dot + 1 + digits : dot);
  const last = Number(down[down.length - 1]);
  return last % 2 === 0 ? down : nearest;
}

/** num() of the Python scorers: None for empty or not a number, else round(float(s), 4). */
export function num(s: string | undefined | null): number | null {
  if (s === undefined || s === null || s === '') return null;
  const f = pyFloat(s);
  return f === null ? null : pyRound(f, 4);
}

/** The rows of a build that the scorers read, keyed as they look them up. */
export interface Build {
  outDir: string;
  /** reports.csv rows by the base name of their source_file (the gold names files so). */
  reportsByFile: Map<string, Row[]>;
  /** indicators.csv rows by report_id, in file order. */
  indicatorsByReport: Map<string, Row[]>;
}

const group = <T>(items: T[], key: (t: T) => string) => {
  const m = new Map<string, T[]>();
  for (const t of items) {
    const k = key(t);
    const list = m.get(k);
    if (list) list.push(t); else m.set(k, [t]);
  }
  return m;
};

export function buildTablePath(outDir: string, table: string): string {
  const p = join(outDir, 'csv', `${table}.csv`);
  if (!existsSync(p)) throw new GoldError(`${p} not found: is ${outDir} the output folder of a build (govreports build --out ${outDir})?`);
  return p;
}

/** Reads reports.csv and (when asked) indicators.csv of a build. */
export function readBuild(outDir: string, withIndicators = true): Build {
  const reports = readTable(buildTablePath(outDir, 'reports')).rows;
  const indicators = withIndicators ? readTable(buildTablePath(outDir, 'indicators')).rows : [];
  return {
    outDir,
    reportsByFile: group(reports, (r) => baseName(r.source_file)),
    indicatorsByReport: group(indicators, (i) => i.report_id ?? ''),
  };
}

/** figures.csv of SPEC.md: per file one `meta` row and its `figure` rows. */
export interface FigureGold {
  meta: Map<string, Row>;
  figures: Map<string, Row[]>;
}

const FIGURE_COLUMNS = ['file', 'row', 'indicator', 'kind', 'year', 'year_end', 'basis', 'value', 'unit', 'growth_pct', 'growth_pct_high', 'qualifier', 'is_report', 'plan_year', 'review_year', 'evidence'];

function requireColumns(path: string, t: Table, needed: string[]) {
  const missing = needed.filter((c) => !t.columns.includes(c));
  if (missing.length) throw new GoldError(`${path}: missing column(s) ${missing.join(', ')} (columns found: ${t.columns.join(', ') || 'none'})`);
}

/** Reads one or more figures.csv files; a later meta row of a file replaces an earlier one. */
export function readFigureGold(paths: string[]): FigureGold {
  const meta = new Map<string, Row>();
  const figures = new Map<string, Row[]>();
  for (const path of paths) {
    const t = readTable(path);
    requireColumns(path, t, FIGURE_COLUMNS);
    for (const r of t.rows) {
      const file = r.file ?? '';
      if (r.row === 'meta') meta.set(file, r);
      else {
        const list = figures.get(file);
        if (list) list.push(r); else figures.set(file, [r]);
      }
    }
  }
  return { meta, figures };
}

/** reports.csv of the gold: `file` and any of the metadata columns. */
export function readMetaGold(path: string): Table {
  const t = readTable(path);
  requireColumns(path, t, ['file']);
  return t;
}

/**
 * A gold of text items (problems.csv: file,ordinal,text,note): each file's `text` cells in order.
 * A glossary gold codes `term` and `definition` apart (glossary.csv: file,ordinal,term,definition,note);
 * its item is then "term：definition", as the build's glossary rows are read (spans.ts).
 */
export function readSpanGold(path: string): Map<string, string[]> {
  const t = readTable(path);
  const split = t.columns.includes('term') && t.columns.includes('definition') && !t.columns.includes('text');
  requireColumns(path, t, split ? ['file', 'term', 'definition'] : ['file', 'text']);
  const textOf = (r: Record<string, string | undefined>) => (split ? (r.term || r.definition ? `${r.term ?? ''}：${r.definition ?? ''}` : '') : r.text ?? '');
  return new Map([...group(t.rows, (r) => r.file ?? '')].map(([file, rows]) => [file, rows.map(textOf)]));
}
