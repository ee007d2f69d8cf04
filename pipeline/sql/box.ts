/**
 * Query results drawn as DuckDB's own shell draws them (its "duckbox" mode): a box with the
 * column names and types on top, numbers right-aligned, NULL written out, text cut with … to fit
 * the terminal's width (Chinese characters count two columns, as terminals show them), columns
 * left out in the middle when even that is too wide, and at most 40 rows: the first and last 20.
 */
export interface Table {
  names: string[];
  types: string[];
  /** Right-aligned columns (numbers). */
  numeric: boolean[];
  /** Values as text; null is NULL. */
  rows: Array<Array<string | null>>;
}

const MAX_ROWS = 40;
const MIN_COLUMN = 6;
const MAX_COLUMN = 60;

/** Columns a character takes in a terminal: 2 for East Asian wide and full-width ones, 0 for combining marks. */
export function charWidth(cp: number): number {
  if (cp < 0x300) return 1;
  if ((cp >= 0x300 && cp <= 0x36f) || (cp >= 0x200b && cp <= 0x200f) || cp === 0xfeff) return 0;
  if ((cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0x303e) || (cp >= 0x3041 && cp <= 0x33ff) || (cp >= 0x3400 && cp <= 0x4dbf)
    || (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0xa000 && cp <= 0xa4cf) || (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0xf900 && cp <= 0xfaff)
    || (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60) || (cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x1f300 && cp <= 0x1faff)
    || (cp >= 0x20000 && cp <= 0x3fffd)) return 2;
  return 1;
}

export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += charWidth(ch.codePointAt(0)!);
  return w;
}

/** The text cut to at most `width` columns, ending in … when cut. */
export function fit(s: string, width: number): string {
  if (displayWidth(s) <= width) return s;
  let out = '';
  let w = 0;
  for (const ch of s) {
    const cw = charWidth(ch.codePointAt(0)!);
    if (w + cw > width - 1) break;
    out += ch;
    w += cw;
  }
  return `${out}…`;
}

const pad = (s: string, width: number, right: boolean) => {
  const gap = ' '.repeat(Math.max(0, width - displayWidth(s)));
  return right ? gap + s : s + gap;
};

export function formatBox(t: Table, terminalWidth = 120): string {
  const shown = t.rows.length > MAX_ROWS ? [...t.rows.slice(0, MAX_ROWS / 2), null, ...t.rows.slice(-MAX_ROWS / 2)] : t.rows;
  const cell = (v: string | null) => (v === null ? 'NULL' : v.replace(/\r?\n/g, '\\n').replace(/\t/g, ' '));
  let cols = t.names.map((_, c) => c);
  const natural = (c: number) => Math.min(MAX_COLUMN, Math.max(displayWidth(t.names[c]), displayWidth(t.types[c]), ...shown.map((r) => (r ? displayWidth(cell(r[c])) : 1))));
  let widths = new Map(cols.map((c) => [c, natural(c)]));
  const total = () => [...cols].reduce((n, c) => n + (c < 0 ? 1 : widths.get(c)!) + 3, 1);
  // Too wide: first narrow the widest columns, then leave out columns from the middle.
  while (total() > terminalWidth) {
    const widest = cols.filter((c) => c >= 0).sort((a, b) => widths.get(b)! - widths.get(a)!)[0];
    if (widest === undefined || widths.get(widest)! <= MIN_COLUMN) break;
    widths.set(widest, widths.get(widest)! - 1);
  }
  if (total() > terminalWidth) {
    const real = t.names.map((_, c) => c);
    let left = Math.ceil(real.length / 2);
    let right = real.length - left;
    while (left + right > 1) {
      if (left >= right) left--; else right--;
      cols = [...real.slice(0, left), -1, ...real.slice(real.length - right)];
      if (total() <= terminalWidth) break;
    }
  }
  const footer: string[] = [t.rows.length > MAX_ROWS ? `${t.rows.length} rows (${MAX_ROWS} shown)` : `${t.rows.length} row${t.rows.length === 1 ? '' : 's'}`];
  if (cols.includes(-1)) footer.push(`${t.names.length} columns (${cols.length - 1} shown)`);
  const footerText = ` ${footer.join('  ')} `;
  const last = cols[cols.length - 1];
  if (last !== undefined && last >= 0 && total() - 2 < displayWidth(footerText)) widths.set(last, widths.get(last)! + displayWidth(footerText) - (total() - 2));
  const w = (c: number) => (c < 0 ? 1 : widths.get(c)!);
  const line = (l: string, m: string, r: string) => l + cols.map((c) => '─'.repeat(w(c) + 2)).join(m) + r;
  const row = (f: (c: number) => string, right: (c: number) => boolean) => `│${cols.map((c) => ` ${pad(c < 0 ? '…' : fit(f(c), w(c)), w(c), right(c))} `).join('│')}│`;
  const out = [
    line('┌', '┬', '┐'),
    row((c) => t.names[c], () => false),
    row((c) => t.types[c], () => false),
    line('├', '┼', '┤'),
  ];
  for (const r of shown) {
    if (r === null) {
      for (let k = 0; k < 3; k++) out.push(row(() => '·', (c) => c >= 0 && t.numeric[c]));
      continue;
    }
    out.push(row((c) => cell(r[c]), (c) => c >= 0 && t.numeric[c]));
  }
  const inner = total() - 2;
  out.push(line('├', '┴', '┤').replace(/┴/g, '─'));
  out.push(`│${pad(footerText, inner, false)}│`);
  out.push(`└${'─'.repeat(inner)}┘`);
  return out.join('\n');
}
