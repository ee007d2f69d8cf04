/**
 * Sentence, clause and paragraph bounds in the clean text (UTF-16 offsets). Character codes are
 * compared directly: these run for every name and cue of a report.
 */

const FULL_STOP = 0x3002; // 。
const EXCLAMATION = 0xff01; // ！
const QUESTION = 0xff1f; // ？
const NEWLINE = 0x0a;
const isSentenceEnd = (c: number) => c === FULL_STOP || c === EXCLAMATION || c === QUESTION || c === NEWLINE;
// ，；：and their ASCII forms
const isClauseBreak = (c: number) => isSentenceEnd(c) || c === 0xff0c || c === 0xff1b || c === 0xff1a || c === 0x2c || c === 0x3b || c === 0x3a;

export function sentenceStart(text: string, pos: number): number {
  let i = pos;
  while (i > 0 && !isSentenceEnd(text.charCodeAt(i - 1))) i--;
  return i;
}

/** End of the sentence holding `pos`, after its closing mark (a line end is not included). */
export function sentenceEnd(text: string, pos: number): number {
  let i = pos;
  while (i < text.length && !isSentenceEnd(text.charCodeAt(i))) i++;
  return i < text.length && text.charCodeAt(i) !== NEWLINE ? i + 1 : i;
}

/** Start of the clause holding `pos`: after the last ，；：or sentence end before it. */
export function clauseStart(text: string, pos: number): number {
  let i = pos;
  while (i > 0 && !isClauseBreak(text.charCodeAt(i - 1))) i--;
  return i;
}

export const trimEnd = (text: string, end: number) => {
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  return end;
};
