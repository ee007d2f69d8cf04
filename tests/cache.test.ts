/**
 * How rows travel and are kept: the CSV lines workers write must read back into DuckDB as the
 * same values, and the pack-file result cache must find, survive damage to and compact what it
 * stores.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { columnsOf, type TableName } from '../schemas/index.ts';
import { codeVersion, decodeResult, encodeResult, pack, readRecord, ResultStore, resultsRoot, unpack } from '../pipeline/shared/cache.ts';
import fc from 'fast-check';
import { compareUtf8, orderBySql, orderRows, readCsvSql, rowsToCsvBytes } from '../pipeline/shared/rowFormat.ts';

async function readBack(table: TableName, csv: Uint8Array): Promise<Array<Record<string, unknown>>> {
  const dir = mkdtempSync(join(tmpdir(), 'gr-rows-'));
  writeFileSync(join(dir, 'rows.csv'), csv);
  const db = await DuckDBInstance.create(':memory:');
  const con = await db.connect();
  const reader = await con.runAndReadAll(`SELECT * FROM ${readCsvSql(table, join(dir, 'rows.csv'))}`);
  const rows = reader.getRowObjectsJson() as Array<Record<string, unknown>>;
  con.closeSync();
  db.closeSync();
  return rows;
}

describe('rows as CSV lines', () => {
  it('reads back every awkward string, null and number as written', async () => {
    const texts = ['', '"', 'a,b', '行一\n行二', '\r\n', '“引号”和"直引号"', '末尾\\', ' 空格 ', 'NULL', '𠀀'];
    const rows = texts.map((text, i) => ({
      report_id: `r${i}`, char_start: i, char_end: i + 1, text, value: [0, -1.5, 1e21, 3.14159, 443.71, 1e-7, 12, 0.1 + 0.2, -0, 7][i],
      unit: i % 2 ? '亿元' : '', value_normalized: i % 3 ? null : 2.5, unit_normalized: null, approx: i % 2 ? '约' : null, subject: i % 4 ? `主语${i}` : null, section_id: i % 2 ? i : null,
    }));
    const csv = rowsToCsvBytes('quantities', rows);
    const back = await readBack('quantities', csv);
    expect(back).toHaveLength(rows.length);
    for (const [i, r] of rows.entries()) {
      for (const c of columnsOf('quantities')) {
        const want = (r as Record<string, unknown>)[c.name];
        const got = back[i][c.name];
        if (typeof want === 'number') expect(Number(got), `${c.name} of row ${i}`).toBe(want === 0 ? 0 : want);
        else expect(got, `${c.name} of row ${i}`).toEqual(want ?? null);
      }
    }
  });

  it('writes booleans and dates of the reports table', async () => {
    const row = Object.fromEntries(columnsOf('reports').map((c) => [c.name, c.type === 'boolean' ? true : c.type === 'date' ? '2023-01-05' : c.type === 'string' ? `v_${c.name}` : 1]));
    const [back] = await readBack('reports', rowsToCsvBytes('reports', [row]));
    expect(back.truncated).toBe(true);
    expect(String(back.meeting_date)).toBe('2023-01-05');
  });

  it('writes the bytes a plain field-by-field writer would, for any strings and numbers', () => {
    // The reference: each field as a string, joined, then encoded as Buffer.from does (a lone
    // surrogate becomes U+FFFD). Strings short and long, as the writer copies the two differently.
    const piece = fc.oneof(fc.string({ unit: 'binary', maxLength: 12 }), fc.constantFrom('"', '""', '\ud800', '\udc00', '\ud83d\ude00', '𠀀', '报告'.repeat(30), 'a,b\n', ''));
    const str = fc.array(piece, { maxLength: 8 }).map((a) => a.join(''));
    // Integers at the int32 edges, which the writer prints itself, and just past them, which it does not.
    const num = fc.oneof(fc.double(), fc.integer(), fc.maxSafeInteger(), fc.constantFrom(-0, 1e21, 0.1 + 0.2, Number.NaN, Infinity, 2 ** 31 - 1, 2 ** 31, -(2 ** 31), -(2 ** 31) - 1, 2 ** 32, 9, 10, 99, 100, -10));
    const row = fc.record({ report_id: str, char_start: fc.nat(), char_end: fc.nat(), text: str, value: fc.option(num), unit: fc.option(str), value_normalized: fc.option(num), unit_normalized: fc.option(str), approx: fc.option(str), subject: fc.option(str), section_id: fc.option(fc.nat()) });
    const field = (v: unknown) => (typeof v === 'string' ? `"${v.replaceAll('"', '""')}"` : typeof v === 'number' && Number.isFinite(v) ? String(v) : '');
    const reference = (rows: Array<Record<string, unknown>>) => rows.map((r) => columnsOf('quantities').map((c) => field(r[c.name])).join(',') + '\n').join('');
    fc.assert(fc.property(fc.array(row, { maxLength: 6 }), (rows) => {
      expect(rowsToCsvBytes('quantities', rows).equals(Buffer.from(reference(rows)))).toBe(true);
    }), { numRuns: 400 });
  });

  it('keeps writing correctly past the memory it started with', () => {
    const long = '“长段落”'.repeat(30_000); // 150,000 code units: the sink grows (twice) mid-row
    const rows = [0, 1, 2].map((i) => ({ report_id: `r${i}`, paragraph_no: i, section_id: null, text: `${long}"${i}`, char_start: 0, char_end: 1 }));
    expect(rowsToCsvBytes('paragraphs', rows).toString()).toBe(rows.map((r) => `"${r.report_id}",${r.paragraph_no},,"${r.text.replaceAll('"', '""')}",0,1\n`).join(''));
    expect(rowsToCsvBytes('paragraphs', rows.slice(0, 1)).toString()).toBe(`"r0",0,,"${long}""0",0,1\n`);
  });

  it('refuses a value of another type than its column declares', () => {
    expect(() => rowsToCsvBytes('quantities', [{ report_id: 1 } as never])).toThrow(/report_id/);
  });
});

describe('rows in output order', () => {
  const text = fc.array(fc.oneof(fc.string({ unit: 'binary', maxLength: 6 }), fc.constantFrom('gdp', 'GDP', '增长', '\uffee', '𠀀', '')), { maxLength: 3 }).map((a) => a.join(''));

  it('compares strings by their UTF-8 bytes', () => {
    fc.assert(fc.property(text, text, (a, b) => Math.sign(compareUtf8(a, b)) === Math.sign(Buffer.compare(Buffer.from(a), Buffer.from(b)))), { numRuns: 1000 });
  });

  it('orders rows as DuckDB does with orderBySql', async () => {
    const row = fc.record({ char_start: fc.integer({ min: 0, max: 5 }), indicator: text, kind: fc.constantFrom('actual', 'target'), year: fc.integer({ min: 2019, max: 2021 }), year_end: fc.integer({ min: 2019, max: 2021 }) });
    const samples = fc.sample(fc.array(row, { minLength: 1, maxLength: 40 }), 25);
    const db = await DuckDBInstance.create(':memory:');
    const con = await db.connect();
    const dir = mkdtempSync(join(tmpdir(), 'gr-order-'));
    try {
      for (const [n, sample] of samples.entries()) {
        const rows = sample.map((r, i) => ({
          report_id: 'r', label: `#${i}`, basis: 'annual', value: null, unit: null, value_normalized: null, unit_normalized: null,
          growth_pct: null, growth_pct_high: null, qualifier: 'exact', scope: null, sentence: '', char_end: r.char_start + 1, ...r,
        }));
        const file = join(dir, `${n}.csv`);
        writeFileSync(file, rowsToCsvBytes('indicators', rows));
        const keys = (rs: Array<Record<string, unknown>>) => rs.map((r) => [r.char_start, r.indicator, r.kind, r.year, r.year_end].join('|'));
        const byDuckDb = (await con.runAndReadAll(`SELECT * FROM ${readCsvSql('indicators', file)} ORDER BY ${orderBySql('indicators')}`)).getRowObjectsJson();
        expect(keys(orderRows('indicators', rows))).toEqual(keys(byDuckDb as Array<Record<string, unknown>>));
      }
    } finally {
      con.closeSync();
      db.closeSync();
    }
  });
});

describe('the result cache', () => {
  const record = (n: number) => encodeResult({ sha256: `s${n}`, report: null }, pack([['clean', `正文${n}`.repeat(50)], ['quantities', `"r",${n}\n`]]));

  it('packs and unpacks the parts of a result, and refuses a damaged one', () => {
    const rec = record(1);
    const { header, packed } = decodeResult<{ sha256: string }>(rec, true);
    expect(header.sha256).toBe('s1');
    expect(unpack(packed!).map(([name, b]) => [name, Buffer.from(b).toString()])).toEqual([['clean', '正文1'.repeat(50)], ['quantities', '"r",1\n']]);
    expect(decodeResult(rec, false).packed).toBeNull();
    expect(() => decodeResult(rec.subarray(0, rec.length - 5), true)).toThrow();
  });

  it('finds what a build stored, in the next build', () => {
    const root = mkdtempSync(join(tmpdir(), 'gr-cache-'));
    const a = new ResultStore(root);
    a.put('aa', record(1));
    a.put('bb', record(2));
    a.commit(new Set(['aa', 'bb']));
    const b = new ResultStore(root);
    expect(decodeResult<{ sha256: string }>(readRecord(root, b.get('bb')!)!, false).header.sha256).toBe('s2');
    expect(b.get('cc')).toBeUndefined();
  });

  it('forgets results whose pack is gone, and leaves no pack of a build that did not commit', () => {
    const root = mkdtempSync(join(tmpdir(), 'gr-cache-'));
    const a = new ResultStore(root);
    a.put('aa', record(1));
    a.commit(new Set(['aa']));
    const dir = join(resultsRoot(root), codeVersion());
    const killed = new ResultStore(root);
    killed.put('bb', record(2)); // never committed, as if the build were killed
    expect(readdirSync(dir).filter((f) => f.endsWith('.pack'))).toHaveLength(2);
    const c = new ResultStore(root);
    expect(c.get('bb')).toBeUndefined();
    c.commit(new Set(['aa']));
    expect(readdirSync(dir).filter((f) => f.endsWith('.pack'))).toHaveLength(1); // the orphan pack went
    rmSync(join(dir, new ResultStore(root).get('aa')![0]));
    const d = new ResultStore(root);
    expect(readRecord(root, d.get('aa')!)).toBeNull(); // a worker then recomputes
    d.commit(new Set(['aa']));
    expect(new ResultStore(root).get('aa')).toBeUndefined();
  });

  it('compacts packs mostly of results no raw file has any more', () => {
    const root = mkdtempSync(join(tmpdir(), 'gr-cache-'));
    for (let n = 0; n < 4; n++) {
      const s = new ResultStore(root);
      s.put(`k${n}`, record(n));
      s.commit(new Set(['k0', 'k1', 'k2', 'k3']));
    }
    const dir = join(resultsRoot(root), codeVersion());
    expect(readdirSync(dir).filter((f) => f.endsWith('.pack'))).toHaveLength(4);
    new ResultStore(root).commit(new Set(['k3']), 0);
    expect(readdirSync(dir).filter((f) => f.endsWith('.pack'))).toHaveLength(1);
    const after = new ResultStore(root);
    expect(after.get('k0')).toBeUndefined();
    expect(decodeResult<{ sha256: string }>(readRecord(root, after.get('k3')!)!, false).header.sha256).toBe('s3');
  });
});
