/** Character classes shared by the cleaning rules. */

/** CJK ideographs (BMP blocks; astral ones are rare in reports and stay untouched). */
export const HAN = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';
/** Full-width / CJK punctuation that sits next to Chinese text. */
export const CJK_PUNCT = '\\u3001-\\u3003\\u3008-\\u3011\\u3014-\\u301f\\u2014\\u2015\\u2018\\u2019\\u201c\\u201d\\u2026\\u00b7\\uff01-\\uff0f\\uff1a-\\uff20\\uff3b-\\uff40\\uff5b-\\uff65\\u2160-\\u216b\\u2460-\\u2473';

export const isHan = (c: string | undefined): boolean => !!c && /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/.test(c);
export const isCjkPunct = (c: string | undefined): boolean =>
  !!c && /[\u3001-\u3003\u3008-\u3011\u3014-\u301f\u2014\u2015\u2018\u2019\u201c\u201d\u2026\u00b7\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u2160-\u216b\u2460-\u2473]/.test(c);
export const isCjk = (c: string | undefined): boolean => isHan(c) || isCjkPunct(c);
export const isDigit = (c: string | undefined): boolean => !!c && c >= '0' && c <= '9';
export const isLatin = (c: string | undefined): boolean => !!c && /[A-Za-z]/.test(c);

/** Characters that end a sentence (a line ending in one is a paragraph end, not a broken line). */
export const SENTENCE_END = /[。！？!?…：:]$|[。！？!?][”’」』）)]$/;

/** Chinese numerals, for telling 十 the numeral from 十 the mistyped plus sign. */
export const NUMERAL_CONTEXT = /[零〇一二三四五六七八九十百千万亿两双几第个半]/;

export interface Line { readonly start: number; readonly end: number; readonly text: string }

/**
 * Lines of a text with their offsets (end excludes the newline). Shared, not to be changed: the
 * rules ask for the lines of the same text one after another (a rule that changes nothing hands
 * the next one the very text it got, two times in three), so the last text's lines are kept.
 */
/**
 * Each non-blank line with the next non-blank line after it, and whether blank lines stand between
 * (a page break): the pairs across which the joining rules decide.
 */
export function* breaksBetweenLines(lines: readonly Line[]): Generator<{ cur: Line; next: Line; blank: boolean }> {
  let i = 0;
  while (i < lines.length) {
    if (!lines[i].text.trim()) { i++; continue; }
    let j = i + 1;
    while (j < lines.length && !lines[j].text.trim()) j++;
    if (j >= lines.length) return;
    yield { cur: lines[i], next: lines[j], blank: j > i + 1 };
    i = j;
  }
}

export function splitLines(text: string): readonly Line[] {
  if (text === lastText) return lastLines;
  const out: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    out.push({ start, end, text: text.slice(start, end) });
    if (nl === -1) break;
    start = nl + 1;
  }
  lastText = text;
  lastLines = out;
  return out;
}
let lastText: string | null = null;
let lastLines: readonly Line[] = [];

/** Numbered heading at the start of a line: 一、 （一） (一) 第一部分 … */
export const NUMBERED_HEADING = /^(?:[一二三四五六七八九十]{1,3}、|[（(] ?[一二三四五六七八九十]{1,3} ?[）)]|第[一二三四五六七八九十]{1,3}(?:部分|章|篇|节)|[0-9]{1,2}[.．、](?![0-9]))/;
/**
 * A bullet opening a line (——经济总量不大…；/ ●产业结构…): an item of a list set one per line. A
 * lone — before a digit or a space is a page number (— 2 —), not a bullet.
 */
export const BULLET_ITEM = /^(?:——|—(?![\s0-9—])|[●○■□◆◇▪•▲△★☆►▶√])/;
/** A line that ends a clause of a list: the item before a bullet line ends there. */
export const ITEM_END = /[；;：:，,、]$/;
/** List item start: 1. 1、 （1） ① … */
export const LIST_ITEM = /^(?:[0-9]{1,2}[.．、](?![0-9])|[（(] ?[0-9]{1,2} ?[）)]|[①-⑳])/;
