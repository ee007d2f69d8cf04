/**
 * UTF-8 to and from JavaScript strings, fast. Work reports are nearly all CJK: V8's own UTF-8
 * paths (`TextDecoder`, `Buffer#toString`, `Buffer#write`) handle such text at ~120 MB/s, while
 * ICU's `transcode` to or from UTF-16 plus a UTF-16 copy runs 4–8× faster (measured on 78 KB
 * reports: decode 0.63 → 0.07 ms, encode 0.16 → 0.04 ms). Both give the same strings and bytes;
 * the fallbacks keep the exact semantics of the standard decoders where ICU would refuse.
 */
import { isUtf8, transcode } from 'node:buffer';

/** The text of UTF-8 bytes (no BOM expected), or null when they are not valid UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string | null {
  if (!isUtf8(bytes)) return null;
  try {
    return transcode(bytes, 'utf8', 'utf16le').toString('utf16le');
  } catch {
    // Valid by simdutf's check but refused by ICU: the standard decoder decides.
    try {
      return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    } catch {
      return null;
    }
  }
}

/** The UTF-8 bytes of a string; a lone surrogate becomes U+FFFD, as `Buffer.from` does. */
export function encodeUtf8(text: string): Buffer {
  if (text.length < 64 || !(text as unknown as { isWellFormed(): boolean }).isWellFormed()) return Buffer.from(text, 'utf8');
  return transcode(Buffer.from(text, 'utf16le'), 'utf16le', 'utf8');
}
