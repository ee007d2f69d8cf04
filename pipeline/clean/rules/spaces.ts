/**
 * Spaces that PDF extraction puts inside Chinese words and numbers: 冠 军, 3. 1 万平米,
 * ( 一 ), 2023 年 1 月. Chinese text has no spaces between characters, so a run of spaces
 * between two CJK characters, digits or CJK punctuation goes; spaces next to Latin words stay.
 */
import { isCjk, isDigit, splitLines } from '../chars.ts';
import type { Edit, Rule } from '../engine.ts';

const OPEN = '([（【〔《“';
const CLOSE = ')]）】〕》”';
const ASCII_PUNCT_IN_CJK = ',:;!?%.、';

const cjkLike = (c: string) => isCjk(c) || isDigit(c) || ASCII_PUNCT_IN_CJK.includes(c) || c === '%';

function joins(a: string, b: string, beforeA: string): boolean {
  if (OPEN.includes(a) || CLOSE.includes(b)) return true;
  // 增长- 1.5%: a minus sign belongs to its number
  if ((a === '-' || a === '－' || a === '−') && isDigit(b) && isCjk(beforeA.slice(-2, -1))) return true;
  if (!cjkLike(a) || !cjkLike(b)) return false;
  // "1. 2023年…" at a list start: the space separates the item number from the text.
  if (a === '.' && isDigit(b) && /(^|[；;。：:])[0-9]{1,2}$/.test(beforeA.slice(0, -1).replace(/ +/g, ''))) return false;
  // Two plain numbers side by side keep their separator (1 2 → not 12) unless a unit joins them.
  if (isDigit(a) && isDigit(b)) return false;
  // A Latin abbreviation before digits or after them (PM2.5 浓度) is handled by the Latin check above.
  return true;
}

/**
 * Digits a PDF or a transcription spaced one by one (1 9 9 7 年, 4 9 2 5 0 万吨, 1 0 ％): a chain
 * of single digits each followed by one space, ending before a Chinese character, a percent sign
 * or a decimal point, is one number.
 */
const SPACED_DIGITS = /(?<![0-9.．])(?:[0-9] )+[0-9](?![0-9])(?= ?[\u4e00-\u9fff%％.．])/g;

export const spaces: Rule = {
  name: 'spaces',
  run(text) {
    const edits: Edit[] = [];
    // (a chain holds a digit, a space and a digit: most texts have none, and the expression, which
    // looks behind first, is not tried at each of their characters)
    for (const m of /[0-9] [0-9]/.test(text) ? text.matchAll(SPACED_DIGITS) : []) {
      for (let k = 1; k < m[0].length; k += 2) edits.push({ start: m.index! + k, end: m.index! + k + 1, text: '', kind: 'space' });
    }
    for (const line of splitLines(text)) {
      if (!line.text.includes(' ')) continue;
      for (const m of line.text.matchAll(/ +/g)) {
        const s = line.start + m.index!;
        const e = s + m[0].length;
        if (s === line.start || e === line.end) continue; // trim handles the ends
        const a = text[s - 1];
        const b = text[e];
        if (joins(a, b, text.slice(line.start, s))) edits.push({ start: s, end: e, text: '', kind: 'space' });
        else if (m[0].length > 1) edits.push({ start: s, end: e, text: ' ', kind: 'space' });
      }
    }
    return { edits };
  },
};
