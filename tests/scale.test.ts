/**
 * The machinery for large corpora: the synthetic generator, worker threads, the result cache,
 * no-op and one-file rebuilds, and Parquet partitioned by plan_year.
 */
import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { beforeAll, describe, expect, it } from 'vitest';
import { columnsOf, DUCKDB_TYPE, TABLE_NAMES } from '../schemas/index.ts';
import { build } from '../pipeline/build.ts';
import { codeVersion } from '../pipeline/shared/cache.ts';
import { synth } from '../pipeline/synth/index.ts';
import { score } from '../pipeline/synth/score.ts';

const hashes = (dir: string) => Object.fromEntries(readdirSync(dir).sort().map((f) => [f, createHash('sha256').update(readFileSync(join(dir, f))).digest('hex')]));

/** An output updated in place must hold the files a build from nothing, without cache, writes. */
async function expectSameAsFresh(raw: string, out: string) {
  const fresh = join(mkdtempSync(join(tmpdir(), 'gr-fresh-')), 'out');
  await build({ rawDir: raw, outDir: fresh, cacheDir: false, threads: 1 });
  for (const f of ['csv', 'parquet']) expect(hashes(join(out, f)), f).toEqual(hashes(join(fresh, f)));
}

describe('synth', () => {
  it('writes the same files for the same seed and other files for another', () => {
    const a = mkdtempSync(join(tmpdir(), 'gr-syn-a-'));
    const b = mkdtempSync(join(tmpdir(), 'gr-syn-b-'));
    const c = mkdtempSync(join(tmpdir(), 'gr-syn-c-'));
    synth({ count: 12, seed: 5, outDir: a, fromDir: 'raw' });
    synth({ count: 12, seed: 5, outDir: b, fromDir: 'raw' });
    synth({ count: 12, seed: 6, outDir: c, fromDir: 'raw' });
    expect(hashes(a)).toEqual(hashes(b));
    expect(hashes(a)).not.toEqual(hashes(c));
    expect(readdirSync(a).filter((f) => f.startsWith('synth_'))).toHaveLength(12);
  });
});

describe('a synthetic corpus through worker threads and the cache', () => {
  let raw: string;
  let out: string;
  let cache: string;
  let first: Awaited<ReturnType<typeof build>>;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gr-scale-'));
    raw = join(dir, 'raw');
    out = join(dir, 'out');
    cache = join(dir, 'cache');
    synth({ count: 40, seed: 11, outDir: raw, fromDir: 'raw' });
    first = await build({ rawDir: raw, outDir: out, cacheDir: cache, threads: 2, partitionParquet: true });
  }, 120_000);

  it('recovers the synthetic truth', () => {
    expect(first.processed).toBe(40);
    const s = score(out, join(raw, '_truth.csv'));
    expect(s.share, s.misses.join('\n')).toBeGreaterThanOrEqual(0.99);
  });

  it('lists every table\'s rows in the same order, with the same values, in CSV as in Parquet', async () => {
    const db = await DuckDBInstance.create(':memory:');
    const con = await db.connect();
    try {
      for (const t of TABLE_NAMES) {
        const columns = `{${columnsOf(t).map((c) => `'${c.name}': '${DUCKDB_TYPE[c.type]}'`).join(', ')}}`;
        const parquet = `SELECT row_number() OVER () AS n, * FROM read_parquet('${join(out, 'parquet', `${t}.parquet`)}')`;
        const csv = `SELECT row_number() OVER () AS n, * FROM read_csv('${join(out, 'csv', `${t}.csv`)}', header = true, auto_detect = false, allow_quoted_nulls = false, columns = ${columns})`;
        const [[rows, differ]] = (await con.runAndReadAll(`SELECT (SELECT count(*) FROM (${parquet})), (SELECT count(*) FROM (((${parquet}) EXCEPT ALL (${csv})) UNION ALL ((${csv}) EXCEPT ALL (${parquet}))))`)).getRows();
        expect(Number(differ), t).toBe(0);
        expect(Number(rows), t).toBe(first.rowCounts[t]);
      }
    } finally {
      con.closeSync();
      db.closeSync();
    }
  });

  it('gives the same tables on worker threads as on the main thread', async () => {
    const single = join(mkdtempSync(join(tmpdir(), 'gr-single-')), 'out');
    await build({ rawDir: raw, outDir: single, cacheDir: false, threads: 1 });
    expect(hashes(join(single, 'csv'))).toEqual(hashes(join(out, 'csv')));
  }, 120_000);

  it('gives the same tables when the rows are read into DuckDB in many chunks as files finish', async () => {
    const chunked = join(mkdtempSync(join(tmpdir(), 'gr-chunked-')), 'out');
    const r = await build({ rawDir: raw, outDir: chunked, cacheDir: false, threads: 2, spoolChunkBytes: 100_000 });
    expect(r.reports).toBe(40);
    expect(hashes(join(chunked, 'csv'))).toEqual(hashes(join(out, 'csv')));
    expect(hashes(join(chunked, 'parquet'))).toEqual(hashes(join(out, 'parquet')));
  }, 120_000);

  it('re-uses cached results for a new output folder, and recomputes them when the cache is damaged', async () => {
    const again = join(mkdtempSync(join(tmpdir(), 'gr-again-')), 'out');
    const r = await build({ rawDir: raw, outDir: again, cacheDir: cache, threads: 2 });
    expect([r.processed, r.fromCache]).toEqual([0, 40]);
    expect(hashes(join(again, 'csv'))).toEqual(hashes(join(out, 'csv')));
    const packs = join(cache, 'results', codeVersion());
    for (const f of readdirSync(packs).filter((f) => f.endsWith('.pack'))) writeFileSync(join(packs, f), 'damaged');
    const damaged = join(mkdtempSync(join(tmpdir(), 'gr-damaged-')), 'out');
    const d = await build({ rawDir: raw, outDir: damaged, cacheDir: cache, threads: 2 });
    expect(d.processed).toBe(40);
    expect(hashes(join(damaged, 'csv'))).toEqual(hashes(join(out, 'csv')));
  }, 120_000);

  it('does nothing when nothing changed, and re-processes only a changed file', async () => {
    const before = hashes(join(out, 'csv'));
    const noop = await build({ rawDir: raw, outDir: out, cacheDir: cache, threads: 2, partitionParquet: true });
    expect(noop.upToDate).toBe(true);
    expect(hashes(join(out, 'csv'))).toEqual(before);
    const one = readdirSync(raw).find((f) => f.startsWith('synth_'))!;
    appendFileSync(join(raw, one), '\n各位代表，让我们团结奋斗！\n');
    // Two links at a time, so that the 39 kept reports wait for a slot, as thousands do in a large corpus.
    const again = await build({ rawDir: raw, outDir: out, cacheDir: cache, threads: 2, partitionParquet: true, maxPendingWrites: 2 });
    expect([again.processed, again.fromCache]).toEqual([1, 39]);
    expect(readdirSync(join(out, 'clean'))).toHaveLength(40);
    // The tables were updated in place: the files must be those of a build from scratch.
    await expectSameAsFresh(raw, out);
  }, 120_000);

  it('starts from nothing when the previous CSV files no longer match their block index', async () => {
    appendFileSync(join(out, 'csv', 'paragraphs.csv'), '"edited by hand",1,,"",0,0\n');
    const one = readdirSync(raw).filter((f) => f.startsWith('synth_')).sort()[2];
    appendFileSync(join(raw, one), '\n各位代表，让我们携手前进！\n');
    const r = await build({ rawDir: raw, outDir: out, cacheDir: cache, threads: 2, partitionParquet: true });
    expect(r.processed).toBe(1);
    await expectSameAsFresh(raw, out);
  }, 120_000);

  it('adds a report again whose clean text went missing from the previous output, without doubling its rows', async () => {
    const texts = readdirSync(join(out, 'clean')).sort();
    rmSync(join(out, 'clean', texts[3]));
    const one = readdirSync(raw).filter((f) => f.startsWith('synth_')).sort()[4];
    appendFileSync(join(raw, one), '\n各位代表，让我们砥砺前行！\n');
    const r = await build({ rawDir: raw, outDir: out, cacheDir: cache, threads: 2, partitionParquet: true });
    expect(r.processed).toBe(1);
    await expectSameAsFresh(raw, out);
    expect(existsSync(join(out, 'clean', texts[3]))).toBe(true);
  }, 120_000);

  it('updates the tables in place when a file is removed and another renamed', async () => {
    const files = readdirSync(raw).filter((f) => f.startsWith('synth_')).sort();
    renameSync(join(raw, files[0]), join(raw, `renamed_${files[0]}`));
    rmSync(join(raw, files[1]));
    const r = await build({ rawDir: raw, outDir: out, cacheDir: cache, threads: 2, partitionParquet: true });
    expect(r.reports).toBe(39);
    await expectSameAsFresh(raw, out);
  }, 120_000);

  it('writes Parquet partitioned by plan_year that DuckDB reads back whole', async () => {
    const years = readdirSync(join(out, 'parquet_by_plan_year', 'indicators'));
    expect(years.every((y) => /^plan_year=\d{4}$/.test(y))).toBe(true);
    const db = await DuckDBInstance.create(':memory:');
    const con = await db.connect();
    const [[parts]] = (await con.runAndReadAll(`SELECT count(*) FROM read_parquet('${join(out, 'parquet_by_plan_year', 'indicators')}/*/*.parquet', hive_partitioning = true)`)).getRows();
    const [[whole]] = (await con.runAndReadAll(`SELECT count(*) FROM '${join(out, 'parquet', 'indicators.parquet')}'`)).getRows();
    expect(parts).toBe(whole);
    con.closeSync();
    expect(existsSync(join(out, 'parquet_by_plan_year', 'rejects'))).toBe(false);
  });
});
