/** Sentence, clause and paragraph bounds in the clean text (UTF-16 offsets). */

const SENTENCE_END = /[。！？\n]/;
const CLAUSE_BREAK = /[。！？\n，；：,;:]/;

export function sentenceStart(text: string, pos: number): number {
  let i = pos;
  while (i > 0 && !SENTENCE_END.test(text[i - 1])) i--;
  return i;
}

/** End of the sentence holding `pos`, after its closing mark (a line end is not included). */
export function sentenceEnd(text: string, pos: number): number {
  let i = pos;
  while (i < text.length && !SENTENCE_END.test(text[i])) i++;
  return i < text.length && text[i] !== '\n' ? i + 1 : i;
}

/** Start of the clause holding `pos`: after the last ，；：or sentence end before it. */
export function clauseStart(text: string, pos: number): number {
  let i = pos;
  while (i > 0 && !CLAUSE_BREAK.test(text[i - 1])) i--;
  return i;
}

export const trimEnd = (text: string, end: number) => {
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  return end;
};
