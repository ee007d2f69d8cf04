/**
 * Reads the figures that follow an indicator's name: 443.71亿元，增长0.3%; 增长7.5%左右;
 * 控制在5.5%以内; 分别达39760元、25837元，分别增长2%、4%; 增长5%—5.5%; 增长百分之十二点三;
 * 定为百分之八至九; 七百多万人; 34，250万吨. A small tokenizer walks forward from the name over
 * the figure words of schemas/figureWords.ts and stops at the first word it does not know, so a
 * figure is only taken when nothing but figure words stand between it and the name.
 */
import {
  AVERAGE_WORDS, CUMULATIVE_WORDS, ESTIMATE_WORDS, FALLING_VERBS, FIGURE_UNITS, FILLER_WORDS, POST_UNIT, GROWTH_VERBS, QUALIFIER_AFTER,
  QUALIFIER_BEFORE, QUALIFIER_INSIDE, QUALIFIER_PREFIX, RANGE_JOINERS, TARGET_WORDS, YEAR_ON_YEAR_WORDS,
} from '../../../schemas/figureWords.ts';
import { PLAN_ORDINAL, YEAR_NUMBER } from '../../../schemas/frames.ts';
import type { Qualifier } from '../../../schemas/vocabulary.ts';
import { chineseDecimal, parseChineseNumber, toInt } from '../../shared/numerals.ts';

export type { Qualifier };

export interface Num {
  value: number; high: number | null; unit: string | null; qualifier: Qualifier | null; start: number; end: number;
  /** A yearly average (年均增长5.4%), told apart from a total written beside it (比2020年增长30%，年均增长5.4%). */
  average?: boolean;
  /** The year a growth is measured from, when the text names one (比2020年增长30%). */
  baseYear?: number;
}

export interface Parsed {
  values: Num[];
  growths: Num[];
  rates: Num[];
  estimate: boolean;
  target: boolean;
  averageAnnual: boolean;
  cumulative: boolean;
  partial: boolean;
  /** Offset (in the window) of the first number read, or -1. */
  firstNumber: number;
  end: number; // offset in the window where reading stopped
}

export interface ReadOptions {
  /** A rate: percentages are its value, not growth. */
  isRate: boolean;
  /** A price level: 上涨2% is the rate itself. */
  priceLike?: boolean;
  /** The name is a growth rate itself (经济增长): a bare percentage is growth. */
  impliesGrowth?: boolean;
  /** The name may be carried into the next clause when its own has no figure. */
  carryOver?: boolean;
  /** The name counts posts: 2.5万个 is its figure (AliasRule.countsPosts). */
  countsPosts?: boolean;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\&%]/g, '\\$&');
const alt = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).map(escape).join('|');
const sticky = (source: string) => new RegExp(source, 'y');

const UNIT = alt(FIGURE_UNITS);
const UNIT_NOT_PERCENT = alt(FIGURE_UNITS.filter((u) => u !== '%'));
const ARABIC = String.raw`[-－−]?(?:\d{1,3}(?:[，,]\d{3})+(?![0-9])|\d+)(?:\.\d+)?`;
const CN_DIGITS = '零〇○一二两三四五六七八九';
const CN = `[${CN_DIGITS}十百千万亿]+(?:点[${CN_DIGITS}]+)?`;
// A numeral before a unit never starts with 万 or 亿 (万元 is not 10000元).
const CN_LAZY = `[${CN_DIGITS}十百千][${CN_DIGITS}十百千万亿]*?(?:点[${CN_DIGITS}]+)?`;
const JOIN = RANGE_JOINERS;
const PREFIX = alt(Object.keys(QUALIFIER_PREFIX));
const INSIDE = alt(Object.keys(QUALIFIER_INSIDE));
const AFTER = alt(Object.keys(QUALIFIER_AFTER));

/** The token of a number, its units those of FIGURE_UNITS (and posts, for a name that counts them). */
const numberToken = (unit: string, unitNotPercent: string) => sticky(
  `(?:(${PREFIX})\\s*)?(?:` +
    `百分之(${CN})(?:\\s*(?:${JOIN})\\s*(?:百分之)?(${CN}))?` + // 2 3: 百分之八至九
    `|(${ARABIC})\\s*(${INSIDE})?\\s*(${unit})?(?:\\s*(?:${JOIN})\\s*(${ARABIC})\\s*(${unit})?)?` + // 4 5 6 7 8
    `|(${CN_LAZY})(${INSIDE})?(${unitNotPercent})` + // 9 10 11: 六百五十亿元, 七百多万人
    `)\\s*(${AFTER})?`, // 12
);

const T = {
  ws: /[ \t]+/y,
  paren: /[（(][^）)\n]{0,30}[）)]/y,
  partial: /(?:1|一)\s*[—\-－–至~～]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*月(?:份)?|前三季度|上半年|一季度|前\d+个月/y,
  estimate: sticky(alt(ESTIMATE_WORDS)),
  target: sticky(alt(TARGET_WORDS)),
  avg: sticky(alt(AVERAGE_WORDS)),
  cumulative: sticky(alt(CUMULATIVE_WORDS)),
  yoy: sticky(alt(YEAR_ON_YEAR_WORDS)),
  /** 比1955年, 比一九五八年的五百四十八亿元, 比上一年: the base of a comparison, skipped whole. */
  comparedTo: sticky(String.raw`(?:比|较|同)\s*(?:${YEAR_NUMBER}\s*年(?:度)?|上年|去年|上一年|前一年)(?:\s*的?\s*(?:${ARABIC}|${CN_LAZY})\s*(?:${UNIT}))?(?:相比|比较)?`),
  /** A year inside the chain: 国民生产总值1987年达到10920亿元, 提高到2025年的14万元. */
  year: sticky(String.raw`(${YEAR_NUMBER})\s*年(?:底|末)?(?:的)?`),
  fenbie: /分别/y,
  /** 五年平均每年, 五年累计, “十二五”期间年均: the period a 年均 or 累计 figure is over, read with it. */
  periodLead: new RegExp(`(?:(?:这|过去|近)?五年(?:来|间|中|里)?|[“"]?${PLAN_ORDINAL}五[”"]?(?:规划|计划)?(?:时期|期间)?)`, 'y'),
  growth: sticky(alt(GROWTH_VERBS)),
  qualBefore: sticky(alt(Object.keys(QUALIFIER_BEFORE))),
  from: /从|由/y,
  filler: sticky(alt(FILLER_WORDS)),
  number: numberToken(UNIT, UNIT_NOT_PERCENT),
  sep: /[、和及与]/y,
  comma: /[，,]/y,
};

const NUMBER_OR_POSTS = numberToken(`${UNIT}|${POST_UNIT}`, `${UNIT_NOT_PERCENT}|${POST_UNIT}`);
const NEGATIVE = new RegExp(alt(FALLING_VERBS));
/** Words of a figure in a clause (比一九八○年增长百分之五十一点八): no clause of praise. */
const FIGURE_WORDS_IN = /百分之|增长|增加|提高|下降|减少|翻/;
/** A clause with no figure of a unit we read and no percentage, up to its comma. */
const QUALITATIVE_CLAUSE = new RegExp(`(?:(?!${ARABIC}\\s*(?:${UNIT})|[，,；;。：:！？%])[^\\n]){1,40}[，,]`, 'y');
const MULTIPLIER: Record<string, number> = { 万亿: 1e12, 千亿: 1e11, 亿: 1e8, 千万: 1e7, 百万: 1e6, 万: 1e4, 千: 1e3 };

function tryTok(re: RegExp, s: string, i: number): RegExpExecArray | null {
  re.lastIndex = i;
  return re.exec(s);
}

/**
 * A Chinese numeral before a unit that starts with 万/亿 again (五亿二千万吨): the numeral and the
 * unit's multiplier are read as one number, then expressed in the unit.
 */
function chineseValue(numeral: string, unit: string): { value: number | null; unit: string } {
  const mult = /^(万亿|千亿|亿|千万|百万|万|千)/.exec(unit)?.[1];
  if (mult && /[万亿]/.test(numeral) && !numeral.includes('点')) {
    const total = parseChineseNumber(numeral + mult);
    if (total === null) return { value: null, unit };
    // 四亿六千万元: the numeral's 亿 is the larger magnitude — 4.6亿元, not 46千万元
    const base = unit.slice(mult.length);
    if (numeral.includes('亿') && MULTIPLIER[mult] < MULTIPLIER['亿'] && FIGURE_UNITS.includes(`亿${base}`)) return { value: total / MULTIPLIER['亿'], unit: `亿${base}` };
    return { value: total / MULTIPLIER[mult], unit };
  }
  return { value: chineseDecimal(numeral), unit };
}

const arabic = (s: string) => Number(s.replace(/[，,]/g, '').replace(/^[－−]/, '-'));

/** Reads figures from `s` starting at 0. */
export function parseFigures(s: string, opts: ReadOptions): Parsed {
  const out: Parsed = { values: [], growths: [], rates: [], estimate: false, target: false, averageAnnual: false, cumulative: false, partial: false, firstNumber: -1, end: 0 };
  let i = 0;
  const NUMBER = opts.countsPosts ? NUMBER_OR_POSTS : T.number;
  let growthSign: 1 | -1 | 0 = opts.impliesGrowth ? 1 : 0; // a growth verb is pending
  let pendingQual: Qualifier | null = null;
  let yoy = false;
  let list: Num[] | null = null; // the list the last number went to
  let lastWasNumber = false;
  let fromPending = false; // 从…提高到…: the number after 从 is the starting point
  let fromNumber: { list: Num[]; n: Num } | null = null;
  let carried = false;
  let averagePending = false; // 年均 read, its number not yet
  let baseYear: number | undefined; // 比2020年: until the clause ends
  const read = () => out.values.length + out.growths.length + out.rates.length;
  while (i < s.length) {
    let m: RegExpExecArray | null;
    if ((m = tryTok(T.ws, s, i))) { i += m[0].length; continue; }
    if ((m = tryTok(T.partial, s, i))) { out.partial = true; break; }
    if ((m = tryTok(T.paren, s, i))) { if (/预计/.test(m[0])) out.estimate = true; i += m[0].length; continue; }
    if ((m = tryTok(T.comparedTo, s, i))) {
      yoy = true;
      const y = new RegExp(YEAR_NUMBER).exec(m[0]);
      if (y) baseYear = /^\d/.test(y[0]) ? Number(y[0]) : toInt(y[0].replace(/[〇零○]/g, '〇')) ?? undefined;
      i += m[0].length;
      continue;
    }
    if ((m = tryTok(T.year, s, i))) { i += m[0].length; continue; }
    if ((m = tryTok(NUMBER, s, i))) {
      const n = numberOf(m, i, pendingQual);
      if (!n) break; // a bare number: not a figure of this indicator
      if (n.unit === '%') {
        // A rate's own change (居民消费价格上涨2%) is the rate's figure, not a growth of it.
        if (opts.isRate && (growthSign === 0 || opts.priceLike)) { if (growthSign === -1) { n.value = -n.value; if (n.high !== null) n.high = -n.high; } list = out.rates; }
        else if (growthSign !== 0 || yoy || opts.impliesGrowth) {
          if (growthSign === -1) { n.value = -n.value; if (n.high !== null) n.high = -n.high; }
          list = out.growths;
        } else break; // a share or a rate of something else
      } else if (growthSign !== 0 && !opts.impliesGrowth) {
        // 增加220亿斤: an absolute change, not a figure we keep; read on (，增长5.9%)
        i += m[0].length;
        lastWasNumber = true;
        pendingQual = null;
        continue;
      } else if (opts.impliesGrowth) {
        break; // 经济增长 followed by a value: not its figure
      } else {
        list = out.values;
      }
      if (out.firstNumber < 0) out.firstNumber = i;
      if (list === out.growths) {
        if (averagePending) n.average = true;
        if (baseYear !== undefined) n.baseYear = baseYear;
      }
      averagePending = false;
      list.push(n);
      if (fromPending) { fromNumber = { list, n }; fromPending = false; }
      i += m[0].length;
      lastWasNumber = true;
      pendingQual = null;
      continue;
    }
    if ((m = tryTok(T.estimate, s, i))) { out.estimate = true; i += m[0].length; continue; }
    if ((m = tryTok(T.avg, s, i))) { out.averageAnnual = true; averagePending = true; i += m[0].length; continue; }
    if ((m = tryTok(T.periodLead, s, i)) && (tryTok(T.avg, s, i + m[0].length) || tryTok(T.cumulative, s, i + m[0].length))) { i += m[0].length; continue; }
    if ((m = tryTok(T.cumulative, s, i))) { out.cumulative = true; i += m[0].length; continue; }
    if ((m = tryTok(T.yoy, s, i))) { yoy = true; i += m[0].length; continue; }
    if ((m = tryTok(T.fenbie, s, i))) { i += m[0].length; continue; }
    if ((m = tryTok(T.growth, s, i))) {
      growthSign = NEGATIVE.test(m[0]) ? -1 : 1;
      i += m[0].length;
      lastWasNumber = false;
      // 提高到/增加到 are levels, not growth; after 从X, the X was where it started
      if ((m = tryTok(/到|至/y, s, i))) {
        growthSign = opts.impliesGrowth ? 1 : 0;
        i += m[0].length;
        if (fromNumber) { fromNumber.list.splice(fromNumber.list.indexOf(fromNumber.n), 1); fromNumber = null; }
      }
      continue;
    }
    if ((m = tryTok(T.target, s, i))) { out.target = true; i += m[0].length; continue; }
    if ((m = tryTok(T.qualBefore, s, i))) {
      pendingQual = QUALIFIER_BEFORE[m[0]] ?? pendingQual;
      // 控制在, 保持在, 达到: a level from here on, whatever verb came before
      if (m[0] === '控制在' && opts.isRate) growthSign = 0;
      i += m[0].length;
      continue;
    }
    if ((m = tryTok(T.from, s, i))) { fromPending = true; i += m[0].length; continue; }
    // 由原定平均每年6%调高到8%至9%: the old figure is where the change starts
    if (fromPending && (m = tryTok(/原定|原计划|原来的|过去的/y, s, i))) { i += m[0].length; continue; }
    if (lastWasNumber && (m = tryTok(T.sep, s, i))) {
      // a list separator when another number follows; 3.2万亿元、增长4.5%: the growth of the value
      const j = i + m[0].length;
      if (tryTok(NUMBER, s, j) || tryTok(T.qualBefore, s, j)) { i = j; continue; }
      if (m[0] === '、' && (tryTok(T.growth, s, j) || tryTok(T.yoy, s, j) || tryTok(T.avg, s, j) || tryTok(T.comparedTo, s, j))) { i = j; lastWasNumber = false; continue; }
      // 达到5.53万亿元、稳居全国前十强、增长4.8%: a few words of praise between the value and its growth
      const praise = m[0] === '、' ? /[^、，,；;。：:0-9%]{1,12}、/y : null;
      if (praise && (m = tryTok(praise, s, j)) && (tryTok(T.growth, s, j + m[0].length) || tryTok(T.yoy, s, j + m[0].length))) { i = j + m[0].length; lastWasNumber = false; continue; }
      break;
    }
    if ((m = tryTok(T.comma, s, i))) {
      const j = i + m[0].length;
      // 增长6.9%，达到82.7万亿元: the level after its growth
      // 增长15%，完成900亿元左右: the same, in the words of a plan of the 1990s
      if (!opts.impliesGrowth && out.growths.length && !out.values.length && (m = tryTok(/(?:达到|突破|超过|完成|总量达到?)/y, s, j)) && tryTok(NUMBER, s, j + m[0].length)) {
        i = j;
        lastWasNumber = false;
        growthSign = 0;
        continue;
      }
      // 从26.6万亿元增加到51.9万亿元，跃升到世界第二位，年均增长9.3%: a clause of praise between
      // the levels and their yearly average
      if (out.values.length && !out.growths.length && (m = tryTok(QUALITATIVE_CLAUSE, s, j)) && !FIGURE_WORDS_IN.test(m[0]) && tryTok(T.avg, s, j + m[0].length)) {
        i = j + m[0].length;
        lastWasNumber = false;
        growthSign = 0;
        continue;
      }
      const period = tryTok(T.periodLead, s, j);
      const afterPeriod = period ? j + period[0].length : -1;
      if (tryTok(T.growth, s, j) || tryTok(T.yoy, s, j) || tryTok(T.comparedTo, s, j) || tryTok(T.fenbie, s, j) || tryTok(T.avg, s, j) || (tryTok(T.estimate, s, j) && !out.values.length)
        || (period && (tryTok(T.avg, s, afterPeriod) || tryTok(T.cumulative, s, afterPeriod)))) {
        i = j;
        baseYear = undefined; // a comparison base holds for its clause
        lastWasNumber = false;
        continue;
      }
      // 物价上涨幅度比去年有明显回落，力争控制在15%左右: the name carried into the next clause,
      // only when its own clause had no figure (增长5%以上，力争6%: the committed floor stays).
      if (opts.carryOver && !carried && read() === 0 && (tryTok(T.target, s, j) || tryTok(T.qualBefore, s, j))) {
        carried = true;
        i = j;
        growthSign = opts.impliesGrowth ? 1 : 0;
        continue;
      }
      break;
    }
    if ((m = tryTok(T.filler, s, i))) { i += m[0].length; continue; }
    // 生产总值连跨两个万亿元台阶，年均增长5.7%: a clause of praise between the name and its
    // figure, skipped when it holds no figure and the next clause starts with a figure word.
    if (opts.carryOver && !carried && read() === 0 && (m = tryTok(QUALITATIVE_CLAUSE, s, i))) {
      const j = i + m[0].length;
      if (tryTok(T.growth, s, j) || tryTok(T.avg, s, j) || tryTok(T.yoy, s, j) || tryTok(T.target, s, j) || tryTok(T.qualBefore, s, j)) {
        carried = true;
        i = j;
        continue;
      }
    }
    break;
  }
  out.end = i;
  // 分别增长10%、12%以上: a qualifier written once after a list covers the whole list.
  for (const l of [out.values, out.growths, out.rates]) {
    const q = l.length > 1 ? l[l.length - 1].qualifier : null;
    if (q && q !== 'range') for (const n of l) n.qualifier ??= q;
    // 7%和8%: a unit written once
    for (let k = l.length - 2; k >= 0; k--) l[k].unit ??= l[k + 1].unit;
  }
  return out;
}

/** The number a `NUMBER` match holds, or null when it has no unit (a bare number). */
function numberOf(m: RegExpExecArray, at: number, pendingQual: Qualifier | null): Num | null {
  const [, prefix, cnA, cnB, a, insideA, u1, b, u2, cnV, insideC, u3, after] = m;
  let value: number | null;
  let high: number | null = null;
  let unit: string | null;
  let inside: string | undefined;
  if (cnA !== undefined) {
    value = chineseDecimal(cnA);
    high = cnB !== undefined ? chineseDecimal(cnB) : null;
    unit = '%';
    if (cnB !== undefined && high === null) return null;
  } else if (a !== undefined) {
    if (!u1 && !u2) return null;
    if (u1 && u2 && u1 !== u2) return null; // 1—11月 style or two different things
    value = arabic(a);
    high = b !== undefined ? arabic(b) : null;
    unit = u2 ?? u1 ?? null;
    inside = insideA;
  } else {
    ({ value, unit } = chineseValue(cnV, u3));
    inside = insideC;
  }
  if (value === null || !Number.isFinite(value)) return null;
  const qualifier: Qualifier | null = high !== null ? 'range'
    : after ? QUALIFIER_AFTER[after]
    : inside ? QUALIFIER_INSIDE[inside]
    : prefix ? QUALIFIER_PREFIX[prefix]
    : pendingQual;
  return { value, high, unit, qualifier, start: at, end: at + m[0].length };
}
