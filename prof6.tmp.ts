import { readdirSync, rmSync, mkdirSync } from 'node:fs';
import { processFile } from '/work/main/pipeline/worker/processFile.ts';
const N = Number(process.env.N ?? 500);
const files = readdirSync('/tmp/exp/raw').filter(f=>f.startsWith('synth')).slice(0, N);
const C = process.env.C ?? '/tmp/exp/c6'; rmSync(C, { recursive: true, force: true }); mkdirSync(C);
const t = performance.now();
for (const f of files) processFile({ rawDir: '/tmp/exp/raw', sourceFile: f, cacheRoot: C, rowsIfCached: true });
console.log('processFile ms/doc', ((performance.now()-t)/N).toFixed(2));
