#!/usr/bin/env node
// The pipeline's TypeScript sources as JavaScript for the command line and for its worker threads,
// made by esbuild into dist/ once, at install (npm's `prepare`, `make`), and again only when the
// sources change (bin/govreports.mjs checks their hash at each start). Loading plain JavaScript
// spares every thread tsx's loader: a build of 8 files went from 2.7 s to 1.7 s. The bundle is
// split at each dynamic import(), so `--version` and `--help` load the command line alone, and
// DuckDB, the thread pool and the converters of PDF, HTML and Word files are loaded by the
// commands and files that need them.
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, stop } from 'esbuild';
import { HASH_FILE, ROOT, sourcesHash } from './sources.mjs';

/** Bundles the sources into `outdir` (default dist/) and returns the URL of the command line's entry. */
export async function bundle(outdir = join(ROOT, 'dist')) {
  const hash = sourcesHash();
  // Written into a fresh folder and renamed into place: a command starting meanwhile runs either
  // the old bundle or the new one, never half of each.
  const tmp = `${outdir}.${process.pid}.tmp`;
  rmSync(tmp, { recursive: true, force: true });
  await build({
    absWorkingDir: ROOT,
    // The worker's path beside cli.mjs mirrors pipeline/worker/ beside pipeline/cli.ts: build.ts
    // finds it the same way from either (chunks sit beside cli.mjs).
    entryPoints: { cli: 'pipeline/cli.ts', 'worker/main': 'pipeline/worker/main.ts' },
    outdir: tmp,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    chunkNames: '[name]-[hash]', // beside cli.mjs, as build.ts finds worker/main.mjs from its own place
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: 'linked', // stack traces (in rejects' details) name the TypeScript lines: see build.ts
    logLevel: 'silent',
  });
  await stop(); // esbuild's service process is not left running beside the command
  writeFileSync(join(tmp, HASH_FILE), `${hash}\n`);
  const old = `${outdir}.${process.pid}.old`;
  try {
    renameSync(outdir, old);
  } catch {
    // no previous bundle
  }
  mkdirSync(join(outdir, '..'), { recursive: true });
  renameSync(tmp, outdir);
  rmSync(old, { recursive: true, force: true });
  return pathToFileURL(join(outdir, 'cli.mjs')).href;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const t0 = Date.now();
  await bundle();
  process.stdout.write(`bundled the sources into dist/ (${Date.now() - t0} ms)\n`);
}
