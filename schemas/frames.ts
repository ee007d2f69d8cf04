/**
 * Time frames of figures: the cues a report uses to say which year or period a figure is for,
 * and whether it is a result or a target. Data, not code: the indicator stage compiles these
 * lists, `indicators.frame_rule` names the rule that decided each row and `indicators.frame_cue`
 * holds the words of the cue as written, so that a reader can audit why a figure is, say, the
 * target for 2026 or the average of 2021–2025.
 *
 * Every cue carries examples (Duckling style): sentences in which it must fire, run as tests.
 */

export { fiveYearPlanStart } from './fiveYearPlans.ts';

/** What a cue points at; resolved against the report's review and plan years. */
export type FramePoint =
  /** The plan year: 今年, 2026年 in a 2026 report, 明年 in a report given late in the year before. */
  | 'plan_year'
  /** The review year: 去年, 过去一年, 一年来, 2025年 in a 2026 report. */
  | 'review_year'
  /** A year written out (2025年, 一九五九年): the plan year, the review year, a later year to reach by, or none. */
  | 'named_year'
  /** A five-year period ending with the review year: 过去五年, 五年来, 这五年, 本届政府任期. */
  | 'past_period'
  /** A five-year period starting with the plan year: 今后五年, 未来五年. */
  | 'next_period'
  /** A span of two to four years starting with the plan year: 用三年时间, 今后三年. */
  | 'next_years'
  /** A named five-year plan (“十四五”, 第七个五年计划): past when it ended by the review year, else next. */
  | 'named_plan'
  /** A year a level is to be reached by: 到2030年. */
  | 'by_year'
  /** Years written as a span: 2021年至2025年, 一九五三年至一九五七年. */
  | 'year_span'
  /** Part of a year (一季度, 1—11月, 上半年): no figure of a whole year. */
  | 'part_of_year';

/** How far a cue reaches from where it stands. */
export type Reach =
  /** To the end of its sentence (去年 quoted in a plan sentence, 到2030年). */
  | 'sentence'
  /**
   * To the end of its paragraph; when it opens the paragraph (stands before the paragraph's first
   * indicator name), to the end of its top-level section: 五年来，… frames the list that follows.
   */
  | 'paragraph';

export interface FrameCue {
  /** The rule's name, written to indicators.frame_rule. */
  name: string;
  description: string;
  /** Source of a regular expression without flags or named groups (the stage compiles each cue on its own). */
  pattern: string;
  points: FramePoint;
  reach: Reach;
  /**
   * The cue frames yearly averages and totals only (年均, 累计): a single figure beside it is a level
   * at the end of the span or one year's figure, and gets no row from this cue.
   */
  averagesOnly?: boolean;
  /** Sentences in which the cue must be found (tests run them). */
  examples: string[];
}

/** A year in Arabic or Chinese digits (2025, 一九五九); the stage reads the number from the cue's words. */
export const YEAR_NUMBER = String.raw`(?:(?<![0-9])(?:19|20)\d{2}|(?<![〇零○一二三四五六七八九])[一二][九〇零○][〇零○一二三四五六七八九]{2})`;
const YEAR = YEAR_NUMBER;
/** The ordinal of a five-year plan: 十四 in “十四五”, 七 in 第七个五年计划. */
export const PLAN_ORDINAL = String.raw`(?:十[一二三四五六]?|[一二三四五六七八九])`;

export const FRAME_CUES: FrameCue[] = [
  {
    name: 'year_span',
    description: 'A span of years written out (2021年至2025年, 一九五三年至一九五七年): a period from the first to the last; past when it ended by the review year, else a target period.',
    pattern: String.raw`${YEAR}\s*年?\s*(?:至|到|—|－|-|~|～)\s*${YEAR}\s*年`,
    points: 'year_span',
    reach: 'paragraph',
    examples: ['2016年至2020年，全区地区生产总值年均增长7.2%', '第一个五年计划期间（一九五三年至一九五七年），工农业总产值平均每年增长10.9%'],
  },
  {
    name: 'part_of_year',
    description: 'A figure for part of a year (一季度, 上半年, 1—11月, 前三季度) is not the year\'s figure: no row.',
    pattern: String.raw`(?:1|一)\s*[—\-－–至~～]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*月份?|前三季度|上半年|一季度|前\d+个月|前[一二三四五六七八九十]{1,2}个月`,
    points: 'part_of_year',
    reach: 'sentence',
    examples: ['1—11月，规模以上工业增加值增长9%', '前三季度地区生产总值增长5.2%'],
  },
  {
    name: 'past_period_words',
    description: 'The five years just ended (过去五年, 五年来, 这五年, 本届政府任期内): results for review_year-4 … review_year.',
    pattern: String.raw`过去(?:的)?五年|五年来|近五年|这五年|在过去的五年(?:中|里)?|本届政府(?:任期内|任期|五年|以来)|本届政府就职以来`,
    points: 'past_period',
    reach: 'paragraph',
    examples: ['五年来，全区地区生产总值年均增长6.8%', '这五年，我们完整准确全面贯彻新发展理念', '过去五年，国内生产总值年均增长5.2%'],
  },
  {
    name: 'next_period_words',
    description: 'The five years ahead (今后五年, 未来五年): targets for plan_year … plan_year+4.',
    pattern: String.raw`今后(?:的)?五年|未来五年`,
    points: 'next_period',
    reach: 'paragraph',
    examples: ['今后五年，地区生产总值年均增长6%左右', '今后的五年，是实现第二步战略目标的关键性五年'],
  },
  {
    name: 'next_years_span',
    description: 'A span of two to four years ahead (力争用三年时间, 今后三年, 今明两年), in the sentence of a yearly average or total: a target period from the plan year to its last year. Only a word of intent makes 用/经过/通过 三年时间 a span ahead (经过三年时间的艰苦努力 in a review looks back); a single figure beside it is a level at the end of the span, coded nowhere. (A past span of other than five years frames no row: MULTI_YEAR_SPAN_NOT_FIVE.)',
    pattern: String.raw`(?<=(?:力争|争取|计划|要|将|再|拟|努力)\s*)(?:用|经过|通过|花)\s*[两二三四]\s*年(?:左右)?(?:的)?时间|(?:今后|未来)(?:的)?[两二三四]年(?![来间])|今明两年`,
    points: 'next_years',
    reach: 'sentence',
    averagesOnly: true,
    examples: ['力争用三年时间实现地区生产总值年均增长10%以上', '今后三年，全市地区生产总值年均增长8%左右', '我们要通过三年时间的努力，使规模以上工业增加值年均增长12%', '今明两年，全州国内生产总值年均增长9%以上'],
  },
  {
    name: 'named_five_year_plan',
    description: 'A five-year plan named (“十四五”, 十五五, “七五”计划, 第七个五年计划): its years; past when it ended by the review year, else a target period.',
    pattern: String.raw`[“"]${PLAN_ORDINAL}五[”"](?:规划|计划)?(?:时期|期间|以来|的五年|末|开局)?|(?<![〇零○一二两三四五六七八九十百千])${PLAN_ORDINAL}五(?:规划|计划|时期|期间|以来|末|开局|收官)|第${PLAN_ORDINAL}个五年(?:计划|规划)(?:时期|期间)?`,
    points: 'named_plan',
    reach: 'paragraph',
    examples: ['“十四五”时期，全省地区生产总值年均增长5.9%', '“十五五”时期主要目标任务', '按调整后的“八五”计划', '第七个五年计划期间'],
  },
  {
    name: 'by_year',
    description: 'A level to reach by a later year (到2030年): basis level, year_end that year. (2035年远景目标 names a plan, it frames nothing.)',
    pattern: String.raw`到\s*${YEAR}\s*年(?:底|末)?`,
    points: 'by_year',
    reach: 'sentence',
    examples: ['到2030年，全社会研发投入强度达到3.5%以上', '到1992年，力争使国民生产总值达到15500亿元左右'],
  },
  {
    name: 'review_year_words',
    description: 'The year just ended (去年, 上年, 过去一年, 一年来, 刚刚过去的一年): results for the review year.',
    pattern: String.raw`刚刚过去的(?:一年|${YEAR}\s*年)|过去(?:的)?一年|一年来|去年|上年|上一年`,
    points: 'review_year',
    reach: 'paragraph',
    examples: ['过去一年，全市生产总值增长5.4%', '去年经济增长8.8%', '刚刚过去的2025年很不平凡'],
  },
  {
    name: 'plan_year_words',
    description: 'The year ahead (今年, 本年, 明年 in a report given late in the year before): targets for the plan year.',
    pattern: String.raw`今年|本年度|本年|明年`,
    points: 'plan_year',
    reach: 'paragraph',
    examples: ['今年经济社会发展主要预期目标是：地区生产总值增长5%左右', '今年计划国内生产总值增长百分之九'],
  },
  {
    name: 'named_year',
    description: 'A year written out (2025年, 一九五九年): the review year, the plan year, or a later year a level is to be reached by; any other year frames no row.',
    pattern: String.raw`${YEAR}\s*年(?!代)`,
    points: 'named_year',
    reach: 'paragraph',
    examples: ['2025年，全省地区生产总值增长5.5%', '一九五九年计划要求粮食增产百分之四十'],
  },
];

/**
 * Words right before a year that make it the base of a comparison, not the figure's frame:
 * 比2020年增长, 较上年, 从2020年的…提高到, 由今年预计的3%提高到4%. 同/与/和/跟 before a year make
 * it a base only when 相比/比较/持平 follows (COMPARISON_WITH: 与去年大体持平): in “十四五”时期和2025年工作回顾 the year
 * is a frame.
 */
export const COMPARISON_BEFORE = String.raw`(?:比|较|从|由|对比|相比|较之|比起|相当于|超过|高于|低于|持平于)\s*$`;
export const COMPARISON_WITH = { before: String.raw`(?:同|与|和|跟)\s*$`, after: String.raw`^[^，。；：]{0,16}?(?:相比|比较|持平|相当|一样)` };
/** Words right after a year that make it a comparison base or a name (2020年同期, 2020年相比, 2020年翻两番, 2035年远景目标): not a frame. */
export const COMPARISON_AFTER = String.raw`^\s*(?:的?同期|相比|比较|水平|基础上|翻|以前|之前|价格|不变价|远景目标)`;
/**
 * Words after a named plan that make it a description of a year, not the frame of a period:
 * 2026年是“十五五”开局之年, 2025年是“十四五”规划收官之年, “九五”计划的第一年.
 */
/** Verbs that take a named plan as their object (收官“十四五”, 谋划“十五五”): not a frame. */
export const PLAN_AS_OBJECT_BEFORE = String.raw`(?:收官|谋划|编制|制定|实施|开启|迈向|衔接|启动|完成|实现|推动|落实|贯彻|确保|围绕|对标|服务|融入)\s*$`;
/** 全年 in a figure's clause: the figure is one year's, whatever period frames its paragraph. */
export const WHOLE_YEAR_CUE = String.raw`全年|年度`;
export const PLAN_AS_YEAR_AFTER = String.raw`^\s*(?:规划|计划)?(?:的)?(?:开局|收官|起步|开好局|起好步|良好开局|第[一二三四五]年|第一年|最后一年|头一年|之年)`;

/**
 * A target quoted in a review (年初确定的…增长6%的目标, 预期目标是…, 计划增长…): not a result.
 * `list` is tested on the sentence before the figure's name, `before` on its clause, `after` on
 * the words after the figure.
 */
export const QUOTED_TARGET = {
  /** A list of targets opened in the sentence (年初确定的主要预期目标是：…): every figure of it is quoted. */
  list: String.raw`(?:主要预期目标|预期目标|主要目标|调控目标)(?:是|为)?[：:]`,
  before: String.raw`年初(?:确定|提出|制定|预期)|预期目标|目标任务|调控目标|(?:提出|确定|定下|原定)的?(?:目标|要求)|政府工作报告(?:提出|确定)|原定|计划(?:要求|规定|安排)?(?:增长|为|达到)|要从`,
  after: String.raw`^(?:左右|以上|以内)?(?:的)?(?:预期|奋斗|发展|调控|计划)?目标|^(?:左右|以上|以内)?的(?:要求|任务|计划)`,
};

/**
 * A five-year plan's target quoted before a level in its sentence (第一个五年计划规定的一九五七年…
 * 二百二十亿斤的指标, 按照“十三五”规划确定的目标，到明年…突破1600亿元): the plan's level for its
 * last year, not the year's own target. A growth after it (根据规划确定的目标，今年增长6%) is kept.
 */
export const PLAN_TARGET_QUOTED = String.raw`(?:五年计划|五年规划|规划纲要|${PLAN_ORDINAL}五[”"]?(?:计划|规划))(?:所|中)?(?:规定|确定|提出|要求|制定|明确)的`;

/**
 * The lead of the report's own list of targets for the plan year, the official statement of each
 * (主要预期目标是：, and the planning era's 国民经济计划的主要指标是：, 主要奋斗目标是：): a
 * stretch goal elsewhere gives way to it. (Not used to mark quoted targets in a review: a review's
 * 主要指标 are as often results.)
 */
export const TARGETS_LIST_LEAD = String.raw`(?:主要预期目标|预期目标|主要目标|调控目标|主要奋斗目标|奋斗目标|主要(?:计划)?指标|计划指标)(?:是|为|如下)?[：:]`;

/**
 * Words of a stretch goal in the clause before a target's name (力争全市规模以上工业增加值增长10%):
 * beside the targets list's own figure for it (增长8%), an aspiration, not the target.
 */
export const STRETCH_GOAL_CUE = String.raw`力争|争取|努力实现|努力达到`;

/**
 * After a target quoted in a review, the words that turn to the result in the same sentence:
 * 年初确定的国民生产总值增长7%的目标，执行中几次调高，全年实际完成98.6亿元，比上年增长10.8%.
 * The figures after them are the quoted indicator's result.
 */
export const ACTUAL_AFTER_QUOTE = String.raw`(?:全年)?实际(?=完成|实现|达到|增长|为)`;

/** Words in a sentence that mark an estimate of the review year: 预计, 初步统计, 初步核算. */
export const ESTIMATE_CUE = String.raw`预计|初步统计|初步核算|初步测算|预测`;
/** 预计（下同）: every review-year figure after it is an estimate. */
export const STICKY_ESTIMATE_CUE = String.raw`预计\s*[（(]\s*下同\s*[）)]`;

/**
 * A report given late in a year for the next year's plan (NPC sessions of November–December,
 * or the autumn of 1980) says 明年 for its plan year and 今年 for the year it reviews. The
 * metadata tell it from the meeting or the session; without them, the text must both estimate
 * the current year or report most of it and set out 明年's plan.
 */
export const LATE_YEAR_CUE = {
  currentYearUnfinished: String.raw`今年(?:预计|的?预计数|1\s*[至—\-－]\s*(?:[89]|1[01])\s*月|一至(?:八|九|十|十一)月|前三季度)`,
  nextYearPlan: String.raw`明年(?:的)?(?:国民经济)?(?:计划|主要任务|经济发展的主要任务|工作安排|预期目标|主要预期目标)`,
};

/**
 * A span of years other than a five-year period (两年平均, 前三年年均, 四年年均, 十年来年均): the
 * dataset codes yearly averages and totals of five-year periods only, so such a figure gets no row.
 * 提前两年 (two years ahead of schedule) is no span.
 */
export const MULTI_YEAR_SPAN_NOT_FIVE = String.raw`(?<![〇零○一二三四五六七八九十]|今后|未来|今后的|未来的)(?:(?:[两二三四六七八九]|十[一二三四五六七八九]?)年(?:来|间|中|里|以来)?(?:平均|年均|累计|合计)|[两二三四六七八九十]年(?:来|间))|(?<!提)前[一二三四两]年|近[两二三四六七八九十]年`;
