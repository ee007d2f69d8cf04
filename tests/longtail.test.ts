import { describe, expect, it } from 'vitest';
import { report, run } from './helpers.ts';

const withReview = (review: string[], extra = '', planText: string[] = ['地区生产总值增长6%。']) => run(report({ plan: 2023, review, planText, extra }));

describe('quantities', () => {
  const q = (s: string) => withReview([s]).rows.quantities.filter((x) => s.includes(x.text));
  it('reads numbers with units, multipliers in the unit, approximations and subjects', () => {
    const rows = q('新建道路13条，惠及群众1.8万余人，投入近千万维修校舍，引进超500万元项目，完成投资175.6亿元，新增就业约3000人，逾200家企业受益。');
    const by = (t: string) => rows.find((r) => r.text === t)!;
    expect(by('13条')).toMatchObject({ value: 13, unit: '条', unit_normalized: 'item', subject: '新建道路', approx: null });
    expect(by('1.8万余人')).toMatchObject({ value: 1.8, unit: '万人', value_normalized: 18000, unit_normalized: 'person', approx: '余', subject: '惠及群众' });
    expect(by('近千万')).toMatchObject({ value: 1000, unit: '万', value_normalized: 1e7, approx: '近' });
    expect(by('超500万元')).toMatchObject({ value: 500, unit: '万元', value_normalized: 5e6, unit_normalized: 'yuan', approx: '超' });
    expect(by('175.6亿元')).toMatchObject({ value_normalized: 17560000000, subject: '完成投资' });
    expect(by('约3000人')).toMatchObject({ approx: '约', value: 3000 });
    expect(by('逾200家')).toMatchObject({ approx: '逾', unit: '家' });
  });
  it('reads Chinese numerals, percentages, years, areas and lengths', () => {
    const rows = q('城乡低保标准实现“十七连增”，建成两个示范区，实施三年行动，参保率达95%，2022年新建绿地5.3万平方米、道路26.3公里、农田1.1万亩。');
    const by = (t: string) => rows.find((r) => r.text === t)!;
    expect(by('十七连增')).toMatchObject({ value: 17, unit: '连增' });
    expect(by('两个')).toMatchObject({ value: 2, unit: '个' });
    expect(by('三年')).toMatchObject({ value: 3, unit: '年', unit_normalized: 'year' });
    expect(by('95%')).toMatchObject({ value: 95, unit_normalized: 'percent' });
    expect(by('2022年')).toMatchObject({ value: 2022, unit_normalized: 'calendar_year' });
    expect(by('5.3万平方米')).toMatchObject({ value_normalized: 53000, unit_normalized: 'm2' });
    expect(by('26.3公里')).toMatchObject({ unit_normalized: 'km' });
    expect(by('1.1万亩')).toMatchObject({ value_normalized: 11000, unit_normalized: 'mu' });
  });
  it('takes no ordinals, plan names or numbers without units', () => {
    const rows = q('第三次会议，“十四五”规划，一是加强统筹，12345热线，PM2.5浓度。');
    expect(rows.map((r) => r.text)).toEqual([]);
  });
  it('every span equals its text', () => {
    const r = withReview(['全年地区生产总值 443.71 亿元，新增城镇就业1.8万人。']);
    const cps = Array.from(r.cleanText!);
    for (const x of r.rows.quantities) expect(cps.slice(x.char_start, x.char_end).join('')).toBe(x.text);
  });
});

describe('glossary', () => {
  const g = (lines: string[]) => withReview(['全年地区生产总值增长4%。'], ['名词解释', ...lines].join('\n')).rows.glossary;
  it('reads numbered entries with markdown-bold terms', () => {
    const rows = g(['1. **“专精特新”企业**：具有专业化、精细化特征的企业。', '2. **放管服**：简政放权、放管结合、优化服务。']);
    expect(rows.map((r) => [r.ordinal, r.term, r.definition, r.page_ref])).toEqual([[1, '“专精特新”企业', '具有专业化、精细化特征的企业。', null], [2, '放管服', '简政放权、放管结合、优化服务。', null]]);
  });
  it('reads page references and definitions that wrap onto their own lines', () => {
    const rows = g(['1.“三重压力” ( P1 ) :需求收缩、供给冲击、预期转弱。', '2.“村社分账”（P14）：村民委员会与村级集体经济组织分别设置账套，进行独立核算。', '明确各自业务范围和职责。']);
    expect(rows.map((r) => [r.term, r.page_ref])).toEqual([['“三重压力”', 'P1'], ['“村社分账”', 'P14']]);
    expect(rows[1].definition).toBe('村民委员会与村级集体经济组织分别设置账套，进行独立核算。明确各自业务范围和职责。');
  });
  it('reads unnumbered quoted terms', () => {
    const rows = g(['“两个确立”：确立习近平同志党中央的核心、全党的核心地位，确立习近平新时代中国特色社会主义思想的指导地位。', '“五控”：控尘、控车、控排、控烧、控煤。']);
    expect(rows.map((r) => r.term)).toEqual(['“两个确立”', '“五控”']);
  });
});

describe('problems', () => {
  const p = (s: string) => withReview(['全年地区生产总值增长4%。', s]).rows.problems.map((r) => r.text);
  it('splits 一是…二是… items', () => {
    expect(p('在肯定成绩的同时，我们也清醒认识到，工作中还存在不少困难和问题，主要表现在：一是经济基础薄弱。二是创新能力不强，人才短缺。三是营商环境有待优化。面对这些问题，我们将认真解决。'))
      .toEqual(['经济基础薄弱', '创新能力不强，人才短缺', '营商环境有待优化']);
  });
  it('splits 主要是：…；…；… items', () => {
    expect(p('我们也清醒地认识到，发展中还存在诸多不足。主要是：稳增长基础不牢；大项目少；民生短板仍在。对此，我们将全力解决。'))
      .toEqual(['稳增长基础不牢', '大项目少', '民生短板仍在']);
  });
  it('splits a ；-list after the admission sentence', () => {
    expect(p('同时，我们也清醒看到发展中还面临不少问题和挑战。发展基础还不牢固；债务化解任务依然很重；少数干部担当不够。对于这些问题，我们必须切实加以解决。'))
      .toEqual(['发展基础还不牢固', '债务化解任务依然很重', '少数干部担当不够']);
  });
  it('splits 主要是：… when the one sentence lists shortcomings separated by commas', () => {
    expect(p('同时，我们也清醒地认识到，实际工作中还存在不少挑战和不足。主要是：产业结构亟需优化，项目储备相对滞后，企业特别是小微企业，生产经营面临多重困难，民生领域还有短板。对此，我们要迎难而上。'))
      .toEqual(['产业结构亟需优化', '项目储备相对滞后', '企业特别是小微企业，生产经营面临多重困难', '民生领域还有短板']);
  });

  it('finds none in a report that admits none', () => {
    expect(p('过去一年成绩显著。')).toEqual([]);
  });
});

describe('pledges', () => {
  const pl = (planText: string[]) => run(report({ plan: 2023, review: ['全年地区生产总值增长4%。'], planText })).rows.pledges;
  it('reads an inline numbered 民生实事 list', () => {
    const rows = pl(['办好区人大代表票决民生实事：1.新建一批电力配套路由；2.实施一批道路提质改造；3.新建2座微公园。各位代表！这是我们的庄严承诺。']);
    expect(rows.map((r) => [r.ordinal, r.text])).toEqual([[1, '新建一批电力配套路由'], [2, '实施一批道路提质改造'], [3, '新建2座微公园']]);
    expect(rows[0].list_heading).toBe('办好区人大代表票决民生实事');
  });
  it('reads a list with one item per line', () => {
    const rows = pl(['今年将继续办好十件民生实事：', '1. 新建幼儿园3所。', '2. 改造老旧小区20个。', '3. 新增停车泊位1000个。', '4. 建设口袋公园5个。']);
    expect(rows.map((r) => r.text)).toEqual(['新建幼儿园3所', '改造老旧小区20个', '新增停车泊位1000个', '建设口袋公园5个']);
    expect(rows[0].list_heading).toBe('今年将继续办好十件民生实事');
  });
  it('does not take a numbered list about something else', () => {
    expect(pl(['工作要求：1.提高站位；2.压实责任；3.强化督查。'])).toEqual([]);
  });
});

describe('problems as paragraphs of their own', () => {
  it('reads items that each open a paragraph', () => {
    const r = run(report({ plan: 2023, review: ['全年地区生产总值增长4%。', '我们也清醒地看到，工作中还存在一些困难和问题：', '一是经济总量不大，产业层次不高。', '二是创新能力不强。', '三是民生短板仍然较多。', '对此，我们将认真加以解决。'], planText: ['地区生产总值增长6%。'] }));
    expect(r.rows.problems.map((x) => x.text)).toEqual(['经济总量不大，产业层次不高', '创新能力不强', '民生短板仍然较多']);
    const cps = Array.from(r.cleanText!);
    for (const x of r.rows.problems) expect(cps.slice(x.char_start, x.char_end).join('')).toBe(x.text);
  });
});
