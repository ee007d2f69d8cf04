/**
 * How validated rows travel from a worker to the database and sit in the cache: CSV lines in the
 * schema's column order, with no header. Measured against JSON lines on 100 synthetic reports, a
 * generic writer took 0.69 ms a report against 1.2 ms for JSON.stringify (and 1.45 ms for
 * papaparse's unparse), and its text is half as long, which the cache's compressor and DuckDB's
 * reader both pay for. The writer compiled per table below took 0.54 ms where the generic one took
 * 0.88 ms in the same run, for the same text.
 *
 * The reader's options (`readCsvSql`) sit beside the writer, so the two cannot drift apart:
 * strings are always quoted (a quoted empty string stays '' and is never read as null), an
 * unquoted empty field is null, numbers are written as JavaScript prints them.
 */
import { transcode } from 'node:buffer';
import { columnsOf, DUCKDB_TYPE, ORDER_BY, type TableName } from '../../schemas/index.ts';

/**
 * Where a table's lines are written: UTF-16 code units, turned into UTF-8 by ICU in one call at
 * the end. Writing fields into one growing array instead of concatenating strings (the writer
 * before this one) spares the strings a line was made of (1.2 of the 3.4 MB a report allocated;
 * young-generation collections per 1,000 reports 236 → 184) and the flattening and
 * well-formedness scans that encoding a concatenated string costs. Two builds of 1,000 reports
 * run side by side, one worker each, four times: this writer's took 0.95–0.99 of the other's CPU.
 */
class CsvUnits {
  units = new Uint16Array(INITIAL_UNITS);
  /** The same memory as bytes, for V8's native copy of long strings. */
  bytes = Buffer.from(this.units.buffer);
  length = 0;

  /** A string field: quoted, inner quotes doubled, a lone surrogate written as U+FFFD (as UTF-8 encoders do). */
  quoted(s: string) {
    const n = s.length;
    this.reserve(2 * n + 2);
    const u = this.units;
    let at = this.length;
    u[at++] = QUOTE;
    if (n >= NATIVE_COPY_FROM && s.indexOf('"') < 0 && (s as unknown as { isWellFormed(): boolean }).isWellFormed()) {
      at += this.bytes.write(s, 2 * at, 'utf16le') >> 1;
    } else {
      for (let i = 0; i < n; i++) {
        let c = s.charCodeAt(i);
        if (c === QUOTE) u[at++] = QUOTE;
        else if ((c & 0xf800) === 0xd800) {
          const d = c < 0xdc00 && i + 1 < n ? s.charCodeAt(i + 1) : 0;
          if ((d & 0xfc00) === 0xdc00) {
            u[at++] = c;
            c = d;
            i++;
          } else {
            c = 0xfffd;
          }
        }
        u[at++] = c;
      }
    }
    u[at++] = QUOTE;
    this.length = at;
  }

  /** ASCII text as it is (numbers, booleans). */
  plain(s: string) {
    const n = s.length;
    this.reserve(n);
    const u = this.units;
    let at = this.length;
    for (let i = 0; i < n; i++) u[at++] = s.charCodeAt(i);
    this.length = at;
  }

  /**
   * A finite number as JavaScript prints it. Most numbers in the tables are offsets and ordinals,
   * small integers, whose digits are written here without making a string first (the CSV lines
   * of 300 synthetic reports: 0.72 → 0.65 ms a report); other numbers take `'' + v`, which prints
   * every double the way the reader parses it back.
   */
  number(v: number) {
    if ((v | 0) !== v) {
      this.plain('' + v);
      return;
    }
    // An int32 (−0 among them, which prints as "0" like `'' + -0`): a sign and at most ten digits.
    this.reserve(11);
    const u = this.units;
    let n = v;
    if (n < 0) {
      u[this.length++] = MINUS;
      n = -n; // up to 2^31: still exact, and n / 10 below stays within uint32
    }
    let at = (this.length += digitCount(n));
    do {
      const q = (n / 10) >>> 0;
      u[--at] = DIGIT_0 + n - 10 * q;
      n = q;
    } while (n !== 0);
  }

  unit(c: number) {
    this.reserve(1);
    this.units[this.length++] = c;
  }

  private reserve(more: number) {
    const need = this.length + more;
    if (need <= this.units.length) return;
    let size = this.units.length * 2;
    while (size < need) size *= 2;
    const grown = new Uint16Array(size);
    grown.set(this.units.subarray(0, this.length));
    this.units = grown;
    this.bytes = Buffer.from(grown.buffer);
  }

  /** Starts afresh; memory grown for an unusually long table is given back. */
  reset() {
    this.length = 0;
    if (this.units.length > MAX_KEPT_UNITS) {
      this.units = new Uint16Array(INITIAL_UNITS);
      this.bytes = Buffer.from(this.units.buffer);
    }
  }
}

/** Decimal digits of a non-negative integer below 2^32. */
function digitCount(n: number): number {
  if (n < 100000) return n < 10 ? 1 : n < 100 ? 2 : n < 1000 ? 3 : n < 10000 ? 4 : 5;
  return n < 1000000 ? 6 : n < 10000000 ? 7 : n < 100000000 ? 8 : n < 1000000000 ? 9 : 10;
}

const QUOTE = 0x22;
const MINUS = 0x2d;
const DIGIT_0 = 0x30;
const COMMA = 0x2c;
const NEWLINE = 0x0a;
const INITIAL_UNITS = 1 << 16;
const MAX_KEPT_UNITS = 1 << 23;
/** Below this length a JavaScript loop copies a string faster than a call into V8's native copy. */
const NATIVE_COPY_FROM = 32;

type RowWriter = (row: Record<string, unknown>, out: CsvUnits) => void;
const writers = new Map<TableName, RowWriter>();

/**
 * One line of a table's row, compiled once per table from its schema's column names and types:
 * a validated row's values have the declared types, so each column needs one test, not a
 * switch on typeof.
 */
function writerOf(table: TableName): RowWriter {
  let w = writers.get(table);
  if (w) return w;
  const fields = columnsOf(table).map((c, i) => {
    if (!/^[a-z_][a-z0-9_]*$/.test(c.name)) throw new Error(`column name ${c.name} cannot be compiled`);
    const separator = i ? `out.unit(${COMMA}); ` : '';
    const check = `else if (v != null) bad('${c.name}', v);`;
    switch (c.type) {
      case 'string':
      case 'date':
        return `${separator}v = r.${c.name}; if (typeof v === 'string') out.quoted(v); ${check}`;
      case 'integer':
      case 'number':
        return `${separator}v = r.${c.name}; if (typeof v === 'number') { if (Number.isFinite(v)) out.number(v); } ${check}`;
      case 'boolean':
        return `${separator}v = r.${c.name}; if (v === true) out.plain('true'); else if (v === false) out.plain('false'); ${check}`;
    }
  });
  w = new Function('bad', `return (r, out) => { let v;\n${fields.join('\n')}\nout.unit(${NEWLINE}); };`)(bad) as RowWriter;
  writers.set(table, w);
  return w;
}

const bad = (column: string, v: unknown): never => {
  throw new Error(`column ${column}: ${typeof v} is not the type its schema declares`);
};

/** One per thread: a table's lines are written into it, then copied out. */
const sink = new CsvUnits();

/** Rows of one table as CSV lines in UTF-8, each ending in a newline (the dialect above). */
export function rowsToCsvBytes(table: TableName, rows: ReadonlyArray<Record<string, unknown>>): Buffer {
  const write = writerOf(table);
  sink.reset();
  for (const row of rows) write(row, sink);
  // The units are well-formed UTF-16 (lone surrogates were replaced), which ICU converts as is.
  return sink.length ? transcode(sink.bytes.subarray(0, 2 * sink.length), 'utf16le', 'utf8') : Buffer.alloc(0);
}

/**
 * The order the output files list a table's rows in: its ORDER_BY columns, ascending, nulls
 * last, strings by UTF-8 bytes — DuckDB's `ORDER BY … NULLS LAST` under its default collation,
 * which `orderBySql` writes for the same table. A report's rows are put in this order by its
 * worker, so that the output CSV can be made of each report's rows as they come.
 */
export function orderRows<R extends Record<string, unknown>>(table: TableName, rows: R[]): R[] {
  return rows.slice().sort(comparatorOf(table)); // Array#sort is stable: ties keep the order they were found in
}

type Comparator = (a: Record<string, unknown>, b: Record<string, unknown>) => number;
const comparators = new Map<TableName, Comparator>();

function comparatorOf(table: TableName): Comparator {
  const known = comparators.get(table);
  if (known) return known;
  const types = new Map(columnsOf(table).map((c) => [c.name, c.type]));
  const keys = ORDER_BY[table].map((name) => ({ name, text: types.get(name) === 'string' || types.get(name) === 'date' }));
  const compare: Comparator = (a, b) => {
    for (const k of keys) {
      const x = a[k.name];
      const y = b[k.name];
      if (x === y) continue;
      if (x === null || x === undefined) return 1;
      if (y === null || y === undefined) return -1;
      const c = k.text ? compareUtf8(String(x), String(y)) : x < y ? -1 : x > y ? 1 : 0;
      if (c !== 0) return c;
    }
    return 0;
  };
  comparators.set(table, compare);
  return compare;
}

/** The ORDER BY clause that lists a table's rows in the order `orderRows` gives. */
export function orderBySql(table: TableName, alias = ''): string {
  return ORDER_BY[table].map((c) => `${alias}${c} NULLS LAST`).join(', ');
}

/**
 * Strings in UTF-8 byte order, i.e. by code point. UTF-16 code units order the same except
 * that a surrogate pair (U+10000 and up) sorts below U+E000–U+FFFF.
 */
export function compareUtf8(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    const xs = x >= 0xd800 && x <= 0xdfff;
    const ys = y >= 0xd800 && y <= 0xdfff;
    if (xs !== ys) return xs ? 1 : -1; // a surrogate starts a code point above every BMP one
    return x - y;
  }
  return a.length - b.length;
}

/** A DuckDB table function reading a file written by `rowsToCsvBytes`, typed by the schema. */
export function readCsvSql(table: TableName, file: string): string {
  const columns = `{${columnsOf(table).map((c) => `'${c.name}': '${DUCKDB_TYPE[c.type]}'`).join(', ')}}`;
  return `read_csv('${file.replace(/'/g, "''")}', header = false, auto_detect = false, delim = ',', quote = '"', escape = '"', allow_quoted_nulls = false, columns = ${columns}, max_line_size = ${MAX_ROW_BYTES}, buffer_size = ${MAX_ROW_BYTES})`;
}

/**
 * The longest row the reader accepts: above the longest paragraph a raw file under ingest's
 * 20 MB limit can hold, even from GB18030 to UTF-8.
 */
const MAX_ROW_BYTES = 48 * 1024 * 1024;
