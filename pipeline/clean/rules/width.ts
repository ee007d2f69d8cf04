/** Full-width digits, Latin letters and signs that belong in half width: １２％ → 12%. */
import type { Edit, Rule } from '../engine.ts';

export const width: Rule = {
  name: 'width',
  run(text) {
    const edits: Edit[] = [];
    // ０-９ Ａ-Ｚ ａ-ｚ ％ ＋ ．(between digits) ＜＞＝
    for (const m of text.matchAll(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff05\uff0b\uff1c-\uff1e]+|(?<=[0-9\uff10-\uff19])\uff0e(?=[0-9\uff10-\uff19])/g)) {
      const half = Array.from(m[0], (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).join('');
      edits.push({ start: m.index!, end: m.index! + m[0].length, text: half, kind: 'width' });
    }
    return { edits };
  },
};
