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

/** Each of them starts with a dash, a digit or 第 (a line of text nearly never does). */
const PAGE_NUMBER_START = /^[-—－–─~～·•\s\d第]/;

export const isPageNumber = (t: string) => PAGE_NUMBER_START.test(t) && PAGE_NUMBER.some((re) => re.test(t));

export const pageFurniture: Rule = {
  name: 'page_furniture',
  run(text) {
    const lines = splitLines(text);
    const edits: Edit[] = [];
    const trimmed = lines.map((l) => l.text.trim());
    // A running header is short: only lines of up to 30 characters are counted (and hashed).
    const count = new Map<string, number>();
    for (const t of trimmed) {
      if (t && t.length <= 30 && !/[。；！？]$/.test(t)) count.set(t, (count.get(t) ?? 0) + 1);
    }
    const seen = new Set<string>();
    lines.forEach((l, i) => {
      const t = trimmed[i];
      if (!t) return;
      const prevBlankOrEdge = i === 0 || !trimmed[i - 1];
      const nextBlankOrEdge = i === lines.length - 1 || !trimmed[i + 1];
      let kind: string | null = null;
      // A bare number is a page number only where a page would break: alone between blank lines.
      if (isPageNumber(t) && (/[-—－–─~～]|页|\//.test(t) || (prevBlankOrEdge && nextBlankOrEdge))) kind = 'page_number';
      else if (t.length <= 30 && (count.get(t) ?? 0) >= 3 && !/^[一二三四五六七八九十（(0-9]/.test(t) && seen.has(t)) kind = 'running_header';
      if (t.length <= 30) seen.add(t);
      if (!kind) return;
      const end = l.end < text.length ? l.end + 1 : l.end;
      edits.push({ start: l.start, end, text: '', kind });
    });
    return { edits };
  },
};
