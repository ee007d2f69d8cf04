/**
 * A line never ends with an opening mark nor starts with a closing mark or a comma: web copies
 * put a linked name on a line of its own (签订了《\n关于香港问题的联合声明\n》，…), which would
 * otherwise read as a heading. Such a break is joined, across blank lines too. The punctuation
 * rule after it can make a mark one of these (" → “, , → ，), and a join changes the context
 * punctuation reads: it is asked again after the list (revisit), which reruns the list when it
 * finds more.
 */
import { breaksBetweenLines, splitLines } from '../chars.ts';
import type { Edit, Rule } from '../engine.ts';

const OPENS = /[《“‘「『〈（【]$/;
const CLOSES = /^[》”’」』〉）】，、。；：！？]/;
const OPENING_MARKS = '《“‘「『〈（【';
/** A closing mark after a line break, past blank lines and spaces. */
const CLOSES_AFTER_BREAK = /\s*[》”’」』〉）】，、。；：！？]/y;

/**
 * Whether some line break has an opening mark right before it or a closing mark after it: the
 * common case is none, and looking only around the line breaks (a few hundred in a report) costs
 * far less than one expression tried at every character of the text.
 */
function hasMarkAtBreak(text: string): boolean {
  for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', nl + 1)) {
    if (nl > 0 && OPENING_MARKS.includes(text[nl - 1])) return true;
    CLOSES_AFTER_BREAK.lastIndex = nl + 1;
    if (CLOSES_AFTER_BREAK.test(text)) return true;
  }
  return false;
}

export const markJoin: Rule = {
  name: 'mark_join',
  fixpoint: true,
  revisit: true,
  run(text) {
    if (!hasMarkAtBreak(text)) return { edits: [] };
    const edits: Edit[] = [];
    for (const { cur, next } of breaksBetweenLines(splitLines(text))) {
      if (OPENS.test(cur.text.trimEnd()) || CLOSES.test(next.text.trimStart())) {
        edits.push({ start: cur.end, end: next.start + (next.text.length - next.text.trimStart().length), text: '', kind: 'line_join' });
      }
    }
    return { edits };
  },
};
