#!/usr/bin/env node
// `make sql`: an interactive SQL prompt on the dataset, opened read-only. Also reads statements
// piped on standard input (`echo "SELECT …;" | make sql`).
import { createInterface } from 'node:readline';
import { DuckDBInstance } from '@duckdb/node-api';

const path = process.argv[2] ?? 'output/govreports.duckdb';
const db = await DuckDBInstance.create(path, { access_mode: 'READ_ONLY' });
const con = await db.connect();
const tty = process.stdin.isTTY;
const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: tty });
process.stdout.write(`${path} (read-only). Tables: reports sections paragraphs indicators quantities glossary problems pledges repairs rejects; views: targets results report_sections. End a statement with ; and quit with .quit\n`);
const prompt = (p) => { if (tty) { rl.setPrompt(p); rl.prompt(); } };
let buf = '';
prompt('govreports> ');
for await (const line of rl) {
  if (!buf && /^\s*(\.quit|\.exit|quit|exit)\s*;?\s*$/.test(line)) break;
  buf += line + '\n';
  if (!/;\s*$/.test(line)) { prompt('      ...> '); continue; }
  const sql = buf;
  buf = '';
  try {
    const rows = (await con.runAndReadAll(sql)).getRowObjectsJson();
    if (rows.length) console.table(rows.slice(0, 200));
    else console.log('(no rows)');
    if (rows.length > 200) console.log(`… ${rows.length - 200} more rows`);
  } catch (e) {
    console.error(String(e.message ?? e));
  }
  prompt('govreports> ');
}
rl.close();
con.closeSync();
db.closeSync();
