/**
 * ingest: find the raw files under a folder and turn each into text. Plain text is decoded;
 * a web page, a PDF or a Word document is converted by a library made for it (html.ts, pdf.ts,
 * docx.ts, each loaded only when a file of its kind comes). The format is told by the bytes
 * (a PDF or a .docx named .txt is still one), then by the extension.
 * Pure where it can be: `decode` and `convert` work on bytes; `discover` and the readers touch the disk.
 */
import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import iconv from 'iconv-lite';
import type { Reject, SourceKind } from '../../schemas/index.ts';
import { decodeUtf8 } from '../shared/utf8.ts';
import { codePointIndex } from '../shared/offsets.ts';
import { decodeHtmlBytes, looksLikeHtmlDocument } from './charset.ts';

export interface RawDoc {
  /** Path relative to the raw folder, with forward slashes. */
  sourceFile: string;
  sha256: string;
  bytes: number;
  encoding: string;
  /**
   * The text: decoded, or extracted from a page, PDF or Word file; line endings normalised to \n.
   * The cleaner's repairs point into it.
   */
  text: string;
  /** Set for converted files (html, pdf, docx); plain text's kind is told by the cleaner. */
  sourceKind?: SourceKind;
  /**
   * What the conversion left out of `text` (a web page's menus, footers, related links), with
   * code-point offsets into the decoded source page: the first repairs of the report, kind chrome.
   */
  dropped?: Array<{ rawStart: number; rawEnd: number; before: string }>;
}

export type IngestResult = { ok: true; doc: RawDoc } | { ok: false; reject: Reject };

const HTML_EXTENSIONS = /\.(html?|xhtml|shtml)$/i;
/** Every file the raw folder may hold: text, web pages, PDF and Word .docx. */
const READ_EXTENSIONS = /\.(txt|md|markdown|text|html?|xhtml|shtml|pdf|docx)$/i;

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
        if (READ_EXTENSIONS.test(name)) files.push(rel);
        continue;
      }
      if (st.isDirectory()) { walk(abs); continue; }
      if (!st.isFile()) continue;
      if (READ_EXTENSIONS.test(name)) files.push(rel);
      else if (/\.(doc|wps)$/i.test(name)) rejects.push(rej(rel, 'unsupported_format', OLD_WORD));
      else if (!/^(sources\.csv|README(\.md)?)$/i.test(name)) {
        rejects.push(rej(rel, 'unsupported_extension', 'only .txt, .md, .html, .htm, .pdf and .docx files are read'));
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

const OLD_WORD = 'an old binary Word (or WPS) document, which is not read: open it in Word or WPS and save it as .docx or PDF';

export function readBytes(rawDir: string, sourceFile: string): { ok: true; bytes: Buffer } | { ok: false; reject: Reject } {
  try {
    const size = statSync(join(rawDir, sourceFile)).size;
    if (size > MAX_BYTES) {
      return { ok: false, reject: rej(sourceFile, 'too_large', `${(size / 1048576).toFixed(1)} MB: larger than any single work report (limit ${MAX_BYTES / 1048576} MB); split it or check what it is`) };
    }
    return { ok: true, bytes: readFileSync(join(rawDir, sourceFile)) };
  } catch (e) {
    return { ok: false, reject: rej(sourceFile, 'unreadable', (e as Error).message) };
  }
}

/** A text file (.txt, .md), read and decoded; other formats are rejected as binary here (see ingestFile). */
export function readRawFile(rawDir: string, sourceFile: string): IngestResult {
  const r = readBytes(rawDir, sourceFile);
  return r.ok ? decode(sourceFile, r.bytes) : r;
}

/** Any raw file, read and turned into text. */
export async function ingestFile(rawDir: string, sourceFile: string): Promise<IngestResult> {
  const r = readBytes(rawDir, sourceFile);
  return r.ok ? convert(sourceFile, r.bytes) : r;
}

type Format = 'pdf' | 'docx' | 'old_word' | 'html' | 'text';

/** The format of a file, from its first bytes, then its name. */
export function formatOf(sourceFile: string, buf: Buffer): Format {
  if (/%PDF-\d\.\d/.test(buf.subarray(0, 1024).toString('latin1'))) return 'pdf'; // readers accept the header anywhere in the first 1 KB
  if (buf[0] === 0x50 && buf[1] === 0x4b && buf[2] === 0x03 && buf[3] === 0x04 && buf.subarray(0, 4096).includes('word/')) return 'docx';
  if (buf[0] === 0xd0 && buf[1] === 0xcf && buf[2] === 0x11 && buf[3] === 0xe0) return 'old_word';
  if (/\.docx$/i.test(sourceFile) && buf[0] === 0x50 && buf[1] === 0x4b) return 'docx';
  if (HTML_EXTENSIONS.test(sourceFile)) return 'html';
  if (buf.length && looksLikeHtmlDocument(buf.subarray(0, 4096).toString('latin1'))) return 'html';
  return 'text';
}

/** Bytes of any supported format → text. */
export async function convert(sourceFile: string, buf: Buffer): Promise<IngestResult> {
  const sha256 = createHash('sha256').update(buf).digest('hex');
  if (buf.length === 0) return { ok: false, reject: rej(sourceFile, 'empty_file', 'the file has no bytes') };
  const base = { sourceFile, sha256, bytes: buf.length };
  const format = formatOf(sourceFile, buf);
  if (format === 'text') return decode(sourceFile, buf);
  if (format === 'old_word') return { ok: false, reject: rej(sourceFile, 'unsupported_format', OLD_WORD) };
  if (format === 'pdf') {
    const { pdfToText } = await import('./pdf.ts');
    const r = await pdfToText(buf);
    if (!r.ok) return { ok: false, reject: rej(sourceFile, r.reason, r.detail) };
    return finish({ ...base, encoding: 'pdf-text-layer', text: r.text, sourceKind: 'pdf' });
  }
  if (format === 'docx') {
    const { docxToText } = await import('./docx.ts');
    const r = await docxToText(buf);
    if (!r.ok) return { ok: false, reject: rej(sourceFile, r.reason, r.detail) };
    return finish({ ...base, encoding: 'utf-8', text: r.text, sourceKind: 'docx' });
  }
  const page = decodeHtmlBytes(buf);
  if (!page) return { ok: false, reject: rej(sourceFile, 'undecodable', 'bytes are not valid UTF-8 after a UTF-8 BOM') };
  const source = page.text.replace(/\r\n?/g, '\n');
  const { htmlToText } = await import('./html.ts');
  const h = htmlToText(source);
  const cp = codePointIndex(source);
  const dropped = h.dropped.map((d) => ({ rawStart: cp(d.start), rawEnd: cp(d.end), before: d.text }));
  return finish({ ...base, encoding: page.encoding, text: h.text, sourceKind: 'html', dropped });
}

function finish(doc: RawDoc): IngestResult {
  const text = doc.text.replace(/\r\n?/g, '\n');
  if (!/\S/.test(text)) return { ok: false, reject: rej(doc.sourceFile, 'empty_file', `no text in the ${doc.sourceKind} file`) };
  return { ok: true, doc: { ...doc, text } };
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
  // A few NUL bytes are damage, not binary data: the cleaner drops them and logs each (repairs,
  // kind whitespace); many are binary data.
  const nul = (text.match(/\u0000/g) ?? []).length;
  if (nul > text.length * 0.1) return { ok: false, reject: rej(sourceFile, 'binary', `${nul} NUL characters: binary data`) };
  if (controlShare(nul ? text.replace(/\u0000/g, '') : text) > 0.05) return { ok: false, reject: rej(sourceFile, 'binary', 'too many control characters for text') };
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
