/** Leading and trailing blanks of every line (indentation of forum posts, PDF margins). */
import { splitLines } from '../chars.ts';
import type { Edit, Rule } from '../engine.ts';

export const trim: Rule = {
  name: 'trim',
  run(text) {
    const edits: Edit[] = [];
    for (const line of splitLines(text)) {
      const lead = /^[ ]+/.exec(line.text);
      if (lead) edits.push({ start: line.start, end: line.start + lead[0].length, text: '', kind: 'whitespace' });
      // (the end is looked at first: the expression alone would try every character of the line)
      const tail = line.text.endsWith(' ') ? /[ ]+$/.exec(line.text) : null;
      if (tail && (!lead || tail.index > 0)) edits.push({ start: line.start + tail.index, end: line.end, text: '', kind: 'whitespace' });
    }
    return { edits };
  },
};
