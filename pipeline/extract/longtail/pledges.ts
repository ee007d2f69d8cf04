/**
 * pledges: the numbered lists of commitments a report makes — 民生实事, 为民办实事, 惠民实事, 市办实事 —
 * written inline in a paragraph (办好民生实事：1.…；2.…。 / 今年再办好15件民生实事。一是…二是…)
 * or one item per line (1.医疗卫生方面。…). A list counts only where the words that introduce it
 * name such pledges and the numbering starts right after them; when those words give a count
 * (十方面民生实事, 15件民生实事) the list must have that many items. The glossary, also numbered,
 * is not a list of pledges, nor is a numbered list of tasks that nothing names as 实事.
 */
import type { Pledge } from '../../../schemas/index.ts';
import { PLEDGE_CUES, PLEDGE_CUES_INTRO } from '../../../schemas/longtailCues.ts';
import { parseChineseNumber } from '../../shared/numerals.ts';
import { sectionIdAt, type ExtractContext } from '../context.ts';

const HAN = '一二三四五六七八九十';
/** ① … ⑳ for n from 1 to 20; past 20, an expression that matches nothing. */
const circled = (n: number) => (n >= 1 && n <= 20 ? String.fromCharCode(0x245f + n) : '(?!)');
const han = (n: number) => (n <= 10 ? HAN[n - 1] : n < 20 ? '十' + HAN[n - 11] : n % 10 === 0 ? HAN[n / 10 - 1] + '十' : HAN[Math.floor(n / 10) - 1] + '十' + HAN[(n % 10) - 1]);

/** The numbering styles of a list: the marker of item n in each. */
const STYLES: Array<(n: number) => string> = [
  (n) => `${n}[.．、](?![0-9])`,
  (n) => `[（(]${n}[）)]`,
  (n) => `${han(n)}是[，,：:]?`,
  (n) => `[（(]${han(n)}[）)]`,
  (n) => `第${han(n)}[，,、：:]`,
  (n) => `${han(n)}、`,
  (n) => circled(n),
];

interface Item { n: number; start: number; end: number }

export function extractPledges(ctx: ExtractContext): Pledge[] {
  const { text, seg } = ctx;
  const glossaryStart = seg.sections.find((s) => s.part === 'glossary')?.start ?? text.length;
  const body = text.slice(0, glossaryStart);
  const out: Pledge[] = [];
  let readTo = 0;
  const anchor = new RegExp(PLEDGE_CUES.anchor.source, 'g');
  let cueEnd = 0;
  // The cues in reading order: `list` is tried only on the few characters around each anchor
  // (scanning the whole text with it costs twice as much), from the end of the cue before.
  for (let a; (a = anchor.exec(body)); ) {
    const from = Math.max(cueEnd, a.index - ANCHOR_REACH);
    const near = PLEDGE_CUES.list.exec(body.slice(from, a.index + a[0].length + 2));
    if (!near) continue;
    const found = { index: from + near.index, 0: near[0] };
    cueEnd = found.index + found[0].length;
    anchor.lastIndex = Math.max(anchor.lastIndex, cueEnd);
    // 十件民生实事, 15件民生实事: the count stands before the cue's words.
    let at = found.index;
    while (at > 0 && PLEDGE_CUES.count.test(body[at - 1])) at--;
    if (/^(?:件|项|个方面|方面|大)/.test(found[0]) && at === found.index) continue; // 这项实事: no count
    const m = { index: at, 0: body.slice(at, found.index + found[0].length) };
    if (m.index < readTo) continue;
    // The introducing sentence: from the sentence start before the cue to its end (。！： or line).
    const sentenceStart = sentenceStartAt(body, m.index);
    const end = /[。！：:；\n]|$/.exec(body.slice(m.index + m[0].length))!;
    const introEnd = m.index + m[0].length + end.index + (end[0] && end[0] !== '\n' ? 1 : 0);
    const intro = body.slice(sentenceStart, introEnd);
    // The cue must be what the sentence ends on (今年再办好15件民生实事。 办好以下民生实事：), so
    // that a sentence naming 民生实事 in passing does not claim the numbered tasks after it —
    // unless it gives a count the list then has (继续认真办好十方面民生实事，坚决做到言必信).
    const clauses = intro.replace(/[。！：:；\s]+$/, '').split(/[，,]/);
    if (clauses.length > 1 && PLEDGE_CUES_INTRO.opensList.test(clauses[clauses.length - 1])) clauses.pop();
    const endsOnCue = clauses.pop()!.includes(m[0]);
    const count = endsOnCue ? null : countIn(m[0]);
    if (!endsOnCue && count === null) continue;
    // 十方面民生实事圆满完成 in the review is followed by the review's own numbered sections:
    // the words around the cue must pledge, not report.
    const clause = clauseAround(body, sentenceStart, introEnd, m.index) ?? '';
    const cueAt = clause.indexOf(m[0]);
    const before = cueAt === -1 ? clause : clause.slice(0, cueAt);
    const after = cueAt === -1 ? '' : clause.slice(cueAt + m[0].length);
    // A title line of its own (2024年市十件民生实事) names the list that follows it.
    const titleLine = body[sentenceStart - 1] !== '。' && /^(?:附件?[0-9一二三]?[:：])?[^，,。！；：:]{2,40}$/.test(intro.trim()) && (body[introEnd] === '\n' || introEnd === body.length);
    // A cue the colon follows (民生实事：, 十件民生实事是：, 民生实事项目如下：) introduces its list.
    if (PLEDGE_CUES_INTRO.done.test(after) || PLEDGE_CUES_INTRO.past.test(before) || !(titleLine || PLEDGE_CUES_INTRO.pledge.test(before) || /^[”"」]?(?:项目|工程)?(?:清单)?(?:是|为|有|如下)?[:：]/.test(body.slice(m.index + m[0].length, m.index + m[0].length + 12)))) continue;
    const items = listAfter(body, introEnd);
    if (items.length < 3 || (count !== null && items.length !== count)) continue;
    const heading = clause || null;
    for (const it of items) {
      const raw = body.slice(it.start, it.end);
      const t = raw.replace(/[；;。，,、：:\s]+$/, '');
      const lead = t.length - t.trimStart().length;
      out.push({
        report_id: ctx.reportId, ordinal: it.n, text: t.trim(), section_id: sectionIdAt(seg, it.start),
        list_heading: heading, char_start: ctx.cp(it.start + lead), char_end: ctx.cp(it.start + t.length),
      });
    }
    readTo = items[items.length - 1].end;
  }
  return out;
}

/** How far before its anchor a cue may start (PLEDGE_CUES.anchor); 2 more are read after it. */
const ANCHOR_REACH = 14;

/**
 * Where the sentence holding `at` starts: after the last line break, 。, ！ or ； at or before it.
 * Read back from `at` (a lastIndexOf for each mark read back to the text's start for the marks
 * a report seldom writes).
 */
function sentenceStartAt(text: string, at: number): number {
  let i = Math.min(at, text.length - 1);
  while (i >= 0 && !SENTENCE_BREAK.includes(text[i])) i--;
  return i + 1;
}
const SENTENCE_BREAK = '\n。！；';

/** 十方面 → 10, 15件 → 15, 十大 → 10; null when the cue gives no count. */
function countIn(cue: string): number | null {
  const m = /([0-9]+|[一二两三四五六七八九十百]+)(?:件|项|个方面|方面|大)/.exec(cue);
  if (!m) return null;
  return /^[0-9]+$/.test(m[1]) ? Number(m[1]) : parseChineseNumber(m[1]);
}

/**
 * The numbered list that starts right after `from` (only spaces or a line break between), in the
 * style of its first marker, items running 1, 2, 3 … without a gap. Inline items run to the next
 * marker, the last to the end of its sentence; items one per line run to the end of the line.
 */
function listAfter(text: string, from: number): Item[] {
  const gap = /^[ \t\u3000]*\n?[ \t\u3000]*/.exec(text.slice(from))![0].length;
  const at = from + gap;
  for (const style of STYLES) {
    const first = new RegExp(`^${style(1)}\\s*`).exec(text.slice(at));
    if (!first) continue;
    const marks: Array<{ n: number; at: number; after: number }> = [{ n: 1, at, after: at + first[0].length }];
    const perLine = at === 0 || text[at - 1] === '\n';
    for (let n = 2; n <= 60; n++) {
      const prev = marks[marks.length - 1];
      const re = new RegExp(perLine ? `\\n[ \\t\\u3000]*(${style(n)})\\s*` : `(?:^|[。；;！\\s])(${style(n)})\\s*`, 'g');
      re.lastIndex = prev.after;
      const m = re.exec(text);
      if (!m) break;
      const markAt = m.index + m[0].indexOf(m[1]);
      // The next marker must stand in the same paragraph (inline) or on the next line (per line).
      const between = text.slice(prev.after, markAt);
      if ((between.match(/\n/g)?.length ?? 0) > (perLine ? 1 : 0)) break;
      marks.push({ n, at: markAt, after: m.index + m[0].length });
    }
    return marks.map((mk, i) => {
      let end: number;
      if (i + 1 < marks.length) end = marks[i + 1].at;
      else {
        const nl = text.indexOf('\n', mk.after);
        const lineEnd = nl === -1 ? text.length : nl;
        const dot = text.indexOf('。', mk.after);
        end = perLine || dot === -1 || dot > lineEnd ? lineEnd : dot + 1;
      }
      return { n: mk.n, start: mk.after, end };
    });
  }
  return [];
}

/** The clause of the introducing sentence that holds the cue (办好区人大代表票决民生实事). */
function clauseAround(text: string, start: number, end: number, at: number): string | null {
  const s = text.slice(start, end);
  const rel = at - start;
  const from = Math.max(...['，', ',', '：', ':'].map((p) => s.lastIndexOf(p, rel) + 1));
  const to = /[，,。！：:；\n]|$/.exec(s.slice(rel))!.index + rel;
  const clause = s.slice(from, to).trim();
  return clause || null;
}
