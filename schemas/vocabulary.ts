/**
 * The indicator vocabulary: keys, the names reports use for them, and what a value of each
 * must be measured in. Part of the output contract (the keys are what users query by), shared by
 * the extractor and the validator. The extractor tries longer aliases first.
 */
export type Measure = 'money' | 'percent' | 'person' | 'person_time' | 'day' | 'mass' | 'usd_or_money';

export interface IndicatorDef {
  key: string;
  aliases: string[];
  /** Unit class a value must have; growth is always in %. */
  measure: Measure;
  /** A rate: its figure goes in value with unit %, not in growth_pct. */
  rate?: boolean;
  /** A price level whose change is the figure itself: 居民消费价格上涨2% → value 2 %. */
  priceLike?: boolean;
}

export const VOCABULARY: IndicatorDef[] = [
  { key: 'gdp', aliases: ['地区生产总值', '国内生产总值', '生产总值', 'GDP', '经济总量', '经济增长'], measure: 'money' },
  { key: 'primary_industry_value_added', aliases: ['第一产业增加值', '一产增加值', '农业增加值'], measure: 'money' },
  { key: 'secondary_industry_value_added', aliases: ['第二产业增加值', '二产增加值'], measure: 'money' },
  { key: 'tertiary_industry_value_added', aliases: ['第三产业增加值', '三产增加值', '服务业增加值'], measure: 'money' },
  { key: 'above_scale_industrial_value_added', aliases: ['规模以上工业增加值', '规模以上工业企业增加值', '规上工业增加值', '规模工业增加值'], measure: 'money' },
  { key: 'industrial_value_added', aliases: ['全部工业增加值', '工业增加值'], measure: 'money' },
  { key: 'fixed_asset_investment', aliases: ['全社会固定资产投资', '固定资产投资总额', '固定资产投资', '固投'], measure: 'money' },
  { key: 'retail_sales', aliases: ['社会消费品零售总额', '社会消费品零售额', '社零总额'], measure: 'money' },
  { key: 'general_budget_revenue', aliases: ['地方一般公共预算收入', '一般公共预算收入', '地方公共财政预算收入', '公共财政预算收入', '地方财政一般预算收入', '地方一般预算收入', '一般预算收入'], measure: 'money' },
  { key: 'general_budget_expenditure', aliases: ['一般公共预算支出', '公共财政预算支出', '地方一般公共预算支出'], measure: 'money' },
  { key: 'import_export', aliases: ['外贸进出口总额', '外贸进出口总值', '货物进出口总额', '进出口总额', '进出口总值', '外贸进出口'], measure: 'usd_or_money' },
  { key: 'actual_foreign_investment', aliases: ['实际使用外资', '实际利用外资'], measure: 'usd_or_money' },
  { key: 'external_funds', aliases: ['区外到位资金', '市外到位资金', '县外到位资金', '省外到位资金', '招商引资实际到位资金', '招商引资到位资金', '实际到位资金', '到位资金'], measure: 'money' },
  { key: 'urban_disposable_income', aliases: ['城镇居民人均可支配收入', '城镇常住居民人均可支配收入'], measure: 'money' },
  { key: 'rural_disposable_income', aliases: ['农村居民人均可支配收入', '农村常住居民人均可支配收入', '农民人均可支配收入'], measure: 'money' },
  { key: 'disposable_income', aliases: ['全体居民人均可支配收入', '居民人均可支配收入'], measure: 'money' },
  { key: 'new_urban_jobs', aliases: ['城镇新增就业人数', '城镇新增就业', '新增城镇就业'], measure: 'person' },
  { key: 'urban_surveyed_unemployment_rate', aliases: ['城镇调查失业率'], measure: 'percent', rate: true },
  { key: 'urban_registered_unemployment_rate', aliases: ['城镇登记失业率'], measure: 'percent', rate: true },
  { key: 'cpi', aliases: ['居民消费价格涨幅', '居民消费价格指数涨幅', '居民消费价格总水平涨幅', 'CPI涨幅', '居民消费价格指数', '居民消费价格总水平', '居民消费价格'], measure: 'percent', rate: true, priceLike: true },
  { key: 'grain_output', aliases: ['粮食总产量', '粮食产量', '粮食总产'], measure: 'mass' },
  { key: 'rd_intensity', aliases: ['全社会研发投入强度', '研发投入强度', '研发经费投入强度', 'R&D经费投入强度', '研究与试验发展经费投入强度', '研发经费支出相当于地区生产总值的比例', '研发经费支出相当于生产总值的比例', '研发经费支出占地区生产总值比重'], measure: 'percent', rate: true },
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
  生产总值: /[业产农渔林牧]$/,
  工业增加值: /[轻重]$/,
  固定资产投资: /(业|民间|设施|项目)$/,
  进出口总额: /(品|业)$/,
  到位资金: /(上级|中央|省级|国家|专项|财政|争取)$/,
  旅游收入: /(门票|景区)$/,
};

/** Generic names that count only where the sentence says what they are about. */
export const NEEDS_CONTEXT: Record<string, RegExp> = {
  到位资金: /招商|引资|引进|区外|市外|县外|省外|域外|内资|外资/,
};

/** Names that stand for two indicators at once, used with 分别: 城乡居民人均可支配收入 → urban, rural. */
export const COMPOUND: Array<{ alias: string; keys: string[] }> = [
  { alias: '城乡居民人均可支配收入', keys: ['urban_disposable_income', 'rural_disposable_income'] },
  { alias: '城镇和农村居民人均可支配收入', keys: ['urban_disposable_income', 'rural_disposable_income'] },
];

export const DEF_BY_KEY = new Map(VOCABULARY.map((d) => [d.key, d]));

/** Which units fit which measure. */
export const UNIT_FITS: Record<Measure, RegExp> = {
  money: /^(万亿|千亿|亿|千万|百万|万|千)?元$/,
  usd_or_money: /^(万亿|千亿|亿|千万|百万|万|千)?(美)?元$/,
  percent: /^%$/,
  person: /^(万|亿)?人$/,
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
