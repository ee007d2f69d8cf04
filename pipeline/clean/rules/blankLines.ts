/** Blank lines: paragraphs are separated by exactly one newline; no blank lines at either end. */
import type { Edit, Rule } from '../engine.ts';

export const blankLines: Rule = {
  name: 'blank_lines',
  run(text) {
    const edits: Edit[] = [];
    const lead = /^\n+/.exec(text);
    if (lead) edits.push({ start: 0, end: lead[0].length, text: '', kind: 'blank_line' });
    const tail = /\n+$/.exec(text);
    if (tail && tail.index > 0) edits.push({ start: tail.index, end: text.length, text: '', kind: 'blank_line' });
    for (const m of text.matchAll(/\n{2,}/g)) {
      if (m.index === 0 || m.index! + m[0].length === text.length) continue;
      edits.push({ start: m.index!, end: m.index! + m[0].length, text: '\n', kind: 'blank_line' });
    }
    return { edits };
  },
};
