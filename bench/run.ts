/**
 * `make bench`: speed and memory, measured here and never in unit tests. Results go to
 * bench/results.json; the README's table quotes them.
 *  1. Chinese numerals: our scanner against `nzh` (the same numerals, same answers).
 *  2. Quantities extraction (the hottest extraction path) and cleaning, MB/s over the seeds.
 *  3. A synthetic corpus (BENCH_COUNT reports, default 3000): full builds with a cold cache
 *     (BENCH_RUNS of them, default 3: this kind of machine runs ±20 % apart from one minute to
 *     the next, so the median is reported with every run), a no-op rebuild, a rebuild after one
 *     file changed — MB/s, reports/s, peak RSS — and the share of the synthetic truth recovered.
 *  4. What a file costs by format: each seed's text as .txt, as saved web pages (UTF-8, GBK, a
 *     forum thread), as a PDF and as a .docx (tests/ingestFormats.ts makes them), read, converted
 *     and processed on one thread — the median CPU time per file and its ratio to the .txt.
 *  5. Start-up of the command line: `--version` and `--help`, median of 15 runs each.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clean } from '../pipeline/clean/index.ts';
import { extractQuantities } from '../pipeline/extract/longtail/quantities.ts';
import { segment } from '../pipeline/segment/index.ts';
import { parseChineseNumber } from '../pipeline/shared/numerals.ts';
import { codePointIndex } from '../pipeline/shared/offsets.ts';
import { score } from '../pipeline/synth/score.ts';
import { convert } from '../pipeline/ingest/index.ts';
import { processDoc } from '../pipeline/process.ts';
import { forumPage, govPage, reportDocx, reportPdf } from '../tests/ingestFormats.ts';

const require = createRequire(import.meta.url);
const seeds = readdirSync('raw').filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join('raw', f), 'utf8'));
const results: Record<string, unknown> = { node: process.version, cores: (await import('node:os')).availableParallelism() };
const time = (f: () => void, reps: number) => { const t = process.hrtime.bigint(); for (let i = 0; i < reps; i++) f(); return Number(process.hrtime.bigint() - t) / 1e9; };

// 1. Numerals
const numerals = seeds.flatMap((s) => s.match(/[零〇一二两三四五六七八九十百千万亿]{1,8}/g) ?? []).filter((n) => /[一二两三四五六七八九十]/.test(n));
const nzh = require('nzh/cn');
const ours = time(() => { for (const n of numerals) parseChineseNumber(n); }, 200);
const theirs = time(() => { for (const n of numerals) nzh.decodeS(n); }, 200);
results.numerals = {
  per_second_ours: Math.round((numerals.length * 200) / ours),
  per_second_nzh: Math.round((numerals.length * 200) / theirs),
  disagreements: [...new Set(numerals.filter((n) => parseChineseNumber(n) !== Number(nzh.decodeS(n))))].slice(0, 8).map((n) => `${n}: ours ${parseChineseNumber(n)}, nzh ${nzh.decodeS(n)}`),
};
console.log('numerals', results.numerals);

// 2. Quantities and cleaning on the seeds
const docs = seeds.map((raw) => { const c = clean(raw); return { c, seg: segment(c.text, c.hints) }; });
const cleanBytes = docs.reduce((n, d) => n + Buffer.byteLength(d.c.text), 0);
const qSec = time(() => { for (const d of docs) extractQuantities({ reportId: 'x', text: d.c.text, seg: d.seg, reviewYear: 2022, planYear: 2023, givenLate: null, regionName: null, county: null, cp: codePointIndex(d.c.text) }); }, 50);
const rawBytes = seeds.reduce((n, s) => n + Buffer.byteLength(s), 0);
const cSec = time(() => { for (const raw of seeds) clean(raw); }, 20);
results.quantities_mb_per_second = +((cleanBytes * 50) / 1e6 / qSec).toFixed(1);
results.clean_mb_per_second = +((rawBytes * 20) / 1e6 / cSec).toFixed(1);
console.log('quantities MB/s', results.quantities_mb_per_second, 'clean MB/s', results.clean_mb_per_second);

// 4. Per-format cost (before the corpus: it runs in this process, on one thread)
{
  const texts = seeds.map((raw) => { const c = clean(raw); const d = processDoc({ sourceFile: 'x.txt', sha256: '0'.repeat(64), bytes: 0, encoding: 'utf-8', text: raw }); return { text: c.text, title: d.rows.reports[0]?.title ?? '', region: d.rows.reports[0]?.region_name ?? '' }; });
  const makers: Record<string, (t: typeof texts[number]) => Promise<Buffer> | Buffer> = {
    txt: (t) => Buffer.from(t.text),
    'html (utf-8)': (t) => govPage(t.text, { headline: t.title, site: `${t.region}人民政府`, charset: 'utf-8' }),
    'html (gbk)': (t) => govPage(t.text, { headline: t.title, site: `${t.region}人民政府`, charset: 'gbk', headings: 'strong' }),
    'forum html (gbk)': (t) => forumPage(t.text, { headline: t.title, site: '区域数据论坛', charset: 'gbk' }),
    pdf: (t) => reportPdf(t.text, { header: `${t.region}政府工作报告`, headerOnFirstPage: true }),
    docx: (t) => reportDocx(t.text),
  };
  const reps = Number(process.env.BENCH_FORMAT_REPS ?? 15);
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const sets = await Promise.all(Object.entries(makers).map(async ([name, make]) => ({
    name,
    files: await Promise.all(texts.map(async (t, i) => ({ name: `seed${i}.${name === 'txt' ? 'txt' : name === 'pdf' ? 'pdf' : name === 'docx' ? 'docx' : 'html'}`, bytes: await make(t) }))),
  })));
  const conv = new Map<string, number[]>(sets.map((s) => [s.name, []]));
  const total = new Map<string, number[]>(sets.map((s) => [s.name, []]));
  const ratio = new Map<string, number[]>(sets.map((s) => [s.name, []]));
  // CPU time, not the clock: on this shared machine a pass waits for a core as often as it runs.
  // The formats take turns within each pass, so that each pass's ratios to the .txt are taken in
  // the same minute; three passes warm up first and are not counted.
  const cpuMs = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
  for (let r = -3; r < reps; r++) {
    const pass = new Map<string, number>();
    for (const set of sets) {
      let c = 0;
      const t0 = cpuMs();
      for (const f of set.files) {
        const t1 = cpuMs();
        const d = await convert(f.name, f.bytes);
        c += cpuMs() - t1;
        if (!d.ok) throw new Error(`${set.name}: ${d.reject.reason}`);
        processDoc(d.doc);
      }
      pass.set(set.name, (cpuMs() - t0) / set.files.length);
      if (r >= 0) { conv.get(set.name)!.push(c / set.files.length); total.get(set.name)!.push(pass.get(set.name)!); }
    }
    if (r >= 0) for (const set of sets) ratio.get(set.name)!.push(pass.get(set.name)! / pass.get('txt')!);
  }
  const perFormat = Object.fromEntries(sets.map((s) => [s.name, {
    file_kb: +(s.files.reduce((n, f) => n + f.bytes.length, 0) / s.files.length / 1024).toFixed(1),
    convert_ms: +median(conv.get(s.name)!).toFixed(2),
    total_ms: +median(total.get(s.name)!).toFixed(2),
    ratio_to_txt: +median(ratio.get(s.name)!).toFixed(2),
    ratio_range: [+Math.min(...ratio.get(s.name)!).toFixed(2), +Math.max(...ratio.get(s.name)!).toFixed(2)],
  }]));
  results.per_format = perFormat;
  console.log(`CPU per file, by format: medians of ${reps} passes over the 5 seeds on one thread; ratio_to_txt is the median of each pass's ratio`);
  console.table(perFormat);
}

// 5. Start-up
{
  const spawnMs = (args: string[]) => { const t = process.hrtime.bigint(); spawnSync(process.execPath, ['bin/govreports.mjs', ...args]); return Number(process.hrtime.bigint() - t) / 1e6; };
  spawnMs(['--version']); // makes dist/ if the sources changed
  const med = (args: string[]) => { const xs = Array.from({ length: 15 }, () => spawnMs(args)).sort((a, b) => a - b); return { median_ms: Math.round(xs[7]), min_ms: Math.round(xs[0]), max_ms: Math.round(xs[14]) }; };
  const nodeAlone = (() => { const xs = Array.from({ length: 15 }, () => { const t = process.hrtime.bigint(); spawnSync(process.execPath, ['-e', '0']); return Number(process.hrtime.bigint() - t) / 1e6; }).sort((a, b) => a - b); return Math.round(xs[7]); })();
  results.startup = { version: med(['--version']), help: med(['--help']), node_alone_median_ms: nodeAlone };
  console.log('start-up', results.startup);
}

// BENCH_ONLY=formats: sections 1, 2, 4 and 5 alone; their figures replace those in results.json.
if (process.env.BENCH_ONLY === 'formats') {
  const previous = JSON.parse(readFileSync('bench/results.json', 'utf8')) as Record<string, unknown>;
  writeFileSync('bench/results.json', JSON.stringify({ ...previous, ...results }, null, 2) + '\n');
  process.exit(0);
}

// 3. A synthetic corpus through the command line, as a user runs it
const count = Number(process.env.BENCH_COUNT ?? 3000);
const work = mkdtempSync(join(tmpdir(), 'govreports-bench-'));
const raw = join(work, 'raw');
const cli = (...args: string[]) => {
  const t = Date.now();
  const r = spawnSync(process.execPath, ['bin/govreports.mjs', ...args], { encoding: 'utf8', env: { ...process.env, GOVREPORTS_TIMING: '1' }, maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`govreports ${args.join(' ')} failed: ${r.stderr.slice(-2000)}`);
  const rss = Number(/peak_rss_mb (\d+)/.exec(r.stderr)?.[1] ?? NaN);
  return { seconds: (Date.now() - t) / 1000, rss, stdout: r.stdout.trim() };
};
cli('synth', '--count', String(count), '--seed', '2026', '--out', raw);
const bytes = readdirSync(raw).filter((f) => !f.startsWith('_')).reduce((n, f) => n + statSync(join(raw, f)).size, 0);
const common = ['--raw', raw, '--out', join(work, 'out'), '--cache', join(work, 'cache')];
const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));
const fulls: Array<ReturnType<typeof cli>> = [];
for (let i = 0; i < runs; i++) {
  rmSync(join(work, 'out'), { recursive: true, force: true });
  rmSync(join(work, 'cache'), { recursive: true, force: true });
  fulls.push(cli('build', ...common));
  console.log(`full build ${i + 1}/${runs}: ${fulls[i].seconds} s`);
}
const full = [...fulls].sort((a, b) => a.seconds - b.seconds)[Math.floor((runs - 1) / 2)]; // the median (the lower one of an even count)
const noop = cli('build', ...common);
const one = readdirSync(raw).find((f) => f.startsWith('synth_'))!;
appendFileSync(join(raw, one), '\n各位代表，让我们团结奋斗！\n');
const oneFile = cli('build', ...common);
const s = score(join(work, 'out'), join(raw, '_truth.csv'));
const row = (r: { seconds: number; rss: number }) => ({ seconds: r.seconds, mb_per_second: +(bytes / 1e6 / r.seconds).toFixed(2), reports_per_second: +(count / r.seconds).toFixed(1), peak_rss_mb: r.rss });
results.corpus = { reports: count, mb: +(bytes / 1e6).toFixed(1) };
results.full_build = { ...row(full), runs: fulls.map((f) => row(f)) };
results.noop_rebuild = { ...row(noop), share_of_full: +(noop.seconds / full.seconds).toFixed(3) };
results.one_file_rebuild = row(oneFile);
results.truth = { recovered: +s.share.toFixed(4), matched: s.matched, total: s.total, misses: s.misses.slice(0, 10) };
console.log(JSON.stringify({ corpus: results.corpus, full_build: results.full_build, noop_rebuild: results.noop_rebuild, one_file_rebuild: results.one_file_rebuild, truth: { ...results.truth as object, misses: undefined } }, null, 2));
rmSync(work, { recursive: true, force: true });
mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.json', JSON.stringify(results, null, 2) + '\n');
