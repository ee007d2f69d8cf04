/**
 * `make bench`: speed and memory, measured here and never in unit tests.
 *  1. Chinese numeral parsing: our scanner against `nzh` (the same numerals, same answers).
 *  2. Quantities throughput (the hottest extraction path), MB/s over the seeds, repeated.
 *  3. A whole build of the seeds copied N times (distinct bytes): MB/s, reports/s, peak RSS.
 * Results go to bench/results.json.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from '../pipeline/build.ts';
import { clean } from '../pipeline/clean/index.ts';
import { extractQuantities } from '../pipeline/extract/longtail/quantities.ts';
import { segment } from '../pipeline/segment/index.ts';
import { parseChineseNumber } from '../pipeline/shared/numerals.ts';
import { codePointIndex } from '../pipeline/shared/offsets.ts';

const require = createRequire(import.meta.url);
const seeds = readdirSync('raw').filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join('raw', f), 'utf8'));
const results: Record<string, unknown> = { node: process.version, date_of_run: 'see git log' };

// 1. Numerals
const numerals = seeds.flatMap((s) => s.match(/[零〇一二两三四五六七八九十百千万亿]{1,8}/g) ?? []).filter((n) => /[一二两三四五六七八九十]/.test(n));
const nzh = require('nzh/cn');
const time = (f: () => void, reps: number) => { const t = process.hrtime.bigint(); for (let i = 0; i < reps; i++) f(); return Number(process.hrtime.bigint() - t) / 1e9; };
const reps = 200;
const ours = time(() => { for (const n of numerals) parseChineseNumber(n); }, reps);
const theirs = time(() => { for (const n of numerals) nzh.decodeS(n); }, reps);
const disagree = numerals.filter((n) => { const a = parseChineseNumber(n); const b = Number(nzh.decodeS(n)); return a !== b; });
results.numerals = {
  numerals: numerals.length * reps,
  ours_per_second: Math.round((numerals.length * reps) / ours),
  nzh_per_second: Math.round((numerals.length * reps) / theirs),
  disagreements: [...new Set(disagree)].slice(0, 10).map((n) => `${n}: ours ${parseChineseNumber(n)}, nzh ${nzh.decodeS(n)}`),
};
console.log('numerals', results.numerals);

// 2. Quantities throughput
const docs = seeds.map((raw, i) => { const c = clean(raw); return { c, seg: segment(c.text, c.hints), id: String(i) }; });
const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.c.text), 0);
let found = 0;
const qReps = 50;
const qSec = time(() => {
  for (const d of docs) found = extractQuantities({ reportId: d.id, text: d.c.text, seg: d.seg, reviewYear: 2022, planYear: 2023, regionName: null, county: null, cp: codePointIndex(d.c.text) }).length;
}, qReps);
results.quantities = { mb_per_second: +((bytes * qReps) / 1e6 / qSec).toFixed(2), mb: +((bytes * qReps) / 1e6).toFixed(1), seconds: +qSec.toFixed(2) };
console.log('quantities', results.quantities);
const cSec = time(() => { for (const raw of seeds) clean(raw); }, 20);
results.clean = { mb_per_second: +((seeds.reduce((n, s) => n + Buffer.byteLength(s), 0) * 20) / 1e6 / cSec).toFixed(2) };
console.log('clean', results.clean);

// 3. Whole build of N copies (each copy differs by a line, so none is a duplicate)
const copies = Number(process.env.BENCH_COPIES ?? 100);
const dir = mkdtempSync(join(tmpdir(), 'gr-bench-'));
const raw = join(dir, 'raw');
mkdirSync(raw);
let rawBytes = 0;
for (let k = 0; k < copies; k++) {
  seeds.forEach((s, i) => { const t = `${s}\n（编号${k}-${i}）\n`; rawBytes += Buffer.byteLength(t); writeFileSync(join(raw, `c${k}_${i}.txt`), t); });
}
let peak = 0;
const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 50);
const t0 = Date.now();
const summary = await build({ rawDir: raw, outDir: join(dir, 'out') });
const secs = (Date.now() - t0) / 1000;
clearInterval(timer);
peak = Math.max(peak, process.memoryUsage().rss);
results.full_build = {
  reports: summary.reports, mb: +(rawBytes / 1e6).toFixed(1), seconds: secs,
  mb_per_second: +(rawBytes / 1e6 / secs).toFixed(2), reports_per_second: +(summary.reports / secs).toFixed(1), peak_rss_mb: Math.round(peak / 1e6),
};
console.log('full build', results.full_build);
rmSync(dir, { recursive: true, force: true });
mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.json', JSON.stringify(results, null, 2) + '\n');
