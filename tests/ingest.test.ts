import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decode, discover } from '../pipeline/ingest/index.ts';
import { clean } from '../pipeline/clean/index.ts';
import { decodeUtf8, encodeUtf8 } from '../pipeline/shared/utf8.ts';

const text = '各位代表：\r\n现在，我代表区人民政府向大会报告工作。\r\n';

describe('ingest: decoding', () => {
  it('reads UTF-8 with and without BOM and normalises line endings', () => {
    for (const bytes of [Buffer.from(text), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])]) {
      const r = decode('a.txt', bytes);
      expect(r.ok && r.doc.text).toBe('各位代表：\n现在，我代表区人民政府向大会报告工作。\n');
    }
  });
  it('reads UTF-16 with BOM and GB18030', () => {
    const u16 = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')]);
    const gb = iconv.encode(text, 'gb18030');
    for (const [bytes, enc] of [[u16, 'utf-16le'], [gb, 'gb18030']] as const) {
      const r = decode('a.txt', bytes);
      expect(r.ok).toBe(true);
      if (r.ok) { expect(r.doc.encoding).toBe(enc); expect(r.doc.text).toContain('我代表区人民政府'); }
    }
  });
  it('rejects empty files and binary data with a reason', () => {
    expect(decode('e.txt', Buffer.alloc(0))).toMatchObject({ ok: false, reject: { reason: 'empty_file' } });
    expect(decode('w.txt', Buffer.from('  \n\n'))).toMatchObject({ ok: false, reject: { reason: 'empty_file' } });
    expect(decode('p.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]))).toMatchObject({ ok: false, reject: { reason: 'binary' } });
    expect(decode('r.txt', Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 7919) % 256)))).toMatchObject({ ok: false });
  });
  it('keeps a few NUL bytes of a text file for the cleaner, which drops each and logs it', () => {
    const r = decode('n.txt', Buffer.from('各位代表\u0000：\r\n报告工作。'));
    expect(r.ok && r.doc.text).toBe('各位代表\u0000：\n报告工作。');
    const c = clean(r.ok ? r.doc.text : '');
    expect(c.text).toBe('各位代表：\n报告工作。');
    expect(c.repairs).toContainEqual(expect.objectContaining({ raw_start: 4, raw_end: 5, before: '\u0000', after: '' }));
  });
});

describe('ingest: discovery', () => {
  it('walks nested folders, rejects symlinks that leave the raw folder and other files', () => {
    const root = mkdtempSync(join(tmpdir(), 'gr-raw-'));
    const outside = mkdtempSync(join(tmpdir(), 'gr-outside-'));
    mkdirSync(join(root, 'sub', 'deeper'), { recursive: true });
    writeFileSync(join(root, 'a.txt'), text);
    writeFileSync(join(root, 'sub', 'deeper', 'b.md'), text);
    writeFileSync(join(root, 'image.png'), 'x');
    writeFileSync(join(outside, 'secret.txt'), text);
    symlinkSync(join(outside, 'secret.txt'), join(root, 'link.txt'));
    const d = discover(root);
    expect(d.files).toEqual(['a.txt', 'sub/deeper/b.md']);
    expect(d.rejects.map((r) => [r.source_file, r.reason])).toEqual([['image.png', 'unsupported_extension'], ['link.txt', 'symlink_outside_raw']]);
  });
});

describe('UTF-8 through ICU (shared/utf8.ts)', () => {
  const standard = (bytes: Uint8Array) => {
    try {
      return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    } catch {
      return null;
    }
  };
  // Any code point (astral ones too), CJK-heavy, long enough for the fast path.
  const anyText = fc.array(fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.constantFrom('政府工作报告', '增长6.5%', '𠀀𡃁', '\u{1F600}')), { maxLength: 30 }).map((a) => a.join(''));

  it('decodes what the standard decoder decodes, and refuses what it refuses', () => {
    fc.assert(fc.property(anyText, (s) => decodeUtf8(Buffer.from(s)) === standard(Buffer.from(s))), { numRuns: 300 });
    const bytes = fc.uint8Array({ maxLength: 300 });
    fc.assert(fc.property(bytes, anyText, fc.nat(), (noise, s, at) => {
      const b = Buffer.from(s);
      const mixed = Buffer.concat([b.subarray(0, at % (b.length + 1)), noise, b.subarray(at % (b.length + 1))]);
      return decodeUtf8(mixed) === standard(mixed);
    }), { numRuns: 300 });
    // Overlong forms, encoded surrogates and code points above U+10FFFF are not UTF-8.
    for (const bad of [[0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe4, 0xb8]]) expect(decodeUtf8(Buffer.from(bad))).toBeNull();
  });

  it('encodes as Buffer.from does, lone surrogates included', () => {
    const withLone = fc.tuple(anyText, fc.constantFrom('\ud800', '\udfff', '\ud83d', ''), anyText).map(([a, l, b]) => `${a}${l}${b}${'报告'.repeat(40)}`);
    fc.assert(fc.property(fc.oneof(anyText, withLone), (s) => encodeUtf8(s).equals(Buffer.from(s))), { numRuns: 300 });
  });
});
