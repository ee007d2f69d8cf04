/**
 * load: write the validated tables as a DuckDB database, Parquet (zstd) and CSV files, the
 * cleaned texts, a Frictionless datapackage.json and quality.json. Everything is written to
 * a temporary folder beside the output and swapped in at the end, so a build that dies
 * half-way leaves the previous output whole.
 */
import { createHash } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { once } from 'node:events';
import { DuckDBInstance, dateValue, type DuckDBAppender, type DuckDBConnection } from '@duckdb/node-api';
import Papa from 'papaparse';
import {
  columnsOf, DUCKDB_TYPE, FRICTIONLESS_TYPE, TABLE_DESCRIPTIONS, TABLE_NAMES,
  type ColumnInfo, type TableName,
} from '../../schemas/index.ts';

export type TableRows = { [T in TableName]: Array<Record<string, unknown>> };

export interface LoadInput {
  outDir: string;
  tables: TableRows;
  cleanTexts: Array<{ reportId: string; text: string }>;
  quality: unknown;
  qualityMarkdown: string;
  /** Fixed facts for datapackage.json: taken from the inputs, never the clock. */
  pkg: { version: string; created: string; sources: Array<{ title: string; path: string }> };
}

export const VIEWS: Record<string, string> = {
  targets: `SELECT r.region_name, r.admin_code, r.admin_level, r.plan_year, i.* FROM indicators i JOIN reports r USING (report_id) WHERE i.kind = 'target'`,
  results: `SELECT r.region_name, r.admin_code, r.admin_level, r.review_year, i.* FROM indicators i JOIN reports r USING (report_id) WHERE i.kind IN ('actual', 'estimate')`,
  report_sections: `SELECT r.region_name, r.plan_year, s.* FROM sections s JOIN reports r USING (report_id)`,
};

export async function load(input: LoadInput): Promise<{ rowCounts: Record<TableName, number> }> {
  const out = resolve(input.outDir);
  const parent = dirname(out);
  mkdirSync(parent, { recursive: true });
  const tmp = join(parent, `.${basename(out)}.tmp-${process.pid}`);
  removeLeftovers(parent, basename(out));
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(join(tmp, 'parquet'), { recursive: true });
  mkdirSync(join(tmp, 'csv'), { recursive: true });
  mkdirSync(join(tmp, 'clean'), { recursive: true });

  for (const { reportId, text } of input.cleanTexts) writeFileSync(join(tmp, 'clean', `${reportId}.txt`), text, 'utf8');

  const rowCounts = {} as Record<TableName, number>;
  const db = await DuckDBInstance.create(join(tmp, 'govreports.duckdb'));
  const con = await db.connect();
  try {
    await con.run('SET threads = 1'); // one writer thread: Parquet files come out byte-identical across builds
    for (const table of TABLE_NAMES) {
      const cols = columnsOf(table);
      const rows = input.tables[table];
      rowCounts[table] = rows.length;
      await con.run(`CREATE TABLE ${table} (${cols.map((c) => `${c.name} ${DUCKDB_TYPE[c.type]}${c.nullable ? '' : ' NOT NULL'}`).join(', ')})`);
      await appendRows(con, table, cols, rows);
      await con.run(`COMMENT ON TABLE ${table} IS ${sqlString(TABLE_DESCRIPTIONS[table])}`);
      for (const c of cols) await con.run(`COMMENT ON COLUMN ${table}.${c.name} IS ${sqlString(c.description)}`);
      await con.run(`COPY (SELECT * FROM ${table}) TO ${sqlString(join(tmp, 'parquet', `${table}.parquet`))} (FORMAT parquet, COMPRESSION zstd)`);
      await writeCsv(join(tmp, 'csv', `${table}.csv`), cols, rows);
    }
    for (const [name, sql] of Object.entries(VIEWS)) await con.run(`CREATE VIEW ${name} AS ${sql}`);
    await con.run('CHECKPOINT');
  } finally {
    con.closeSync();
    db.closeSync();
  }

  writeFileSync(join(tmp, 'quality.json'), JSON.stringify(input.quality, null, 2) + '\n');
  writeFileSync(join(tmp, 'QUALITY.md'), input.qualityMarkdown);
  writeFileSync(join(tmp, 'datapackage.json'), JSON.stringify(datapackage(tmp, rowCounts, input.pkg), null, 2) + '\n');
  swapIn(tmp, out);
  return { rowCounts };
}

async function appendRows(con: DuckDBConnection, table: string, cols: ColumnInfo[], rows: Array<Record<string, unknown>>) {
  const app: DuckDBAppender = await con.createAppender(table);
  for (const row of rows) {
    for (const c of cols) {
      const v = row[c.name];
      if (v === null || v === undefined) { app.appendNull(); continue; }
      switch (c.type) {
        case 'string': app.appendVarchar(String(v)); break;
        case 'integer': app.appendBigInt(BigInt(v as number)); break;
        case 'number': app.appendDouble(v as number); break;
        case 'boolean': app.appendBoolean(Boolean(v)); break;
        case 'date': {
          const [y, m, d] = String(v).split('-').map(Number);
          app.appendDate(dateValue(daysSinceEpoch(y, m, d)));
          break;
        }
      }
    }
    app.endRow();
  }
  app.closeSync();
}

const daysSinceEpoch = (y: number, m: number, d: number) => Math.round(Date.UTC(y, m - 1, d) / 86400000);

async function writeCsv(path: string, cols: ColumnInfo[], rows: Array<Record<string, unknown>>) {
  const fields = cols.map((c) => c.name);
  const stream = createWriteStream(path, { encoding: 'utf8' });
  const write = async (s: string) => { if (!stream.write(s)) await once(stream, 'drain'); };
  await write(Papa.unparse({ fields, data: [] }, { newline: '\r\n' }) + '\r\n');
  const CHUNK = 5000;
  for (let i = 0; i < rows.length; i += CHUNK) {
    const data = rows.slice(i, i + CHUNK).map((r) => fields.map((f) => csvValue(r[f])));
    await write(Papa.unparse({ fields, data }, { header: false, newline: '\r\n' }) + '\r\n');
  }
  stream.end();
  await once(stream, 'finish');
}

const csvValue = (v: unknown) => (v === null || v === undefined ? '' : typeof v === 'boolean' ? (v ? 'true' : 'false') : v);

const sqlString = (s: string) => `'${s.replace(/'/g, "''")}'`;

function sha256File(p: string): string {
  return createHash('sha256').update(readFileSync(p)).digest('hex');
}

function datapackage(dir: string, rowCounts: Record<TableName, number>, pkg: LoadInput['pkg']) {
  const resources = [];
  for (const table of TABLE_NAMES) {
    const schema = {
      fields: columnsOf(table).map((c) => ({
        name: c.name,
        type: FRICTIONLESS_TYPE[c.type],
        description: c.description,
        ...(c.enumValues || !c.nullable ? { constraints: { ...(c.enumValues ? { enum: c.enumValues } : {}), ...(!c.nullable ? { required: true } : {}) } } : {}),
      })),
      missingValues: [''],
    };
    for (const [format, rel] of [['parquet', `parquet/${table}.parquet`], ['csv', `csv/${table}.csv`]] as const) {
      const abs = join(dir, rel);
      resources.push({
        name: `${table}-${format}`,
        path: rel,
        title: table,
        description: TABLE_DESCRIPTIONS[table],
        format,
        mediatype: format === 'csv' ? 'text/csv' : 'application/vnd.apache.parquet',
        ...(format === 'csv' ? { encoding: 'utf-8', dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true } } : {}),
        bytes: statSync(abs).size,
        hash: `sha256:${sha256File(abs)}`,
        rows: rowCounts[table],
        schema,
      });
    }
  }
  return {
    profile: 'data-package',
    name: 'govreports',
    title: 'govreports: Chinese government work reports as structured data',
    description: 'Cleaned texts, metadata, headline indicators, quantities, glossary entries, admitted problems and pledges of Chinese government work reports (政府工作报告).',
    version: pkg.version,
    created: pkg.created,
    licenses: [{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Creative Commons Attribution 4.0' }],
    sources: pkg.sources,
    resources,
  };
}

/**
 * Leftovers of builds that were killed (their process is gone): a half-written temporary folder
 * is removed; a previous output set aside just before the swap is restored if nothing replaced it.
 */
export function recoverOutput(outDir: string): void {
  const out = resolve(outDir);
  if (existsSync(dirname(out))) removeLeftovers(dirname(out), basename(out));
}

function removeLeftovers(parent: string, name: string) {
  for (const entry of readdirSync(parent)) {
    const m = new RegExp(`^\\.?${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(?:tmp|old)-(\\d+)$`).exec(entry);
    if (!m) continue;
    const pid = Number(m[1]);
    let alive = pid === process.pid;
    if (!alive) { try { process.kill(pid, 0); alive = true; } catch { alive = false; } }
    if (alive) continue;
    // Killed between the two renames of swapIn: the previous output is the .old folder; put it back.
    if (entry.includes('.old-') && !existsSync(join(parent, name))) renameSync(join(parent, entry), join(parent, name));
    else rmSync(join(parent, entry), { recursive: true, force: true });
  }
}

/** Replace `out` by `tmp` with renames only, so there is never a half-written output folder. */
function swapIn(tmp: string, out: string) {
  const old = `${out}.old-${process.pid}`;
  if (existsSync(out)) renameSync(out, old);
  try {
    renameSync(tmp, out);
  } catch (e) {
    if (existsSync(old)) renameSync(old, out);
    throw e;
  }
  rmSync(old, { recursive: true, force: true });
}
