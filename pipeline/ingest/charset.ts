/**
 * The character set of a web page, as a browser finds it: a byte-order mark first, then the
 * page's own declaration (<meta charset> or the http-equiv Content-Type) in its first bytes,
 * then the bytes themselves (valid UTF-8 is UTF-8; anything else on a Chinese page is GB18030,
 * the superset of GB2312 and GBK that browsers read those labels as).
 */
import iconv from 'iconv-lite';
import { decodeUtf8 } from '../shared/utf8.ts';

export interface Decoded {
  text: string;
  /** What was decoded, as reports.encoding records it. */
  encoding: string;
}

/** Labels browsers read as GB18030 (the WHATWG Encoding Standard maps gb2312 and gbk to gbk, whose decoder is gb18030's). */
const GB = /^(?:gb2312|gbk|gb18030|gb_2312-80|x-gbk|cp936|csgb2312|chinese|iso-ir-58|csiso58gb231280|windows-936|ms936)$/i;

export function decodeHtmlBytes(buf: Buffer): Decoded | null {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
    const text = decodeUtf8(buf.subarray(3));
    return text === null ? null : { text, encoding: 'utf-8-bom' };
  }
  if (buf[0] === 0xff && buf[1] === 0xfe) return { text: iconv.decode(buf.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  if (buf[0] === 0xfe && buf[1] === 0xff) return { text: iconv.decode(buf.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  const declared = declaredCharset(buf);
  if (declared && !/^utf-?8$/i.test(declared)) {
    if (GB.test(declared)) return { text: iconv.decode(buf, 'gb18030'), encoding: 'gb18030' };
    if (iconv.encodingExists(declared) && !/^(?:utf-?16|ucs-?2)/i.test(declared)) {
      return { text: iconv.decode(buf, declared), encoding: declared.toLowerCase() };
    }
  }
  // Declared UTF-8, or nothing: the bytes decide (a page saved as GBK under a UTF-8 label is common).
  const utf8 = decodeUtf8(buf);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  return { text: iconv.decode(buf, 'gb18030'), encoding: 'gb18030' };
}

/** The charset a page declares in its first 4 KB (the HTML standard's prescan looks at 1 KB; saved pages put scripts first). */
export function declaredCharset(buf: Buffer): string | null {
  const head = buf.subarray(0, 4096).toString('latin1');
  for (const m of head.matchAll(/<meta\b[^>]*>/gi)) {
    const tag = m[0];
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag);
    if (direct) return direct[1];
  }
  const xml = /^<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)/i.exec(head);
  return xml ? xml[1] : null;
}

/** Does a text file hold a whole HTML document (a page saved as .txt)? Fragments with a few tags are left to the cleaner. */
export function looksLikeHtmlDocument(head: string): boolean {
  // a UTF-8 byte order mark, as a decoded string or as the three bytes read as latin1 (ï»¿)
  const start = head.slice(0, 2048).replace(/^(?:\ufeff|\u00ef\u00bb\u00bf)/, '').trimStart();
  if (/^<!doctype\s+html\b/i.test(start) || /^<html[\s>]/i.test(start)) return true;
  return /^<(?:head|body|meta|title)[\s>]/i.test(start) && /<\/(?:head|body|html|title)>/i.test(head);
}
