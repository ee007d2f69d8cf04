/**
 * What a PDF prints on every page: page numbers (— 3 —, －12－, - 3 -, 第 3 页, 3/40) and
 * running headers or footers (a short line repeated on many pages).
 */
import { splitLines } from '../chars.ts';
import type { Edit, Rule } from '../engine.ts';

const PAGE_NUMBER = [
  /^[-—－–─~～·•\s]*\d{1,3}[-—－–─~～·•\s]*$/,
  /^第\s*\d{1,3}\s*页(?:\s*[,，/]?\s*共\s*\d{1,3}\s*页)?$/,
  /^\d{1,3}\s*\/\s*\d{1,3}$/,
  /^[-—－–]\s*[一二三四五六七八九十]{1,3}\s*[-—－–]$/,
];

export const isPageNumber = (t: string) => PAGE_NUMBER.some((re) => re.test(t));

export const pageFurniture: Rule = {
  name: 'page_furniture',
  run(text) {
    const lines = splitLines(text);
    const edits: Edit[] = [];
    const count = new Map<string, number>();
    for (const l of lines) {
      const t = l.text.trim();
      if (t && t.length <= 30 && !/[。；！？]$/.test(t)) count.set(t, (count.get(t) ?? 0) + 1);
    }
    const seen = new Set<string>();
    lines.forEach((l, i) => {
      const t = l.text.trim();
      if (!t) return;
      const prevBlankOrEdge = i === 0 || !lines[i - 1].text.trim();
      const nextBlankOrEdge = i === lines.length - 1 || !lines[i + 1].text.trim();
      let kind: string | null = null;
      // A bare number is a page number only where a page would break: alone between blank lines.
      if (isPageNumber(t) && (/[-—－–─~～]|页|\//.test(t) || (prevBlankOrEdge && nextBlankOrEdge))) kind = 'page_number';
      else if ((count.get(t) ?? 0) >= 3 && !/^[一二三四五六七八九十（(0-9]/.test(t) && seen.has(t)) kind = 'running_header';
      seen.add(t);
      if (!kind) return;
      const end = l.end < text.length ? l.end + 1 : l.end;
      edits.push({ start: l.start, end, text: '', kind });
    });
    return { edits };
  },
};
