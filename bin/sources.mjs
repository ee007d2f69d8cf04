// What a bundle is made from, and its fingerprint: the TypeScript sources under pipeline/ and
// schemas/, and the bundler's own settings (bundle.mjs). bin/govreports.mjs compares this hash
// with the one written beside dist/ at install, so a bundle older than the sources is never run.
// Reading and hashing the ~70 files takes 2–4 ms; it needs nothing but node itself.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const HASH_FILE = '.sources-hash';

export function sourcesHash(root = ROOT) {
  const h = createHash('sha256');
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(ts|mts|mjs|json)$/.test(e.name)) h.update(relative(root, p).split('\\').join('/')).update('\0').update(readFileSync(p));
    }
  };
  walk(join(root, 'pipeline'));
  walk(join(root, 'schemas'));
  h.update(readFileSync(join(root, 'bin', 'bundle.mjs')));
  return h.digest('hex').slice(0, 16);
}
