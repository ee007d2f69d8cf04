/**
 * The contract counts offsets in Unicode code points; JavaScript strings index UTF-16 units.
 * `codePointIndex(text)` converts one into the other, in O(1) per call for texts without
 * astral characters (nearly all reports) and through a prefix table otherwise.
 */
export type ToCodePoint = (utf16Offset: number) => number;

export function codePointIndex(text: string): ToCodePoint {
  if (!hasAstral(text)) return (i) => i;
  const table = new Int32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    table[i] = cp;
    const c = text.charCodeAt(i);
    if (!(c >= 0xd800 && c <= 0xdbff && i + 1 < text.length)) cp++;
  }
  table[text.length] = cp;
  return (i) => table[i];
}

let lastText = '';
let lastAnswer = false;

/**
 * Whether a text holds characters beyond the BMP (surrogate pairs). The answer for the last text
 * asked about is kept: the clean text is asked about by process and again by validate, and
 * each scan of a report's text costs some 60 µs.
 */
export function hasAstral(text: string): boolean {
  if (text !== lastText) {
    lastText = text;
    lastAnswer = /[\ud800-\udbff]/.test(text);
  }
  return lastAnswer;
}
