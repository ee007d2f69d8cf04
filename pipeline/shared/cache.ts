/**
 * The result cache: what processing one raw file produced, stored by the file's sha256 under a
 * key of the pipeline's own code, so that a rebuild re-uses every result whose file and code are
 * unchanged. One folder per raw file: a gzipped JSON-lines file per table, the clean text and a
 * summary. The load stage reads the table files straight into DuckDB.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

let codeKey: string | null = null;

/**
 * A hash of the code that turns a raw file into rows (pipeline/, schemas/, the lock file): any
 * change to it invalidates every cached result, so a stale result can never be re-used.
 */
export function codeVersion(): string {
  if (codeKey) return codeKey;
  const h = createHash('sha256');
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(ts|mjs|json)$/.test(e.name)) h.update(relative(ROOT, p)).update(readFileSync(p));
    }
  };
  walk(join(ROOT, 'pipeline'));
  walk(join(ROOT, 'schemas'));
  h.update(readFileSync(join(ROOT, 'package-lock.json')));
  codeKey = h.digest('hex').slice(0, 16);
  return codeKey;
}

export const resultDir = (cacheRoot: string, sha256: string) => join(cacheRoot, 'results', codeVersion(), sha256.slice(0, 2), sha256);
export const tableFile = (dir: string, table: string) => join(dir, `${table}.jsonl.gz`);
export const summaryFile = (dir: string) => join(dir, 'summary.json');
export const cleanFile = (dir: string) => join(dir, 'clean.txt');

export function exists(p: string): boolean {
  try {
    statSync(p);
    return true;
  } catch {
    return false;
  }
}
