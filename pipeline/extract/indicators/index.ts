/**
 * indicators: every figure of a known indicator, as actual, estimate or target, for a year or a
 * period. Four small steps, each in its own file:
 *   names.ts  — the indicator names in the text, their keys and scope;
 *   parse.ts  — the figures written after a name (values, growth, rates, qualifiers);
 *   frame.ts  — each figure's time frame from its clause, sentence, paragraph, headings and part,
 *               with the cue that decided it (indicators.frame_rule / frame_cue / frame_source);
 *   here      — the rows: kind, basis and years from the frame, units checked against the key.
 * Precision comes first: a figure is kept only when nothing but figure words stands between it
 * and its name, its unit fits the indicator, and its frame is known.
 */
import type { Indicator } from '../../../schemas/index.ts';
import { DEF_BY_KEY, UNIT_FITS, type IndicatorDef } from '../../../schemas/vocabulary.ts';
import { normalise } from '../../shared/units.ts';
import type { ExtractContext } from '../context.ts';
import { actualAfterQuote, firstStickyEstimate, frameResolver, isEstimate, quotesPlanTarget, quotesTarget, type Basis, type Frame, type Kind } from './frame.ts';
import { CUMULATIVE_WORDS } from '../../../schemas/figureWords.ts';
import { findNames } from './names.ts';
import { parseFigures, type Num, type Parsed, type Qualifier } from './parse.ts';
import { clauseStart, sentenceEnd, sentenceStart, trimEnd } from './text.ts';

export { VOCABULARY } from '../../../schemas/vocabulary.ts';

/** How far after a name its figures may stand (the sentence ends sooner, nearly always). */
const WINDOW = 120;

export function extractIndicators(ctx: ExtractContext): { rows: Indicator[]; warnings: string[] } {
  const { text, seg } = ctx;
  const warnings: string[] = [];
  const rows: Indicator[] = [];
  if (ctx.planYear === null || ctx.reviewYear === null) {
    return { rows, warnings: ['no plan/review year: indicators not extracted'] };
  }
  const names = findNames(text, seg.bodyStart, { planYear: ctx.planYear, regionName: ctx.regionName, county: ctx.county });
  const frameOf = frameResolver({ text, seg, planYear: ctx.planYear, reviewYear: ctx.reviewYear, givenLate: ctx.givenLate }, names.map((n) => n.start));
  const stickyEstimate = firstStickyEstimate({ text, seg, planYear: ctx.planYear, reviewYear: ctx.reviewYear, givenLate: ctx.givenLate });

  for (let k = 0; k < names.length; k++) {
    const name = names[k];
    const nextName = names[k + 1]?.start ?? text.length;
    const windowEnd = Math.min(nextName, sentenceEnd(text, name.end), name.end + WINDOW);
    const def0 = DEF_BY_KEY.get(name.keys[0])!;
    const single = name.keys.length === 1;
    const readOptions = {
      isRate: single && !!def0.rate,
      priceLike: single && !!def0.priceLike,
      impliesGrowth: !!name.rule.growth,
      carryOver: !name.rule.figureInClause,
      countsPosts: !!name.rule.countsPosts,
    };
    let p = parseFigures(text.slice(name.end, windowEnd), readOptions);
    if (p.partial || p.firstNumber < 0) continue;
    const anchor = name.end + p.firstNumber;
    if (name.rule.averageAnnual) p.averageAnnual = true;
    let figureEnd = name.end + lastFigureOf(p);
    // 五年累计完成投资5.5万亿元, 五年累计实际利用外资486亿美元: a total over a period, not the year's
    if (!p.cumulative && CUMULATIVE_BEFORE.test(text.slice(clauseStart(text, name.start), name.start))) p.cumulative = true;
    const periodTotal = p.cumulative && PERIOD_WORDS.test(text.slice(clauseStart(text, name.start), figureEnd));
    const frame = frameOf({ nameStart: name.start, anchor, figureEnd, multiYear: p.averageAnnual || periodTotal });
    if (!frame || frame.point.type === 'skip') continue;
    // 北部湾经济区生产总值增长8.5%: a target of a sub-area is not the region's, and in a table of
    // targets it is easily taken for it; a sub-area's results are kept with their scope.
    if (name.scope && (frame.point.type === 'by' || frame.point.mode === 'target')) {
      warnings.push(`a target of ${name.scope}, not of the region, not recorded: ${text.slice(sentenceStart(text, name.start), figureEnd).slice(0, 80)}`);
      continue;
    }
    const result = (frame.point.type === 'year' || frame.point.type === 'period') && frame.point.mode === 'result';
    // 年初确定的地区生产总值增长6%的目标, 社会消费品零售总额计划增长8%: a target quoted in the
    // review, not a result.
    if (result && (p.target || quotesTarget(text, name.start, figureEnd))) {
      // …的目标，执行中几次调高，全年实际完成98.6亿元，比上年增长10.8%: the result follows the quote
      const from = actualAfterQuote(text, figureEnd);
      if (from === null) continue;
      const actual = parseFigures(text.slice(from, Math.min(sentenceEnd(text, from), from + WINDOW)), readOptions);
      if (actual.partial || actual.firstNumber < 0 || actual.target) continue;
      p = shifted(actual, from - name.end);
      figureEnd = name.end + lastFigureOf(p);
    }
    // 按照“十三五”规划确定的目标，到明年地区生产总值要突破1600亿元: the plan's level for its last
    // year, not the target the year's plan sets (a level by a later year stays a `level` target)
    const yearTarget = frame.point.type === 'year' && frame.point.mode === 'target';
    if (yearTarget && !p.growths.length && quotesPlanTarget(text, name.start)) continue;
    const estimate = result && frame.point.type === 'year' && (p.estimate || isEstimate(text, name.start, stickyEstimate));

    const sentence = text.slice(sentenceStart(text, name.start), sentenceEnd(text, figureEnd));
    const pick = (list: Num[], i: number): Num | null => (list.length === name.keys.length ? list[i] : list.length === 1 && (single || list === p.growths) ? list[0] : null);
    name.keys.forEach((key, i) => {
      const def = DEF_BY_KEY.get(key)!;
      let value = def.rate ? pick(p.rates, i) : pick(p.values, i);
      // one name, several growths: 比2020年增长30%，年均增长5.4% — a total and an average; but
      // several growths of one kind for one name (成都高新区、绵阳高新区工业增加值分别增长30%和28%)
      // belong to subjects the name does not tell apart: none is taken.
      const growths = def.rate ? [] : single ? unambiguous(p.growths) : [pick(p.growths, i)].filter((g): g is Num => g !== null);
      if (value && value.unit && name.rule.unit && !name.rule.unit.test(value.unit)) return;
      if (value && value.unit && !UNIT_FITS[def.measure].test(value.unit)) {
        warnings.push(`${key}: unit ${value.unit} does not fit, value dropped in: ${sentence.slice(0, 80)}`);
        value = null;
      }
      const sane = growths.filter((g) => Math.abs(g.value) <= 300);
      if (sane.length < growths.length) warnings.push(`${key}: growth out of bounds, dropped in: ${sentence.slice(0, 80)}`);
      if (!value && !sane.length) return;
      for (const fig of framed(frame, def, p, value, sane, ctx.planYear!, estimate)) {
        const norm = fig.value?.unit ? normalise(fig.value.value, fig.value.unit) : { value_normalized: null, unit_normalized: null };
        const end = name.end + Math.max(fig.value?.end ?? 0, fig.growth?.end ?? 0);
        const high = fig.value?.high ?? fig.growth?.high ?? null;
        rows.push({
          report_id: ctx.reportId,
          indicator: key,
          label: name.labels[i],
          kind: fig.kind, year: fig.year, year_end: fig.yearEnd, basis: fig.basis,
          value: fig.value?.value ?? null,
          unit: fig.value?.unit ?? null,
          value_normalized: norm.value_normalized,
          unit_normalized: norm.unit_normalized,
          growth_pct: fig.growth?.value ?? null,
          growth_pct_high: fig.growth?.high ?? null,
          value_high: fig.value?.high ?? null,
          qualifier: high !== null ? 'range' : ((fig.value?.qualifier ?? fig.growth?.qualifier ?? 'exact') as Qualifier),
          scope: name.scope,
          frame_rule: frame.rule as Indicator['frame_rule'],
          frame_cue: frame.cue,
          frame_source: frame.source,
          sentence,
          char_start: ctx.cp(name.start),
          char_end: ctx.cp(trimEnd(text, end)),
        });
      }
    });
  }
  return { rows, warnings };
}

/** Where the last figure read ends, from the start of the text read. */
const lastFigureOf = (p: Parsed) => Math.max(0, ...[...p.values, ...p.growths, ...p.rates].map((n) => n.end));

/** A reading whose offsets count from `by` characters later. */
function shifted(p: Parsed, by: number): Parsed {
  const move = (list: Num[]) => list.map((n) => ({ ...n, start: n.start + by, end: n.end + by }));
  return { ...p, values: move(p.values), growths: move(p.growths), rates: move(p.rates), firstNumber: p.firstNumber + by, end: p.end + by };
}

/** Several plain growths for one name are ambiguous; an average and a total beside a growth are not. */
function unambiguous(growths: Num[]): Num[] {
  const plain = growths.filter((g) => !g.average && g.baseYear === undefined);
  return plain.length > 1 ? growths.filter((g) => !plain.includes(g)) : growths;
}

/** 累计 before a name in its clause (五年累计实际利用外资…): the figure after it is a total. */
const CUMULATIVE_BEFORE = new RegExp(`(?:${CUMULATIVE_WORDS.join('|')})(?:完成|实现|达到|实际)?$`);

/** Words that make a 累计 figure a period's total: 五年累计, 十三五期间累计. */
const PERIOD_WORDS = /五年|[“"]?(?:十[一二三四五六]?|[一二三四五六七八九])五[”"]?(?:规划|计划)?(?:时期|期间)|(?<![〇零○一二三四五六七八九十])[两二三四六七八九十]年/;

interface Framed { kind: Kind; basis: Basis; year: number; yearEnd: number; value: Num | null; growth: Num | null }

/**
 * The rows a figure makes in its frame. Each growth is read on its own: a 年均 growth is a yearly
 * average over the frame's period, a growth from a named base year (比2020年增长30%) a total since
 * then, any other growth the year's growth — or, in a period, the period's total. A value goes with
 * the year's growth in one row; in a period, the value of a flow that sums (新增就业, 投资) or a
 * 累计 value is the period's total, a coming period's value a level to reach, and a past period's
 * value the level of its last year.
 */
function framed(frame: Frame, def: IndicatorDef, p: Parsed, value: Num | null, growths: Num[], planYear: number, estimate: boolean): Framed[] {
  const pt = frame.point;
  if (pt.type === 'skip') return [];
  const out: Framed[] = [];
  if (pt.type === 'year') {
    const kind: Kind = pt.mode === 'target' ? 'target' : estimate ? 'estimate' : 'actual';
    // 居民消费价格年均上涨2.1%: a rate averaged over years is no year's rate
    let rest = def.rate && p.averageAnnual ? null : value;
    for (const g of growths) {
      if (g.average) continue; // an average needs a period (the frame asked for one; none was found)
      if (g.baseYear !== undefined && g.baseYear !== pt.year - 1) {
        if (g.baseYear < pt.year) out.push({ kind, basis: 'cumulative', year: g.baseYear + 1, yearEnd: pt.year, value: null, growth: g });
        continue;
      }
      out.push({ kind, basis: 'annual', year: pt.year, yearEnd: pt.year, value: rest, growth: g });
      rest = null;
    }
    if (rest) out.push({ kind, basis: 'annual', year: pt.year, yearEnd: pt.year, value: rest, growth: null });
    return out;
  }
  const target = pt.type === 'by' || pt.mode === 'target';
  const kind: Kind = target ? 'target' : 'actual';
  const start = pt.type === 'by' ? planYear : pt.start;
  const end = pt.type === 'by' ? pt.year : pt.end;
  for (const g of growths) {
    if (g.average) out.push({ kind, basis: 'average_annual', year: start, yearEnd: end, value: null, growth: g });
    else if (g.baseYear !== undefined && g.baseYear < end) out.push({ kind, basis: 'cumulative', year: g.baseYear + 1, yearEnd: end, value: null, growth: g });
    else out.push({ kind, basis: p.averageAnnual && growths.length === 1 ? 'average_annual' : 'cumulative', year: start, yearEnd: end, value: null, growth: g });
  }
  if (value && def.rate && p.averageAnnual) out.push({ kind, basis: 'average_annual', year: start, yearEnd: end, value, growth: null });
  else if (value && (p.cumulative || def.cumulates)) out.push({ kind, basis: 'cumulative', year: start, yearEnd: end, value, growth: null });
  else if (value && target) out.push({ kind, basis: 'level', year: start, yearEnd: end, value, growth: null });
  else if (value) out.push({ kind, basis: 'annual', year: end, yearEnd: end, value, growth: null });
  return out;
}
