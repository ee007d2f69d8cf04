/**
 * ingest: find the raw files under a folder and decode them to text.
 * Pure where it can be: `decode` works on bytes; `discover` and `readRawFile` touch the disk.
 */
import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import iconv from 'iconv-lite';
import type { Reject } from '../../schemas/index.ts';
import { decodeUtf8 } from '../shared/utf8.ts';

export interface RawDoc {
  /** Path relative to the raw folder, with forward slashes. */
  sourceFile: string;
  sha256: string;
  bytes: number;
  encoding: string;
  /** Decoded text with line endings normalised to \n. */
  text: string;
}

export type IngestResult = { ok: true; doc: RawDoc } | { ok: false; reject: Reject };

const TEXT_EXTENSIONS = /\.(txt|md|markdown|text)$/i;

/** Lists candidate files (relative paths, sorted) and rejects for what cannot be read at all. */
export function discover(rawDir: string): { files: string[]; rejects: Reject[] } {
  const root = realpathSync(rawDir);
  const files: string[] = [];
  const rejects: Reject[] = [];
  const walk = (dir: string) => {
    let entries: string[];
    try {
      entries = readdirSync(dir).sort();
    } catch (e) {
      rejects.push(rej(relative(root, dir) || '.', 'unreadable', `cannot list folder: ${(e as Error).message}`));
      return;
    }
    for (const name of entries) {
      if (name.startsWith('.')) continue;
      const abs = join(dir, name);
      const rel = relative(root, abs).split(sep).join('/');
      const st = lstatSync(abs);
      if (st.isSymbolicLink()) {
        let target: string;
        try {
          target = realpathSync(abs);
        } catch {
          rejects.push(rej(rel, 'broken_symlink', 'symbolic link whose target does not exist'));
          continue;
        }
        if (target !== root && !target.startsWith(root + sep)) {
          rejects.push(rej(rel, 'symlink_outside_raw', `symbolic link points outside the raw folder (${target}); not read`));
          continue;
        }
        const tst = statSync(target);
        if (tst.isDirectory()) continue; // its files are reached through the real folder
        if (TEXT_EXTENSIONS.test(name)) files.push(rel);
        continue;
      }
      if (st.isDirectory()) { walk(abs); continue; }
      if (!st.isFile()) continue;
      if (TEXT_EXTENSIONS.test(name)) files.push(rel);
      else if (!/^(sources\.csv|README(\.md)?)$/i.test(name)) {
        rejects.push(rej(rel, 'unsupported_extension', 'only .txt and .md files are read'));
      }
    }
  };
  walk(root);
  return { files: files.sort(), rejects };
}

/**
 * Work reports run from 10 KB to about 1 MB of text; a file many times that size is not one
 * report (a dump, a concatenation, a mislabelled binary) and is rejected unread.
 */
export const MAX_BYTES = 20 * 1024 * 1024;

export function readRawFile(rawDir: string, sourceFile: string): IngestResult {
  let bytes: Buffer;
  try {
    const size = statSync(join(rawDir, sourceFile)).size;
    if (size > MAX_BYTES) {
      return { ok: false, reject: rej(sourceFile, 'too_large', `${(size / 1048576).toFixed(1)} MB: larger than any single work report (limit ${MAX_BYTES / 1048576} MB); split it or check what it is`) };
    }
    bytes = readFileSync(join(rawDir, sourceFile));
  } catch (e) {
    return { ok: false, reject: rej(sourceFile, 'unreadable', (e as Error).message) };
  }
  return decode(sourceFile, bytes);
}

/** Decodes raw bytes: UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030. */
export function decode(sourceFile: string, bytes: Uint8Array): IngestResult {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const sha256 = createHash('sha256').update(buf).digest('hex');
  if (buf.length === 0) return { ok: false, reject: rej(sourceFile, 'empty_file', 'the file has no bytes') };
  const magic = sniffBinary(buf);
  if (magic) return { ok: false, reject: rej(sourceFile, 'binary', `the file is ${magic}, not text`) };

  let text: string | null = null;
  let encoding = '';
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
    text = decodeUtf8(buf.subarray(3));
    encoding = 'utf-8-bom';
  } else if (buf[0] === 0xff && buf[1] === 0xfe) {
    text = iconv.decode(buf.subarray(2), 'utf-16le');
    encoding = 'utf-16le';
  } else if (buf[0] === 0xfe && buf[1] === 0xff) {
    text = iconv.decode(buf.subarray(2), 'utf-16be');
    encoding = 'utf-16be';
  } else {
    text = decodeUtf8(buf);
    encoding = 'utf-8';
    if (text === null) {
      text = iconv.decode(buf, 'gb18030');
      encoding = 'gb18030';
    }
  }
  if (text === null) return { ok: false, reject: rej(sourceFile, 'undecodable', 'bytes are not valid UTF-8 after a UTF-8 BOM') };
  // NUL bytes are not text: drop them (a repair of ingest, counted below) rather than rejecting the file.
  const nul = (text.match(/\u0000/g) ?? []).length;
  if (nul > 0) {
    if (nul > text.length * 0.1) return { ok: false, reject: rej(sourceFile, 'binary', `${nul} NUL characters: binary data`) };
    text = text.replace(/\u0000/g, '');
  }
  if (controlShare(text) > 0.05) return { ok: false, reject: rej(sourceFile, 'binary', 'too many control characters for text') };
  text = text.replace(/\r\n?/g, '\n');
  if (!/\S/.test(text)) return { ok: false, reject: rej(sourceFile, 'empty_file', 'the file holds only white space') };
  return { ok: true, doc: { sourceFile, sha256, bytes: buf.length, encoding, text } };
}

const MAGIC: Array<[number[], string]> = [
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x25, 0x50, 0x44, 0x46], 'a PDF document'],
  [[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive (or DOCX/XLSX)'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'an OLE document (DOC/XLS)'],
  [[0x1f, 0x8b], 'a gzip archive'],
  [[0x42, 0x4d], 'a BMP image'],
  [[0x52, 0x61, 0x72, 0x21], 'a RAR archive'],
];

function sniffBinary(buf: Buffer): string | null {
  for (const [sig, name] of MAGIC) if (sig.every((b, i) => buf[i] === b)) return name;
  return null;
}

function controlShare(text: string): number {
  const sample = text.slice(0, 20000);
  let n = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09 && c !== 0x0c) || c === 0xfffd) n++;
  }
  return sample.length ? n / sample.length : 0;
}

function rej(sourceFile: string, reason: string, detail: string): Reject {
  return { source_file: sourceFile, stage: 'ingest', reason, detail };
}
