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
import { firstStickyEstimate, frameResolver, isEstimate, quotesTarget, type Basis, type Frame, type Kind } from './frame.ts';
import { findNames } from './names.ts';
import { parseFigures, type Num, type Parsed, type Qualifier } from './parse.ts';
import { sentenceEnd, sentenceStart, trimEnd } from './text.ts';

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
  const frameOf = frameResolver({ text, seg, planYear: ctx.planYear, reviewYear: ctx.reviewYear, meetingDate: ctx.meetingDate }, names.map((n) => n.start));
  const stickyEstimate = firstStickyEstimate({ text, seg, planYear: ctx.planYear, reviewYear: ctx.reviewYear, meetingDate: ctx.meetingDate });

  for (let k = 0; k < names.length; k++) {
    const name = names[k];
    const nextName = names[k + 1]?.start ?? text.length;
    const windowEnd = Math.min(nextName, sentenceEnd(text, name.end), name.end + WINDOW);
    const def0 = DEF_BY_KEY.get(name.keys[0])!;
    const single = name.keys.length === 1;
    const p = parseFigures(text.slice(name.end, windowEnd), {
      isRate: single && !!def0.rate,
      priceLike: single && !!def0.priceLike,
      impliesGrowth: !!name.rule.growth,
      carryOver: !name.rule.figureInClause,
    });
    if (p.partial || p.firstNumber < 0) continue;
    const anchor = name.end + p.firstNumber;
    if (name.rule.averageAnnual) p.averageAnnual = true;
    const lastFigure = Math.max(0, ...[...p.values, ...p.growths, ...p.rates].map((n) => n.end));
    const figureEnd = name.end + lastFigure;
    const frame = frameOf({ nameStart: name.start, anchor, figureEnd, multiYear: p.averageAnnual });
    if (!frame || frame.point.type === 'skip') continue;
    const result = (frame.point.type === 'year' || frame.point.type === 'period') && frame.point.mode === 'result';
    // 年初确定的地区生产总值增长6%的目标: a target quoted in the review, not a result.
    if (result && quotesTarget(text, name.start, figureEnd)) continue;
    const estimate = result && frame.point.type === 'year' && (p.estimate || isEstimate(text, name.start, stickyEstimate));

    const sentence = text.slice(sentenceStart(text, name.start), sentenceEnd(text, figureEnd));
    const pick = (list: Num[], i: number): Num | null => (list.length === name.keys.length ? list[i] : list.length === 1 && (single || list === p.growths) ? list[0] : null);
    name.keys.forEach((key, i) => {
      const def = DEF_BY_KEY.get(key)!;
      let value = def.rate ? pick(p.rates, i) : pick(p.values, i);
      const growth = def.rate ? null : pick(p.growths, i);
      if (value && value.unit && name.rule.unit && !name.rule.unit.test(value.unit)) return;
      if (value && value.unit && !UNIT_FITS[def.measure].test(value.unit)) {
        warnings.push(`${key}: unit ${value.unit} does not fit, value dropped in: ${sentence.slice(0, 80)}`);
        value = null;
      }
      if (!value && !growth) return;
      if (growth && Math.abs(growth.value) > 300) { warnings.push(`${key}: growth ${growth.value}% out of bounds, dropped`); return; }
      for (const fig of framed(frame, def, p, value, growth, ctx.planYear!, estimate)) {
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

interface Framed { kind: Kind; basis: Basis; year: number; yearEnd: number; value: Num | null; growth: Num | null }

/**
 * The rows a figure makes in its frame. One year: the year's result or target. A period: a 年均
 * figure is its yearly average, a 累计 figure or a growth its total, the value of a flow that
 * sums (新增就业, 投资) its total, and any other value the level at the period's end — for a past
 * period the last year's result, for a coming one a level to reach. A 年均 growth written beside a
 * level (突破3万亿元、年均增长4.7%) makes two rows.
 */
function framed(frame: Frame, def: IndicatorDef, p: Parsed, value: Num | null, growth: Num | null, planYear: number, estimate: boolean): Framed[] {
  const pt = frame.point;
  if (pt.type === 'year') {
    const kind: Kind = pt.mode === 'target' ? 'target' : estimate ? 'estimate' : 'actual';
    return [{ kind, basis: 'annual', year: pt.year, yearEnd: pt.year, value, growth }];
  }
  if (pt.type === 'skip') return [];
  const target = pt.type === 'by' || pt.mode === 'target';
  const kind: Kind = target ? 'target' : 'actual';
  const start = pt.type === 'by' ? planYear : pt.start;
  const end = pt.type === 'by' ? pt.year : pt.end;
  const out: Framed[] = [];
  const total = p.cumulative || (value !== null && !!def.cumulates && !p.averageAnnual);
  if (growth) out.push({ kind, basis: p.averageAnnual ? 'average_annual' : 'cumulative', year: start, yearEnd: end, value: null, growth });
  if (value && total) out.push({ kind, basis: 'cumulative', year: start, yearEnd: end, value, growth: null });
  else if (value && target) out.push({ kind, basis: 'level', year: start, yearEnd: end, value, growth: null });
  else if (value) out.push({ kind, basis: 'annual', year: end, yearEnd: end, value, growth: null });
  return out;
}
