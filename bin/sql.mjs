#!/usr/bin/env node
// `make sql`: an interactive SQL prompt on the dataset, opened read-only.
import { createInterface } from 'node:readline';
import { DuckDBInstance } from '@duckdb/node-api';

const path = process.argv[2] ?? 'output/govreports.duckdb';
const db = await DuckDBInstance.create(path, { access_mode: 'READ_ONLY' });
const con = await db.connect();
const rl = createInterface({ input: process.stdin, output: process.stdout, prompt: 'govreports> ', terminal: process.stdin.isTTY });
process.stdout.write(`${path} (read-only). Tables: reports sections paragraphs indicators quantities glossary problems pledges repairs rejects; views: targets results report_sections. End a statement with ; and quit with .quit\n`);
let buf = '';
rl.prompt();
rl.on('line', async (line) => {
  if (!buf && /^\s*(\.quit|\.exit|quit|exit)\s*;?\s*$/.test(line)) { rl.close(); return; }
  buf += line + '\n';
  if (!/;\s*$/.test(line)) { rl.setPrompt('      ...> '); rl.prompt(); return; }
  const sql = buf;
  buf = '';
  rl.pause();
  try {
    const r = await con.runAndReadAll(sql);
    const rows = r.getRowObjectsJson();
    if (rows.length) console.table(rows.slice(0, 200));
    if (rows.length > 200) console.log(`… ${rows.length - 200} more rows`);
  } catch (e) {
    console.error(String(e.message ?? e));
  }
  rl.setPrompt('govreports> ');
  rl.resume();
  rl.prompt();
});
rl.on('close', () => { con.closeSync(); db.closeSync(); process.exit(0); });
