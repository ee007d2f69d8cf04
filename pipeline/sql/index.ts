/**
 * `govreports sql` (and `make sql` when the duckdb command is not installed): an SQL prompt on the
 * dataset, opened read-only, results drawn as DuckDB's shell draws them (box.ts). Statements can
 * also be piped in: `echo "SELECT …;" | make sql`.
 */
import { createInterface } from 'node:readline';
import { DuckDBInstance, DuckDBTypeId, type DuckDBType, type DuckDBValue } from '@duckdb/node-api';
import { formatBox } from './box.ts';

const NUMERIC = new Set([
  DuckDBTypeId.TINYINT, DuckDBTypeId.SMALLINT, DuckDBTypeId.INTEGER, DuckDBTypeId.BIGINT, DuckDBTypeId.HUGEINT, DuckDBTypeId.UTINYINT, DuckDBTypeId.USMALLINT,
  DuckDBTypeId.UINTEGER, DuckDBTypeId.UBIGINT, DuckDBTypeId.UHUGEINT, DuckDBTypeId.FLOAT, DuckDBTypeId.DOUBLE, DuckDBTypeId.DECIMAL,
]);

const valueText = (v: DuckDBValue): string | null => (v === null ? null : typeof v === 'string' ? v : String(v));

export async function sqlPrompt(path: string): Promise<void> {
  const db = await DuckDBInstance.create(path, { access_mode: 'READ_ONLY' });
  const con = await db.connect();
  const tables = (await con.runAndReadAll("SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' ORDER BY table_type, table_name")).getRows().map((r) => String(r[0]));
  // The reader starts after every await before the loop: lines piped in would be read and lost meanwhile.
  const tty = !!process.stdin.isTTY;
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: tty });
  process.stdout.write(`${path} (read-only). Tables and views: ${tables.join(' ')}. End a statement with ; and quit with .quit\n`);
  const prompt = (p: string) => { if (tty) { rl.setPrompt(p); rl.prompt(); } };
  let buf = '';
  prompt('govreports> ');
  for await (const line of rl) {
    if (!buf && /^\s*(\.quit|\.exit|quit|exit)\s*;?\s*$/.test(line)) break;
    buf += `${line}\n`;
    if (!/;\s*$/.test(line)) { prompt('      ...> '); continue; }
    const sql = buf;
    buf = '';
    try {
      // Each statement of the line its own result, as DuckDB's shell shows them.
      const statements = await con.extractStatements(sql);
      for (let i = 0; i < statements.count; i++) {
        const reader = await (await statements.prepare(i)).runAndReadAll();
        const types: DuckDBType[] = reader.columnTypes();
        if (!reader.columnCount) continue;
        process.stdout.write(`${formatBox({
          names: reader.columnNames(),
          types: types.map((t) => t.toString().toLowerCase()),
          numeric: types.map((t) => NUMERIC.has(t.typeId)),
          rows: reader.getRows().map((r) => r.map(valueText)),
        }, process.stdout.columns || Number(process.env.COLUMNS) || 120)}\n`);
      }
    } catch (e) {
      process.stderr.write(`${String((e as Error).message ?? e)}\n`);
    }
    prompt('govreports> ');
  }
  rl.close();
  con.closeSync();
  db.closeSync();
}
