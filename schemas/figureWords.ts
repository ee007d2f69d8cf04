/**
 * The words that may stand between an indicator's name and its figures, and what each says about
 * the figure: 增长 makes it growth, 左右 makes it `about`, 控制在 makes it `at_most`, 力争 marks a
 * target. The figure reader (pipeline/extract/indicators/parse.ts) walks from the name over these
 * words only and stops at any other, so a figure is read only when nothing else stands between
 * it and its name. Data, not code: a phrasing met in a real report becomes one more word here,
 * with its example in tests/indicators.parse.test.ts.
 */
import type { Qualifier } from './vocabulary.ts';

/** Units a figure of an indicator may carry (longest first is not needed: the reader tries them in this order). */
export const FIGURE_UNITS = [
  '万亿元', '千亿元', '亿元', '千万元', '百万元', '万元', '千元', '元', '亿美元', '万美元', '美元',
  '亿人次', '万人次', '人次', '万人', '人', '亿吨', '万吨', '吨', '万亿斤', '亿斤', '万斤', '斤', '亿公斤', '万公斤', '公斤', '天', '%',
];

/**
 * Posts counted as 个 (新增城镇就业岗位2.5万个), read only after a name whose rule counts posts
 * (AliasRule.countsPosts) and only where 个 closes the figure: 3个千亿元台阶, 14个市中, 0.5个百分点
 * hold a measure word, not a count of posts.
 */
export const POST_UNIT = String.raw`万?个(?=\s*(?:[，,；;。、）)]|以上|左右|以内|$))`;

/** Dashes and words that join the two ends of a range: 5%—5.5%, 百分之八至九. */
export const RANGE_JOINERS = String.raw`[—\-－–～~至到]|—{2}`;

/** Qualifiers written after a number. */
export const QUALIFIER_AFTER: Record<string, Qualifier> = {
  左右: 'about', 上下: 'about', 以上: 'at_least', 或者更多一些: 'at_least', 或者更多: 'at_least', 或更多: 'at_least', 以内: 'at_most', 以下: 'at_most',
};
/** Words between a number and its unit that qualify it: 七百多万人, 67700多亿元, 3万余人. */
export const QUALIFIER_INSIDE: Record<string, Qualifier> = { 多: 'at_least', 余: 'at_least' };
/** Words right before a number (after the verb, if any): 近2%, 约3万人. */
export const QUALIFIER_PREFIX: Record<string, Qualifier> = { 近: 'about', 约: 'about', 接近: 'about', 超: 'at_least', 逾: 'at_least' };

/** Verbs and phrases before a number that set its qualifier (or only introduce it: 达到, 为, 定为). */
export const QUALIFIER_BEFORE: Record<string, Qualifier | null> = {
  不低于: 'at_least', 不少于: 'at_least', 超过: 'at_least', 突破: 'at_least', 高于: 'at_least',
  不超过: 'at_most', 不高于: 'at_most', 低于: 'at_most', 控制在: 'at_most',
  保持在: null, 稳定在: null, 达到: null, 达: null, 为: null, 增至: null, 升至: null, 提升至: null, 恢复到: null, 回升到: null, 回升至: null,
  完成: null, 实现: null, 是: null, 定为: null, 安排为: null, 规定为: null, 指标为: null, 调整为: null,
};

/** Words that mark the figure as a target or plan (力争, 预期目标为, 调控目标定为, 计划, 按…安排). */
export const TARGET_WORDS = [
  '力争', '争取', '确保', '努力', '预期目标为', '预期目标是', '预期目标', '调控目标', '宏观调控目标', '目标为', '目标是', '目标', '预期为', '预期',
  '计划要求', '计划规定', '计划', '预定', '安排', '要求', '指标', '将要', '将', '要', '拟', '按',
];

/** Words that mark an estimate of the year (预计, 初步统计). */
export const ESTIMATE_WORDS = ['预计', '初步统计', '初步核算', '初步测算', '预测'];

/** 年均, 平均每年: a yearly average over a period, never one year's figure. */
export const AVERAGE_WORDS = ['年均', '年平均', '平均每年', '每年平均'];
/** 累计: a total over a period. */
export const CUMULATIVE_WORDS = ['累计', '合计', '总计'];

/** Comparison words: the growth is against the year before or a like-for-like base. */
export const YEAR_ON_YEAR_WORDS = [
  '同比', '比上年度', '比上年', '较上年', '比去年', '较去年', '比上一年', '较上一年', '比前一年', '同口径', '可比口径',
  '按可比价格计算', '按可比价计算', '按不变价格计算', '扣除不可比因素后', '剔除不可比因素后', '扣除价格因素后', '扣除价格因素', '扣除物价因素后', '扣除物价因素',
];

/** Verbs of change; the ones in FALLING_VERBS make the growth negative. 提高到/增加到 are levels, not growth. */
export const GROWTH_VERBS = ['增长', '增加', '增速为', '增速达到', '增速达', '增速', '增幅为', '增幅达到', '增幅达', '增幅', '提高', '上升', '上涨', '下降', '降低', '减少', '回落', '下滑', '增产', '调高', '调低', '跃升', '攀升', '扩大', '提升', '压缩'];
export const FALLING_VERBS = ['下降', '降低', '减少', '回落', '下滑', '调低', '压缩'];

/** Words that may stand between a name and its figure without changing it. */
export const FILLER_WORDS = [
  '全年', '全区', '全县', '全市', '全省', '全国', '总量', '总额', '规模', '的', '了', '都', '均', '也', '继续', '进一步', '有', '有所',
  '明显', '较大', '大幅', '显著', '稳步', '实际', '大关', '幅度',
];

/**
 * Words that join several names sharing one list of figures: 社会消费品零售总额、固定资产投资增长4%左右,
 * 地区生产总值和区级公共财政预算收入分别增长15%和12% (a level before the second name: ownLevel).
 */
export const NAME_JOINERS = String.raw`^[、和及与]\s*(?:实现|完成)?(?:[省市区县州旗]级|地方级)?$`;
