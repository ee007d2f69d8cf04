/** Full-width digits, Latin letters and signs that belong in half width: １２％ → 12%. */
import type { Edit, Rule } from '../engine.ts';

export const width: Rule = {
  name: 'width',
  run(text) {
    const edits: Edit[] = [];
    // ０-９ Ａ-Ｚ ａ-ｚ ％ ＋ ．(between digits) ＜＞＝. The ． test looks at its neighbours here
    // rather than in a lookbehind, which the engine would try at every position (3× the time).
    for (const m of text.matchAll(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff05\uff0b\uff1c-\uff1e]+|\uff0e/g)) {
      // (a space may stand between: 8 ．8 in spaced transcriptions)
      if (m[0] === '\uff0e' && !(digitNear(text, m.index! - 1, -1) && digitNear(text, m.index! + 1, 1))) continue;
      const half = Array.from(m[0], (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).join('');
      edits.push({ start: m.index!, end: m.index! + m[0].length, text: half, kind: 'width' });
    }
    return { edits };
  },
};

const isDigitAnyWidth = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
/** A digit at `i`, or after one space in the direction `step`. */
const digitNear = (text: string, i: number, step: number) => isDigitAnyWidth(text.charCodeAt(i)) || (text[i] === ' ' && isDigitAnyWidth(text.charCodeAt(i + step)));
