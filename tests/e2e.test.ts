/**
 * End to end: build raw/ (the five seeds) and hold the result against the hand-checked gold
 * answers (a copy of shared/gold in tests/fixtures/gold) and the output contract.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { DuckDBInstance } from '@duckdb/node-api';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../pipeline/build.ts';
import { columnsOf, TABLE_NAMES } from '../schemas/index.ts';

const readCsv = (p: string) => Papa.parse<Record<string, string>>(readFileSync(p, 'utf8').replace(/^\ufeff/, ''), { header: true, skipEmptyLines: true }).data;
const num = (s: string | undefined) => (s === undefined || s === '' ? null : Number(s));

let out: string;
beforeAll(async () => {
  out = join(mkdtempSync(join(tmpdir(), 'gr-e2e-')), 'output');
  await build({ rawDir: 'raw', outDir: out });
});

describe('seed build against the gold answers', () => {
  it('gets every field of gold/reports.csv right', () => {
    const reports = readCsv(join(out, 'csv/reports.csv'));
    const byFile = new Map(reports.map((r) => [r.source_file.split('/').pop()!, r]));
    const wrong: string[] = [];
    for (const g of readCsv('tests/fixtures/gold/reports.csv')) {
      const r = byFile.get(g.file);
      if (!r) { wrong.push(`${g.file}: no report`); continue; }
      for (const [k, want] of Object.entries(g)) {
        if (k === 'file') continue;
        const have = r[k] ?? '';
        const same = ['review_year', 'plan_year', 'congress_term', 'congress_session'].includes(k) ? num(have) === num(want) : have.slice(0, k === 'meeting_date' ? 10 : undefined) === want;
        if (!same) wrong.push(`${g.file} ${k}: ${have} != ${want}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('finds every figure of gold/indicators.csv with its values', () => {
    const reports = readCsv(join(out, 'csv/reports.csv'));
    const idOf = new Map(reports.map((r) => [r.source_file.split('/').pop()!, r.report_id]));
    const inds = readCsv(join(out, 'csv/indicators.csv'));
    const missing: string[] = [];
    for (const g of readCsv('tests/fixtures/gold/indicators.csv')) {
      const hit = inds.some((i) => i.report_id === idOf.get(g.file) && i.indicator === g.indicator && i.kind === g.kind && num(i.year) === num(g.year)
        && num(i.value) === num(g.value) && (i.unit ?? '') === g.unit && num(i.growth_pct) === num(g.growth_pct)
        && num(i.growth_pct_high) === num(g.growth_pct_high) && i.qualifier === g.qualifier);
      if (!hit) missing.push(`${g.file} ${g.indicator} ${g.kind} ${g.year}`);
    }
    expect(missing).toEqual([]);
  });

  it('takes each file\'s origin from raw/sources.csv', () => {
    const reports = readCsv(join(out, 'csv/reports.csv'));
    expect(reports.every((r) => r.origin && r.origin.length > 3)).toBe(true);
  });

  it('has the glossary, problems and pledges the seeds hold', () => {
    const reports = readCsv(join(out, 'csv/reports.csv'));
    const idOf = (prefix: string) => reports.find((r) => r.source_file.startsWith(prefix))!.report_id;
    const count = (t: string, p: string) => readCsv(join(out, `csv/${t}.csv`)).filter((r) => r.report_id === idOf(p)).length;
    expect([count('glossary', '000'), count('glossary', '004')]).toEqual([9, 15]);
    expect(['000', '001', '002', '003', '004'].map((p) => count('problems', p))).toEqual([5, 10, 5, 5, 4]);
    expect(count('pledges', '004')).toBe(12);
  });
});

describe('the output contract', () => {
  it('writes every table as Parquet and CSV with the schema\'s columns, plus the database and metadata', () => {
    for (const f of ['govreports.duckdb', 'datapackage.json', 'quality.json']) expect(existsSync(join(out, f))).toBe(true);
    for (const t of TABLE_NAMES) {
      expect(existsSync(join(out, 'parquet', `${t}.parquet`))).toBe(true);
      const raw = readFileSync(join(out, 'csv', `${t}.csv`));
      expect(raw.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(false);
      const header = raw.toString('utf8').split('\n')[0].split(',');
      expect(header).toEqual(columnsOf(t).map((c) => c.name));
    }
    const dp = JSON.parse(readFileSync(join(out, 'datapackage.json'), 'utf8'));
    for (const t of TABLE_NAMES) {
      const res = dp.resources.find((r: { name: string }) => r.name === `${t}-csv`);
      expect(res.schema.fields.map((f: { name: string }) => f.name)).toEqual(columnsOf(t).map((c) => c.name));
      expect(res.hash).toBe(`sha256:${createHash('sha256').update(readFileSync(join(out, res.path))).digest('hex')}`);
    }
  });

  it('every offset points at its text in clean/<report_id>.txt', () => {
    const texts = new Map<string, string[]>();
    const cps = (id: string) => texts.get(id) ?? (texts.set(id, Array.from(readFileSync(join(out, 'clean', `${id}.txt`), 'utf8'))), texts.get(id)!);
    for (const p of readCsv(join(out, 'csv/paragraphs.csv'))) expect(cps(p.report_id).slice(+p.char_start, +p.char_end).join('')).toBe(p.text);
    for (const q of readCsv(join(out, 'csv/quantities.csv'))) expect(cps(q.report_id).slice(+q.char_start, +q.char_end).join('')).toBe(q.text);
    for (const i of readCsv(join(out, 'csv/indicators.csv'))) {
      const span = cps(i.report_id).slice(+i.char_start, +i.char_end).join('');
      expect(span).toContain(String(num(i.value) ?? Math.abs(num(i.growth_pct)!)));
      expect(i.sentence).toContain(span);
    }
  });

  it('answers SQL in DuckDB, views included, and substring() returns a span', async () => {
    const db = await DuckDBInstance.create(join(out, 'govreports.duckdb'), { access_mode: 'READ_ONLY' });
    const con = await db.connect();
    const rows = (await con.runAndReadAll(`SELECT region_name, plan_year, indicator, growth_pct FROM targets WHERE indicator = 'gdp' ORDER BY plan_year, region_name`)).getRowObjectsJson();
    expect(rows.length).toBe(4);
    const span = (await con.runAndReadAll(`SELECT q.text, substring(c.content, q.char_start + 1, q.char_end - q.char_start) AS span
      FROM quantities q JOIN (SELECT parse_filename(filename, true) AS report_id, content FROM read_text('${join(out, 'clean')}/*.txt')) c USING (report_id) LIMIT 50`)).getRowObjectsJson();
    for (const r of span) expect(r.span).toBe(r.text);
    con.closeSync();
    db.closeSync();
  });
});

describe('builds', () => {
  it('two builds of the same raw folder give byte-identical CSV and Parquet files', async () => {
    const again = join(mkdtempSync(join(tmpdir(), 'gr-e2e2-')), 'output');
    await build({ rawDir: 'raw', outDir: again, cacheDir: false });
    for (const dir of ['csv', 'parquet', 'clean']) {
      for (const f of readdirSync(join(out, dir))) {
        const h = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');
        expect(h(join(again, dir, f)), `${dir}/${f}`).toBe(h(join(out, dir, f)));
      }
    }
    expect(readFileSync(join(again, 'datapackage.json'), 'utf8')).toBe(readFileSync(join(out, 'datapackage.json'), 'utf8'));
  });
});

describe('the command line', () => {
  const cli = (...args: string[]) => spawnSync(process.execPath, ['bin/govreports.mjs', ...args], { encoding: 'utf8' });
  it('prints one clear line, no stack trace, for a user\'s mistakes', () => {
    const missing = cli('build', '--raw', '/nonexistent/raw', '--out', join(tmpdir(), 'x'));
    expect(missing.status).toBe(2);
    expect(missing.stderr.trim()).toBe('govreports: raw folder not found: /nonexistent/raw');
    const same = cli('build', '--raw', 'raw', '--out', 'raw');
    expect(same.status).toBe(2);
    expect(same.stderr).toMatch(/would overwrite the raw folder/);
    expect(same.stderr).not.toMatch(/\n\s+at /);
    if (process.getuid?.() !== 0) {
      const ro = mkdtempSync(join(tmpdir(), 'gr-ro-'));
      chmodSync(ro, 0o500);
      const r = cli('build', '--raw', 'raw', '--out', join(ro, 'out'));
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/cannot write/);
    }
  });
  it('has --help and prints a summary line', () => {
    expect(cli('build', '--help').stdout).toMatch(/--raw <dir>/);
    const dir = mkdtempSync(join(tmpdir(), 'gr-cli-'));
    mkdirSync(join(dir, 'raw'));
    const r = cli('build', '--raw', 'raw', '--out', join(dir, 'out'));
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^built 5 reports from 5 files into .*indicators=\d+.*rejects=0/);
  });
  it('runs bundled code that knows its project: the same code version, worker threads, the same rows', async () => {
    // Ten files, so that the bundle's worker threads run (fewer are processed on the main thread).
    const dir = mkdtempSync(join(tmpdir(), 'gr-bundle-'));
    mkdirSync(join(dir, 'raw'));
    for (const f of readdirSync('raw').filter((n) => n.endsWith('.txt'))) {
      for (const k of [1, 2]) writeFileSync(join(dir, 'raw', `${k}_${f}`), `${readFileSync(join('raw', f), 'utf8')}\n（第${k}份）\n`);
    }
    const r = cli('build', '--raw', join(dir, 'raw'), '--out', join(dir, 'cli'), '--cache', join(dir, 'cache'), '--threads', '2');
    expect(r.status, r.stderr).toBe(0);
    expect(existsSync(join('dist', 'worker', 'main.mjs'))).toBe(true);
    // The bundle's results are stored under the code version the sources compute.
    const { codeVersion } = await import('../pipeline/shared/cache.ts');
    expect(readdirSync(join(dir, 'cache', 'results'))).toEqual([codeVersion()]);
    // and its worker threads find them again: into a new folder, every report comes from the cache.
    const again = cli('build', '--raw', join(dir, 'raw'), '--out', join(dir, 'cli2'), '--cache', join(dir, 'cache'), '--threads', '2');
    expect(again.stdout).toMatch(/\(0 processed, 10 from cache\)/);
    await build({ rawDir: join(dir, 'raw'), outDir: join(dir, 'sources'), cacheDir: false });
    for (const t of TABLE_NAMES) {
      expect(readFileSync(join(dir, 'cli', 'csv', `${t}.csv`), 'utf8'), t).toBe(readFileSync(join(dir, 'sources', 'csv', `${t}.csv`), 'utf8'));
    }
  }, 60_000);
});

describe('a release', () => {
  it('verifies with sha256sum -c and carries the citation, licence and changelog entry', async () => {
    const { release } = await import('../pipeline/release.ts');
    const dest = mkdtempSync(join(tmpdir(), 'gr-release-'));
    const dir = await release({ rawDir: 'raw', destDir: dest, version: '0.1.0' });
    const check = spawnSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: dir, encoding: 'utf8' });
    expect(check.status, check.stdout + check.stderr).toBe(0);
    for (const f of ['CITATION.cff', 'LICENSE-DATA.md', 'CHANGELOG.md', 'datapackage.json', 'govreports.duckdb', 'govreports-csv.zip', 'parquet/indicators.parquet']) expect(existsSync(join(dir, f))).toBe(true);
    expect(readFileSync(join(dir, 'CHANGELOG.md'), 'utf8')).toMatch(/## 0\.1\.0/);
    expect(JSON.parse(readFileSync(join(dir, 'datapackage.json'), 'utf8')).version).toBe('0.1.0');
    await expect(release({ rawDir: 'raw', destDir: dest, version: '9.9.9' })).rejects.toThrow(/CHANGELOG/);
  });
});
