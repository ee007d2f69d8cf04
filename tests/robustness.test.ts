/**
 * A raw folder collected from the web: bad files, odd encodings, duplicates, fuzzed texts and
 * builds killed half-way. The build must finish, keep every good report and say what it left out.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import Papa from 'papaparse';
import * as OpenCC from 'opencc-js';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../pipeline/build.ts';
import { recoverOutput } from '../pipeline/load/index.ts';
import { cleanText } from '../pipeline/clean/index.ts';
import { decode } from '../pipeline/ingest/index.ts';
import { processDoc } from '../pipeline/process.ts';

const seed = (p: string) => readFileSync(join('raw', readdirSync('raw').find((f) => f.startsWith(p))!), 'utf8');
/** A seed moved to another district of the same city, so that it is not a duplicate of the seed. */
const renamed = (p: string, from: string, to: string) => seed(p).split(from).join(to);

describe('a messy raw folder', () => {
  let dir: string;
  let summary: Awaited<ReturnType<typeof build>>;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'gr-messy-'));
    const raw = join(dir, 'raw');
    cpSync('raw', raw, { recursive: true });
    writeFileSync(join(raw, 'empty.txt'), '');
    writeFileSync(join(raw, 'binary.txt'), Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7919 + 13) % 256)));
    writeFileSync(join(raw, 'image.txt'), Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(2000, 7)]));
    writeFileSync(join(raw, 'nul_crlf.txt'), renamed('000', '水磨沟', '天山').replace(/\n/g, '\r\n').replace(/。/g, '。\u0000'));
    writeFileSync(join(raw, 'gb18030.txt'), iconv.encode(renamed('004', '天元区', '荷塘区'), 'gb18030'));
    writeFileSync(join(raw, 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(renamed('002', '爱民区', '东安区').replace(/爱民/g, '东安'), 'utf-16le')]));
    writeFileSync(join(raw, 'traditional.txt'), OpenCC.Converter({ from: 'cn', to: 'tw' })(renamed('003', '米东区', '达坂城区').replace(/米东/g, '达坂城')));
    const trunc = renamed('001', '新市区', '沙依巴克区');
    writeFileSync(join(raw, 'truncated.txt'), trunc.slice(0, Math.floor(trunc.length * 0.55)));
    writeFileSync(join(raw, 'big.txt'), Buffer.alloc(50 * 1024 * 1024, 0x41));
    writeFileSync(join(raw, 'sources.csv'), readFileSync(join(raw, 'sources.csv'), 'utf8') + 'gone.txt,web,"a site",removed since\n');
    mkdirSync(join(raw, 'nested', 'deeper'), { recursive: true });
    writeFileSync(join(raw, 'nested', 'deeper', 'copy.md'), renamed('000', '水磨沟', '头屯河'));
    writeFileSync(join(raw, 'twin.txt'), seed('004'));
    writeFileSync(join(raw, 'resolution.txt'), '关于政府工作报告的决议\n' + '会议同意报告提出的今年工作安排，号召全区人民团结奋斗。'.repeat(80));
    const outside = mkdtempSync(join(tmpdir(), 'gr-outside-'));
    writeFileSync(join(outside, 'secret.txt'), seed('001'));
    symlinkSync(join(outside, 'secret.txt'), join(raw, 'link.txt'));
    summary = await build({ rawDir: raw, outDir: join(dir, 'out') });
  }, 120_000);

  it('keeps the five seeds and every decodable report', () => {
    const reports = rowsOf(join(dir, 'out/csv/reports.csv'));
    const files = reports.map((r) => r.source_file).sort();
    expect(files).toEqual([
      '000_76c6a728dae11fbd.txt', '001_ed597c5a7ee36a87.txt', '002_097f914945e8a5ad.txt', '003_3d620f6899be7f59.txt', '004_cd869bf110cf6586.txt',
      'gb18030.txt', 'nested/deeper/copy.md', 'nul_crlf.txt', 'traditional.txt', 'truncated.txt', 'utf16.txt',
    ]);
    const by = (f: string) => reports.find((r) => r.source_file === f)!;
    expect(by('gb18030.txt')).toMatchObject({ encoding: 'gb18030', admin_code: '430202', plan_year: '2023' });
    expect(by('utf16.txt')).toMatchObject({ encoding: 'utf-16le', admin_code: '231002' });
    expect(by('traditional.txt')).toMatchObject({ admin_code: '650107', speaker_name: '吴承凯', plan_year: '2022' });
    expect(by('nul_crlf.txt')).toMatchObject({ admin_code: '650102' });
    expect(by('nested/deeper/copy.md')).toMatchObject({ admin_code: '650106' });
    expect(by('truncated.txt')).toMatchObject({ truncated: 'true', admin_code: '650103' });
  });

  it('lists every rejected file with its reason', () => {
    const rejects = Object.fromEntries(summary.rejects.filter((r) => r.stage !== 'validate' || r.reason === 'duplicate').map((r) => [r.source_file, r.reason]));
    expect(rejects).toEqual({
      'big.txt': 'too_large', 'binary.txt': 'binary', 'empty.txt': 'empty_file', 'image.txt': 'binary',
      'link.txt': 'symlink_outside_raw', 'resolution.txt': 'not_a_work_report', 'twin.txt': 'duplicate', 'sources.csv': 'sources_csv',
    });
    expect(summary.rejects.find((r) => r.source_file === 'twin.txt')!.detail).toMatch(/^duplicate_of 004_cd869bf110cf6586.txt/);
    const md = readFileSync(join(dir, 'out/QUALITY.md'), 'utf8');
    for (const f of Object.keys(rejects)) expect(md).toContain(f);
  });

  it('records the traditional-character conversion and warns about the truncated text', () => {
    const q = JSON.parse(readFileSync(join(dir, 'out/quality.json'), 'utf8'));
    const file = (f: string) => q.files.find((x: { source_file: string }) => x.source_file === f);
    expect(file('traditional.txt').repairs_by_kind.traditional).toBeGreaterThan(100);
    expect(file('truncated.txt').warnings.join()).toMatch(/truncated/);
  });

  it('exits 0 normally and non-zero with --strict', () => {
    const ok = spawnSync(process.execPath, ['bin/govreports.mjs', 'build', '--raw', join(dir, 'raw'), '--out', join(dir, 'out2')], { encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(ok.stderr).toMatch(/rejected big.txt \[ingest\] too_large/);
    const strict = spawnSync(process.execPath, ['bin/govreports.mjs', 'build', '--strict', '--raw', join(dir, 'raw'), '--out', join(dir, 'out3')], { encoding: 'utf8' });
    expect(strict.status).not.toBe(0);
  }, 120_000);
});

describe('fuzzing the seeds', () => {
  const seeds = readdirSync('raw').filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join('raw', f)));
  it('random cuts, duplications and byte flips never make a stage throw, and cleaning stays idempotent', () => {
    const op = fc.record({ kind: fc.constantFrom('cut', 'dup', 'flip', 'drop'), at: fc.nat(), len: fc.integer({ min: 1, max: 3000 }), byte: fc.nat(255) });
    fc.assert(fc.property(fc.nat(seeds.length - 1), fc.array(op, { minLength: 1, maxLength: 6 }), (which, ops) => {
      let b = Buffer.from(seeds[which]);
      for (const o of ops) {
        const at = o.at % Math.max(1, b.length);
        if (o.kind === 'cut') b = b.subarray(0, at);
        else if (o.kind === 'dup') b = Buffer.concat([b.subarray(0, at + o.len), b.subarray(at)]);
        else if (o.kind === 'drop') b = Buffer.concat([b.subarray(0, at), b.subarray(at + o.len)]);
        else if (b.length) { b = Buffer.from(b); b[at] = o.byte; }
      }
      const d = decode('fuzz.txt', b);
      if (!d.ok) return;
      const r = processDoc(d.doc);
      if (r.cleanText !== null) expect(cleanText(r.cleanText)).toBe(r.cleanText);
    }), { numRuns: 60 });
  }, 120_000);
});

describe('a build killed half-way', () => {
  it('leaves the previous output whole, whenever it is killed, and the next build completes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gr-kill-'));
    const raw = join(dir, 'raw');
    mkdirSync(raw);
    const seeds = readdirSync('raw').filter((f) => f.endsWith('.txt'));
    for (let k = 0; k < 40; k++) for (const f of seeds) writeFileSync(join(raw, `${k}_${f}`), `${readFileSync(join('raw', f), 'utf8')}\n（副本${k}）\n`);
    const out = join(dir, 'out');
    const files = ['datapackage.json', 'csv/reports.csv', 'csv/rejects.csv', 'parquet/indicators.parquet'];
    const snapshot = (o: string) => Object.fromEntries(files.map((f) => [f, createHash('sha256').update(readFileSync(join(o, f))).digest('hex')]));
    // What a finished build of the big folder gives (builds are reproducible), and the output before.
    await build({ rawDir: raw, outDir: join(dir, 'expected') });
    const finished = snapshot(join(dir, 'expected'));
    await build({ rawDir: 'raw', outDir: out });
    const before = snapshot(out);
    const seen = new Set<string>();
    for (const delay of [200, 700, 1200, 1700, 2200, 2700, 3200]) {
      const child = spawn(process.execPath, ['bin/govreports.mjs', 'build', '--raw', raw, '--out', out], { stdio: 'ignore' });
      await new Promise((r) => setTimeout(r, delay));
      child.kill('SIGKILL');
      await new Promise((r) => (child.exitCode !== null || child.signalCode !== null ? r(null) : child.on('exit', r)));
      const now = snapshot(out);
      const state = JSON.stringify(now) === JSON.stringify(before) ? 'previous' : JSON.stringify(now) === JSON.stringify(finished) ? 'finished' : 'broken';
      expect(state, `killed after ${delay} ms`).not.toBe('broken');
      seen.add(state);
      if (state === 'finished') await build({ rawDir: 'raw', outDir: out }); // back to the small output for the next kill
    }
    expect(seen.has('previous')).toBe(true);
    const done = spawnSync(process.execPath, ['bin/govreports.mjs', 'build', '--raw', raw, '--out', out], { encoding: 'utf8' });
    expect(done.status).toBe(0);
    expect(snapshot(out)).toEqual(finished);
    expect(readdirSync(dir).filter((f) => /tmp-|old-/.test(f))).toEqual([]);
  }, 180_000);
});

function rowsOf(path: string): Array<Record<string, string>> {
  return Papa.parse<Record<string, string>>(readFileSync(path, 'utf8'), { header: true, skipEmptyLines: true }).data;
}

describe('a build killed between the two renames of the swap', () => {
  it('gets the previous output back before the next build does anything', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gr-swap-'));
    const out = join(dir, 'out');
    await build({ rawDir: 'raw', outDir: out });
    const before = readFileSync(join(out, 'csv/reports.csv'));
    // What a kill between renameSync(out, old) and renameSync(tmp, out) leaves: no out, an .old of a dead process.
    const dead = spawnSync(process.execPath, ['-e', 'process.exit(0)']).pid;
    renameSync(out, `${out}.old-${dead}`);
    mkdirSync(join(dir, `.out.tmp-${dead}`));
    recoverOutput(out);
    expect(readFileSync(join(out, 'csv/reports.csv')).equals(before)).toBe(true);
    expect(readdirSync(dir).filter((f) => /tmp-|old-/.test(f))).toEqual([]);
  });
});
