/**
 * Statements that a report sets no number for an indicator (我们没有提出全年经济增速具体目标;
 * 地区生产总值年均增长保持在合理区间、各年度视情提出), so that "no target stated" can be told
 * apart from "no target found" (target_outcomes.target_stated). The cues are data in
 * schemas/noTargetCues.ts; this applies them, names the indicator from the words the statement
 * holds and dates it:
 * - a statement about one year is for the year it names (2020年), else the review year when it
 *   says 去年/上年, else the plan year when it says 今年/全年, else the year of its part (the
 *   review year in the review, the plan year elsewhere);
 * - a statement about a plan period is for the years of the five-year plan (十四五) named in its
 *   sentence, else in its paragraph, else in the headings above it; none named, no row.
 * A statement whose indicator or year cannot be told gives no row: a wrong row would say that a
 * government declined to set a target it may have set.
 */
import { NOT_AFTER, VOCABULARY, type NoTargetStatement } from '../../../schemas/index.ts';
import { fiveYearPlanYears, NO_TARGET_CUES, NO_TARGET_PIECES, SUBJECT_WORDS, type NoTargetCue } from '../../../schemas/noTargetCues.ts';
import { sectionAt } from '../../segment/index.ts';
import { parseChineseNumber } from '../../shared/numerals.ts';
import type { ExtractContext } from '../context.ts';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\&]/g, '\\$&');

/** Every name of an indicator, longest first, with its key. */
const SUBJECTS: Array<[string, string]> = [
  ...VOCABULARY.flatMap((d) => d.aliases.map((a) => [a, d.key] as [string, string])),
  ...Object.entries(SUBJECT_WORDS),
].sort((a, b) => b[0].length - a[0].length);
const KEY_OF = new Map(SUBJECTS);
const SUBJECT_ONE = SUBJECTS.map(([a]) => escape(a)).join('|');
/** One or more subjects: 地区生产总值和一般公共预算收入. */
const SUBJECT_LIST = `(?<subject>(?:${SUBJECT_ONE})(?:(?:和|、|及|与|以及)(?:${SUBJECT_ONE}))*)`;
const SUBJECT_SCAN = new RegExp(SUBJECT_ONE, 'g');

export function compileCue(cue: NoTargetCue): RegExp {
  const source = cue.pattern.replace(/\{([A-Z]+)\}/g, (_, piece: string) => {
    if (piece === 'SUBJECT') return SUBJECT_LIST;
    const words = NO_TARGET_PIECES[piece];
    if (words === undefined) throw new Error(`cue ${cue.name}: no word list {${piece}}`);
    return words;
  });
  return new RegExp(source, 'g');
}

const COMPILED = NO_TARGET_CUES.map((cue) => ({ cue, re: compileCue(cue) }));
const SENTENCE_END = /[。！？!?\n]/;
/**
 * Words every cue holds (a negated verb, or 视情): the cues, each led by a hundred-name
 * alternation, run only on the sentences that have one: 0.74 ms a synthetic report before, 0.07–0.19 ms (a busy machine).
 */
const ANCHOR = /视情|(?:没有|暂不|不再|不|未|没)(?:提|设|定|确定|规定|下达|制定|作|做)/g;

/** Start and end of the sentence around an offset (ends at 。！？ or a line break, inclusive of the mark). */
function sentenceAround(text: string, at: number): [number, number] {
  let start = at;
  while (start > 0 && !SENTENCE_END.test(text[start - 1])) start--;
  let end = at;
  while (end < text.length && !SENTENCE_END.test(text[end])) end++;
  if (end < text.length && text[end] !== '\n') end++;
  return [start, end];
}
const PLAN_PERIOD = /(?:“|")?(?:第([一二三四五六七八九十]{1,3})个五年|([一二三四五六七八九十]{1,3})五)(?:”|")?(?:规划|计划|时期|期间|期|末)/g;

/** The indicators a subject list names, in order, once each; null subjects excluded by NOT_AFTER. */
function indicatorsIn(subject: string, before: string): Array<{ key: string; label: string }> {
  const out: Array<{ key: string; label: string }> = [];
  SUBJECT_SCAN.lastIndex = 0;
  for (let m = SUBJECT_SCAN.exec(subject); m; m = SUBJECT_SCAN.exec(subject)) {
    const preceding = m.index === 0 ? before : subject.slice(0, m.index);
    if (NOT_AFTER[m[0]]?.test(preceding.slice(-4))) continue;
    const key = KEY_OF.get(m[0])!;
    if (!out.some((o) => o.key === key)) out.push({ key, label: m[0] });
  }
  return out;
}

/** The five-year plan a text names, as its years. */
function planPeriodIn(text: string): [number, number] | null {
  PLAN_PERIOD.lastIndex = 0;
  const m = PLAN_PERIOD.exec(text);
  if (!m) return null;
  const n = parseChineseNumber(m[1] ?? m[2]);
  return n === null ? null : fiveYearPlanYears(n);
}

export function extractNoTargetStatements(ctx: ExtractContext): NoTargetStatement[] {
  const { text, seg } = ctx;
  const rows: NoTargetStatement[] = [];
  const taken: Array<[number, number]> = [];
  const found: Array<{ cue: NoTargetCue; start: number; end: number; subject: string }> = [];
  const sentences = new Map<number, number>();
  ANCHOR.lastIndex = 0;
  for (let a = ANCHOR.exec(text); a; a = ANCHOR.exec(text)) {
    const [start, end] = sentenceAround(text, a.index);
    sentences.set(start, end);
    ANCHOR.lastIndex = Math.max(ANCHOR.lastIndex, end);
  }
  for (const [start, end] of sentences) {
    const sentence = text.slice(start, end);
    for (const { cue, re } of COMPILED) {
      re.lastIndex = 0;
      for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
        found.push({ cue, start: start + m.index, end: start + m.index + m[0].length, subject: m.groups!.subject });
        if (m[0].length === 0) re.lastIndex++;
      }
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  for (const f of found) {
    // One statement, one row set: a shorter match inside a longer one adds nothing.
    if (taken.some(([s, e]) => f.start < e && f.end > s)) continue;
    const section = sectionAt(seg.sections, f.start);
    if (section?.part === 'glossary') continue;
    const [sStart, sEnd] = sentenceAround(text, f.start);
    const sentence = text.slice(sStart, sEnd).trim();
    const years = f.cue.scope === 'year' ? yearOf(text.slice(sStart, f.start), section?.part ?? null, ctx) : periodOf(ctx, sStart, sEnd, f.start);
    if (!years) continue;
    const subjectAt = text.indexOf(f.subject, f.start);
    const indicators = indicatorsIn(f.subject, text.slice(Math.max(0, subjectAt - 4), subjectAt));
    if (!indicators.length) continue;
    taken.push([f.start, f.end]);
    for (const { key, label } of indicators) {
      rows.push({
        report_id: ctx.reportId, indicator: key, label, year: years[0], year_end: years[1],
        basis: f.cue.scope === 'year' ? 'annual' : 'average_annual', cue: f.cue.name,
        text: text.slice(f.start, f.end), sentence, char_start: ctx.cp(f.start), char_end: ctx.cp(f.end),
      });
    }
  }
  return rows;
}

/** The year a one-year statement is about, from the words before it in its sentence, else its part. */
function yearOf(before: string, part: string | null, ctx: ExtractContext): [number, number] | null {
  const explicit = [...before.matchAll(/((?:19|20)\d\d)\s*年(?![代度底初])/g)].pop();
  let year: number | null;
  if (explicit) year = Number(explicit[1]);
  else if (/去年|上年|上一年/.test(before)) year = ctx.reviewYear;
  else if (/今年|全年|本年|当年/.test(before)) year = ctx.planYear;
  else year = part === 'review' ? ctx.reviewYear : ctx.planYear;
  return year === null ? null : [year, year];
}

/** The plan period a statement is about: named in its sentence, paragraph, or a heading above it. */
function periodOf(ctx: ExtractContext, sStart: number, sEnd: number, at: number): [number, number] | null {
  const { text, seg } = ctx;
  const fromSentence = planPeriodIn(text.slice(sStart, sEnd));
  if (fromSentence) return fromSentence;
  const lineStart = text.lastIndexOf('\n', at) + 1;
  const lineEnd = text.indexOf('\n', at);
  const fromParagraph = planPeriodIn(text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd));
  if (fromParagraph) return fromParagraph;
  const byId = new Map(seg.sections.map((s) => [s.id, s]));
  for (let s = sectionAt(seg.sections, at); s; s = s.parentId === null ? null : byId.get(s.parentId) ?? null) {
    const fromHeading = planPeriodIn(s.heading);
    if (fromHeading) return fromHeading;
  }
  return null;
}
