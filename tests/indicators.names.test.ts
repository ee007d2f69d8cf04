/**
 * The names corpus (textlint style): for each naming rule, sentences where a name stands for the
 * indicator (with its scope) and sentences where the same words do not.
 */
import { describe, expect, it } from 'vitest';
import { findNames } from '../pipeline/extract/indicators/names.ts';
import { ALIAS_RULES, VOCABULARY } from '../schemas/vocabulary.ts';

const ctx = (planYear = 2024, regionName: string | null = '株洲市天元区', county: string | null = '天元区') => ({ planYear, regionName, county });

/** `key` is named in the sentence (with `scope`), or with `not` it is not named there at all. */
interface Named { sentence: string; key?: string; not?: string; scope?: string | null; planYear?: number; region?: [string, string | null]; why: string }

const NAMES: Named[] = [
  // GDP in its names
  { sentence: '全区地区生产总值增长6%左右。', key: 'gdp', why: 'the standard name' },
  { sentence: '今年的经济增长预期为7%左右。', key: 'gdp', planYear: 1999, why: '经济增长 is the headline growth' },
  { sentence: '经济增长速度的调控目标定为8%。', key: 'gdp', planYear: 1997, why: '经济增长速度' },
  { sentence: '国民经济增长速度由原定平均每年百分之六调高到百分之八至九。', key: 'gdp', planYear: 1993, why: '国民经济增长速度' },
  { sentence: '今年国民生产总值计划增长百分之八。', key: 'gdp', planYear: 1993, why: '国民生产总值 was the headline before the switch to GDP' },
  { sentence: '国民生产总值比1980年翻两番。', not: 'gdp', planYear: 2003, why: '国民生产总值 after the switch is not the headline figure' },
  { sentence: '经济年均增长5%左右。', key: 'gdp', why: '经济年均增长' },
  { sentence: '人均地区生产总值达到8万元。', not: 'gdp', why: 'per capita' },
  { sentence: '单位地区生产总值能耗下降3%。', not: 'gdp', why: 'a ratio to GDP' },
  { sentence: '全市海洋生产总值增长6%左右。', not: 'gdp', why: 'a part of the economy' },
  { sentence: '农业生产总值增长3%。', not: 'gdp', why: 'a sector' },
  { sentence: '经济总量突破5万亿元。', not: 'gdp', why: '经济总量 is not coded' },
  { sentence: '城市副中心地区生产总值增长10%。', key: 'gdp', scope: '城市副中心', why: 'a sub-area keeps its scope' },
  { sentence: '县域地区生产总值增长8%。', key: 'gdp', scope: '县域', why: 'the counties of a province' },
  { sentence: '高新区地区生产总值增长9%。', key: 'gdp', scope: '高新区', why: 'a development zone' },
  { sentence: '天元区地区生产总值增长4%。', key: 'gdp', scope: null, why: 'the region itself has no scope' },
  { sentence: '力争北部湾经济区生产总值增长8.5%左右。', key: 'gdp', scope: '北部湾经济区', why: 'an economic zone' },
  { sentence: '苏州工业园区要力争实现地区生产总值增长30%以上。', key: 'gdp', scope: '苏州工业园区', why: 'verbs between the sub-area and the name' },
  { sentence: '2002年苏州工业园区预计实现地区生产总值385亿元。', key: 'gdp', scope: '苏州工业园区', why: 'a year and 预计 before it' },
  { sentence: '全省产业集聚区完成固定资产投资6250亿元。', key: 'fixed_asset_investment', scope: '产业集聚区', why: 'industrial clusters of the province' },
  { sentence: '去年全区地区生产总值增长5.5%。', key: 'gdp', scope: null, why: '去年全区 is the region' },
  { sentence: '统筹城乡建设一体化，武汉城市圈生产总值增长12%以上。', key: 'gdp', scope: '武汉城市圈', why: 'a city cluster' },
  { sentence: '昆山经济技术开发区要在全市发挥龙头作用，明年实现地区生产总值增长18%以上。', key: 'gdp', scope: '昆山经济技术开发区', why: 'a zone as the subject of the sentence' },
  { sentence: '建设就业友好型城市，强化重点群体就业帮扶，城镇新增就业60万人以上。', key: 'new_urban_jobs', scope: null, why: 'a verb phrase opening the sentence is no subject' },
  { sentence: '浏阳经开区（高新区）要当好全市发展主引擎，规模以上工业增加值增长8%以上、固定资产投资增长10%。', key: 'above_scale_industrial_value_added', scope: '浏阳经开区', why: 'a zone with its other name in brackets as the subject' },
  { sentence: '浏阳经开区（高新区）要当好全市发展主引擎，规模以上工业增加值增长8%以上、固定资产投资增长10%。', key: 'fixed_asset_investment', scope: '浏阳经开区', why: 'a name after a figure and 、 goes on the zone\'s list' },
  { sentence: '力争开发区规模以上工业增加值增长18%以上、固定资产投资增长20%。', key: 'fixed_asset_investment', scope: '开发区', why: 'the zone named once for its clause' },
  { sentence: '全区规模以上工业增加值增长8%、固定资产投资增长10%。', key: 'fixed_asset_investment', scope: null, why: 'the region\'s list stays the region\'s' },
  { sentence: '地区生产总值和区级公共财政预算收入分别增长15%和12%。', key: 'general_budget_revenue', region: ['重庆市渝北区', '渝北区'], why: 'a district\'s own level before the second of two joined names' },
  { sentence: '两江新区渝北片区今年计划完成固定资产投资400亿元。', key: 'fixed_asset_investment', scope: '两江新区渝北片区', region: ['重庆市渝北区', '渝北区'], why: 'a zone\'s plan (今年计划完成) is the zone\'s' },
  { sentence: '全年安置城镇就业人员8万人。', key: 'new_urban_jobs', planYear: 1996, why: 'the 1990s placement of urban job seekers' },
  { sentence: '全年安置城镇就业人员8万人。', not: 'new_urban_jobs', planYear: 2012, why: 'after the planning era the wording is 城镇新增就业' },
  { sentence: '沙市是全国经济体制改革试点城市，今年国民生产总值要增长9%。', key: 'gdp', scope: '沙市', planYear: 1986, region: ['湖北省', null], why: 'a city of the province as the subject of the sentence' },
  { sentence: '武汉市是全国经济体制综合改革试点城市，“七五”期间国民生产总值平均每年增长8%以上。', key: 'gdp', scope: '武汉市', planYear: 1986, region: ['湖北省', null], why: 'a plan period before the name leaves the subject the city' },
  { sentence: '包头、呼和浩特两市作为全区经济发展的龙头，国内生产总值要增长12%以上。', key: 'gdp', scope: '呼和浩特两市', planYear: 1996, region: ['内蒙古自治区', null], why: 'two cities as the subject' },
  { sentence: '加强与东部地区的产业合作，全年招商引资到位资金增长15%以上。', key: 'external_funds', scope: null, planYear: 2016, region: ['阿克苏地区', null], why: 'an area named in a verb phrase is no subject' },
  { sentence: '国务院批复滨海新区综合配套改革试验总体方案，新区行政管理体制改革顺利完成，生产总值由2005年的1634亿元增加到2010年的5030亿元。', key: 'gdp', scope: '新区', region: ['天津市', null], why: 'the clause before opens with the zone: its topic goes on' },
  { sentence: '大力发展电子商务、现代物流等产业，推进安吉城西商务区建设，服务业增加值增长9%。', key: 'tertiary_industry_value_added', scope: null, region: ['安吉县', '安吉县'], why: 'a zone the clause before builds is its object, not its topic' },
  { sentence: '全市是全国经济体制改革试点城市，今年地区生产总值增长9%。', key: 'gdp', scope: null, region: ['洛阳市', null], why: 'the region itself as the subject' },
  { sentence: '加快洛阳新区、洛南新区建设，洛南新区今年完成固定资产投资110亿元，生产总值增长20%。', key: 'gdp', scope: '洛南新区', region: ['洛阳市', null], why: 'a clause with no subject goes on about the zone that opened the clause before' },
  { sentence: '全市地区生产总值增长6%，其中高新区地区生产总值增长10%，规模以上工业增加值增长8%。', key: 'above_scale_industrial_value_added', scope: null, region: ['洛阳市', null], why: 'a zone named after 其中 does not carry on' },
  { sentence: '阿克苏纺织工业城（开发区）规模以上工业增加值增长26%。', key: 'above_scale_industrial_value_added', scope: '阿克苏纺织工业城', why: 'a zone with a note in brackets' },
  { sentence: '劳动就业，在城镇安排600万人。', key: 'new_urban_jobs', scope: null, planYear: 1981, why: 'the jobs target of the planning era; 在城镇 is not a sub-area' },
  { sentence: '城镇、农村居民人均可支配收入分别增长6.1%和9.8%。', key: 'rural_disposable_income', why: 'two incomes named once' },
  { sentence: '城镇常住居民、农村常住居民人均可支配收入分别增长9.2%和11.4%。', key: 'urban_disposable_income', why: 'two incomes named once (常住)' },
  // prices
  { sentence: '居民消费价格总水平上涨幅度控制在2%左右。', key: 'cpi', why: 'CPI with 上涨幅度' },
  { sentence: '商品零售价格涨幅控制在3%以内。', key: 'cpi', planYear: 1998, why: 'the price target of the 1990s' },
  { sentence: '努力把全年零售物价上涨幅度控制在百分之十以内。', key: 'cpi', planYear: 1994, why: '零售物价 in the 1990s' },
  { sentence: '商品零售价格涨幅为1%。', not: 'cpi', planYear: 2010, why: 'not the headline price after 2000' },
  // investment, trade, grain, revenue, jobs
  { sentence: '主要预期目标是：地区生产总值增长6%，投资增长8%。', key: 'fixed_asset_investment', why: '投资 alone opening a clause of a targets list' },
  { sentence: '民间投资增长8%。', not: 'fixed_asset_investment', why: '投资 after another word is a part of investment' },
  { sentence: '扩大有效投资，投资增长8%。', not: 'fixed_asset_investment', why: '投资 alone outside a targets list' },
  { sentence: '货物贸易增长3%。', key: 'import_export', why: '货物贸易 opening its clause' },
  { sentence: '确保粮食播种面积1530万亩、总产量125亿斤。', key: 'grain_output', why: '总产量 after 粮食…、' },
  { sentence: '棉花总产量稳定在600万吨。', not: 'grain_output', why: '总产量 of another crop' },
  { sentence: '稳定粮食生产，粮食播种面积稳定在150万亩以上，产量保持在60万吨以上。', key: 'grain_output', why: '产量 after 粮食播种面积…，' },
  { sentence: '钢产量保持在1亿吨以上。', not: 'grain_output', why: '产量 of something else' },
  { sentence: '力争全社会研究与试验发展经费支出占生产总值比重达到1%。', key: 'rd_intensity', planYear: 2011, why: 'R&D intensity written out' },
  { sentence: '全年全社会研究与开发经费占国内生产总值的比重提高到1.6%。', key: 'rd_intensity', planYear: 2003, why: 'R&D intensity, 研究与开发' },
  { sentence: '“九五”期间国民生产总值年均增长8%左右。', key: 'gdp', planYear: 1996, why: 'GNP of the 九五 plan' },
  { sentence: '一九五九年计划要求粮食增产百分之四十。', key: 'grain_output', planYear: 1959, why: '粮食 alone' },
  { sentence: '1957年的国家预算收入比1956年增长近百分之二。', key: 'general_budget_revenue', planYear: 1957, why: 'the state budget' },
  { sentence: '社会商品零售总额增长百分之十二点三。', key: 'retail_sales', planYear: 1992, why: 'the older name of retail sales' },
  { sentence: '一九五八年进出口贸易总额安排为一百一十亿元。', key: 'import_export', planYear: 1958, why: 'trade of the planning era' },
  { sentence: '城镇安排就业困难人员1.2万人。', not: 'new_urban_jobs', planYear: 2024, why: 'placement of a group, and not the planning era' },
  { sentence: '今年计划在全民所有制和集体所有制单位安排七百多万人就业。', key: 'new_urban_jobs', planYear: 1979, why: '单位 here is a work unit, not a divisor' },
  { sentence: '单位生产总值能耗降低3%。', not: 'gdp', why: '单位 before a name of money is a divisor' },
  { sentence: '国营企业安排待业青年就业80万人。', key: 'new_urban_jobs', planYear: 1980, why: 'placement in state enterprises' },
  { sentence: '安排资金3亿元用于就业。', not: 'new_urban_jobs', planYear: 1985, why: '安排 without 城镇/所有制 before it' },
  { sentence: '全社会研发经费支出相当于全市生产总值的比例达到4.6%左右。', key: 'rd_intensity', why: 'R&D intensity with the region word' },
  { sentence: '全社会研发经费投入增长10%以上。', not: 'rd_intensity', why: 'R&D spending is not intensity' },
  // a name starts a word: the tail of a longer name is not the indicator
  { sentence: '今年国民经济增长百分之八至九。', key: 'gdp', planYear: 1995, why: '国民 before 经济增长' },
  { sentence: '全国商品零售物价上涨幅度控制在百分之十五左右。', key: 'cpi', planYear: 1995, why: '商品零售物价: the price target of the 1990s' },
  { sentence: '国内财政收入增长百分之二十。', key: 'general_budget_revenue', planYear: 1988, why: '国内 before a name' },
  { sentence: '财政一般预算收入增长6%。', key: 'general_budget_revenue', planYear: 2006, why: '财政 before 一般预算收入' },
  { sentence: '五年来地区生产总值年均增长7.8%。', key: 'gdp', why: '五年来 before the name' },
  { sentence: '五年来城镇新增就业3555万人。', key: 'new_urban_jobs', planYear: 1998, why: '年来 before the name' },
  { sentence: '州外到位资金增长15%。', key: 'external_funds', why: 'funds from outside the prefecture' },
  { sentence: '县城空气质量优良天数比例达到92.6%。', key: 'air_quality_good_days_ratio', scope: null, why: 'the county seat is where a county measures its air' },
  { sentence: '容桂街道地区生产总值增长8%。', key: 'gdp', scope: '容桂街道', why: 'a subdistrict keeps its scope' },
  { sentence: '宁东基地工业增加值增长10%。', key: 'industrial_value_added', scope: '宁东基地', why: 'an industrial base keeps its scope' },
  { sentence: '非烟非能工业增加值增长9%。', not: 'industrial_value_added', why: 'industry outside tobacco and energy is a part' },
  { sentence: '规上装备工业增加值增长12%。', not: 'above_scale_industrial_value_added', why: 'one industry of the above-scale firms' },
  { sentence: '金融、物流、商贸服务业增加值增长7%。', not: 'tertiary_industry_value_added', why: 'some services' },
  { sentence: '民营经济增长8%。', not: 'gdp', why: 'a sector\'s growth' },
  { sentence: '减少财政收入300亿元。', not: 'general_budget_revenue', planYear: 1999, why: 'the cost of a tax cut' },
  { sentence: '省级一般公共预算收入增长6%。', not: 'general_budget_revenue', region: ['湖南省', null], why: 'the provincial level alone' },
  { sentence: '市级一般公共预算收入增长6%。', not: 'general_budget_revenue', region: ['株洲市', null], why: 'the city level alone' },
  { sentence: '全省一般公共预算收入增长6%。', key: 'general_budget_revenue', region: ['湖南省', null], why: 'the province as a whole' },
  { sentence: '区级公共财政预算收入增长8%。', key: 'general_budget_revenue', planYear: 2012, why: '区级 in a district\'s report is the district\'s own level' },
  { sentence: '县级公共财政预算收入增长8%。', not: 'general_budget_revenue', planYear: 2012, why: '县级 in a district\'s report is another level' },
  { sentence: '地方级财政收入增长8%。', key: 'general_budget_revenue', planYear: 2014, why: '地方级 is the local level' },
  { sentence: '全社会研发经费投入增长15%以上、占地区生产总值的比重达到2.3%。', key: 'rd_intensity', why: 'the share after a clause on R&D spending' },
  { sentence: '研发经费投入增长10%，民营经济增加值占地区生产总值比重达到55%。', not: 'rd_intensity', why: 'a share of something else after R&D spending' },
  { sentence: '第三产业增加值占地区生产总值的比重达到50%。', not: 'rd_intensity', why: 'a share without R&D spending before it' },
  { sentence: '全市零售物价总水平上涨幅度控制在8%以内。', key: 'cpi', planYear: 1993, why: 'the retail price level of the 1990s' },
  { sentence: '零售物价总水平上涨幅度控制在3%以内。', not: 'cpi', planYear: 2010, why: 'not the headline price after 2000' },
  { sentence: '新增城镇就业岗位2.5万个。', key: 'new_urban_jobs', planYear: 2005, why: 'jobs counted as posts created' },
  { sentence: '珲春国际合作示范区今年要实现地区生产总值增长15%以上。', key: 'gdp', scope: '珲春国际合作示范区', why: 'a time word between the zone and the name' },
  { sentence: '慈溪经济开发区（杭州湾新区）明年要完成固定资产投资45亿元。', key: 'fixed_asset_investment', scope: '慈溪经济开发区', why: 'a zone with its other name in brackets, then 明年' },
  { sentence: '广州南站商务区今年要完成固定资产投资60亿元。', key: 'fixed_asset_investment', scope: '广州南站商务区', why: 'a business district' },
  { sentence: '苏北地区生产总值增长8%。', not: 'gdp', why: '地区生产总值 after a place name is that place\'s, not the region\'s' },
  { sentence: '全市汽车工业增加值增长12%。', not: 'above_scale_industrial_value_added', why: '汽车工业增加值 is one industry' },
  { sentence: '汽车工业增加值增长12%。', not: 'industrial_value_added', why: '工业增加值 at the tail of a longer name' },
  { sentence: '软件和信息技术服务业增加值增长15%。', not: 'tertiary_industry_value_added', why: '服务业增加值 at the tail of a longer name' },
  { sentence: '现代服务业增加值增长9%。', not: 'tertiary_industry_value_added', why: '现代服务业 is a part of services' },
  { sentence: '全年规模以上工业增加值增长7%。', key: 'above_scale_industrial_value_added', why: '全年 before the name is a time word' },
  { sentence: '预计全市规模以上工业增加值增长6%。', key: 'above_scale_industrial_value_added', scope: null, why: '预计全市 before the name' },
];

describe('names: each name in the corpus stands for its indicator, or for none', () => {
  for (const c of NAMES) {
    it(`${c.sentence} (${c.why})`, () => {
      const found = findNames(c.sentence, 0, c.region ? ctx(c.planYear, ...c.region) : ctx(c.planYear));
      if (c.not) expect(found.filter((n) => n.keys.includes(c.not!))).toEqual([]);
      else {
        const n = found.find((f) => f.keys.includes(c.key!));
        expect(n, `no name of ${c.key}`).toBeDefined();
        if (c.scope !== undefined) expect(n!.scope).toBe(c.scope);
      }
    });
  }
});

describe('names: the vocabulary', () => {
  it('has every alias once, and a rule only for names it holds', () => {
    const all = VOCABULARY.flatMap((d) => d.aliases);
    expect(new Set(all).size).toBe(all.length);
    for (const alias of Object.keys(ALIAS_RULES)) expect(all).toContain(alias);
  });
});
