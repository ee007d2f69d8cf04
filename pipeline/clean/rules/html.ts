/**
 * HTML left in text copied from web pages: tags (<p>, <br/>, <span style=…>) and character
 * entities (&nbsp; &amp; &#12288; &#x3000;). Tags go only from texts that carry several of them,
 * so a lone "<" in a sentence is never taken for markup.
 */
import type { Edit, Rule } from '../engine.ts';

const NAMED: Record<string, string> = { nbsp: ' ', ensp: ' ', emsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', middot: '·', mdash: '—', hellip: '…', times: '×', yen: '¥' };
const TAG = /<\/?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>\n]{0,200})?\/?>/g;

export const html: Rule = {
  name: 'html',
  fixpoint: true, // &amp;nbsp; decodes to &nbsp;, which decodes again
  revisit: true, // &amp;**nbsp;: a later rule (markdown) joins &**nbsp; into &nbsp;
  run(text) {
    const edits: Edit[] = [];
    // Nearly every text has neither, and finding that out is far cheaper than the patterns below.
    if (text.indexOf('<') < 0 && text.indexOf('&') < 0) return { edits };
    const tags = text.match(TAG);
    if (tags && tags.length >= 3) {
      for (const m of text.matchAll(TAG)) {
        // Block-level tags end a paragraph; inline ones just go.
        const block = /^<\/?(p|div|br|li|tr|h[1-6]|section|article|table)\b/i.test(m[0]);
        edits.push({ start: m.index!, end: m.index! + m[0].length, text: block ? '\n' : '', kind: 'html' });
      }
    }
    for (const m of text.matchAll(/&(?:#(\d{1,6})|#x([0-9a-fA-F]{1,6})|([a-z]{2,8}));/g)) {
      const ch = m[1] ? String.fromCodePoint(Number(m[1])) : m[2] ? String.fromCodePoint(parseInt(m[2], 16)) : NAMED[m[3]];
      if (ch === undefined) continue;
      edits.push({ start: m.index!, end: m.index! + m[0].length, text: ch, kind: 'html' });
    }
    return { edits };
  },
};
