/**
 * The result cache: what processing one raw file produced, stored by the file's sha256 under a
 * key of the pipeline's own code, so that a rebuild re-uses every result whose file and code are
 * unchanged.
 *
 * One file per raw file (creating files is what costs most on a busy disk, so there is one, not
 * one per table): a first line of JSON — the summary the build needs and the byte length of each
 * part — then the parts, Brotli-compressed together: the clean text and each table's rows as CSV
 * lines (see rowFormat.ts). Brotli at quality 1 packs them three times faster than gzip and smaller.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, brotliDecompressSync, constants as zlib } from 'node:zlib';

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

export const resultsRoot = (cacheRoot: string) => join(cacheRoot, 'results');
export const resultFile = (cacheRoot: string, sha256: string) => join(resultsRoot(cacheRoot), codeVersion(), sha256.slice(0, 2), `${sha256}.result`);

/** Named byte strings: the clean text (`clean`) and each table's CSV lines (the table's name). */
export type Parts = Array<[name: string, bytes: Uint8Array]>;

export function encodeResult(header: object, parts: Parts): Buffer {
  const body = parts.length ? brotliCompressSync(Buffer.concat(parts.map(([, b]) => b)), { params: { [zlib.BROTLI_PARAM_QUALITY]: 1 } }) : Buffer.alloc(0);
  const head = JSON.stringify({ ...header, parts: parts.map(([name, b]) => [name, b.byteLength]) });
  return Buffer.concat([Buffer.from(head + '\n'), body]);
}

/** The header of a stored result; its parts only when asked, as decompressing is the costly part. */
export function decodeResult<H>(file: Buffer, withParts: boolean): { header: H; parts: Parts | null } {
  const nl = file.indexOf(10);
  if (nl < 0) throw new Error('stored result has no header line');
  const { parts: lengths, ...header } = JSON.parse(file.subarray(0, nl).toString('utf8')) as { parts: Array<[string, number]> };
  if (!withParts) return { header: header as H, parts: null };
  const body = lengths.length ? brotliDecompressSync(file.subarray(nl + 1)) : Buffer.alloc(0);
  const parts: Parts = [];
  let at = 0;
  for (const [name, n] of lengths) {
    parts.push([name, body.subarray(at, at + n)]);
    at += n;
  }
  if (at !== body.length) throw new Error('stored result is shorter or longer than its header says');
  return { header: header as H, parts };
}

export function exists(p: string): boolean {
  try {
    statSync(p);
    return true;
  } catch {
    return false;
  }
}
