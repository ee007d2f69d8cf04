/**
 * The result cache: what processing one raw file produced, stored by the file's sha256 under a
 * key of the pipeline's own code, so that a rebuild re-uses every result whose file and code are
 * unchanged.
 *
 * A result is one record: a first line of JSON — the summary the build needs and the byte length
 * of each part — then the parts, Brotli-compressed together: the clean text and each table's rows
 * as CSV lines (see rowFormat.ts). Brotli at quality 1 packs them three times faster than gzip,
 * and smaller.
 *
 * Records are appended to pack files, one per build, and found through `packs.json` (sha256 →
 * pack, offset, length): creating a file per result cost 1.3 ms a file on a busy disk (strace,
 * 1,000 reports), more than cleaning the report. A build that dies leaves a pack no index points
 * into, which the next build removes; packs mostly of results no raw file has any more are
 * compacted.
 */
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, constants as zlib } from 'node:zlib';
import { PROJECT_ROOT as ROOT } from './projectRoot.ts';
import { encodeUtf8 } from './utf8.ts';

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
const packsDir = (cacheRoot: string) => join(resultsRoot(cacheRoot), codeVersion());

/** Where a stored result is: a pack file (by name, in this code's folder) and a byte range. */
export type Location = [pack: string, offset: number, length: number];

/** One stored result's bytes (worker side); null when it cannot be read (a pack compacted away meanwhile). */
export function readRecord(cacheRoot: string, [pack, offset, length]: Location): Buffer | null {
  let fd: number | null = null;
  try {
    fd = openSync(join(packsDir(cacheRoot), pack), 'r');
    const buf = Buffer.allocUnsafe(length);
    return readSync(fd, buf, 0, length, offset) === length ? buf : null;
  } catch {
    return null;
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/**
 * The results of this code version (main thread): look-ups by sha256, and this build's new
 * records appended to its own pack. `commit` writes the index; until then nothing points into
 * the new pack, so a build killed half-way leaves the cache as it was.
 */
export class ResultStore {
  private readonly dir: string;
  private readonly index: Map<string, Location>;
  private readonly packName = `${Date.now().toString(36)}-${process.pid}-${Math.random().toString(36).slice(2, 8)}.pack`;
  private fd: number | null = null;
  private size = 0;
  private readonly added = new Map<string, Location>();

  constructor(private readonly cacheRoot: string) {
    this.dir = packsDir(cacheRoot);
    this.index = readPacksIndex(this.dir);
  }

  get(sha256: string): Location | undefined {
    return this.added.get(sha256) ?? this.index.get(sha256);
  }

  /** Every known result, for workers to look up files whose sha256 only they learn. */
  entries(): Record<string, Location> {
    return Object.fromEntries([...this.index, ...this.added]);
  }

  /** A result computed in this build; it replaces a stored one (which a worker could not read). */
  put(sha256: string, record: Uint8Array): void {
    if (this.added.has(sha256)) return;
    if (this.fd === null) {
      mkdirSync(this.dir, { recursive: true });
      this.fd = openSync(join(this.dir, this.packName), 'a');
    }
    writeSync(this.fd, record);
    this.added.set(sha256, [this.packName, this.size, record.byteLength]);
    this.size += record.byteLength;
  }

  /**
   * Makes this build's results findable; `live` are the sha256s of the raw files the cache index
   * still knows. Packs no entry points into go; when most of the packed bytes (of more than
   * `compactAbove`) are dead, the live records are copied to one new pack.
   */
  commit(live: ReadonlySet<string>, compactAbove = 64 * 1024 * 1024): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
    if (!existsSync(this.dir)) return;
    // Another build may have committed meanwhile: keep its entries too.
    const merged = new Map([...readPacksIndex(this.dir), ...this.index, ...this.added]);
    for (const [sha, [pack]] of merged) if (!existsSync(join(this.dir, pack))) merged.delete(sha);
    const packBytes = new Map<string, number>();
    for (const f of readdirSync(this.dir)) if (f.endsWith('.pack')) packBytes.set(f, statSync(join(this.dir, f)).size);
    const total = [...packBytes.values()].reduce((a, b) => a + b, 0);
    const liveBytes = [...merged].filter(([sha]) => live.has(sha)).reduce((n, [, [, , len]]) => n + len, 0);
    if (total > compactAbove && liveBytes < total / 2) this.compact(merged, live);
    writeIndexFile(this.dir, merged);
    const used = new Set([...merged.values()].map(([pack]) => pack));
    for (const pack of packBytes.keys()) if (!used.has(pack) && pack !== this.packName) rmSync(join(this.dir, pack), { force: true });
    if (!used.has(this.packName)) rmSync(join(this.dir, this.packName), { force: true });
  }

  private compact(entries: Map<string, Location>, live: ReadonlySet<string>) {
    const name = `${Date.now().toString(36)}-${process.pid}-compact.pack`;
    const fd = openSync(join(this.dir, name), 'w');
    let at = 0;
    try {
      for (const [sha, loc] of [...entries]) {
        const rec = live.has(sha) ? readRecord(this.cacheRoot, loc) : null;
        if (!rec) {
          entries.delete(sha);
          continue;
        }
        writeSync(fd, rec);
        entries.set(sha, [name, at, rec.byteLength]);
        at += rec.byteLength;
      }
    } finally {
      closeSync(fd);
    }
  }
}

function readPacksIndex(dir: string): Map<string, Location> {
  try {
    return new Map(Object.entries(JSON.parse(readFileSync(join(dir, 'packs.json'), 'utf8')) as Record<string, Location>));
  } catch {
    return new Map();
  }
}

function writeIndexFile(dir: string, entries: Map<string, Location>) {
  const tmp = join(dir, `packs.json.${process.pid}`);
  writeFileSync(tmp, JSON.stringify(Object.fromEntries(entries)));
  renameSync(tmp, join(dir, 'packs.json'));
}

/**
 * Named byte strings packed in one buffer: the clean text (CLEAN_PART) and each table's CSV lines
 * (the table's name). One buffer, so that a worker can hand it over without a copy.
 */
export const CLEAN_PART = 'clean';

export interface Packed {
  index: Array<[name: string, byteLength: number]>;
  bytes: Uint8Array;
}

/** Parts given as strings are encoded as UTF-8; bytes are taken as they are. */
export function pack(named: Array<[name: string, content: string | Uint8Array]>): Packed {
  const parts = named.map(([, content]) => (typeof content === 'string' ? encodeUtf8(content) : content));
  const index = named.map(([name], i) => [name, parts[i].byteLength] as [string, number]);
  const bytes = Buffer.allocUnsafeSlow(index.reduce((n, [, len]) => n + len, 0)); // its own memory, transferable
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.byteLength;
  }
  return { index, bytes };
}

/** The parts of a packed buffer, as views into it. */
export function unpack(p: Packed): Array<[name: string, bytes: Uint8Array]> {
  const out: Array<[string, Uint8Array]> = [];
  let at = 0;
  for (const [name, n] of p.index) {
    out.push([name, p.bytes.subarray(at, at + n)]);
    at += n;
  }
  return out;
}

export function encodeResult(header: object, packed: Packed | null): Buffer {
  const body = packed?.bytes.byteLength ? brotliCompressSync(packed.bytes, { params: { [zlib.BROTLI_PARAM_QUALITY]: 1 } }) : Buffer.alloc(0);
  const head = Buffer.from(JSON.stringify({ ...header, parts: packed?.index ?? [] }) + '\n');
  const out = Buffer.allocUnsafeSlow(head.length + body.length); // its own memory, transferable
  head.copy(out, 0);
  body.copy(out, head.length);
  return out;
}

/** The header of a stored result; its parts only when asked, as decompressing is the costly part. */
export function decodeResult<H>(file: Buffer, withParts: boolean): { header: H; packed: Packed | null } {
  const nl = file.indexOf(10);
  if (nl < 0) throw new Error('stored result has no header line');
  const { parts: index, ...header } = JSON.parse(file.subarray(0, nl).toString('utf8')) as { parts: Packed['index'] };
  if (!withParts) return { header: header as H, packed: null };
  let bytes: Uint8Array = index.length ? brotliDecompressSync(file.subarray(nl + 1)) : new Uint8Array(0);
  if (bytes.byteOffset !== 0 || bytes.byteLength !== bytes.buffer.byteLength) bytes = new Uint8Array(bytes); // a copy with its own memory
  if (index.reduce((n, [, len]) => n + len, 0) !== bytes.byteLength) throw new Error('stored result is shorter or longer than its header says');
  return { header: header as H, packed: { index, bytes } };
}

