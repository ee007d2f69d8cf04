import { describe, expect, it } from 'vitest';
import { report, run } from './helpers.ts';

type Row = ReturnType<typeof run>['rows']['indicators'][number];
const pick = (rows: Row[], key: string, kind?: string) => rows.filter((r) => r.indicator === key && (!kind || r.kind === kind));
const fig = (r: Row) => ({ value: r.value, unit: r.unit, growth_pct: r.growth_pct, growth_pct_high: r.growth_pct_high, qualifier: r.qualifier });
const rowsOf = (opts: Parameters<typeof report>[0]) => {
  const res = run(report(opts));
  const text = res.cleanText!;
  // Provenance: every span is inside the text and holds the figure's number.
  for (const r of res.rows.indicators) {
    const span = Array.from(text).slice(r.char_start, r.char_end).join('');
    const num = String(r.value ?? Math.abs(r.growth_pct!));
    expect(span.replace(/,/g, '')).toContain(num.replace(/\.0$/, ''));
    expect(r.sentence).toContain(span.slice(0, 4));
  }
  return res.rows.indicators;
};

describe('indicators: the targets paragraph in its forms', () => {
  it('reads 主要预期目标是： with figures joined by ；, qualifiers and a range (county)', () => {
    const rows = rowsOf({
      plan: 2024, review: ['全年地区生产总值增长5%。'],
      planText: ['2024年经济社会发展的主要预期目标是：地区生产总值增长6%左右；规模以上工业增加值增长8%以上；固定资产投资增长5%—5.5%；社会消费品零售总额增长7%至8%；一般公共预算收入（扣除不可比因素）增长5%；城镇调查失业率控制在5.5%以内；居民消费价格涨幅3%左右；城乡居民收入与经济增长同步。'],
    });
    expect(fig(pick(rows, 'gdp', 'target')[0])).toEqual({ value: null, unit: null, growth_pct: 6, growth_pct_high: null, qualifier: 'about' });
    expect(fig(pick(rows, 'above_scale_industrial_value_added', 'target')[0])).toMatchObject({ growth_pct: 8, qualifier: 'at_least' });
    expect(fig(pick(rows, 'fixed_asset_investment', 'target')[0])).toMatchObject({ growth_pct: 5, growth_pct_high: 5.5, qualifier: 'range' });
    expect(fig(pick(rows, 'retail_sales', 'target')[0])).toMatchObject({ growth_pct: 7, growth_pct_high: 8, qualifier: 'range' });
    expect(fig(pick(rows, 'general_budget_revenue', 'target')[0])).toMatchObject({ growth_pct: 5, qualifier: 'exact' });
    expect(fig(pick(rows, 'urban_surveyed_unemployment_rate', 'target')[0])).toEqual({ value: 5.5, unit: '%', growth_pct: null, growth_pct_high: null, qualifier: 'at_most' });
    expect(fig(pick(rows, 'cpi', 'target')[0])).toMatchObject({ value: 3, unit: '%', qualifier: 'about' });
    expect(pick(rows, 'gdp', 'target')[0]).toMatchObject({ year: 2024, year_end: 2024, basis: 'annual' });
    // 城乡居民收入与经济增长同步: qualitative, no row
    expect(rows.filter((r) => r.kind === 'target')).toHaveLength(7);
  });

  it('reads 预期目标为 joined by ，, with 不低于, 超过, 低于, 不超过 (prefecture)', () => {
    const rows = rowsOf({
      region: '株洲市', office: '市长', plan: 2023, review: ['全市地区生产总值增长4.5%。'],
      planText: ['今年全市发展的预期目标为：全市GDP增长不低于6.5%，外贸进出口增长超过10%，城镇登记失业率低于4.5%，城镇调查失业率不超过5.5%，粮食产量稳定在50万吨以上。'],
    });
    expect(fig(pick(rows, 'gdp', 'target')[0])).toMatchObject({ growth_pct: 6.5, qualifier: 'at_least' });
    expect(fig(pick(rows, 'import_export', 'target')[0])).toMatchObject({ growth_pct: 10, qualifier: 'at_least' });
    expect(fig(pick(rows, 'urban_registered_unemployment_rate', 'target')[0])).toMatchObject({ value: 4.5, qualifier: 'at_most' });
    expect(fig(pick(rows, 'urban_surveyed_unemployment_rate', 'target')[0])).toMatchObject({ value: 5.5, qualifier: 'at_most' });
    expect(fig(pick(rows, 'grain_output', 'target')[0])).toMatchObject({ value: 50, unit: '万吨', qualifier: 'at_least' });
    expect(pick(rows, 'grain_output', 'target')[0]).toMatchObject({ value_normalized: 500000, unit_normalized: 'ton' });
  });

  it('reads targets spread over a paragraph and 力争/争取/确保 figures outside it (province)', () => {
    const rows = rowsOf({
      region: '湖南省', office: '省长', plan: 2023, review: ['全省地区生产总值增长4.5%。'],
      planText: [
        '今年，全省生产总值增长6.5%左右，研发投入强度达到2.6%以上。',
        '扩大有效投资。力争全年固定资产投资增长8%，争取实际使用外资增长10%，确保新增城镇就业70万人以上。',
        '推进文旅融合，接待游客突破8亿人次，旅游收入增长15%。',
      ],
    });
    expect(fig(pick(rows, 'gdp', 'target')[0])).toMatchObject({ growth_pct: 6.5, qualifier: 'about' });
    expect(fig(pick(rows, 'rd_intensity', 'target')[0])).toMatchObject({ value: 2.6, unit: '%', qualifier: 'at_least' });
    expect(fig(pick(rows, 'fixed_asset_investment', 'target')[0])).toMatchObject({ growth_pct: 8 });
    expect(fig(pick(rows, 'actual_foreign_investment', 'target')[0])).toMatchObject({ growth_pct: 10 });
    expect(fig(pick(rows, 'new_urban_jobs', 'target')[0])).toMatchObject({ value: 70, unit: '万人', qualifier: 'at_least' });
    expect(pick(rows, 'new_urban_jobs', 'target')[0]).toMatchObject({ value_normalized: 700000, unit_normalized: 'person' });
    expect(fig(pick(rows, 'tourists', 'target')[0])).toMatchObject({ value: 8, unit: '亿人次', qualifier: 'at_least' });
    expect(fig(pick(rows, 'tourism_revenue', 'target')[0])).toMatchObject({ growth_pct: 15 });
  });

  it('reads the national targets; 单位国内生产总值能耗 is not GDP', () => {
    const rows = rowsOf({
      region: '全国', plan: 2024, date: '2024年3月5日', office: '总理', review: ['国内生产总值超过126万亿元，增长5.2%。'],
      planText: ['今年发展主要预期目标是：国内生产总值增长5%左右；城镇新增就业1200万人以上，城镇调查失业率5.5%左右；居民消费价格涨幅3%左右；粮食产量1.3万亿斤以上；单位国内生产总值能耗降低2.5%左右。'],
    });
    expect(pick(rows, 'gdp', 'target').map(fig)).toEqual([{ value: null, unit: null, growth_pct: 5, growth_pct_high: null, qualifier: 'about' }]);
    expect(fig(pick(rows, 'gdp', 'actual')[0])).toMatchObject({ value: 126, unit: '万亿元', growth_pct: 5.2, qualifier: 'at_least' });
    expect(fig(pick(rows, 'new_urban_jobs', 'target')[0])).toMatchObject({ value: 1200, unit: '万人', qualifier: 'at_least' });
    expect(fig(pick(rows, 'urban_surveyed_unemployment_rate', 'target')[0])).toMatchObject({ value: 5.5, qualifier: 'about' });
    expect(pick(rows, 'grain_output', 'target')[0]).toMatchObject({ value: 1.3, unit: '万亿斤', qualifier: 'at_least', value_normalized: 650000000000, unit_normalized: 'kg' });
  });
});

describe('indicators: several values in one clause', () => {
  it('splits 分别达…、…，分别增长…、… over the two incomes, in order', () => {
    const rows = rowsOf({ plan: 2023, review: ['城乡居民人均可支配收入预计分别达 39760 元、25837 元，分别增长 2%、4%。'], planText: ['城乡居民人均可支配收入分别增长7%和8%。'] });
    expect(fig(pick(rows, 'urban_disposable_income', 'estimate')[0])).toMatchObject({ value: 39760, unit: '元', growth_pct: 2 });
    expect(fig(pick(rows, 'rural_disposable_income', 'estimate')[0])).toMatchObject({ value: 25837, unit: '元', growth_pct: 4 });
    expect(fig(pick(rows, 'urban_disposable_income', 'target')[0])).toMatchObject({ growth_pct: 7 });
    expect(fig(pick(rows, 'rural_disposable_income', 'target')[0])).toMatchObject({ growth_pct: 8 });
  });

  it('shares one list of figures between names joined by 、 and a trailing 以上', () => {
    const rows = rowsOf({ plan: 2022, review: ['全年接待游客658.3万人次，实现旅游收入33.3亿元。'], planText: ['力争全年接待游客数量、实现旅游收入同比分别增长10%、12%以上。'] });
    expect(fig(pick(rows, 'tourists', 'target')[0])).toMatchObject({ growth_pct: 10, qualifier: 'at_least' });
    expect(fig(pick(rows, 'tourism_revenue', 'target')[0])).toMatchObject({ growth_pct: 12, qualifier: 'at_least' });
    expect(fig(pick(rows, 'tourists', 'actual')[0])).toMatchObject({ value: 658.3, unit: '万人次' });
  });

  it('keeps both ends of a value range (value, value_high), and none for a single value', () => {
    const rows = rowsOf({ plan: 2024, review: ['全年粮食产量120万吨。'], planText: ['全社会固定资产投资1000—1100亿元，粮食产量稳定在120万吨以上，进出口总额达到50亿元至55亿元。'] });
    expect(pick(rows, 'fixed_asset_investment', 'target')[0]).toMatchObject({ value: 1000, value_high: 1100, unit: '亿元', qualifier: 'range', value_normalized: 1e11 });
    expect(pick(rows, 'import_export', 'target')[0]).toMatchObject({ value: 50, value_high: 55, unit: '亿元', qualifier: 'range' });
    expect(pick(rows, 'grain_output', 'target')[0]).toMatchObject({ value: 120, value_high: null, qualifier: 'at_least' });
  });

  it('reads value and growth separated by a comma, and stops at the next name', () => {
    const rows = rowsOf({ plan: 2023, review: ['全年实现地区生产总值 443.71 亿元，增长 0.3%；工业增加值 161.99 亿元，增长 10%；规上工业增加值增长12%。'], planText: ['地区生产总值增长7.5%。'] });
    expect(fig(pick(rows, 'gdp', 'actual')[0])).toMatchObject({ value: 443.71, unit: '亿元', growth_pct: 0.3 });
    expect(pick(rows, 'gdp', 'actual')[0]).toMatchObject({ value_normalized: 44371000000, unit_normalized: 'yuan' });
    expect(fig(pick(rows, 'industrial_value_added', 'actual')[0])).toMatchObject({ value: 161.99, growth_pct: 10 });
    expect(fig(pick(rows, 'above_scale_industrial_value_added', 'actual')[0])).toMatchObject({ value: null, growth_pct: 12 });
  });
});

describe('indicators: kind', () => {
  it('预计 makes its sentence an estimate; the next sentence is actual again', () => {
    const rows = rowsOf({ plan: 2022, review: ['预计全年地区生产总值同比增长8.5%；全社会固定资产投资同比增长10.5%。全年接待游客658.3万人次。'], planText: ['地区生产总值增长7.5%。'] });
    expect(pick(rows, 'gdp')[0].kind).toBe('estimate');
    expect(pick(rows, 'fixed_asset_investment')[0].kind).toBe('estimate');
    expect(pick(rows, 'tourists')[0].kind).toBe('actual');
  });

  it('预计（下同） covers every review-year figure after it, not the targets', () => {
    const rows = rowsOf({ plan: 2023, review: ['高新区营业收入预计（下同）增长9.7%。天元区GDP增长4.0%，规模工业增加值增长10.5%。', '新增城镇就业8316人，城镇登记失业率为2.07%。'], planText: ['GDP增长7.5%左右。'] });
    expect(pick(rows, 'gdp', 'estimate')[0]).toMatchObject({ growth_pct: 4, scope: null, year: 2022 });
    expect(pick(rows, 'new_urban_jobs')[0]).toMatchObject({ kind: 'estimate', value: 8316, unit: '人' });
    expect(pick(rows, 'urban_registered_unemployment_rate')[0]).toMatchObject({ kind: 'estimate', value: 2.07, unit: '%', growth_pct: null });
    expect(pick(rows, 'gdp', 'target')[0]).toMatchObject({ growth_pct: 7.5, qualifier: 'about', year: 2023 });
  });

  it('初步统计 is an estimate; figures for part of the year are not taken', () => {
    const rows = rowsOf({ plan: 2024, review: ['初步统计，全区地区生产总值增长5.6%。1—11月，规模以上工业增加值增长9%。'], planText: ['地区生产总值增长6%。'] });
    expect(pick(rows, 'gdp', 'estimate')[0]).toMatchObject({ growth_pct: 5.6 });
    expect(pick(rows, 'above_scale_industrial_value_added')).toEqual([]);
  });
});

describe('indicators: multi-year figures', () => {
  it('gives a 十四五 average and a level to reach by 2025 their own basis and years', () => {
    const rows = rowsOf({ plan: 2023, review: ['五年来，全区地区生产总值年均增长6.8%。'], planText: ['“十四五”时期，地区生产总值年均增长7%左右。到2025年，研发投入强度达到3%。今年地区生产总值增长6.5%。'] });
    expect(pick(rows, 'gdp', 'target').map((r) => [r.basis, r.year, r.year_end, r.growth_pct])).toEqual([['average_annual', 2021, 2025, 7], ['annual', 2023, 2023, 6.5]]);
    expect(pick(rows, 'rd_intensity', 'target')[0]).toMatchObject({ basis: 'level', year: 2023, year_end: 2025, value: 3 });
    expect(pick(rows, 'gdp', 'actual')[0]).toMatchObject({ basis: 'average_annual', year: 2018, year_end: 2022, growth_pct: 6.8 });
  });
});

describe('indicators: names, scope and precision', () => {
  it('gives a sub-area figure its scope and the region itself none', () => {
    const rows = rowsOf({ plan: 2023, review: ['高新区地区生产总值增长9%，天元区地区生产总值增长4%。'], planText: ['全区GDP增长7%。'] });
    expect(pick(rows, 'gdp', 'actual').map((r) => [r.scope, r.growth_pct])).toEqual([['高新区', 9], [null, 4]]);
    expect(pick(rows, 'gdp', 'target')[0].scope).toBeNull();
  });

  it('takes no figure that is not the indicator\'s: shares, per-capita values, mismatched units', () => {
    const rows = rowsOf({
      plan: 2023,
      review: ['工业增加值占地区生产总值比重提高到35%。人均地区生产总值达到8万元。空气质量优良天数同比增加5天。全社会固定资产投资增速连续4个月居全市首位。'],
      planText: ['居民收入增长与经济增长同步。城镇调查失业率低于全省平均水平。'],
    });
    expect(rows).toEqual([]);
  });

  it('reads a rate as a value in %, a count of days, and money in 万元', () => {
    const rows = rowsOf({ plan: 2023, review: ['全社会研发投入强度达到4.05%，空气质量优良天数达 275 天，一般公共预算收入完成52000万元。'], planText: ['地区生产总值增长7%。'] });
    expect(fig(pick(rows, 'rd_intensity')[0])).toMatchObject({ value: 4.05, unit: '%', growth_pct: null });
    expect(fig(pick(rows, 'air_quality_good_days')[0])).toMatchObject({ value: 275, unit: '天' });
    expect(pick(rows, 'general_budget_revenue')[0]).toMatchObject({ value: 52000, unit: '万元', value_normalized: 520000000 });
  });

  it('reads a fall as negative growth', () => {
    const rows = rowsOf({ plan: 2023, review: ['受疫情影响，全区社会消费品零售总额下降3.2%。'], planText: ['社会消费品零售总额增长8%。'] });
    expect(pick(rows, 'retail_sales', 'actual')[0].growth_pct).toBe(-3.2);
  });

  it('does not take a past figure quoted in the plan as a target', () => {
    const rows = rowsOf({ plan: 2023, review: ['地区生产总值增长4%。'], planText: ['去年全区地区生产总值达到443亿元，今年地区生产总值增长7%。'] });
    expect(pick(rows, 'gdp', 'target').map((r) => r.growth_pct)).toEqual([7]);
  });
});

describe('indicators: phrasings of provincial and national reports', () => {
  it('reads the national review: 超过…万亿元，增长; 年末…为; 上涨 for prices; 万亿斤', () => {
    const rows = rowsOf({
      region: '全国', plan: 2024, date: '2024年3月5日', office: '总理',
      review: ['国内生产总值超过126万亿元，增长5.2%，增速居世界主要经济体前列。城镇新增就业1244万人，年末城镇调查失业率为5.1%。居民消费价格上涨0.2%。粮食产量1.39万亿斤。'],
      planText: ['今年发展主要预期目标是：国内生产总值增长5%左右；居民消费价格涨幅3%左右。'],
    });
    expect(fig(pick(rows, 'urban_surveyed_unemployment_rate', 'actual')[0])).toMatchObject({ value: 5.1, unit: '%' });
    expect(fig(pick(rows, 'cpi', 'actual')[0])).toMatchObject({ value: 0.2, unit: '%', growth_pct: null });
    expect(fig(pick(rows, 'cpi', 'target')[0])).toMatchObject({ value: 3, qualifier: 'about' });
    expect(fig(pick(rows, 'grain_output', 'actual')[0])).toMatchObject({ value: 1.39, unit: '万亿斤' });
    expect(fig(pick(rows, 'new_urban_jobs', 'actual')[0])).toMatchObject({ value: 1244, unit: '万人' });
  });

  it('reads a value and its growth joined by 、 (province)', () => {
    const rows = rowsOf({ region: '湖南省', office: '省长', plan: 2023, review: ['全省地区生产总值达到4.87万亿元、增长4.5%，地方一般公共预算收入3101.8亿元、同比增长6.1%。'], planText: ['地区生产总值增长6.5%左右。'] });
    expect(fig(pick(rows, 'gdp', 'actual')[0])).toMatchObject({ value: 4.87, unit: '万亿元', growth_pct: 4.5 });
    expect(fig(pick(rows, 'general_budget_revenue', 'actual')[0])).toMatchObject({ value: 3101.8, growth_pct: 6.1 });
  });

  it('does not take last year\'s target quoted in the review as a result', () => {
    const rows = rowsOf({ plan: 2023, review: ['年初确定的地区生产总值增长6.5%的目标没有完成，全年地区生产总值增长3.2%。一般公共预算收入增长8%的预期目标顺利实现。'], planText: ['地区生产总值增长6%。'] });
    expect(pick(rows, 'gdp', 'actual').map((r) => r.growth_pct)).toEqual([3.2]);
    expect(pick(rows, 'general_budget_revenue')).toEqual([]);
  });
});

describe('indicators: county review phrasings', () => {
  it('reads 完成, 同口径, 按可比价格计算, an English abbreviation in brackets and incomes with 万元', () => {
    const rows = rowsOf({
      region: '株洲市天元区', plan: 2024,
      review: ['全年实现地区生产总值（GDP）285.6亿元，按可比价格计算，增长5.8%；规模以上工业增加值增长7.1%；一般公共预算收入完成12.3亿元，同口径增长8.2%；城镇居民人均可支配收入达到4.5万元，增长5.1%；外贸进出口总额12.5亿美元，增长8%；空气质量优良天数比例达到92.5%。'],
      planText: ['今年全区经济社会发展的主要预期目标是：生产总值增长7%左右，规模以上工业增加值增长8%，城乡居民人均可支配收入分别增长6.5%和7.5%。'],
    });
    expect(fig(pick(rows, 'gdp', 'actual')[0])).toMatchObject({ value: 285.6, unit: '亿元', growth_pct: 5.8 });
    expect(fig(pick(rows, 'general_budget_revenue', 'actual')[0])).toMatchObject({ value: 12.3, growth_pct: 8.2 });
    expect(pick(rows, 'urban_disposable_income', 'actual')[0]).toMatchObject({ value: 4.5, unit: '万元', value_normalized: 45000, growth_pct: 5.1 });
    expect(pick(rows, 'import_export', 'actual')[0]).toMatchObject({ value: 12.5, unit: '亿美元', unit_normalized: 'usd', growth_pct: 8 });
    expect(fig(pick(rows, 'air_quality_good_days_ratio', 'actual')[0])).toMatchObject({ value: 92.5, unit: '%' });
    expect(fig(pick(rows, 'gdp', 'target')[0])).toMatchObject({ growth_pct: 7, qualifier: 'about' });
    expect(fig(pick(rows, 'rural_disposable_income', 'target')[0])).toMatchObject({ growth_pct: 7.5 });
  });
});

describe('indicators: parts and look-alikes are not the indicator', () => {
  it('skips 农业生产总值, 工业固定资产投资, 上级到位资金 and takes the real ones', () => {
    const rows = rowsOf({
      plan: 2023,
      review: ['全区农业生产总值增长3%，工业固定资产投资增长15%，争取上级到位资金3亿元。全区地区生产总值增长4%，固定资产投资增长6%，招商引资到位资金50亿元。'],
      planText: ['地区生产总值增长6%。'],
    });
    expect(pick(rows, 'gdp', 'actual').map((r) => r.growth_pct)).toEqual([4]);
    expect(pick(rows, 'fixed_asset_investment', 'actual').map((r) => r.growth_pct)).toEqual([6]);
    expect(pick(rows, 'external_funds', 'actual').map((r) => r.value)).toEqual([50]);
  });
});
