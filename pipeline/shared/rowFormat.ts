/**
 * How validated rows travel from a worker to the database and sit in the cache: CSV lines in the
 * schema's column order, with no header. Measured against JSON lines on 100 synthetic reports,
 * this writer takes 0.69 ms a report against 1.2 ms for JSON.stringify (and 1.45 ms for
 * papaparse's unparse), and its text is half as long, which the cache's compressor and DuckDB's
 * reader both pay for.
 *
 * The reader's options (`readCsvSql`) sit beside the writer, so the two cannot drift apart:
 * strings are always quoted (a quoted empty string stays '' and is never read as null), an
 * unquoted empty field is null, numbers are written as JavaScript prints them.
 */
import { columnsOf, DUCKDB_TYPE, type TableName } from '../../schemas/index.ts';

const names = new Map<TableName, string[]>();

function columnNames(table: TableName): string[] {
  let n = names.get(table);
  if (!n) names.set(table, (n = columnsOf(table).map((c) => c.name)));
  return n;
}

function field(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v.includes('"') ? `"${v.replaceAll('"', '""')}"` : `"${v}"`;
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  throw new Error(`a row value must be a string, number, boolean or null, not ${typeof v}`);
}

/** Rows of one table as CSV lines, each ending in a newline. */
export function rowsToCsv(table: TableName, rows: ReadonlyArray<Record<string, unknown>>): string {
  const cols = columnNames(table);
  let out = '';
  for (const row of rows) {
    let line = field(row[cols[0]]);
    for (let i = 1; i < cols.length; i++) line += ',' + field(row[cols[i]]);
    out += line + '\n';
  }
  return out;
}

/** A DuckDB table function reading files written by `rowsToCsv`, typed by the schema. */
export function readCsvSql(table: TableName, files: string[]): string {
  const columns = `{${columnsOf(table).map((c) => `'${c.name}': '${DUCKDB_TYPE[c.type]}'`).join(', ')}}`;
  const list = `[${files.map((f) => `'${f.replace(/'/g, "''")}'`).join(', ')}]`;
  return `read_csv(${list}, header = false, auto_detect = false, delim = ',', quote = '"', escape = '"', allow_quoted_nulls = false, columns = ${columns}, max_line_size = ${MAX_ROW_BYTES}, buffer_size = ${MAX_ROW_BYTES})`;
}

/**
 * The longest row the reader accepts: above the longest paragraph a raw file under ingest's
 * 20 MB limit can hold, even from GB18030 to UTF-8.
 */
const MAX_ROW_BYTES = 48 * 1024 * 1024;
