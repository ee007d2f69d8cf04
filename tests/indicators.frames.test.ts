/**
 * Time frames, end to end: whole small reports at county, prefecture, province and national
 * level, each with the rows its figures must give — kind, basis, years, the rule that framed them —
 * and the figures that must give no row (a 年均 figure without its period, part of a year, a target
 * quoted in a review, a result quoted in a plan, disagreeing statements).
 */
import { describe, expect, it } from 'vitest';
import { FRAME_CUES } from '../schemas/frames.ts';
import { validateFile } from '../pipeline/validate/index.ts';
import { run } from './helpers.ts';

type Level = 'county' | 'prefecture' | 'province' | 'national';
const GOVERNMENT: Record<Level, { region: string; title: string; office: string; meeting: string; us: string }> = {
  county: { region: '株洲市天元区', title: '天元区', office: '天元区人民政府区长 张明远', meeting: '株洲市天元区第六届人民代表大会第三次会议', us: '区人民政府' },
  prefecture: { region: '株洲市', title: '株洲市', office: '株洲市人民政府市长 李文华', meeting: '株洲市第十六届人民代表大会第三次会议', us: '市人民政府' },
  province: { region: '湖南省', title: '湖南省', office: '湖南省人民政府省长 王立新', meeting: '湖南省第十四届人民代表大会第四次会议', us: '省人民政府' },
  national: { region: '全国', title: '', office: '国务院总理 周建国', meeting: '第十四届全国人民代表大会第四次会议', us: '国务院' },
};
const FILLER = '各项工作扎实推进，人民群众获得感、幸福感、安全感不断增强。';

/** A report of `level` for `plan`, its body the given headings and paragraphs. */
function reportText(level: Level, plan: number, body: string[], date = `${plan}年1月20日`): string {
  const g = GOVERNMENT[level];
  return [
    `${plan}年${g.title}政府工作报告`,
    `——${date}在${g.meeting}上`,
    g.office,
    '各位代表：',
    `现在，我代表${g.us}，向大会报告工作，请予审议。`,
    ...body,
    FILLER.repeat(50),
    '各位代表，让我们团结奋斗，再创佳绩！',
  ].join('\n');
}

type Row = ReturnType<typeof run>['rows']['indicators'][number];
/** The indicator rows of a report as the dataset holds them: extracted, then validated. */
const rowsOf = (text: string) => {
  const r = run(text);
  expect(r.rows.reports).toHaveLength(1);
  return validateFile({ sourceFile: 'f.txt', cleanText: r.cleanText, rows: r.rows as never }).rows.indicators as Row[];
};
/** A compact form of a row: key kind basis year-year_end growth|value qualifier. */
const show = (r: Row) => `${r.indicator} ${r.kind} ${r.basis} ${r.year}-${r.year_end} ${r.growth_pct ?? ''}${r.growth_pct_high !== null ? `~${r.growth_pct_high}` : ''}${r.value !== null ? `v${r.value}${r.unit}` : ''} ${r.qualifier}`;
const of = (rows: Row[], key: string) => rows.filter((r) => r.indicator === key).map(show);

describe('frames: the cue list', () => {
  it('finds every cue in each of its examples', () => {
    for (const cue of FRAME_CUES) {
      for (const ex of cue.examples) expect(new RegExp(cue.pattern).test(ex), `${cue.name}: ${ex}`).toBe(true);
    }
  });
});

describe('frames: a report opening a five-year plan reviews the past five years and sets the new plan beside the year', () => {
  const cases: Array<{ level: Level; plan: number; past: string; next: string; pastName: string; nextName: string }> = [
    { level: 'province', plan: 2026, past: '十四五', next: '十五五', pastName: '“十四五”时期', nextName: '“十五五”时期' },
    { level: 'prefecture', plan: 2021, past: '十三五', next: '十四五', pastName: '过去五年', nextName: '今后五年' },
    { level: 'county', plan: 2016, past: '十二五', next: '十三五', pastName: '五年来', nextName: '“十三五”期间' },
    { level: 'national', plan: 2011, past: '十一五', next: '十二五', pastName: '这五年', nextName: '未来五年' },
  ];
  for (const c of cases) {
    it(`${c.level} ${c.plan}: ${c.pastName} / ${c.nextName}`, () => {
      const r = c.plan - 1;
      const rows = rowsOf(reportText(c.level, c.plan, [
        `一、“${c.past}”时期和${r}年工作回顾`,
        `${c.pastName}，我们坚持稳中求进。`,
        `——经济实力大幅跃升。地区生产总值连跨两个千亿元台阶，年均增长6.8%，城镇新增就业累计52万人。`,
        `${r}年，全区地区生产总值突破5000亿元、增长5.5%，一般公共预算收入增长3.1%。年初确定的地区生产总值增长6%的预期目标基本完成。`,
        FILLER.repeat(10),
        `二、“${c.next}”时期主要目标任务`,
        `${c.nextName}，地区生产总值年均增长5.5%左右，城镇新增就业60万人以上，到${c.plan + 4}年研发投入强度达到3%以上。`,
        FILLER.repeat(10),
        `三、${c.plan}年重点工作`,
        `${c.plan}年是“${c.next}”开局之年。主要预期目标是：地区生产总值增长5%左右，一般公共预算收入增长2%，城镇新增就业12万人以上，城镇调查失业率5.5%左右。`,
        '去年全区地区生产总值增长5.5%，今年要在此基础上再上台阶。',
        FILLER.repeat(10),
      ]));
      expect(of(rows, 'gdp')).toEqual([
        `gdp actual average_annual ${r - 4}-${r} 6.8 exact`,
        `gdp actual annual ${r}-${r} 5.5v5000亿元 at_least`,
        `gdp target average_annual ${c.plan}-${c.plan + 4} 5.5 about`,
        `gdp target annual ${c.plan}-${c.plan} 5 about`,
      ]);
      expect(of(rows, 'new_urban_jobs')).toEqual([
        `new_urban_jobs actual cumulative ${r - 4}-${r} v52万人 exact`,
        `new_urban_jobs target cumulative ${c.plan}-${c.plan + 4} v60万人 at_least`,
        `new_urban_jobs target annual ${c.plan}-${c.plan} v12万人 at_least`,
      ]);
      expect(of(rows, 'rd_intensity')).toEqual([`rd_intensity target level ${c.plan}-${c.plan + 4} v3% at_least`]);
      expect(of(rows, 'general_budget_revenue')).toEqual([
        `general_budget_revenue actual annual ${r}-${r} 3.1 exact`,
        `general_budget_revenue target annual ${c.plan}-${c.plan} 2 exact`,
      ]);
      // every row says why it has its frame
      const annualTarget = rows.find((x) => x.indicator === 'gdp' && x.kind === 'target' && x.basis === 'annual')!;
      expect(annualTarget).toMatchObject({ frame_source: 'paragraph', frame_rule: 'named_year', frame_cue: `${c.plan}年` });
      const planAverage = rows.find((x) => x.indicator === 'gdp' && x.basis === 'average_annual' && x.kind === 'target')!;
      expect(planAverage.frame_cue).toBe(c.nextName);
    });
  }
});

describe('frames: results quoted in the plan, targets quoted in the review', () => {
  for (const level of ['county', 'prefecture', 'province', 'national'] as Level[]) {
    it(`${level}: 过去一年 opening the plan and 去年… are results; 年初确定的目标 and 计划增长 are no rows`, () => {
      const rows = rowsOf(reportText(level, 2024, [
        '一、2023年工作回顾',
        '过去一年，地区生产总值增长4.6%。年初确定的固定资产投资增长10%的目标没有完成，全年固定资产投资增长6.1%。社会消费品零售总额计划增长8%，实际增长7.2%。',
        FILLER.repeat(10),
        '二、2024年工作安排',
        '过去一年，全社会固定资产投资增长6.1%，为今年发展打下了基础。',
        '今年经济社会发展的主要预期目标是：地区生产总值增长6%左右，固定资产投资增长8%。',
        FILLER.repeat(10),
      ]));
      expect(of(rows, 'gdp')).toEqual(['gdp actual annual 2023-2023 4.6 exact', 'gdp target annual 2024-2024 6 about']);
      expect(of(rows, 'fixed_asset_investment')).toEqual(['fixed_asset_investment actual annual 2023-2023 6.1 exact', 'fixed_asset_investment target annual 2024-2024 8 exact']);
      // 计划增长8% is quoted; 实际增长7.2% after it is the result (ACTUAL_AFTER_QUOTE)
      expect(of(rows, 'retail_sales')).toEqual(['retail_sales actual annual 2023-2023 7.2 exact']);
    });
  }
});

describe('frames: a list of targets quoted in the review', () => {
  it('年初确定的主要预期目标是：… gives no results; the results after it do', () => {
    const rows = rowsOf(reportText('prefecture', 2024, [
      '一、2023年工作回顾',
      '年初确定的主要预期目标是：地区生产总值增长6%，一般公共预算收入增长5%。经过努力，全市地区生产总值增长5.2%，一般公共预算收入增长6.3%。',
      FILLER.repeat(10),
      '二、2024年工作安排',
      '今年主要预期目标是：地区生产总值增长5.5%左右。',
    ]));
    expect(rows.map(show)).toEqual([
      'gdp actual annual 2023-2023 5.2 exact', 'general_budget_revenue actual annual 2023-2023 6.3 exact', 'gdp target annual 2024-2024 5.5 about',
    ]);
  });
});

describe('frames: spans that are no five-year period, totals over a period, averages of rates, ambiguous lists', () => {
  it('两年平均, 前三年年均, 四年年均 give no row; 五年累计 is the period\'s total; 居民消费价格年均上涨 is no year\'s rate', () => {
    const rows = rowsOf(reportText('province', 2024, [
      '一、2023年工作回顾',
      '2023年，全省地区生产总值增长5.2%，两年平均增长4.6%。“十四五”前三年，地区生产总值年均增长6.1%。成都高新区、绵阳高新区工业增加值分别增长30%和28%。城镇、农村居民人均可支配收入分别增长6.1%和9.8%。',
      '过去五年，全社会固定资产投资累计完成5.5万亿元，居民消费价格年均上涨2.1%。',
      FILLER.repeat(10),
      '二、2024年工作安排',
      '今年主要预期目标是：地区生产总值增长5.5%左右，北部湾经济区生产总值增长8.5%左右。',
    ]));
    expect(rows.map(show)).toEqual([
      'gdp actual annual 2023-2023 5.2 exact',
      'urban_disposable_income actual annual 2023-2023 6.1 exact',
      'rural_disposable_income actual annual 2023-2023 9.8 exact',
      'fixed_asset_investment actual cumulative 2019-2023 v5.5万亿元 exact',
      'cpi actual average_annual 2019-2023 v2.1% exact',
      'gdp target annual 2024-2024 5.5 about',
    ]);
  });

  it('财政收入 beside 一般公共预算收入: the narrower name is the key\'s', () => {
    const rows = rowsOf(reportText('province', 2019, [
      '一、2018年工作回顾', '财政收入2790.4亿元，增长3.6%；一般公共预算收入1681.3亿元，增长5.4%。', FILLER.repeat(10),
      '二、2019年工作安排', '地区生产总值增长6.5%—7%。',
    ]));
    expect(of(rows, 'general_budget_revenue')).toEqual(['general_budget_revenue actual annual 2018-2018 5.4v1681.3亿元 exact']);
  });
});

describe('frames: a figure of the plan after a review opener, and the targets list as the official statement', () => {
  it('“八五”以来… opening a paragraph of the year\'s plan frames that paragraph only (county, 1995)', () => {
    const rows = rowsOf(reportText('county', 1995, [
      '一、1994年工作回顾', '全县国内生产总值增长12%。', FILLER.repeat(10),
      '二、1995年的主要任务', '“八五”以来，我县农业综合生产能力明显增强，粮食总产量年均增长3%。',
      '（一）坚持把农业放在经济工作的首位。粮食总产量稳定在37万吨以上，棉花、油料保持稳定。',
    ]));
    expect(of(rows, 'grain_output')).toEqual(['grain_output actual average_annual 1991-1994 3 exact', 'grain_output target annual 1995-1995 v37万吨 at_least']);
  });
  it('a target restated with another qualifier later in the plan: the list\'s statement is kept (province)', () => {
    const rows = rowsOf(reportText('province', 2023, [
      '一、2022年工作回顾', '全省地区生产总值增长4.7%。', FILLER.repeat(10),
      '二、2023年工作安排', '今年全省经济社会发展的主要预期目标是：地区生产总值增长6%左右，社会消费品零售总额增长6%。',
      '稳定大宗消费，全年社会消费品零售总额力争增长6%以上。',
    ]));
    expect(of(rows, 'retail_sales')).toEqual(['retail_sales target annual 2023-2023 6 exact']);
  });
});

describe('frames: cases a review of the code found', () => {
  it('a spring report that says 今年以来 and 明年是…周年, with no meeting date, keeps its targets', () => {
    const text = reportText('county', 2020, [
      '一、2019年工作回顾', '全区地区生产总值增长6.5%。今年以来，疫情防控形势严峻。', FILLER.repeat(10),
      '二、2020年工作安排', '明年是建党一百周年。明年也是“十四五”开局之年。今年，全区地区生产总值增长6%左右，社会消费品零售总额增长8%。',
    ]).replace(/——.*\n/, '');
    expect(rowsOf(text).filter((r) => r.kind === 'target').map(show)).toEqual(['gdp target annual 2020-2020 6 about', 'retail_sales target annual 2020-2020 8 exact']);
  });
  it('“十四五”时期和2025年工作回顾 frames a sub-section without a year word as 2025', () => {
    const rows = rowsOf(reportText('province', 2026, [
      '一、“十四五”时期和2025年工作回顾', '（一）经济运行稳中有进', '全省地区生产总值增长5.5%，一般公共预算收入增长2%。', FILLER.repeat(10),
      '二、2026年重点工作', '主要预期目标是：地区生产总值增长5%左右。',
    ]));
    expect(of(rows, 'gdp')).toEqual(['gdp actual annual 2025-2025 5.5 exact', 'gdp target annual 2026-2026 5 about']);
    expect(rows.find((r) => r.kind === 'actual')).toMatchObject({ frame_source: 'heading', frame_cue: '2025年' });
  });
  it('a target quoted in the review, then 实际完成… in the same sentence: the figures after it are the result', () => {
    const rows = rowsOf(reportText('prefecture', 1993, [
      '一、一九九二年工作回顾', '年初确定的国民生产总值增长7%的目标，执行中几次调高，全年实际完成98.6亿元，按可比价格计算，比上年增长10.8%。年初确定的财政收入增长6%的目标圆满完成。', FILLER.repeat(10),
      '二、一九九三年工作安排', '国民生产总值增长12%。',
    ]));
    expect(rows.map(show)).toEqual(['gdp actual annual 1992-1992 10.8v98.6亿元 exact', 'gdp target annual 1993-1993 12 exact']);
  });
  it('a later year named in an earlier sentence does not frame a five-year total after it', () => {
    const rows = rowsOf(reportText('national', 1996, [
      '一、“八五”计划的完成情况和1995年的工作', '国民经济持续快速增长。“八五”期间，国内生产总值平均每年增长12%。原定2000年国民生产总值比1980年翻两番的目标，已于1995年提前实现。五年全社会固定资产投资累计完成近5万亿元，新增发电装机容量7500万千瓦。', FILLER.repeat(10),
      '二、1996年的主要任务', '国内生产总值增长8%左右。',
    ]));
    expect(of(rows, 'fixed_asset_investment')).toEqual(['fixed_asset_investment actual cumulative 1991-1995 v5万亿元 about']);
  });
  it('提前两年 (ahead of schedule) is no span of two years', () => {
    const rows = rowsOf(reportText('province', 1986, [
      '一、一九八五年和“六五”期间的工作回顾', '五年间，全省工农业总产值平均每年增长10.9%，提前两年实现了“六五”计划规定的指标；国民生产总值年均增长10.2%，国民收入年均增长9.6%。', FILLER.repeat(10),
      '二、一九八六年的主要任务', '今年国民生产总值增长7%。',
    ]));
    expect(of(rows, 'gdp')).toEqual(['gdp actual average_annual 1981-1985 10.2 exact', 'gdp target annual 1986-1986 7 exact']);
  });
  it('a fall of a rate and a Chinese numeral before 多万 pass the span check', () => {
    const rows = rowsOf(reportText('national', 1985, [
      '一、1984年工作回顾', '粮食产量达到四亿零七百多万吨，居民消费价格下降0.5%。', FILLER.repeat(10),
      '二、1985年工作安排', '国民生产总值增长百分之七。',
    ]));
    expect(rows.map(show)).toEqual(['grain_output actual annual 1984-1984 v4.07亿吨 at_least', 'cpi actual annual 1984-1984 v-0.5% exact', 'gdp target annual 1985-1985 7 exact']);
  });
  it('a 累计 figure beside a year in Chinese digits is the year\'s; a span of years written out is a period', () => {
    const rows = rowsOf(reportText('prefecture', 2023, [
      '一、2022年工作回顾', '去年，全市固定资产投资累计完成120亿元，比二〇二一年增长8%。', '2016年至2020年，全市地区生产总值年均增长7.2%。', FILLER.repeat(10),
      '二、2023年工作安排', '地区生产总值增长6%。',
    ]));
    expect(rows.map(show)).toEqual(['fixed_asset_investment actual annual 2022-2022 8v120亿元 exact', 'gdp actual average_annual 2016-2020 7.2 exact', 'gdp target annual 2023-2023 6 exact']);
  });
  it('an opener of a review part does not reach a sub-section whose own heading has a year', () => {
    const rows = rowsOf(reportText('prefecture', 2026, [
      '一、过去五年工作回顾', '五年来，全市上下团结奋斗。全市地区生产总值年均增长6.2%。', FILLER.repeat(5),
      '（一）2025年主要工作', '全市地区生产总值增长5.1%，社会消费品零售总额增长4%。', FILLER.repeat(5),
      '二、2026年工作安排', '主要预期目标是：地区生产总值增长5%左右。',
    ]));
    expect(rows.map(show)).toEqual(['gdp actual average_annual 2021-2025 6.2 exact', 'gdp actual annual 2025-2025 5.1 exact', 'retail_sales actual annual 2025-2025 4 exact', 'gdp target annual 2026-2026 5 about']);
    expect(rows[1]).toMatchObject({ frame_source: 'heading', frame_cue: '2025年' });
  });
  it('a sub-section heading naming the opener\'s own period leaves it the opener\'s; one of the other side takes it', () => {
    const rows = rowsOf(reportText('province', 2026, [
      '一、过去五年工作回顾', '五年来，全省上下团结奋斗。', FILLER.repeat(5),
      '（一）“十四五”时期主要成就', '全省地区生产总值年均增长5.6%。', FILLER.repeat(5),
      '（二）“十五五”时期主要目标', '全省地区生产总值年均增长5%左右。', FILLER.repeat(5),
      '二、2026年工作安排', '主要预期目标是：地区生产总值增长5%左右。',
    ]));
    expect(of(rows, 'gdp')).toEqual(['gdp actual average_annual 2021-2025 5.6 exact', 'gdp target average_annual 2026-2030 5 about', 'gdp target annual 2026-2026 5 about']);
    expect(rows[0]).toMatchObject({ frame_source: 'section', frame_cue: '五年来' });
    expect(rows[1]).toMatchObject({ frame_source: 'heading', frame_cue: '“十五五”时期' });
  });
  it('a span of two to four years ahead frames a 年均 target; a past span of three years frames nothing', () => {
    const rows = rowsOf(reportText('prefecture', 2014, [
      '一、2013年工作回顾', '三年来，全市地区生产总值年均增长9.1%。全市地区生产总值增长8%。', FILLER.repeat(10),
      '二、2014年工作安排', '今年地区生产总值增长8.5%左右。力争用三年时间实现地区生产总值年均增长10%以上，到2016年突破1100亿元。',
    ]));
    expect(of(rows, 'gdp')).toEqual(['gdp actual annual 2013-2013 8 exact', 'gdp target annual 2014-2014 8.5 about', 'gdp target average_annual 2014-2016 10 at_least']);
    expect(rows.find((r) => r.basis === 'average_annual')).toMatchObject({ frame_rule: 'next_years_span', frame_cue: '用三年时间' });
    const ahead = rowsOf(reportText('county', 2024, [
      '一、2023年工作回顾', '全县地区生产总值增长6%。', FILLER.repeat(10),
      '二、2024年工作安排', '今后三年，全县地区生产总值年均增长7%左右。今年地区生产总值增长6.5%。',
    ]));
    expect(of(ahead, 'gdp')).toContain('gdp target average_annual 2024-2026 7 about');
    const thisAndNext = rowsOf(reportText('prefecture', 1999, [
      '一、1998年工作回顾', '全州国内生产总值增长8%。', FILLER.repeat(10),
      '二、1999年工作安排', '今年全州国内生产总值增长9%。今明两年，全州国内生产总值年均增长9%以上，力争到2000年国内生产总值比1995年翻一番。',
    ]));
    expect(of(thisAndNext, 'gdp')).toEqual(['gdp actual annual 1998-1998 8 exact', 'gdp target annual 1999-1999 9 exact', 'gdp target average_annual 1999-2000 9 at_least']);
  });
  it('a span of years ahead opening a paragraph does not frame the year\'s targets after it', () => {
    const rows = rowsOf(reportText('prefecture', 2018, [
      '一、2017年工作回顾', '全市地区生产总值增长7.5%。', FILLER.repeat(10),
      '二、2018年工作安排', '今后三年，是决胜全面建成小康社会的关键时期。主要预期目标是：地区生产总值增长7%左右，一般公共预算收入增长6%。',
    ]));
    expect(rows.map(show)).toEqual(['gdp actual annual 2017-2017 7.5 exact', 'gdp target annual 2018-2018 7 about', 'general_budget_revenue target annual 2018-2018 6 exact']);
  });
  it('a span without a word of intent looks back; a single level in a span ahead gets no row', () => {
    const back = rowsOf(reportText('county', 2019, [
      '一、2018年工作回顾', '经过三年时间的艰苦努力，全县地区生产总值年均增长9%。去年全县地区生产总值增长8%。', FILLER.repeat(10),
      '二、2019年工作安排', '地区生产总值增长7.5%。',
    ]));
    expect(of(back, 'gdp')).toEqual(['gdp actual annual 2018-2018 8 exact', 'gdp target annual 2019-2019 7.5 exact']);
    const level = rowsOf(reportText('county', 2019, [
      '一、2018年工作回顾', '全县地区生产总值增长8%。', FILLER.repeat(10),
      '二、2019年工作安排', '今年地区生产总值增长7.5%。力争用三年时间，使全县一般公共预算收入突破20亿元。',
    ]));
    expect(of(level, 'general_budget_revenue')).toEqual([]);
  });
  it('a report with no headings and no cue where its plan begins frames nothing', () => {
    const text = ['2024年天元区政府工作报告', '各位代表：', '现在，我代表区人民政府向大会报告工作，请予审议。', '全区地区生产总值增长6%左右。' + FILLER.repeat(60), '让我们团结奋斗！'].join('\n');
    const r = run(text);
    expect(r.rows.reports[0]).toMatchObject({ plan_year: 2024 });
    expect(r.rows.indicators).toEqual([]);
    // the same with a cue where the plan begins: the figure after it is the year's target
    const cued = run(text.replace('全区地区生产总值增长6%左右。', '过去一年，全区地区生产总值增长5%。' + FILLER.repeat(5) + '今年经济社会发展的主要预期目标是：全区地区生产总值增长6%左右。'));
    expect(cued.rows.indicators.map(show)).toEqual(['gdp actual annual 2023-2023 5 exact', 'gdp target annual 2024-2024 6 about']);
  });
});

describe('frames: a five-year plan\'s target quoted for the plan year', () => {
  it('a level the plan set for its last year is not the year\'s target; the year\'s own targets are', () => {
    const rows = rowsOf(reportText('province', 1957, [
      '一、一九五六年工作的回顾', '一九五六年全省粮食总产量达到二百二十五亿斤。', FILLER.repeat(10),
      '二、一九五七年的工作任务', '第一个五年计划规定的一九五七年全省粮食产量二百二十亿斤的指标，去年已经提前达到。一九五七年，粮食总产量计划达到二百四十亿斤，比一九五六年增长百分之六点七。',
    ]));
    expect(of(rows, 'grain_output')).toEqual(['grain_output actual annual 1956-1956 v225亿斤 exact', 'grain_output target annual 1957-1957 6.7v240亿斤 exact']);
  });
  it('a level quoted from the plan in a report given in December; a growth after the plan\'s words is kept', () => {
    const late = rowsOf(reportText('prefecture', 2020, [
      '一、2019年工作回顾', '预计今年全市地区生产总值增长7%。按照“十三五”规划确定的目标，到明年全市地区生产总值要突破1600亿元，目前看仍需全力以赴。', FILLER.repeat(10),
      '二、明年的主要预期目标', '明年全市地区生产总值增长6.5%左右。',
    ], '2019年12月24日'));
    expect(of(late, 'gdp').filter((r) => r.includes('target'))).toEqual(['gdp target annual 2020-2020 6.5 about']);
    const growth = rowsOf(reportText('county', 2018, [
      '一、2017年工作回顾', '全县地区生产总值增长7%。', FILLER.repeat(10),
      '二、2018年工作安排', '根据“十三五”规划确定的目标，今年全县地区生产总值增长7.5%。',
    ]));
    expect(of(growth, 'gdp')).toContain('gdp target annual 2018-2018 7.5 exact');
  });
});

describe('frames: figures that give no row', () => {
  it('a 年均 figure with no period anywhere, part of a year, a year of no interest', () => {
    const rows = rowsOf(reportText('county', 2024, [
      '一、2023年工作回顾',
      '全区地区生产总值年均增长6%。1—11月，规模以上工业增加值增长9%。2019年，全区固定资产投资增长15%。',
      FILLER.repeat(10),
      '二、2024年工作安排',
      '地区生产总值增长6%。',
    ]));
    expect(rows.map(show)).toEqual(['gdp target annual 2024-2024 6 exact']);
  });

  it('a targets list set one item per line is the official statement: a restatement with another qualifier gives way', () => {
    const r = run(reportText('county', 2026, [
      '一、2025年工作回顾', '全市地区生产总值增长5.8%。', FILLER.repeat(10),
      '二、2026年工作安排', '今年全市经济社会发展的主要预期目标是：', '地区生产总值增长5.5%左右；', '规模以上工业增加值增长6.5%以上；', '固定资产投资增长5%左右；', '社会消费品零售总额增长6%。',
      '（一）坚持扩大内需。确保经济增长5.5%以上，必须牢牢抓住项目这个牛鼻子。力争全市规模以上工业增加值增长8%。',
    ]));
    const v = validateFile({ sourceFile: 'f.txt', cleanText: r.cleanText, rows: r.rows as never });
    expect((v.rows.indicators as Row[]).filter((x) => x.kind === 'target').map(show)).toEqual([
      'gdp target annual 2026-2026 5.5 about', 'above_scale_industrial_value_added target annual 2026-2026 6.5 at_least', 'fixed_asset_investment target annual 2026-2026 5 about', 'retail_sales target annual 2026-2026 6 exact',
    ]);
    expect(v.rejects.map((x) => x.reason).sort()).toEqual(['duplicate_figure', 'target_beside_list']);
    // the same lines under a lead that names no targets: the statements disagree, both out
    const plain = run(reportText('county', 2026, [
      '一、2025年工作回顾', '全市地区生产总值增长5.8%。', FILLER.repeat(10),
      '二、2026年工作安排', '今年要重点做好以下工作：', '地区生产总值增长5.5%左右；', '社会消费品零售总额增长6%。',
      '（一）坚持扩大内需。确保经济增长5.5%以上。',
    ]));
    const w = validateFile({ sourceFile: 'f.txt', cleanText: plain.cleanText, rows: plain.rows as never });
    expect((w.rows.indicators as Row[]).filter((x) => x.kind === 'target').map(show)).toEqual(['retail_sales target annual 2026-2026 6 exact']);
  });
  it('two statements of one target that disagree: both left out, both sentences in rejects', () => {
    const r = run(reportText('prefecture', 2024, [
      '一、2023年工作回顾', '全市地区生产总值增长5%。', FILLER.repeat(10),
      '二、2024年工作安排', '今年主要预期目标是：地区生产总值增长6%左右。', '今年，确保地区生产总值增长6.5%。', '今年，力争地区生产总值增长6%左右。',
    ]));
    expect(r.rows.indicators.filter((x) => x.kind === 'target').map(show)).toEqual(['gdp target annual 2024-2024 6 about', 'gdp target annual 2024-2024 6.5 exact', 'gdp target annual 2024-2024 6 about']);
    const v = validateFile({ sourceFile: 'f.txt', cleanText: r.cleanText, rows: r.rows as never });
    expect((v.rows.indicators as Row[]).map(show)).toEqual(['gdp actual annual 2023-2023 5 exact']);
    expect(v.rejects.map((x) => x.reason).sort()).toEqual(['conflicting_figures', 'conflicting_figures', 'duplicate_figure']);
    expect(v.rejects.find((x) => x.reason === 'conflicting_figures')!.detail).toMatch(/6.5%.*确保/);
  });
});

describe('frames: comparison bases and plans named in passing do not frame a figure', () => {
  it('比2020年, “十四五”开局之年, 谋划“十五五”, 全年 in a five-year paragraph', () => {
    const rows = rowsOf(reportText('province', 2026, [
      '一、“十四五”时期和2025年工作回顾',
      '过去的五年极不寻常。',
      '地区生产总值比2020年增长30%，年均增长5.4%。',
      '刚刚过去的2025年，我们以奋力收官“十四五”、科学谋划“十五五”为牵引，全年地区生产总值增长5.2%。',
      FILLER.repeat(10),
      '二、2026年重点工作',
      '2026年是“十五五”开局之年。主要预期目标是：地区生产总值增长5%左右。',
    ]));
    expect(of(rows, 'gdp')).toEqual([
      'gdp actual cumulative 2021-2025 30 exact',
      'gdp actual average_annual 2021-2025 5.4 exact',
      'gdp actual annual 2025-2025 5.2 exact',
      'gdp target annual 2026-2026 5 about',
    ]);
  });
});

describe('frames: reports given late in the year and reports without numbered headings', () => {
  it('a report given in December: 今年 is the review year, 明年 the plan year', () => {
    const rows = rowsOf(reportText('county', 2022, [
      '2021年工作回顾',
      '今年以来，全区地区生产总值预计增长8.5%。',
      FILLER.repeat(10),
      '2022年工作安排',
      '明年经济社会发展的主要预期目标是：地区生产总值增长7%左右。',
    ], '2021年12月29日'));
    expect(of(rows, 'gdp')).toEqual(['gdp estimate annual 2021-2021 8.5 exact', 'gdp target annual 2022-2022 7 about']);
  });

  it('a national report of the 1980s without headings: the year words decide', () => {
    const text = [
      '政府工作报告',
      '——1985年3月27日在第六届全国人民代表大会第三次会议上',
      '国务院总理 赵明德',
      '各位代表：',
      '现在，我代表国务院向大会作政府工作报告，请予审议。',
      '一九八四年，国民经济继续稳定增长。国民生产总值比上年增长百分之十二。' + FILLER.repeat(10),
      '今年国民经济计划的主要指标是：国民生产总值增长百分之七，社会商品零售总额增长百分之十。商品零售价格上涨幅度控制在百分之五以内。',
      FILLER.repeat(40),
    ].join('\n');
    const r = run(text);
    expect(r.rows.reports[0]).toMatchObject({ plan_year: 1985, review_year: 1984 });
    expect(r.rows.indicators.map(show)).toEqual([
      'gdp actual annual 1984-1984 12 exact',
      'gdp target annual 1985-1985 7 exact',
      'retail_sales target annual 1985-1985 10 exact',
      'cpi target annual 1985-1985 v5% at_most',
    ]);
    expect(r.rows.indicators.map((x) => x.label)).toEqual(['国民生产总值', '国民生产总值', '社会商品零售总额', '商品零售价格上涨幅度']);
  });
});
