#!/usr/bin/env node
// The command line. It runs the TypeScript sources bundled by esbuild (bundle.mjs), made afresh
// at each start so there is no compile step to forget; should bundling fail, it runs them through
// tsx as they are.
import { bundle } from './bundle.mjs';

let entry = null;
try {
  entry = await bundle();
} catch (e) {
  process.stderr.write(`note: could not bundle the sources (${String(e?.message ?? e).split('\n')[0]}); running them through tsx\n`);
}
if (entry) {
  process.setSourceMapsEnabled(true);
  await import(entry);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../pipeline/cli.ts');
}
