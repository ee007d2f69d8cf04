/**
 * indicators: every figure of a known indicator, as actual, estimate or target.
 *
 * Where a figure stands decides its kind: in the review of the past year it is an actual,
 * or an estimate when its sentence says 预计/初步统计 or a 预计（下同） before it covers it;
 * in the plan it is a target for the plan year. Five-year averages (年均) and levels to reach
 * by a later year (到2025年) get their own basis and years. Precision comes first: a figure is
 * kept only when nothing but figure words stands between it and the indicator's name, and its
 * unit fits the indicator.
 */
import type { Indicator } from '../../../schemas/index.ts';
import { normalise } from '../../shared/units.ts';
import type { ExtractContext } from '../context.ts';
import { sectionAt } from '../../segment/index.ts';
import { parseFigures, type Num, type Qualifier } from './parse.ts';
import { COMPOUND, DEF_BY_KEY, NEEDS_CONTEXT, NOT_AFTER, UNIT_FITS, VOCABULARY } from '../../../schemas/vocabulary.ts';

export { VOCABULARY } from '../../../schemas/vocabulary.ts';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\&]/g, '\\$&');
const ALIAS_KEYS = new Map<string, string[]>();
for (const d of VOCABULARY) for (const a of d.aliases) ALIAS_KEYS.set(a, [d.key]);
for (const c of COMPOUND) ALIAS_KEYS.set(c.alias, c.keys);
const ALIAS_RE = new RegExp([...ALIAS_KEYS.keys()].sort((a, b) => b.length - a.length).map(escape).join('|'), 'g');

const FIVE_YEAR_PLANS: Record<string, [number, number]> = {
  十一五: [2006, 2010], 十二五: [2011, 2015], 十三五: [2016, 2020], 十四五: [2021, 2025], 十五五: [2026, 2030],
};

type Context = 'review' | 'plan' | 'skip';

const PARTIAL_YEAR = /(?:1|一)\s*[—\-－–至~～]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*月|前三季度|上半年|一季度|前\d+个月/;

export function extractIndicators(ctx: ExtractContext): { rows: Indicator[]; warnings: string[] } {
  const { text, seg } = ctx;
  const warnings: string[] = [];
  const rows: Indicator[] = [];
  if (ctx.planYear === null || ctx.reviewYear === null) {
    return { rows, warnings: ['no plan/review year: indicators not extracted'] };
  }
  const planStart = findPlanStart(ctx);
  const contextAt = (pos: number): Context => {
    const part = sectionAt(seg.sections, pos)?.part ?? null;
    if (part === 'glossary') return 'skip';
    if (part === 'review' || part === 'problems') return 'review';
    if (part === 'plan') return 'plan';
    if (pos < seg.bodyStart) return 'skip';
    return pos >= planStart ? 'plan' : 'review';
  };
  const stickyEstimate = /预计\s*[（(]\s*下同\s*[）)]/g;
  let estimateFrom = Infinity;
  for (const m of text.matchAll(stickyEstimate)) if (contextAt(m.index!) === 'review') { estimateFrom = m.index!; break; }

  const matches = [...text.matchAll(ALIAS_RE)];
  const seen = new Set<string>();
  for (let k = 0; k < matches.length; k++) {
    const m = matches[k];
    const start = m.index!;
    if (start < seg.bodyStart) continue;
    const where = contextAt(start);
    if (where === 'skip') continue;
    const before = text.slice(Math.max(0, start - 2), start);
    if (/单位|人均|占$|^.占|均$/.test(before)) continue; // 单位GDP能耗, 人均GDP, 占GDP比重
    if (NOT_AFTER[m[0]]?.test(text.slice(Math.max(0, start - 4), start))) continue;
    // Several names joined by 、/和 share one list of figures: 接待游客数量、实现旅游收入…分别增长10%、12%
    const group = [{ alias: m[0], start }];
    let end = start + m[0].length;
    while (k + 1 < matches.length) {
      const gap = text.slice(end, matches[k + 1].index!);
      if (!/^[、和及与]\s*(?:实现|完成)?$/.test(gap)) break;
      k++;
      group.push({ alias: matches[k][0], start: matches[k].index! });
      end = matches[k].index! + matches[k][0].length;
    }
    const keys = group.flatMap((g) => ALIAS_KEYS.get(g.alias)!);
    // 地区生产总值（GDP）: a name repeated in brackets is the same name, not the next one.
    const bracket = /^[（(][^）)\n]{0,20}[）)]/.exec(text.slice(end, end + 24));
    if (bracket) while (k + 1 < matches.length && matches[k + 1].index! < end + bracket[0].length) k++;
    const nextAlias = matches[k + 1]?.index ?? text.length;
    const windowEnd = Math.min(nextAlias, sentenceEnd(text, end), end + 80);
    const def0 = DEF_BY_KEY.get(keys[0])!;
    const isRate = keys.length === 1 && !!def0.rate;
    const p = parseFigures(text.slice(end, windowEnd), isRate, keys.length === 1 && !!def0.priceLike);
    const sStart = sentenceStart(text, start);
    const sEnd = sentenceEnd(text, end + p.end);
    const sentence = text.slice(sStart, sEnd);
    const lead = text.slice(sStart, start);
    if (p.partial || PARTIAL_YEAR.test(lead)) continue; // 1—11月, 前三季度: not the year's figure
    if (group.some((g) => NEEDS_CONTEXT[g.alias] && !NEEDS_CONTEXT[g.alias].test(sentence))) continue;
    // 年初确定的地区生产总值增长6%的目标: a target quoted in the review, not a result.
    const lastFigure = Math.max(0, ...[...p.values, ...p.growths, ...p.rates].map((n) => n.end));
    const after = text.slice(end + lastFigure, end + lastFigure + 8);
    const clauseLead = lead.slice(Math.max(lead.lastIndexOf('，'), lead.lastIndexOf('；'), lead.lastIndexOf('：')) + 1);
    if (where === 'review' && (/^(?:左右|以上|以内)?(?:的)?(?:预期|奋斗|发展)?目标/.test(after) || /年初(?:确定|提出|制定)|预期目标|目标任务|计划/.test(clauseLead))) continue;

    let kind: Indicator['kind'];
    let year: number;
    let yearEnd: number;
    let basis: Indicator['basis'] = p.averageAnnual ? 'average_annual' : 'annual';
    if (where === 'plan') {
      // A past figure quoted in the plan (去年…) is not a target.
      const years = [...lead.matchAll(/((?:19|20)\d{2})\s*年/g)].map((y) => Number(y[1]));
      const past = /去年|上年|过去一年/.test(lead) || (years.length > 0 && years.every((y) => y <= ctx.reviewYear!));
      if (past && !/今年|力争|目标|预期|确保|争取/.test(lead) && !p.target) continue;
      kind = 'target';
      year = ctx.planYear;
      yearEnd = year;
      const by = /到\s*((?:19|20)\d{2})\s*年(?:底|末)?/.exec(lead);
      const plan = /(十[一二三四五]五)/.exec(sentence);
      if (by && Number(by[1]) > ctx.planYear && !p.averageAnnual) { basis = 'level'; yearEnd = Number(by[1]); }
      else if (p.averageAnnual && plan && FIVE_YEAR_PLANS[plan[1]]) [year, yearEnd] = FIVE_YEAR_PLANS[plan[1]];
      else if (p.averageAnnual && /今后五年|未来五年|五年内/.test(sentence)) yearEnd = year + 4;
      else if (by && Number(by[1]) > ctx.planYear) yearEnd = Number(by[1]);
    } else {
      if (/今年|明年/.test(lead) && /力争|目标|预期/.test(lead)) continue; // a plan stated in the review
      kind = p.estimate || /预计|初步统计|初步核算/.test(lead) || start >= estimateFrom && start < planStart ? 'estimate' : 'actual';
      year = ctx.reviewYear;
      yearEnd = year;
      if (p.averageAnnual && /五年来|过去五年|过去的五年|十[一二三四五]五(?:时期|期间)/.test(paragraphOf(text, start))) year = ctx.reviewYear - 4;
    }

    const scope = scopeOf(lead, ctx);
    const pick = (list: Num[], i: number): Num | null => (list.length === keys.length ? list[i] : list.length === 1 && (keys.length === 1 || list === p.growths) ? list[0] : null);
    keys.forEach((key, i) => {
      const def = DEF_BY_KEY.get(key)!;
      let value = def.rate ? pick(p.rates, i) : pick(p.values, i);
      const growth = def.rate ? null : pick(p.growths, i);
      if (value && value.unit && !UNIT_FITS[def.measure].test(value.unit)) {
        warnings.push(`${key}: unit ${value.unit} does not fit, value dropped in: ${sentence.slice(0, 80)}`);
        value = null;
      }
      if (!value && !growth) return;
      if (growth && Math.abs(growth.value) > 300) { warnings.push(`${key}: growth ${growth.value}% out of bounds, dropped`); return; }
      const qualifier: Qualifier = (value?.qualifier ?? growth?.qualifier ?? 'exact') as Qualifier;
      const norm = value?.unit ? normalise(value.value, value.unit) : { value_normalized: null, unit_normalized: null };
      const figEnd = end + Math.max(value?.end ?? 0, growth?.end ?? 0);
      const dedupe = [key, kind, year, yearEnd, value?.value, growth?.value, scope].join('|');
      if (seen.has(dedupe)) return;
      seen.add(dedupe);
      rows.push({
        report_id: ctx.reportId,
        indicator: key,
        label: group.length === keys.length ? group[i].alias : group[0].alias,
        kind, year, year_end: yearEnd, basis,
        value: value?.value ?? null,
        unit: value?.unit ?? null,
        value_normalized: norm.value_normalized,
        unit_normalized: norm.unit_normalized,
        growth_pct: growth?.value ?? null,
        growth_pct_high: growth?.high ?? null,
        qualifier: (value?.high ?? growth?.high) !== null && (value?.high ?? growth?.high) !== undefined ? 'range' : qualifier,
        scope,
        sentence,
        char_start: ctx.cp(start),
        char_end: ctx.cp(trimEnd(text, figEnd)),
      });
    });
  }
  return { rows, warnings };
}

/** Where the plan begins: the first plan section, else the first 总体要求/预期目标/重点工作 cue. */
function findPlanStart(ctx: ExtractContext): number {
  const sec = ctx.seg.sections.find((s) => s.part === 'plan');
  if (sec) return sec.start;
  const re = new RegExp(`(?:今年|${ctx.planYear}\\s*年)[^。\\n]{0,20}(?:政府工作的总体要求|总体要求|主要预期目标|预期目标|主要目标|重点工作|主要工作|工作安排)`);
  const m = re.exec(ctx.text.slice(ctx.seg.bodyStart));
  return m ? ctx.seg.bodyStart + m.index : ctx.text.length;
}

function sentenceStart(text: string, pos: number): number {
  let i = pos;
  while (i > 0 && !/[。！？\n]/.test(text[i - 1])) i--;
  return i;
}

function sentenceEnd(text: string, pos: number): number {
  let i = pos;
  while (i < text.length && !/[。！？\n]/.test(text[i])) i++;
  return i < text.length && text[i] !== '\n' ? i + 1 : i;
}

function paragraphOf(text: string, pos: number): string {
  const s = text.lastIndexOf('\n', pos) + 1;
  const e = text.indexOf('\n', pos);
  return text.slice(s, e === -1 ? text.length : e);
}

const trimEnd = (text: string, end: number) => {
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  return end;
};

/** A sub-area named right before the indicator (高新区地区生产总值), unless it is the region itself. */
function scopeOf(lead: string, ctx: ExtractContext): string | null {
  const m = /([\u4e00-\u9fff]{2,12}?(?:高新区|开发区|经开区|新区|园区|工业园|示范区|自贸区|保税区|[区县市镇乡]|街道))(?:的)?$/.exec(lead.replace(/[，、；：\s]/g, '|').split('|').pop() ?? '');
  if (!m) return null;
  const name = m[1];
  if (/^(全|我|本)[区县市省镇乡]$|^(全|我|本)/.test(name)) return null;
  if (ctx.county && (name === ctx.county || ctx.county.startsWith(name) || name.endsWith(ctx.county))) return null;
  if (ctx.regionName && (ctx.regionName.endsWith(name) || name === ctx.regionName)) return null;
  if (/^(城乡|城镇|农村|规模以上|规上|全社会|地方|城区|市区|社会)$/.test(name)) return null;
  return name;
}
