/**
 * A Word .docx → text, through mammoth: Word's heading styles become `#` headings (as markdown
 * writes them, so the cleaner keeps them as headings), paragraphs one per line, tables a row per
 * line. Tracked deletions, comments and footnote marks are left out by mammoth; what it could
 * not map is only formatting.
 */
import { htmlFragmentText } from './html.ts';

export type DocxText = { ok: true; text: string } | { ok: false; reason: 'broken_docx'; detail: string };

export async function docxToText(bytes: Uint8Array): Promise<DocxText> {
  const { default: mammoth } = await import('mammoth');
  try {
    const r = await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) }, { ignoreEmptyParagraphs: true });
    return { ok: true, text: htmlFragmentText(r.value) };
  } catch (e) {
    return { ok: false, reason: 'broken_docx', detail: `the Word document cannot be read: ${(e as Error).message ?? String(e)}; open it in Word or WPS and save it again as .docx` };
  }
}
