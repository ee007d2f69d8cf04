/** Invisible and odd white space: zero-width characters, BOMs, NUL bytes, NBSP, ideographic space, tabs. */
import type { Edit, Rule } from '../engine.ts';

const ZERO_WIDTH = /[\u0000\u200b-\u200d\u2060\ufeff\u00ad]/;
/**
 * A run of zero-width characters and odd spaces together. Found by one character class, which
 * costs half of trying two classes at every character of the text; the run is then cut where
 * its kind changes.
 */
const RUN = /[\u0000\u200b-\u200d\u2060\ufeff\u00ad\u00a0\u3000\t\u2002-\u200a\u202f\u205f\f\v]+/g;

export const invisible: Rule = {
  name: 'invisible',
  run(text) {
    const edits: Edit[] = [];
    for (const m of text.matchAll(RUN)) {
      const s = m[0];
      // Zero-width characters go; each stretch of spaces becomes one space.
      for (let from = 0, k = 1; k <= s.length; k++) {
        const zeroWidth = ZERO_WIDTH.test(s[from]);
        if (k < s.length && ZERO_WIDTH.test(s[k]) === zeroWidth) continue;
        edits.push({ start: m.index! + from, end: m.index! + k, text: zeroWidth ? '' : ' ', kind: 'whitespace' });
        from = k;
      }
    }
    return { edits };
  },
};
