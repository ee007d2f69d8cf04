/**
 * A PDF → the text of its text layer, page by page, through PDF.js (Mozilla's PDF reader, in
 * unpdf's build for servers: no native parts, and unlike pdfjs-dist's build for Node 20 it
 * does not replace Array.prototype.push for the whole thread with a slower polyfill). Each page
 * is written top to bottom, one line per baseline, as a reader sees it; pages are separated by
 * a blank line. What a PDF puts in the text (hard line breaks, page numbers, running headers,
 * text repeated at a page boundary, stray spaces) is then the cleaner's, as for PDF text
 * copied by hand.
 */
import type { PDFDocumentProxy } from 'unpdf/pdfjs';

export type PdfText =
  | { ok: true; text: string; pages: number }
  | { ok: false; reason: 'no_text_layer' | 'encrypted_pdf' | 'broken_pdf'; detail: string };

interface Item { str: string; x: number; y: number; width: number; height: number }

export async function pdfToText(bytes: Uint8Array): Promise<PdfText> {
  const { getResolvedPDFJS } = await import('unpdf');
  const pdfjs = await getResolvedPDFJS();
  let doc: PDFDocumentProxy;
  try {
    // A copy: PDF.js takes the buffer over, and the caller still hashes it.
    doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0, stopAtErrors: false }).promise;
  } catch (e) {
    const err = e as { name?: string; message?: string };
    if (err.name === 'PasswordException') {
      return { ok: false, reason: 'encrypted_pdf', detail: 'the PDF is encrypted and opens only with a password; save a copy without the password (or print it to a new PDF) and put that in raw/' };
    }
    return { ok: false, reason: 'broken_pdf', detail: `the PDF cannot be read: ${err.message ?? String(e)}; download it again or save it anew from a PDF reader` };
  }
  try {
    const pages: string[] = [];
    let empty = 0;
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent({ disableNormalization: false });
      const items: Item[] = [];
      for (const it of content.items) {
        if (!('str' in it) || !it.str) continue;
        items.push({ str: it.str, x: it.transform[4], y: it.transform[5], width: it.width, height: Math.abs(it.height || it.transform[3]) || 10 });
      }
      page.cleanup();
      const text = pageText(items);
      if (!/\S/.test(text)) empty++;
      pages.push(text);
    }
    const chars = pages.reduce((n, t) => n + t.replace(/\s/g, '').length, 0);
    // A scan: no text at all, or text on a cover page and images on the rest.
    if (chars < 100 || empty > doc.numPages / 2) {
      return { ok: false, reason: 'no_text_layer', detail: `${empty} of ${doc.numPages} pages have no text layer (${chars} characters of text in all): a scanned document; run OCR on it first (e.g. ocrmypdf) or find a copy with text` };
    }
    return { ok: true, text: pages.filter((t) => /\S/.test(t)).join('\n\n') + '\n', pages: doc.numPages };
  } catch (e) {
    return { ok: false, reason: 'broken_pdf', detail: `the PDF's pages cannot be read: ${(e as Error).message ?? String(e)}` };
  } finally {
    await doc.destroy();
  }
}

/**
 * One page's items as lines: items whose baselines lie within half a character's height of each
 * other form a line, read left to right; lines are read top to bottom (PDF's y grows upwards).
 * A gap wider than a quarter of a character between two items on a line is a space.
 */
export function pageText(items: Item[]): string {
  const sorted = items.slice().sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Item[][] = [];
  for (const it of sorted) {
    const line = lines[lines.length - 1];
    if (line && Math.abs(line[0].y - it.y) < Math.min(line[0].height, it.height) / 2) line.push(it);
    else lines.push([it]);
  }
  return lines.map((line) => {
    line.sort((a, b) => a.x - b.x);
    let out = '';
    let end = -Infinity;
    for (const it of line) {
      if (out && it.x - end > it.height / 4 && !out.endsWith(' ') && !it.str.startsWith(' ')) out += ' ';
      out += it.str;
      end = it.x + it.width;
    }
    return out.trimEnd();
  }).join('\n');
}
