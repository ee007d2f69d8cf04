/**
 * The indicator vocabulary: keys, the names reports use for them, and what a value of each
 * must be measured in. Part of the output contract (the keys are what users query by), shared by
 * the extractor and the validator. The extractor tries longer aliases first.
 */
import type { QUALIFIERS } from './tables.ts';

export type Measure = 'money' | 'percent' | 'person' | 'person_time' | 'day' | 'mass' | 'usd_or_money';
export type Qualifier = (typeof QUALIFIERS)[number];

export interface IndicatorDef {
  key: string;
  aliases: string[];
  /** Unit class a value must have; growth is always in %. */
  measure: Measure;
  /** A rate: its figure goes in value with unit %, not in growth_pct. */
  rate?: boolean;
  /**
   * A noun right before the name narrows it to a part of the economy — an industry (汽车工业增加值,
   * 现代服务业增加值), another area (苏北地区生产总值), a sector (民营经济增长) — so the name counts
   * only where it starts a word (NAME_LEFT_WORDS, an area read as its scope, a mark).
   */
  startsWord?: boolean;
  /** A price level whose change is the figure itself: 居民消费价格上涨2% → value 2 %. */
  priceLike?: boolean;
  /**
   * A flow that reports sum over a period (五年累计新增就业, 五年完成投资): its value in a
   * five-year frame is the period's total; a level of any other indicator there is its last year's.
   */
  cumulates?: boolean;
}

/**
 * R&D intensity written out: (研发|研究与试验发展|研究与开发)经费(投入|支出)(占|相当于)(全省|地区|国内…)
 * 生产总值(的)?(比重|比例) — every combination the genre uses, as literal names.
 */
const RD_INTENSITY_WRITTEN_OUT = (() => {
  const out: string[] = [];
  for (const what of ['研发', '研究与试验发展', '研究与开发', 'R&D']) {
    for (const money of ['经费', '经费投入', '经费支出', '投入', '支出']) {
      for (const of of ['占', '相当于']) {
        for (const region of ['', '全市', '全省', '全区', '全县', '全州', '全旗', '地区', '国内']) {
          for (const share of ['比重', '的比重', '比例', '的比例']) out.push(`${what}${money}${of}${region}生产总值${share}`);
        }
      }
    }
  }
  return out;
})();

/**
 * R&D intensity as the second clause of R&D spending: 研发经费投入增长15%以上、占地区生产总值的比重
 *达到2.3%. The share alone is a name only right after a clause on R&D spending (ALIAS_RULES).
 */
const RD_SHARE_AFTER_SPENDING = (() => {
  const out: string[] = [];
  for (const of of ['占', '相当于']) {
    for (const region of ['', '全市', '全省', '全区', '全县', '全州', '全旗', '地区', '国内']) {
      for (const share of ['比重', '的比重', '比例', '的比例']) out.push(`${of}${region}生产总值${share}`);
    }
  }
  return out;
})();
const RD_SPENDING_CLAUSE_BEFORE = /(?:研发|研究与试验发展|研究与开发|R&D)(?:经费)?(?:投入|支出)[^，。；：、]{0,20}[、，]$/;

export const VOCABULARY: IndicatorDef[] = [
  // 经济总量 is not here: as a level it is not the headline figure (经济总量突破5万亿元 is coded nowhere).
  { key: 'gdp', aliases: ['地区生产总值', '国内生产总值', '生产总值', 'GDP', '国民经济增长速度', '经济增长速度', '经济增长', '经济增速', '经济年均增长', '国民经济年均增长', '国民生产总值'], measure: 'money', startsWord: true },
  { key: 'primary_industry_value_added', aliases: ['第一产业增加值', '一产增加值', '农业增加值'], measure: 'money', startsWord: true },
  { key: 'secondary_industry_value_added', aliases: ['第二产业增加值', '二产增加值'], measure: 'money', startsWord: true },
  { key: 'tertiary_industry_value_added', aliases: ['第三产业增加值', '三产增加值', '服务业增加值'], measure: 'money', startsWord: true },
  { key: 'above_scale_industrial_value_added', aliases: ['规模以上工业增加值', '规模以上工业企业增加值', '规上工业增加值', '规模工业增加值'], measure: 'money', startsWord: true },
  { key: 'industrial_value_added', aliases: ['全部工业增加值', '工业增加值'], measure: 'money', startsWord: true },
  { key: 'fixed_asset_investment', aliases: ['全社会固定资产投资', '固定资产投资总额', '固定资产投资', '固投', '投资'], measure: 'money', cumulates: true },
  { key: 'retail_sales', aliases: ['社会消费品零售总额', '社会消费品零售额', '社零总额', '社会商品零售总额', '社会商品零售额'], measure: 'money' },
  { key: 'general_budget_revenue', aliases: ['地方一般公共预算收入', '一般公共预算收入', '地方公共财政预算收入', '公共财政预算收入', '地方财政一般预算收入', '地方一般预算收入', '一般预算收入', '地方财政收入', '国家财政收入', '国家预算收入', '财政收入'], measure: 'money' },
  { key: 'general_budget_expenditure', aliases: ['一般公共预算支出', '公共财政预算支出', '地方一般公共预算支出'], measure: 'money' },
  { key: 'import_export', aliases: ['外贸进出口总额', '外贸进出口总值', '货物进出口总额', '货物贸易进出口总额', '货物贸易进出口', '进出口总额', '进出口总值', '进出口贸易总额', '对外贸易总额', '外贸进出口', '货物贸易'], measure: 'usd_or_money' },
  { key: 'actual_foreign_investment', aliases: ['实际使用外资', '实际利用外资'], measure: 'usd_or_money', cumulates: true },
  { key: 'external_funds', aliases: ['区外到位资金', '市外到位资金', '县外到位资金', '省外到位资金', '招商引资实际到位资金', '招商引资到位资金', '实际到位资金', '到位资金'], measure: 'money', cumulates: true },
  { key: 'urban_disposable_income', aliases: ['城镇居民人均可支配收入', '城镇常住居民人均可支配收入'], measure: 'money' },
  { key: 'rural_disposable_income', aliases: ['农村居民人均可支配收入', '农村常住居民人均可支配收入', '农民人均可支配收入'], measure: 'money' },
  { key: 'disposable_income', aliases: ['全体居民人均可支配收入', '居民人均可支配收入'], measure: 'money' },
  { key: 'new_urban_jobs', aliases: ['城镇新增就业人数', '城镇新增就业', '新增城镇就业', '新增城镇就业岗位', '城镇新增就业岗位', '城镇安排就业', '安排就业', '安置城镇就业人员', '安排'], measure: 'person', cumulates: true },
  { key: 'urban_surveyed_unemployment_rate', aliases: ['城镇调查失业率'], measure: 'percent', rate: true },
  { key: 'urban_registered_unemployment_rate', aliases: ['城镇登记失业率'], measure: 'percent', rate: true },
  {
    key: 'cpi',
    aliases: [
      '居民消费价格总水平上涨幅度', '居民消费价格上涨幅度', '居民消费价格涨幅', '居民消费价格指数涨幅', '居民消费价格总水平涨幅', 'CPI涨幅',
      '居民消费价格指数', '居民消费价格总水平', '居民消费价格', '物价总水平上涨幅度', '物价上涨幅度', '物价涨幅',
      // the headline price target of the 1990s and before: the retail price index
      '商品零售价格涨幅', '商品零售价格上涨幅度', '零售物价上涨幅度', '零售物价涨幅', '零售物价总指数',
      '零售物价总水平上涨幅度', '零售物价总水平涨幅', '商品零售价格总水平上涨幅度', '商品零售价格总水平涨幅',
    ],
    measure: 'percent', rate: true, priceLike: true,
  },
  { key: 'grain_output', aliases: ['粮食总产量', '粮食产量', '粮食总产', '粮食', '总产量', '产量'], measure: 'mass' },
  {
    key: 'rd_intensity',
    aliases: [
      '全社会研发投入强度', '研发投入强度', '研发经费投入强度', 'R&D经费投入强度', '研究与试验发展经费投入强度',
      ...RD_INTENSITY_WRITTEN_OUT, ...RD_SHARE_AFTER_SPENDING,
    ],
    measure: 'percent', rate: true,
  },
  { key: 'air_quality_good_days_ratio', aliases: ['空气质量优良天数比例', '空气质量优良天数比率', '空气优良天数比例', '空气质量优良率'], measure: 'percent', rate: true },
  { key: 'air_quality_good_days', aliases: ['空气质量优良天数', '空气优良天数', '空气质量达标天数', '空气质量优良天'], measure: 'day' },
  { key: 'tourists', aliases: ['接待游客人数', '接待游客数量', '接待国内外游客', '接待游客', '游客接待量', '旅游接待人数'], measure: 'person_time' },
  { key: 'tourism_revenue', aliases: ['旅游总收入', '旅游综合收入', '旅游收入'], measure: 'money' },
];

/**
 * Words right before a name that make it a part or another measure: 农业生产总值 is not GDP,
 * 工业固定资产投资 is a part of investment, 争取上级到位资金 is not investment attracted.
 */
export const NOT_AFTER: Record<string, RegExp> = {
  // 农业生产总值, 海洋生产总值, 数字经济…: a part of the economy, not the region's output
  生产总值: /[业产农渔林牧洋济]$/,
  地区生产总值: /[洋]$/,
  工业增加值: /[轻重]$/,
  固定资产投资: /(业|民间|设施|项目)$/,
  进出口总额: /(品|业)$/,
  到位资金: /(上级|中央|省级|国家|专项|财政|争取)$/,
  旅游收入: /(门票|景区)$/,
  // 减少财政收入300亿元 (a tax cut's cost), 增加财政收入…: a change in revenue, not revenue
  财政收入: /(减少|减收|增加|新增|影响)$/,
  一般公共预算收入: /(减少|减收|增加|新增|影响)$/,
};

/**
 * What may stand right before a name that must start a word (IndicatorDef.startsWord): a mark, a
 * digit, the start of a line, an area's name (AREA_SUFFIXES: read for its scope), the region's own
 * level (LEVEL_BEFORE), or one of these words — region words, time words, verbs, adverbs and
 * particles. Any other Chinese character makes the name the tail of a longer name (苏北地区生产总值,
 * 汽车工业增加值, 软件和信息技术服务业增加值, 现代服务业增加值): not the indicator.
 */
export const NAME_LEFT_WORDS = [
  // the region itself
  '全省', '全市', '全区', '全县', '全州', '全盟', '全旗', '全国', '全地区', '全自治区', '全', '全社会', '全口径', '全体',
  '我省', '我市', '我区', '我县', '我州', '我盟', '我旗', '我国', '本省', '本市', '本区', '本县', '中国', '国家', '国内', '国民',
  '市域', '区域', '全域',
  // time
  '今年', '去年', '明年', '上年', '当年', '全年', '年', '年来', '年末', '年底', '年初', '月', '季度', '期间', '时期', '以来', '五年', '末',
  '届时', '同期',
  // verbs, adverbs and particles of figure sentences
  '实现', '完成', '确保', '力争', '力求', '争取', '保证', '控制', '预计', '推动', '推进', '保持', '促进', '使', '把', '让', '将', '要',
  '达到', '其中', '累计', '共', '共计', '合计', '主要', '主要是', '着力', '努力', '计划', '预期', '目标', '是', '为', '和', '与', '及',
  '以及', '同', '的', '在', '对', '按', '比', '较', '带动', '拉动', '继续', '进一步', '稳定', '稳步', '持续', '初步统计', '初步核算',
  '有', '了', '但', '而', '即', '并', '也', '还', '都', '又', '再', '仍', '就', '则', '提出', '确定', '安排', '要求', '规定', '指标', '实际',
  '下', '单位', '引进', '吸引', '利用', '招商', '新增', '增加', '全面',
  // a year in Chinese digits without 年 (一九五八粮食的指标为…)
  '〇', '零', '○', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十',
];

/**
 * What an area's name ends with — a zone, a district, a town, a city cluster: before an indicator's
 * name it makes a sub-area the figure is about (高新区地区生产总值 → scope 高新区), unless it is the
 * region itself (天元区, 全县). One list for the scope of a name and the subject of a sentence.
 */
export const AREA_SUFFIXES = [
  '高新区', '开发区', '经开区', '新区', '园区', '工业园', '产业园', '工业城', '产业城', '科技城', '示范区', '试验区', '合作区', '功能区',
  '经济区', '集聚区', '自贸区', '保税区', '商务区', '副中心', '新城', '经济圈', '都市圈', '城市圈', '城市群', '经济带', '片区', '基地',
  '县域', '城区', '县城', '街道',
];
/** One-character ends of an area's name (天元区, 寿光市, 某镇). */
export const AREA_SUFFIX_CHARS = '省市区县州盟旗镇乡';

/**
 * How a sentence says which area its figures are about (read by the names of the indicator stage):
 * the words that may stand between an area and a name (苏州工业园区今年要力争实现地区生产总值…), the
 * verbs after an area that make it the sentence's subject (沙市是…, 浏阳经开区要…), and the verbs and
 * nouns that make an area the object of a clause instead (推进安吉城西商务区建设).
 */
export const AREA_SUBJECT_CUES = {
  /** Time words between an area, or the start of a clause, and a name. */
  time: ['今年', '明年', '全年', '当年', '年内'],
  /** Verbs and particles between an area, or the start of a clause, and a name. */
  verbs: ['要', '将', '力争', '争取', '确保', '预计', '计划', '实现', '完成', '达到', '的'],
  /** After an area that opens a sentence (沙市是…, 洞庭湖区要…): it is the sentence's subject. */
  subjectVerbs: ['是', '作为', '要', '将'],
  /** After a zone's name (…开发区, …新区) only, also: 昆山经济技术开发区力争…, …在全市发挥…, …的. */
  zoneSubjectVerbs: ['力争', '争取', '在', '的'],
  /** Opening a clause: an area after them is its object, and 其中 names a part. */
  clauseOpeners: ['其中', '推进', '推动', '加快', '加强', '加大', '建设', '建成', '打造', '支持', '实施', '完善', '深化', '促进', '做好', '抓好', '大力', '积极', '全力', '着力', '坚持', '围绕', '依托', '发挥', '统筹', '落实', '启动', '开展', '规划', '谋划', '设立', '批复', '申报', '创建', '争创', '提升', '优化', '培育', '发展'],
  /** After an area: work done on it (…商务区建设), so the area is an object. */
  workOnArea: ['建设', '开发', '规划', '改造', '发展', '管理体制', '申报', '创建'],
};

/**
 * A level before a name (省级一般公共预算收入, 市级…): the budget or output of that level only, a
 * part of the region's — except the local level as a whole (地方级) and, in a report of a district,
 * county or county-level city, its own level (区级公共财政预算收入 in a district's report).
 */
export const LEVEL_BEFORE = /([省市区县州盟旗]|本|地方)级$/;

/** Generic names that count only where the sentence says what they are about. */
export const NEEDS_CONTEXT: Record<string, RegExp> = {
  到位资金: /招商|引资|引进|[省市县区州旗盟域境]外|内资|外资/,
};

/** How a name is read beyond its key: the rules that make short or old names safe to use. */
export interface AliasRule {
  /** The name is itself a growth rate: 经济增长5%左右, 经济增长速度8%. */
  growth?: boolean;
  /** The name is itself a yearly average: 经济年均增长5%左右. */
  averageAnnual?: boolean;
  /** Only in reports whose plan year is at most this: 国民生产总值 was the headline until the 1990s switch to GDP. */
  untilPlanYear?: number;
  /** The name must open its clause (stand after ，；：、 or at the start of the sentence): 投资 alone in a targets list. */
  opensClause?: boolean;
  /** The sentence must match: 投资 alone counts only in a targets list. */
  sentence?: RegExp;
  /** The clause before the name must match: 总产量 after 粮食播种面积…、 is grain output. */
  clauseBefore?: RegExp;
  /** A figure in another unit is not this name's (安排3亿元 is money, not jobs): left without a warning. */
  unit?: RegExp;
  /**
   * The figure must stand in the name's own clause: a short name is not carried into the next
   * clause (粮食安全…，力争…) as other names are (物价上涨幅度比去年有明显回落，力争控制在15%左右).
   */
  figureInClause?: boolean;
  /** The name's figures are posts counted in 个 (新增城镇就业岗位2.5万个): read 个 as their unit. */
  countsPosts?: boolean;
}

export const ALIAS_RULES: Record<string, AliasRule> = {
  经济增长: { growth: true },
  经济增长速度: { growth: true },
  国民经济增长速度: { growth: true },
  经济增速: { growth: true },
  经济年均增长: { growth: true, averageAnnual: true },
  国民经济年均增长: { growth: true, averageAnnual: true },
  // the headline until the 1990s switch; the 九五 plan (1996–2000) still set its growth in GNP
  国民生产总值: { untilPlanYear: 2000 },
  商品零售价格涨幅: { untilPlanYear: 2000 },
  商品零售价格上涨幅度: { untilPlanYear: 2000 },
  零售物价上涨幅度: { untilPlanYear: 2000 },
  零售物价涨幅: { untilPlanYear: 2000 },
  零售物价总指数: { untilPlanYear: 2000 },
  零售物价总水平上涨幅度: { untilPlanYear: 2000 },
  零售物价总水平涨幅: { untilPlanYear: 2000 },
  商品零售价格总水平上涨幅度: { untilPlanYear: 2000 },
  商品零售价格总水平涨幅: { untilPlanYear: 2000 },
  投资: { opensClause: true, sentence: /预期目标|主要目标|调控目标|计划要求|计划规定/, figureInClause: true },
  货物贸易: { opensClause: true, figureInClause: true },
  粮食: { figureInClause: true },
  总产量: { clauseBefore: /粮食[^，。；：]{0,24}[、，]$/, figureInClause: true },
  产量: { clauseBefore: /粮食[^，。；：]{0,24}[、，]$/, figureInClause: true },
  // The jobs target of the planning era: 城镇安排就业600万人, 安排七百多万人就业, 劳动就业，在城镇安排600万人
  城镇安排就业: { untilPlanYear: 2000, figureInClause: true, unit: /人$/ },
  // 全年安置城镇就业人员8万人: the same placement, worded by the 1990s labour offices
  安置城镇就业人员: { untilPlanYear: 2000, figureInClause: true, unit: /人$/ },
  安排就业: { untilPlanYear: 2000, sentence: /城镇|全民所有制|集体所有制|待业/, figureInClause: true, unit: /人$/ },
  ...Object.fromEntries(RD_SHARE_AFTER_SPENDING.map((alias) => [alias, { clauseBefore: RD_SPENDING_CLAUSE_BEFORE, figureInClause: true }])),
  新增城镇就业岗位: { unit: /个$/, countsPosts: true },
  城镇新增就业岗位: { unit: /个$/, countsPosts: true },
  // 在城镇安排…, 在全民所有制和集体所有制单位安排…, 国营企业安排…: placement in the urban work units
  安排: { untilPlanYear: 2000, sentence: /就业/, clauseBefore: /(?:城镇|所有制的?(?:企事业)?单位|国营(?:企业|单位)|集体(?:企业|单位))$/, figureInClause: true, unit: /人$/ },
};

/** Names that stand for two indicators at once, used with 分别: 城乡居民人均可支配收入 → urban, rural. */
export const COMPOUND: Array<{ alias: string; keys: string[] }> = [
  { alias: '城乡居民人均可支配收入', keys: ['urban_disposable_income', 'rural_disposable_income'] },
  { alias: '城镇和农村居民人均可支配收入', keys: ['urban_disposable_income', 'rural_disposable_income'] },
  { alias: '城镇、农村居民人均可支配收入', keys: ['urban_disposable_income', 'rural_disposable_income'] },
  { alias: '城乡常住居民人均可支配收入', keys: ['urban_disposable_income', 'rural_disposable_income'] },
  { alias: '城镇和农村常住居民人均可支配收入', keys: ['urban_disposable_income', 'rural_disposable_income'] },
  { alias: '城镇、农村常住居民人均可支配收入', keys: ['urban_disposable_income', 'rural_disposable_income'] },
  { alias: '城镇常住居民、农村常住居民人均可支配收入', keys: ['urban_disposable_income', 'rural_disposable_income'] },
  { alias: '城镇居民、农村居民人均可支配收入', keys: ['urban_disposable_income', 'rural_disposable_income'] },
];

/**
 * Names broader than their key where a report also uses the key's own name: 财政收入 is often the
 * total of all revenue collected (财政总收入) beside the local budget's 一般公共预算收入. When two
 * figures of one claim disagree and one is under such a name, the other is the key's.
 */
export const BROADER_NAMES = new Set(['财政收入', '国家财政收入']);

export const DEF_BY_KEY = new Map(VOCABULARY.map((d) => [d.key, d]));

/** Which units fit which measure. */
export const UNIT_FITS: Record<Measure, RegExp> = {
  money: /^(万亿|千亿|亿|千万|百万|万|千)?元$/,
  usd_or_money: /^(万亿|千亿|亿|千万|百万|万|千)?(美)?元$/,
  percent: /^%$/,
  // jobs are counted in people, or in the posts created (新增城镇就业岗位2.5万个)
  person: /^(万|亿)?(人|个)$/,
  person_time: /^(万|亿)?人次$/,
  day: /^天$/,
  mass: /^(万亿|万|亿)?(吨|斤|公斤)$/,
};

/** Plausible range of a rate indicator's value, in %. */
export const RATE_BOUNDS: Record<string, [number, number]> = {
  urban_surveyed_unemployment_rate: [0, 30],
  urban_registered_unemployment_rate: [0, 30],
  cpi: [-10, 30],
  rd_intensity: [0, 15],
  air_quality_good_days_ratio: [0, 100],
};

/** Does a value's unit fit the indicator (GDP is money, an unemployment rate is %)? */
export function unitFits(key: string, unit: string): boolean {
  const def = DEF_BY_KEY.get(key);
  return !!def && UNIT_FITS[def.measure].test(unit);
}
