#!/usr/bin/env node
// The command line. It runs the sources as the JavaScript bundle in dist/ that install made
// (bin/bundle.mjs), after checking that the bundle was made from the sources as they are now: a
// stale or missing bundle is made again (in tens of milliseconds) before it runs, and where dist/
// cannot be written (a read-only install whose sources were changed) or esbuild is missing, the
// sources run through tsx as they are.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { HASH_FILE, ROOT, sourcesHash } from './sources.mjs';

const dist = join(ROOT, 'dist');
const current = () => {
  try {
    return readFileSync(join(dist, HASH_FILE), 'utf8').trim() === sourcesHash() && existsSync(join(dist, 'cli.mjs'));
  } catch {
    return false;
  }
};

let entry = current() ? pathToFileURL(join(dist, 'cli.mjs')).href : null;
if (!entry) {
  try {
    const { bundle } = await import('./bundle.mjs');
    entry = await bundle(dist);
  } catch (e) {
    process.stderr.write(`note: could not bundle the sources into dist/ (${String(e?.message ?? e).split('\n')[0]}); running them through tsx\n`);
  }
}
if (entry) {
  // Stack traces (an internal_error's detail) name TypeScript lines; reading every module's source
  // map costs tens of milliseconds, spared when only the version or the help is asked for.
  if (!process.argv.slice(2).every((a) => /^(-V|--version|-h|--help|help)$/.test(a))) process.setSourceMapsEnabled(true);
  await import(entry);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../pipeline/cli.ts');
}
