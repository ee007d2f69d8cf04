/** Full-width digits, Latin letters and signs that belong in half width: １２％ → 12%. */
import type { Edit, Rule } from '../engine.ts';

export const width: Rule = {
  name: 'width',
  run(text) {
    const edits: Edit[] = [];
    // ０-９ Ａ-Ｚ ａ-ｚ ％ ＋ ．(between digits) ＜＞＝. The ． test looks at its neighbours here
    // rather than in a lookbehind, which the engine would try at every position (3× the time).
    for (const m of text.matchAll(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff05\uff0b\uff1c-\uff1e]+|\uff0e/g)) {
      // Spaces may stand around it (8 ．8 ％ in PDF text); the spaces rule takes them out later.
      if (m[0] === '\uff0e' && !(isDigitAnyWidth(text.charCodeAt(skipSpaces(text, m.index! - 1, -1))) && isDigitAnyWidth(text.charCodeAt(skipSpaces(text, m.index! + 1, 1))))) continue;
      const half = Array.from(m[0], (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).join('');
      edits.push({ start: m.index!, end: m.index! + m[0].length, text: half, kind: 'width' });
    }
    return { edits };
  },
};

function skipSpaces(text: string, i: number, step: number): number {
  while (i >= 0 && i < text.length && (text[i] === ' ' || text[i] === '\u3000')) i += step;
  return i;
}

const isDigitAnyWidth = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
