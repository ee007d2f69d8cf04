// The pipeline's TypeScript sources as one JavaScript bundle for the command line and one for its
// worker threads, made by esbuild under .cache/bundle/. Loading plain JavaScript spares every
// thread tsx's loader (a module-transforming thread beside each): a build of 8 files went from
// 2.7 s to 1.7 s, about 1.8 CPU-seconds less. Bundling takes tens of milliseconds and is redone at
// every start, so the bundle can never be older than the sources; a file whose bytes did not
// change is not rewritten.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Bundles the sources and returns the URL of the command line's bundle. */
export async function bundle() {
  const outdir = join(ROOT, '.cache', 'bundle');
  const { outputFiles } = await build({
    absWorkingDir: ROOT,
    // The worker's path beside cli.mjs mirrors pipeline/worker/ beside pipeline/cli.ts: build.ts
    // finds it the same way from either.
    entryPoints: { cli: 'pipeline/cli.ts', 'worker/main': 'pipeline/worker/main.ts' },
    outdir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: 'linked', // stack traces (in rejects' details) name the TypeScript lines: see build.ts
    write: false,
    logLevel: 'silent',
  });
  for (const f of outputFiles) {
    if (existsSync(f.path) && readFileSync(f.path).equals(f.contents)) continue;
    mkdirSync(dirname(f.path), { recursive: true });
    // Written aside and renamed: another build starting at the same time never reads half a file.
    const tmp = `${f.path}.${process.pid}.tmp`;
    writeFileSync(tmp, f.contents);
    renameSync(tmp, f.path);
  }
  return pathToFileURL(join(outdir, 'cli.mjs')).href;
}
