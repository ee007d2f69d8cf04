/**
 * load: the validated rows of every kept file, read from their result folders straight into
 * DuckDB (no row passes through JavaScript), then written as Parquet (zstd) and CSV, with the
 * cleaned texts, a Frictionless datapackage.json and the quality report. Everything is written
 * to a temporary folder beside the output and swapped in at the end, so a build that dies
 * half-way leaves the previous output whole.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import {
  columnsOf, DUCKDB_TYPE, FRICTIONLESS_TYPE, ORDER_BY, TABLE_DESCRIPTIONS, TABLE_NAMES,
  type Reject, type TableName,
} from '../../schemas/index.ts';
import { cleanFile, tableFile } from '../shared/cache.ts';

/** A kept file: where its rows are, and what only this build knows about it (its path, its origin). */
export interface KeptFile { dir: string; reportId: string; sourceFile: string; origin: string | null }

export interface LoadInput {
  outDir: string;
  kept: KeptFile[];
  rejects: Reject[];
  quality: unknown;
  qualityMarkdown: string;
  /** What the inputs were; a later build with the same fingerprint has nothing to do. */
  fingerprint: string | null;
  partitionParquet: boolean;
  /**
   * The previous output's database, when it was built by the same code: its rows are kept and
   * only what changed is deleted and inserted, so that adding a file does not reload the corpus.
   */
  previousDb?: string;
  /** Fixed facts for datapackage.json: taken from the inputs, never the clock. */
  pkg: { version: string; created: string; sources: Array<{ title: string; path: string }> };
}

export const VIEWS: Record<string, string> = {
  targets: `SELECT r.region_name, r.admin_code, r.admin_level, r.plan_year, i.* FROM indicators i JOIN reports r USING (report_id) WHERE i.kind = 'target'`,
  results: `SELECT r.region_name, r.admin_code, r.admin_level, r.review_year, i.* FROM indicators i JOIN reports r USING (report_id) WHERE i.kind IN ('actual', 'estimate')`,
  report_sections: `SELECT r.region_name, r.plan_year, s.* FROM sections s JOIN reports r USING (report_id)`,
};

const FINGERPRINT = '.govreports-build';

export function readFingerprint(outDir: string): string | null {
  try {
    return readFileSync(join(outDir, FINGERPRINT), 'utf8').trim();
  } catch {
    return null;
  }
}

export async function load(input: LoadInput): Promise<{ rowCounts: Record<TableName, number> }> {
  const out = resolve(input.outDir);
  const parent = dirname(out);
  mkdirSync(parent, { recursive: true });
  const tmp = join(parent, `.${basename(out)}.tmp-${process.pid}`);
  removeLeftovers(parent, basename(out));
  rmSync(tmp, { recursive: true, force: true });
  for (const d of ['parquet', 'csv', 'clean']) mkdirSync(join(tmp, d), { recursive: true });

  const timing = process.env.GOVREPORTS_TIMING ? (label: string) => process.stderr.write(`load: ${label} ${Date.now() - t0} ms\n`) : () => {};
  const t0 = Date.now();
  for (const k of input.kept) copyFileSync(cleanFile(k.dir), join(tmp, 'clean', `${k.reportId}.txt`));
  timing('clean texts copied');

  const rowCounts = {} as Record<TableName, number>;
  const reuse = !!input.previousDb && existsSync(input.previousDb);
  if (reuse) copyFileSync(input.previousDb!, join(tmp, 'govreports.duckdb'));
  const db = await DuckDBInstance.create(join(tmp, 'govreports.duckdb'));
  const con = await db.connect();
  try {
    await con.run(`SET memory_limit = '512MB'`); // large corpora spill to disk rather than grow the process
    await con.run(`SET temp_directory = ${sqlString(join(tmp, '.spill'))}`);
    await con.run('CREATE TEMP TABLE current_paths (report_id VARCHAR, source_file VARCHAR, origin VARCHAR)');
    const app = await con.createAppender('current_paths');
    for (const k of input.kept) {
      app.appendVarchar(k.reportId);
      app.appendVarchar(k.sourceFile);
      if (k.origin === null) app.appendNull(); else app.appendVarchar(k.origin);
      app.endRow();
    }
    app.closeSync();
    let toInsert = input.kept;
    if (reuse) {
      // Rows of reports no longer kept go; rows of new reports come; the rest stay as they are.
      const before = new Set((await con.runAndReadAll('SELECT report_id FROM reports')).getRows().map((r) => String(r[0])));
      await con.run('CREATE TEMP TABLE gone AS SELECT report_id FROM reports WHERE report_id NOT IN (SELECT report_id FROM current_paths)');
      for (const table of TABLE_NAMES) {
        if (table === 'rejects') await con.run('DELETE FROM rejects');
        else await con.run(`DELETE FROM ${table} WHERE report_id IN (SELECT report_id FROM gone)`);
      }
      await con.run('UPDATE reports SET source_file = p.source_file, origin = p.origin FROM current_paths p WHERE reports.report_id = p.report_id AND (reports.source_file <> p.source_file OR reports.origin IS DISTINCT FROM p.origin)');
      toInsert = input.kept.filter((k) => !before.has(k.reportId));
    }
    for (const table of TABLE_NAMES) {
      const cols = columnsOf(table);
      if (!reuse) await con.run(`CREATE TABLE ${table} (${cols.map((c) => `${c.name} ${DUCKDB_TYPE[c.type]}${c.nullable ? '' : ' NOT NULL'}`).join(', ')})`);
      if (table === 'rejects') await appendRejects(con, input.rejects);
      else await insertFromResults(con, table, toInsert);
      rowCounts[table] = Number((await con.runAndReadAll(`SELECT count(*) FROM ${table}`)).getRows()[0][0]);
      await con.run(`COMMENT ON TABLE ${table} IS ${sqlString(TABLE_DESCRIPTIONS[table])}`);
      for (const c of cols) await con.run(`COMMENT ON COLUMN ${table}.${c.name} IS ${sqlString(c.description)}`);
    }
    timing('tables loaded');
    for (const [name, sql] of Object.entries(VIEWS)) await con.run(`CREATE OR REPLACE VIEW ${name} AS ${sql}`);
    // A fixed order everywhere; Parquet with one writer thread, so that its row groups, and so its
    // bytes, do not depend on the machine's core count. CSV has no such structure.
    for (const table of TABLE_NAMES) {
      const ordered = `SELECT * FROM ${table} ORDER BY ${ORDER_BY[table].join(', ')}`;
      await con.run(`COPY (${ordered}) TO ${sqlString(join(tmp, 'csv', `${table}.csv`))} (FORMAT csv, HEADER true, DELIMITER ',', QUOTE '"', ESCAPE '"', NULL '')`);
    }
    await con.run('SET threads = 1');
    for (const table of TABLE_NAMES) {
      const ordered = `SELECT * FROM ${table} ORDER BY ${ORDER_BY[table].join(', ')}`;
      await con.run(`COPY (${ordered}) TO ${sqlString(join(tmp, 'parquet', `${table}.parquet`))} (FORMAT parquet, COMPRESSION zstd)`);
    }
    timing('parquet and csv written');
    if (input.partitionParquet) await writePartitioned(con, join(tmp, 'parquet_by_plan_year'));
    await con.run('CHECKPOINT');
    timing('checkpoint');
    rmSync(join(tmp, '.spill'), { recursive: true, force: true });
  } finally {
    con.closeSync();
    db.closeSync();
  }

  writeFileSync(join(tmp, 'quality.json'), JSON.stringify(input.quality, null, 2) + '\n');
  writeFileSync(join(tmp, 'QUALITY.md'), input.qualityMarkdown);
  writeFileSync(join(tmp, 'datapackage.json'), JSON.stringify(datapackage(tmp, rowCounts, input.pkg), null, 2) + '\n');
  if (input.fingerprint) writeFileSync(join(tmp, FINGERPRINT), input.fingerprint + '\n');
  timing('datapackage written');
  swapIn(tmp, out);
  return { rowCounts };
}

/** A table's rows from every kept file's result folder, in one read_json over all of them. */
async function insertFromResults(con: DuckDBConnection, table: TableName, kept: KeptFile[]) {
  const files = kept.map((k) => tableFile(k.dir, table)).filter((f) => existsSync(f));
  if (!files.length) return;
  const cols = columnsOf(table);
  const columns = `{${cols.map((c) => `${c.name}: '${DUCKDB_TYPE[c.type]}'`).join(', ')}}`;
  const CHUNK = 2000; // keeps each statement a reasonable size on large corpora
  for (let i = 0; i < files.length; i += CHUNK) {
    const list = `[${files.slice(i, i + CHUNK).map(sqlString).join(', ')}]`;
    const src = `read_json(${list}, format = 'newline_delimited', compression = 'gzip', columns = ${columns})`;
    // Stored results carry the path a file had when it was processed; rows get the current one,
    // and the origin raw/sources.csv gives now.
    const select = table === 'reports'
      ? `SELECT ${cols.map((c) => (c.name === 'source_file' || c.name === 'origin' ? `p.${c.name}` : `r.${c.name}`)).join(', ')} FROM ${src} r JOIN current_paths p USING (report_id)`
      : `SELECT ${cols.map((c) => c.name).join(', ')} FROM ${src}`;
    await con.run(`INSERT INTO ${table} ${select} ORDER BY ${ORDER_BY[table].join(', ')}`);
  }
}

async function appendRejects(con: DuckDBConnection, rejects: Reject[]) {
  const app = await con.createAppender('rejects');
  for (const r of rejects) {
    app.appendVarchar(r.source_file);
    app.appendVarchar(r.stage);
    app.appendVarchar(r.reason);
    app.appendVarchar(r.detail);
    app.endRow();
  }
  app.closeSync();
}

/** Parquet in Hive layout, parquet_by_plan_year/<table>/plan_year=2023/…, for engines that prune by it. */
async function writePartitioned(con: DuckDBConnection, dir: string) {
  mkdirSync(dir, { recursive: true });
  for (const table of TABLE_NAMES) {
    if (table === 'rejects') continue;
    const select = table === 'reports'
      ? `SELECT * FROM reports WHERE plan_year IS NOT NULL`
      : `SELECT t.*, r.plan_year FROM ${table} t JOIN reports r USING (report_id) WHERE r.plan_year IS NOT NULL`;
    await con.run(`COPY (${select} ORDER BY ${ORDER_BY[table].map((c) => (table === 'reports' ? c : `t.${c}`)).join(', ')}) TO ${sqlString(join(dir, table))} (FORMAT parquet, COMPRESSION zstd, PARTITION_BY (plan_year))`);
  }
}

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
        ...(format === 'csv' ? { encoding: 'utf-8', dialect: { delimiter: ',', lineTerminator: '\n', quoteChar: '"', doubleQuote: true, header: true } } : {}),
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

export function recoverOutput(outDir: string): void {
  const out = resolve(outDir);
  if (existsSync(dirname(out))) removeLeftovers(dirname(out), basename(out));
}

/**
 * Leftovers of builds that were killed (their process is gone): a half-written temporary folder
 * is removed; a previous output set aside just before the swap is restored if nothing replaced it.
 */
function removeLeftovers(parent: string, name: string) {
  for (const entry of readdirSync(parent)) {
    const m = new RegExp(`^\\.?${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(?:tmp|old)-(\\d+)$`).exec(entry);
    if (!m) continue;
    const pid = Number(m[1]);
    let alive = pid === process.pid;
    if (!alive) { try { process.kill(pid, 0); alive = true; } catch { alive = false; } }
    if (alive) continue;
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
