/**
 * A line never ends with an opening mark nor starts with a closing mark or a comma: web copies
 * put a linked name on a line of its own (签订了《\n关于香港问题的联合声明\n》，…), which would
 * otherwise read as a heading. Such a break is joined, across blank lines too. The punctuation
 * rule after it can make a mark one of these (" → “, , → ，), and a join changes the context
 * punctuation reads: it is asked again after the list (revisit), which reruns the list when it
 * finds more.
 */
import { splitLines } from '../chars.ts';
import type { Edit, Rule } from '../engine.ts';

const OPENS = /[《“‘「『〈（【]$/;
const CLOSES = /^[》”’」』〉）】，、。；：！？]/;

export const markJoin: Rule = {
  name: 'mark_join',
  fixpoint: true,
  revisit: true,
  run(text) {
    if (!/[《“‘「『〈（【]\n|\n\s*[》”’」』〉）】，、。；：！？]/.test(text)) return { edits: [] };
    const lines = splitLines(text);
    const edits: Edit[] = [];
    let i = 0;
    while (i < lines.length) {
      const cur = lines[i];
      if (!cur.text.trim()) { i++; continue; }
      let j = i + 1;
      while (j < lines.length && !lines[j].text.trim()) j++;
      if (j >= lines.length) break;
      const next = lines[j];
      if (OPENS.test(cur.text.trimEnd()) || CLOSES.test(next.text.trimStart())) {
        edits.push({ start: cur.end, end: next.start + (next.text.length - next.text.trimStart().length), text: '', kind: 'line_join' });
      }
      i = j;
    }
    return { edits };
  },
};
