/**
 * Hard line breaks that PDF text puts inside sentences. A break is joined unless the line
 * before ends a sentence or is a heading, or the line after starts a heading, a list item, a
 * bullet after a line that ends a clause (；), or the salutation. A break across blank lines (a page break, 系统\n\n性风险) is joined by the
 * same test, and text a PDF repeats at a page boundary (…社会主义思想\n\n义思想) is dropped.
 * Paragraphs end up one per line, separated by a single newline.
 */
import { breaksBetweenLines, BULLET_ITEM, isLatin, ITEM_END, LIST_ITEM, NUMBERED_HEADING, SENTENCE_END, splitLines } from '../chars.ts';
import type { Edit, Rule } from '../engine.ts';

/** A short line with no sentence punctuation: a title, a part heading, a byline. */
export function looksLikeHeading(t: string): boolean {
  // （五）聚力乡村振兴，加快推进城乡融合发展。稳定粮食生产，粮食播种面积 — a run-in heading whose
  // sentence after it runs on to the next line is no heading line: the break is joined
  if (CHINESE_NUMBERED.test(t) && t.length <= 60 && !/[；;：:]/.test(t.slice(0, -1)) && !/[。！？][^。！？]+[^。！？”’）)]$/.test(t)) return true;
  return t.length <= 30 && !/[，。；！？,;!?]/.test(t.slice(0, -1)) && !/[，；,;]$/.test(t);
}

/** A header line set apart: （2024年1月10日在…会议上） or ——2023年…会议上 */
const ENCLOSED = /^[（(].*[）)]$|^[—－-]{1,2}\s*\S.*会议上/;
/** A short line with no punctuation at all cannot be the tail of a broken sentence. */
const isBareTitle = (t: string) => t.length <= 30 && !/[，。；！？、,;!?：:]/.test(t);

/** A line that opens a list item: 1. （1） ① (LIST_ITEM), 一、 （一） (NUMBERED_HEADING), 一是 */
const ITEM_START = { test: (t: string) => LIST_ITEM.test(t) || NUMBERED_HEADING.test(t) || /^[一二三四五六七八九十]{1,3}是/.test(t) };
const CHINESE_NUMBERED = /^(?:[一二三四五六七八九十]{1,3}、|[（(] ?[一二三四五六七八九十]{1,3} ?[）)]|第[一二三四五六七八九十]{1,3}(?:部分|章|篇|节))/;
const STARTS_BLOCK = /^(?:各位代表|同志们|代表们|名\s*词\s*解\s*释|附件|附[:：])/;

export const lineJoin: Rule = {
  name: 'line_join',
  fixpoint: true,
  run(text) {
    const edits: Edit[] = [];
    const lines = splitLines(text);
    const width = wrapWidth(lines);
    // a line as long as the page's lines is cut by the page's width, however it looks
    const wrapped = (t: string) => width !== null && t.length >= width - 2 && t.length <= width + 1 && !CHINESE_NUMBERED.test(t);
    let before = ''; // the line before `cur`
    for (const { cur, next, blank } of breaksBetweenLines(lines)) {
      const a = cur.text;
      const b = next.text;
      // （9）…5000户\n（10）完成…困难\n这十件实事…: the last of items each closed by its line's end
      // (the item before has no mark at its end either) ends its line
      const lastOfItems = ITEM_START.test(a) && ITEM_START.test(before) && !/[。；;，,、：:！？]$/.test(before) && !ITEM_START.test(b) && !wrapped(a);
      before = a;
      // Text repeated across a page break is itself the sign of a break inside a sentence.
      const repeat = blank ? repeatedAtBoundary(a, b, 3) : 0;
      const join =
        !SENTENCE_END.test(a) && (!looksLikeHeading(a) || repeat > 0 || wrapped(a)) && !isBareTitle(b) && !ENCLOSED.test(a) &&
        !NUMBERED_HEADING.test(b) && !LIST_ITEM.test(b) && !STARTS_BLOCK.test(b) && !lastOfItems &&
        // ——经济总量不大…；\n——产业结构…: bullet items one per line, each closed by ；
        !(BULLET_ITEM.test(b) && ITEM_END.test(a));
      if (join) {
        const overlap = repeatedAtBoundary(a, b, blank ? 2 : 3);
        const glue = isLatin(a[a.length - 1]) && isLatin(b[0]) ? ' ' : '';
        edits.push({ start: cur.end, end: next.start + overlap, text: glue, kind: overlap ? 'page_repeat' : 'line_join' });
      }
    }
    return { edits };
  },
};

/**
 * The width a PDF's text was cut at: the length most lines that end no sentence share, when at
 * least 8 lines and a quarter of them share it (a text of paragraphs has no such width). A short
 * line of that length (问题没 / 有完全解决) is a piece of a sentence, not a title.
 */
function wrapWidth(lines: readonly { text: string }[]): number | null {
  const counts = new Map<number, number>();
  let n = 0;
  for (const { text: t } of lines) {
    if (t.length < 16 || SENTENCE_END.test(t)) continue;
    n++;
    counts.set(t.length, (counts.get(t.length) ?? 0) + 1);
  }
  let best = 0;
  let width = 0;
  for (const [w, c] of counts) if (c > best || (c === best && w > width)) { best = c; width = w; }
  return best >= 8 && best >= 0.25 * n ? width : null;
}

/** Length of the longest suffix of a (2–12 chars) that b starts with again. */
function repeatedAtBoundary(a: string, b: string, min: number): number {
  const last = a.charCodeAt(a.length - 1);
  for (let k = Math.min(12, a.length, b.length - 1); k >= min; k--) {
    if (b.charCodeAt(k - 1) !== last) continue; // (the repeat ends with a's last character)
    if (a.endsWith(b.slice(0, k)) && /[\u4e00-\u9fff]{2}/.test(b.slice(0, k))) return k;
  }
  return 0;
}
