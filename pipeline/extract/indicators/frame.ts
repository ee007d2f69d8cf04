/**
 * Each figure's time frame: the year or period it is for, whether it is a result or a target,
 * and the cue that decided it. The cues (schemas/frames.ts) are found once per report; a figure
 * takes the nearest cue that reaches it — in its sentence, earlier in its paragraph, or opening an
 * earlier paragraph of its top-level section (五年来，… frames the list after it) — then the cue in
 * its headings, then the part its section belongs to. A 年均 or 累计 figure needs a period and
 * never becomes one year's figure: without a period cue it gets no row.
 */
import { ACTUAL_AFTER_QUOTE, COMPARISON_AFTER, COMPARISON_BEFORE, COMPARISON_WITH, MULTI_YEAR_SPAN_NOT_FIVE, PLAN_AS_OBJECT_BEFORE, PLAN_TARGET_QUOTED, PLAN_AS_YEAR_AFTER, WHOLE_YEAR_CUE, ESTIMATE_CUE, fiveYearPlanStart, FRAME_CUES, LATE_YEAR_CUE, PLAN_ORDINAL, QUOTED_TARGET, STICKY_ESTIMATE_CUE, YEAR_NUMBER, type FrameCue } from '../../../schemas/frames.ts';
import type { BASES, INDICATOR_KINDS, FRAME_SOURCES } from '../../../schemas/tables.ts';
import { SALUTATION } from '../../../schemas/reportGenre.ts';
import { sectionAt, type Segmented } from '../../segment/index.ts';
import { toInt } from '../../shared/numerals.ts';
import { clauseStart, sentenceEnd, sentenceStart } from './text.ts';

export type Kind = (typeof INDICATOR_KINDS)[number];
export type Basis = (typeof BASES)[number];
export type FrameSource = (typeof FRAME_SOURCES)[number];

/** What a cue resolves to in this report. */
type Point =
  | { type: 'year'; year: number; mode: 'result' | 'target' }
  | { type: 'period'; start: number; end: number; mode: 'result' | 'target' }
  | { type: 'by'; year: number }
  | { type: 'skip'; why: string };

interface Cue { start: number; end: number; words: string; rule: string; point: Point; reach: 'sentence' | 'paragraph' | 'section'; averagesOnly: boolean }

/** Whether a point is of results or of targets (null: no row). */
const modeOf = (p: Point): 'result' | 'target' | null => (p.type === 'by' ? 'target' : p.type === 'skip' ? null : p.mode);

/** The decision for a figure: a frame, or no row and why. */
export interface Frame { point: Point; rule: string; cue: string; source: FrameSource }

export interface FrameContext {
  text: string;
  seg: Segmented;
  planYear: number;
  reviewYear: number;
  /** When the report was given, as its metadata tell (null: nothing tells). */
  givenLate: boolean | null;
}

/** One expression per cue: irregexp scans these apart several times faster than one alternation of all. */
const CUE_RES = FRAME_CUES.map((c) => new RegExp(c.pattern, 'g'));
const COMPARED_BEFORE = new RegExp(COMPARISON_BEFORE);
const COMPARED_AFTER = new RegExp(COMPARISON_AFTER);
const COMPARED_WITH_BEFORE = new RegExp(COMPARISON_WITH.before);
const COMPARED_WITH_AFTER = new RegExp(COMPARISON_WITH.after);
const PLAN_AS_YEAR = new RegExp(PLAN_AS_YEAR_AFTER);
const PLAN_AS_OBJECT = new RegExp(PLAN_AS_OBJECT_BEFORE);
const WHOLE_YEAR = new RegExp(WHOLE_YEAR_CUE);
const YEAR_IN = new RegExp(YEAR_NUMBER);
const PLAN_IN = new RegExp(`(${PLAN_ORDINAL})(?:个)?五`);
const QUOTED_BEFORE = new RegExp(QUOTED_TARGET.before);
const QUOTED_AFTER = new RegExp(QUOTED_TARGET.after);
const QUOTED_LIST = new RegExp(QUOTED_TARGET.list);
const ESTIMATE = new RegExp(ESTIMATE_CUE);
const STICKY_ESTIMATE = new RegExp(STICKY_ESTIMATE_CUE, 'g');
const UNFINISHED_YEAR = new RegExp(LATE_YEAR_CUE.currentYearUnfinished);
const NEXT_YEAR_PLAN = new RegExp(LATE_YEAR_CUE.nextYearPlan);
/** Averages and totals over spans other than a five-year period (两年, 前三年, 十年来): not coded. */
const OTHER_SPAN = new RegExp(MULTI_YEAR_SPAN_NOT_FIVE);

const yearOf = (words: string): number | null => {
  const m = YEAR_IN.exec(words);
  if (!m) return null;
  return /^\d/.test(m[0]) ? Number(m[0]) : toInt(m[0].replace(/[〇零○]/g, '〇'));
};

/**
 * The cues of text[from, to), resolved against the report's years. The stretch is scanned as a
 * slice (a stretch is a paragraph or part of one, so no cue crosses its edges); the words around
 * a cue are read in the whole text.
 */
function cuesIn(text: string, from: number, to: number, ctx: FrameContext, late: boolean): Array<Omit<Cue, 'reach' | 'averagesOnly'> & { cue: FrameCue }> {
  const stretch = from === 0 && to === text.length ? text : text.slice(from, to);
  const found: Array<{ m: RegExpExecArray; cue: FrameCue }> = [];
  FRAME_CUES.forEach((cue, i) => {
    const re = CUE_RES[i];
    re.lastIndex = 0;
    for (let m = re.exec(stretch); m; m = re.exec(stretch)) found.push({ m, cue });
  });
  // in text order; where two cues start together, the one listed first (as one alternation would)
  found.sort((a, b) => a.m.index - b.m.index || FRAME_CUES.indexOf(a.cue) - FRAME_CUES.indexOf(b.cue));
  const out: Array<Omit<Cue, 'reach' | 'averagesOnly'> & { cue: FrameCue }> = [];
  let covered = -1;
  for (const { m, cue } of found) {
    if (m.index < covered) continue; // inside a cue already taken
    covered = m.index + m[0].length;
    const start = from + m.index;
    const end = start + m[0].length;
    // 比2020年, 较上年, 从2020年的…: the base of a comparison, not a frame
    if (cue.points !== 'part_of_year' && comparisonBase(text, start, end)) continue;
    // 2026年是“十五五”开局之年: the plan describes the year, it does not frame a period
    if (cue.points === 'named_plan' && (PLAN_AS_YEAR.test(text.slice(end, end + 8)) || PLAN_AS_OBJECT.test(text.slice(Math.max(0, start - 4), start)))) continue;
    const point = resolve(cue, m[0], ctx, late);
    if (point) out.push({ start, end, words: m[0], rule: cue.name, point, cue });
  }
  return out;
}

function resolve(cue: FrameCue, words: string, ctx: FrameContext, late: boolean): Point | null {
  const { planYear, reviewYear } = ctx;
  switch (cue.points) {
    case 'part_of_year': return { type: 'skip', why: 'part of a year' };
    case 'year_span': {
      const [from, to] = [...words.matchAll(new RegExp(YEAR_NUMBER, 'g'))].map((m) => yearOf(m[0]));
      if (from === null || to === null || to === undefined || to <= from || to - from > 10) return null;
      return { type: 'period', start: from, end: to, mode: to <= reviewYear ? 'result' : 'target' };
    }
    case 'plan_year':
      if (words === '明年') return late ? { type: 'year', year: planYear, mode: 'target' } : { type: 'skip', why: 'the year after the plan year' };
      return late ? { type: 'year', year: reviewYear, mode: 'result' } : { type: 'year', year: planYear, mode: 'target' };
    case 'review_year': {
      const y = yearOf(words);
      if (y !== null && y !== reviewYear) return null;
      // given late in the year, 去年 is the year before the one reviewed
      if (late && /去年|上年|上一年/.test(words)) return { type: 'skip', why: 'the year before the review year' };
      return { type: 'year', year: reviewYear, mode: 'result' };
    }
    case 'past_period': return { type: 'period', start: reviewYear - 4, end: reviewYear, mode: 'result' };
    case 'next_period': return { type: 'period', start: planYear, end: planYear + 4, mode: 'target' };
    case 'next_years': {
      // given late in a year, 今明两年 is the year reviewed and the plan year: results and targets at once
      if (late && words.startsWith('今明')) return { type: 'skip', why: 'a span of the year reviewed and the plan year' };
      const years = toInt(/([两二三四])\s*年/.exec(words)![1].replace('两', '二'))!;
      return { type: 'period', start: planYear, end: planYear + years - 1, mode: 'target' };
    }
    case 'named_plan': {
      const ordinal = toInt(PLAN_IN.exec(words)?.[1] ?? '');
      const start = ordinal !== null ? fiveYearPlanStart(ordinal) : null;
      if (start === null) return null;
      // “八五”以来: since the plan began, up to the year reviewed
      if (/以来$/.test(words) && start <= reviewYear) return { type: 'period', start, end: reviewYear, mode: 'result' };
      return { type: 'period', start, end: start + 4, mode: start + 4 <= reviewYear ? 'result' : 'target' };
    }
    case 'by_year': {
      const y = yearOf(words);
      if (y === null) return null;
      if (y > planYear) return { type: 'by', year: y };
      return y === planYear ? { type: 'year', year: y, mode: 'target' } : y === reviewYear ? { type: 'year', year: y, mode: 'result' } : { type: 'skip', why: `a figure of ${y}` };
    }
    case 'named_year': {
      const y = yearOf(words);
      if (y === null) return null;
      if (y === planYear) return { type: 'year', year: y, mode: 'target' };
      if (y === reviewYear) return { type: 'year', year: y, mode: 'result' };
      if (y > planYear) return { type: 'by', year: y };
      return { type: 'skip', why: `a figure of ${y}` };
    }
  }
}

export interface FigureSite {
  nameStart: number;
  /** Where the figure's first number stands (the name's end when none). */
  anchor: number;
  /** Where the figure's last number ends. */
  figureEnd: number;
  /** The figure is a yearly average or a total over a period (年均, 累计, 五年平均). */
  multiYear: boolean;
}

/**
 * Prepares a report's cues and returns the resolver of a figure's frame. `namesAt` are the
 * offsets of the indicator names, to tell the cues that open a paragraph from those inside it.
 */
export function frameResolver(ctx: FrameContext, namesAt: number[]): (site: FigureSite) => Frame | null {
  const { text, seg } = ctx;
  const late = isLateYear(ctx);
  const paragraphs = seg.paragraphs;
  const paragraphIndex = (pos: number) => {
    let lo = 0, hi = paragraphs.length - 1, found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (paragraphs[mid].start <= pos) { found = mid; lo = mid + 1; } else hi = mid - 1;
    }
    return found;
  };
  const tops = seg.sections.filter((s) => s.parentId === null);
  const topAt = (pos: number) => {
    let found: { start: number; end: number } | null = null;
    for (const s of tops) { if (s.start > pos) break; if (pos < s.end) found = s; }
    return found ?? { start: seg.bodyStart, end: tops[0]?.start ?? text.length };
  };
  let nameIdx = 0;
  let lastParagraph = -2;
  const cues: Cue[] = stretchesWithCues(text, seg, namesAt).flatMap(([from, to]) => cuesIn(text, from, to, ctx, late)).map((c) => {
    const p = paragraphIndex(c.start);
    const pStart = p >= 0 ? paragraphs[p].start : 0;
    while (nameIdx < namesAt.length && namesAt[nameIdx] < pStart) nameIdx++;
    // A cue opens its paragraph when it is the paragraph's first cue, in its first clause (after
    // any 各位代表！) and before any indicator name: 五年来，… / 过去的五年极不寻常。 frame the list
    // that follows; in 2024年是…实现“十四五”规划目标的关键一年 only 2024年 does.
    const first = pStart + (SALUTATION.exec(text.slice(pStart, pStart + 10))?.[0].length ?? 0);
    const opening = p !== lastParagraph && !(nameIdx < namesAt.length && namesAt[nameIdx] < c.start) && clauseStart(text, c.start) <= first;
    lastParagraph = p;
    // An opener that speaks of the other side of the report than its section (“八五”以来… in the
    // year's plan, 今年… in a review) frames its own paragraph only.
    const part = sectionAt(seg.sections, c.start)?.part;
    const mode = modeOf(c.point);
    const against = (part === 'plan' && mode === 'result') || ((part === 'review' || part === 'problems') && mode === 'target');
    const reach = c.cue.reach === 'sentence' ? 'sentence' : opening && !against ? 'section' : 'paragraph';
    return { start: c.start, end: c.end, words: c.words, rule: c.rule, point: c.point, reach, averagesOnly: !!c.cue.averagesOnly };
  });
  const headingCues = new Map(seg.sections.map((s) => [s.id, cuesIn(s.heading, 0, s.heading.length, ctx, late)]));
  const planStart = findPlanStart(ctx);

  /** The cues that reach a position, nearest first. */
  function* reaching(pos: number): Generator<{ c: Cue; source: FrameSource }> {
    const sStart = sentenceStart(text, pos);
    const cStart = clauseStart(text, pos);
    const p = paragraphIndex(pos);
    const pStart = p >= 0 ? paragraphs[p].start : 0;
    const top = topAt(pos);
    let lo = 0, hi = cues.length - 1, last = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (cues[mid].start < pos) { last = mid; lo = mid + 1; } else hi = mid - 1;
    }
    for (let k = last; k >= 0; k--) {
      const c = cues[k];
      if (c.start < top.start) break;
      const source: FrameSource = c.start >= cStart ? 'clause' : c.start >= sStart ? 'sentence' : c.start >= pStart ? 'paragraph' : 'section';
      if (c.reach === 'sentence' && c.start < sStart) continue;
      if (c.reach === 'paragraph' && c.start < pStart) continue;
      // an opener frames its section up to a sub-section whose own heading has a cue: the nearer
      // heading (二、2021年工作安排 under an opener of the review) frames that sub-section
      if (source === 'section' && headingTakesOver(pos, c)) continue;
      yield { c, source };
    }
  }

  return (site) => {
    const pos = Math.max(site.anchor, site.nameStart);
    if (site.multiYear) {
      // 两年平均增长4.6%, “十四五”前三年年均增长6.1%: a span that is no five-year period frames no row
      const other = OTHER_SPAN.exec(text.slice(sentenceStart(text, site.nameStart), site.figureEnd));
      if (other) return { point: { type: 'skip', why: `a span of ${other[0]}` }, rule: 'no_period', cue: other[0], source: 'clause' };
    }
    // 全年GDP增长4%: one year's figure, whatever period frames the paragraph
    const wholeYear = !site.multiYear && WHOLE_YEAR.test(text.slice(clauseStart(text, site.nameStart), pos));
    let year: Frame | null = null;
    for (const { c, source } of reaching(pos)) {
      const f: Frame = { point: c.point, rule: c.rule, cue: c.words, source };
      // 力争用三年时间使地区生产总值突破1000亿元: the level at the end of the span, not the plan year's
      if (c.averagesOnly && !site.multiYear) return { point: { type: 'skip', why: `a single figure in the span ${c.words}` }, rule: 'no_period', cue: c.words, source };
      if (c.point.type === 'skip' && (source === 'clause' || source === 'sentence')) return f;
      if (c.point.type === 'skip') continue; // a year of no interest further back frames nothing
      const multi = c.point.type === 'period' || c.point.type === 'by';
      // A period named in passing earlier in the paragraph (超过了第一个五年计划的平均速度) frames
      // only a 年均 figure; a single figure needs it in its own sentence or opening the paragraph.
      if (multi && !site.multiYear && source === 'paragraph' && c.reach === 'paragraph') continue;
      // 原定2000年…的目标，已于1995年提前实现。五年…累计完成近5万亿元: a later year named in an
      // earlier sentence is no period for a total or an average after it
      if (site.multiYear && c.point.type === 'by' && source !== 'clause' && source !== 'sentence') continue;
      if (site.multiYear ? multi : !(wholeYear && multi)) return f;
      if (!multi) year ??= f;
    }
    if (site.multiYear) {
      // 五年平均每年增长: the period is named in the clause itself
      const clause = text.slice(clauseStart(text, site.nameStart), site.figureEnd);
      const five = /五年|这一时期|此期间/.exec(clause);
      if (five && year?.point.type === 'year') {
        const y = year.point;
        return { point: y.mode === 'result' ? { type: 'period', start: ctx.reviewYear - 4, end: ctx.reviewYear, mode: 'result' } : { type: 'period', start: ctx.planYear, end: ctx.planYear + 4, mode: 'target' }, rule: 'past_period_words', cue: five[0], source: 'clause' };
      }
      const h = fromHeadings(pos, true);
      if (h?.point.type === 'period' || h?.point.type === 'by') return h;
      return { point: { type: 'skip', why: 'a yearly average or total without its period' }, rule: 'no_period', cue: '', source: 'clause' };
    }
    if (year) return year;
    const h = fromHeadings(pos, false);
    if (h) return h;
    return fromPart(pos);
  };

  /** The sections around `pos` whose headings have cues, innermost first, with those cues. */
  function* headingsWithCues(pos: number): Generator<{ start: number; found: Array<Omit<Cue, 'reach' | 'averagesOnly'>> }> {
    for (let s = sectionAt(seg.sections, pos); s; s = s.parentId === null ? null : seg.sections[s.parentId - 1]) {
      const found = (headingCues.get(s.id) ?? []).filter((c) => c.point.type !== 'skip');
      if (found.length) yield { start: s.start, found };
    }
  }

  /**
   * Whether a heading between an opener and `pos` takes the section from it: a heading of one
   * year (（一）2025年主要工作 under 五年来…), or of the other side (a target period under an
   * opener of results). A heading that names the opener's own period (“十四五”时期主要成就 under
   * 五年来…) leaves the opener its reach.
   */
  function headingTakesOver(pos: number, opener: Cue): boolean {
    const own = headingsWithCues(pos).next();
    if (own.done || own.value.start <= opener.start) return false;
    const openerMode = modeOf(opener.point);
    return own.value.found.some((c) => c.point.type === 'year' || modeOf(c.point) !== openerMode);
  }

  /** The innermost heading with a cue; single years before periods unless a period is wanted. */
  function fromHeadings(pos: number, wantPeriod: boolean): Frame | null {
    for (const { found } of headingsWithCues(pos)) {
      const pick = found.find((c) => (c.point.type === 'period' || c.point.type === 'by') === wantPeriod) ?? found[0];
      return { point: pick.point, rule: pick.rule, cue: pick.words, source: 'heading' };
    }
    return null;
  }

  function fromPart(pos: number): Frame | null {
    const sec = sectionAt(seg.sections, pos);
    const part = sec?.part ?? null;
    if (part === 'glossary' || part === 'front' || part === 'closing') return null;
    if (part === 'review' || part === 'problems') return { point: { type: 'year', year: ctx.reviewYear, mode: 'result' }, rule: 'review_part', cue: sec!.heading, source: 'part' };
    if (part === 'plan') return { point: { type: 'year', year: ctx.planYear, mode: 'target' }, rule: 'plan_part', cue: sec!.heading, source: 'part' };
    if (pos < seg.bodyStart) return null;
    // no part and no cue where the plan begins: nothing tells a result from a target
    if (planStart.at >= text.length) return null;
    return pos >= planStart.at
      ? { point: { type: 'year', year: ctx.planYear, mode: 'target' }, rule: 'plan_part', cue: planStart.cue, source: 'part' }
      : { point: { type: 'year', year: ctx.reviewYear, mode: 'result' }, rule: 'review_part', cue: '', source: 'part' };
  }
}

/**
 * Where a cue can frame a figure: the opening clause of every paragraph (a cue there reaches the
 * rest of the section) and, in a paragraph with indicator names, everything up to the end of the
 * sentence of its last name (a cue anywhere later reaches nothing before it). The rest of a report
 * — most of its text — need not be scanned.
 */
function stretchesWithCues(text: string, seg: Segmented, namesAt: number[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  // A heading on a line of its own is read as a heading (fromHeadings), not as a paragraph: its
  // cue frames its own section, and frame_source says 'heading'.
  const headingLines = new Set(seg.sections.filter((s) => text.indexOf('\n', s.start) - s.start <= (s.label?.length ?? 0) + s.heading.length + 4).map((s) => s.start));
  let k = 0;
  for (const p of seg.paragraphs) {
    if (p.end <= seg.bodyStart || headingLines.has(p.start)) continue;
    const start = Math.max(p.start, seg.bodyStart);
    while (k < namesAt.length && namesAt[k] < start) k++;
    let last = -1;
    while (k < namesAt.length && namesAt[k] < p.end) last = namesAt[k++];
    const end = last >= 0 ? Math.min(p.end, sentenceEnd(text, last)) : clauseEndAfterSalutation(text, start, p.end);
    const prev = out[out.length - 1];
    if (prev && prev[1] >= start - 1) prev[1] = end; // a stretch running on into the next paragraph's
    else out.push([start, end]);
  }
  return out;
}

/** The end of a paragraph's first clause, a 各位代表！ before it not counted. */
function clauseEndAfterSalutation(text: string, start: number, end: number): number {
  const from = start + (SALUTATION.exec(text.slice(start, start + 10))?.[0].length ?? 0);
  for (let i = from; i < end; i++) if ('，。；：！？,;:!?'.includes(text[i])) return i + 1;
  return end;
}

/** 比2020年, 较上年, 同1955年…比较: the year is the base of a comparison. */
function comparisonBase(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 4), start);
  const after = text.slice(end, end + 20);
  return COMPARED_BEFORE.test(before) || COMPARED_AFTER.test(after.slice(0, 6)) || (COMPARED_WITH_BEFORE.test(before) && COMPARED_WITH_AFTER.test(after));
}

/**
 * A report given late in the year before its plan year: 明年 is the plan year, 今年 the review year.
 * The metadata tell it from the meeting date or the session; where nothing tells, the text must
 * both estimate the current year or report most of it (今年预计, 今年1至10月, 今年前三季度) and set
 * out 明年's plan (明年的主要任务, 明年计划…) — a spring report's 今年以来 or 明年是建党一百周年 do not.
 */
function isLateYear(ctx: FrameContext): boolean {
  if (ctx.givenLate !== null) return ctx.givenLate;
  return UNFINISHED_YEAR.test(ctx.text) && NEXT_YEAR_PLAN.test(ctx.text);
}

/** Where the plan begins when no section says so: the first 总体要求/预期目标/重点工作 cue. */
function findPlanStart(ctx: FrameContext): { at: number; cue: string } {
  const sec = ctx.seg.sections.find((s) => s.part === 'plan');
  if (sec) return { at: sec.start, cue: sec.heading };
  // the plan year in Arabic or Chinese digits (一九八五年)
  const cn = String(ctx.planYear).replace(/\d/g, (d) => '〇一二三四五六七八九'[Number(d)]);
  const re = new RegExp(`(?:今年|${ctx.planYear}\\s*年|${cn}年)[^。\\n]{0,20}(?:政府工作的总体要求|总体要求|主要预期目标|预期目标|主要目标|重点工作|主要工作|工作安排|计划|任务)`);
  const m = re.exec(ctx.text.slice(ctx.seg.bodyStart));
  return m ? { at: ctx.seg.bodyStart + m.index, cue: m[0] } : { at: ctx.text.length, cue: '' };
}

function firstStickyEstimate(ctx: FrameContext): number {
  STICKY_ESTIMATE.lastIndex = 0;
  const m = STICKY_ESTIMATE.exec(ctx.text);
  return m ? m.index : Infinity;
}

/** A target quoted in a review (年初确定的地区生产总值增长6%的目标): not a result. */
export function quotesTarget(text: string, nameStart: number, figureEnd: number): boolean {
  const lead = text.slice(clauseStart(text, nameStart), nameStart);
  return QUOTED_BEFORE.test(lead) || QUOTED_AFTER.test(text.slice(figureEnd, figureEnd + 8)) || QUOTED_LIST.test(text.slice(sentenceStart(text, nameStart), nameStart));
}

const ACTUAL_AFTER = new RegExp(ACTUAL_AFTER_QUOTE);
/**
 * Where the result starts after a target quoted in a review, in the same sentence (…的目标，执行中
 * 几次调高，全年实际完成98.6亿元: after 实际), or null when the sentence does not turn to one.
 */
export function actualAfterQuote(text: string, figureEnd: number): number | null {
  const m = ACTUAL_AFTER.exec(text.slice(figureEnd, sentenceEnd(text, figureEnd)));
  return m ? figureEnd + m.index + m[0].length : null;
}

const PLAN_QUOTED = new RegExp(PLAN_TARGET_QUOTED);
/** A five-year plan's target quoted in the sentence before the name (PLAN_TARGET_QUOTED). */
export function quotesPlanTarget(text: string, nameStart: number): boolean {
  return PLAN_QUOTED.test(text.slice(sentenceStart(text, nameStart), nameStart));
}

/** A result marked as an estimate in its sentence (预计, 初步统计) or by a 预计（下同） before it. */
export function isEstimate(text: string, nameStart: number, stickyFrom: number): boolean {
  return nameStart >= stickyFrom || ESTIMATE.test(text.slice(sentenceStart(text, nameStart), nameStart));
}

export { firstStickyEstimate };
export type { Point };
