/** Invisible and odd white space: zero-width characters, BOMs, NBSP, ideographic space, tabs. */
import type { Edit, Rule } from '../engine.ts';

export const invisible: Rule = {
  name: 'invisible',
  run(text) {
    const edits: Edit[] = [];
    for (const m of text.matchAll(/[\u200b-\u200d\u2060\ufeff\u00ad]+|[\u00a0\u3000\t\u2002-\u200a\u202f\u205f\f\v]+/g)) {
      const s = m[0];
      const isSpace = /^[\u00a0\u3000\t\u2002-\u200a\u202f\u205f\f\v]+$/.test(s);
      edits.push({ start: m.index!, end: m.index! + s.length, text: isSpace ? ' ' : '', kind: 'whitespace' });
    }
    return { edits };
  },
};
