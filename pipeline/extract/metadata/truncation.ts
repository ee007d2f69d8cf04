/**
 * Whether a text was cut off before its end. A whole report, of any decade, ends with its
 * closing: the last paragraphs address the deputies again, call to struggle or look ahead with
 * confidence (各位代表！…让我们…而奋斗！ in the 2020s; …一定能够胜利地完成…第一个五年计划。
 * in the 1950s; …万岁！ in the 1970s), and the last line ends a sentence. What follows the
 * closing — a glossary, annexes, a transcriber's note — is end matter, looked past. Page
 * furniture after it (相关报道：, 分享到, a licence notice) the cleaner has already removed.
 * A text is truncated when its last line stops mid-sentence, when its last paragraphs do not
 * close it, or when it stops in the review part with no plan after it.
 */
import { CLOSING_CUES, END_MATTER, SENTENCE_END } from '../../../schemas/reportGenre.ts';
import type { Segmented } from '../../segment/index.ts';

/** Words of a plan part, in reports of any decade: what the text after the review would hold. */
const PLANS_AHEAD = /今年|明年|今后|下一步|新的一年|未来五年|今后五年/;

export interface Truncation { cue: 'ends_mid_sentence' | 'no_closing' | 'stops_in_review'; detail: string }

/** Lines after the closing that are not end matter's heading but close a document: a date, a signature. */
const SIGNATURE = /^(?:[（(]?\s*(?:[0-9]{4}|[〇零○一二三四五六七八九]{4})\s*年[^。]{0,10}日\s*[)）]?|[^。，；]{2,24}(?:人民政府|国务院|委员会))$/;

export function truncation(text: string, seg: Segmented): Truncation | null {
  const body = text.slice(0, endMatterStart(text, seg));
  const lines = new LinesFromEnd(body);
  let end = 0; // lines at the end that are a date or a signature
  while (lines.at(end + 1) !== undefined && SIGNATURE.test(lines.at(end)!)) end++;
  const last = lines.at(end) ?? '';
  if (!SENTENCE_END.test(last)) {
    return { cue: 'ends_mid_sentence', detail: `the last line stops without an ending mark: “…${last.slice(-30)}”` };
  }
  const tail = lastParagraphs(lines, end);
  if (!CLOSING_CUES.some((c) => c.pattern.test(tail))) {
    return { cue: 'no_closing', detail: `its last paragraphs do not close the report (${CLOSING_CUES.map((c) => c.name).join(', ')}): “…${last.slice(-30)}”` };
  }
  // The closing cues are common words; a text cut in its review can end on one. It stops in the
  // review when its headings reach no plan or closing and nothing after the review plans ahead.
  const top = Math.min(...seg.sections.map((x) => x.level));
  const tops = seg.sections.filter((s) => s.start < body.length && s.level === top);
  const lastTop = tops[tops.length - 1];
  if (lastTop?.part === 'review' && !seg.sections.some((s) => s.part === 'plan' || s.part === 'closing') && !PLANS_AHEAD.test(body.slice(lastTop.start))) {
    return { cue: 'stops_in_review', detail: `its headings reach only the review part (${lastTop.heading}): no plan and no closing after it` };
  }
  return null;
}

/** The last three paragraphs before the `end` last lines, or more while they are short (各位代表！ on a line of its own). */
function lastParagraphs(lines: LinesFromEnd, end: number): string {
  let tail = '';
  for (let n = 0; lines.at(end + n) !== undefined && (n < 3 || tail.length < 120); n++) tail = lines.at(end + n) + '\n' + tail;
  return tail;
}

/**
 * The non-empty lines of a text, trimmed, counted from its end (0 is the last): read from the
 * end as far as asked, since only the last few are (splitting a whole report cost a tenth of
 * its metadata).
 */
class LinesFromEnd {
  private readonly read: string[] = [];
  private pos: number;
  constructor(private readonly text: string) {
    this.pos = text.length;
  }
  at(k: number): string | undefined {
    while (this.read.length <= k && this.pos >= 0) {
      const start = this.pos > 0 ? this.text.lastIndexOf('\n', this.pos - 1) + 1 : 0;
      const line = this.text.slice(start, this.pos).trim();
      if (line) this.read.push(line);
      this.pos = start - 1;
    }
    return this.read[k];
  }
}

/** Where end matter begins (名词解释, 附件, 注释), in the last part of the text; else its length. */
function endMatterStart(text: string, seg: Segmented): number {
  const glossary = seg.sections.find((s) => s.part === 'glossary' && s.start > text.length / 2);
  let at = glossary ? glossary.start : text.length;
  const from = Math.floor(text.length * 0.6);
  let pos = text.lastIndexOf('\n', from) + 1;
  while (pos < at) {
    const end = text.indexOf('\n', pos);
    const line = text.slice(pos, end === -1 ? text.length : end).trim();
    if (END_MATTER.test(line)) { at = pos; break; }
    if (end === -1) break;
    pos = end + 1;
  }
  return at;
}
