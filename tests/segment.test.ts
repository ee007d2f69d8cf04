import { describe, expect, it } from 'vitest';
import { clean } from '../pipeline/clean/index.ts';
import { partsWithYears, segment } from '../pipeline/segment/index.ts';

const seg = (raw: string) => { const c = clean(raw); return { ...segment(c.text, c.hints), text: c.text }; };

describe('segment', () => {
  it('builds the tree from unnumbered part headings, 一、 and （一）, with parts', () => {
    const s = seg('政府工作报告\n各位代表：\n现在报告工作。\n2022年工作回顾\n一、经济发展\n（一）工业提质。\n全年工业增长。\n二、民生改善\n民生支出增长。\n2023年重点工作\n一、稳增长\n力争增长。\n名词解释\n1.放管服：简政放权。');
    expect(s.sections.map((x) => [x.id, x.parentId, x.level, x.label, x.heading, x.part])).toEqual([
      [1, null, 1, null, '2022年工作回顾', 'review'],
      [2, 1, 2, '一、', '经济发展', 'review'],
      [3, 2, 3, '（一）', '工业提质', 'review'],
      [4, 1, 2, '二、', '民生改善', 'review'],
      [5, null, 1, null, '2023年重点工作', 'plan'],
      [6, 5, 2, '一、', '稳增长', 'plan'],
      [7, null, 1, null, '名词解释', 'glossary'],
    ]);
  });

  it('starts levels at the report\'s own top style and takes run-in headings', () => {
    const s = seg('各位代表：\n一、攻坚克难，2022年成绩来之不易\n（一）坚持精准施策，经济运行稳中向好。高效落实稳经济政策。\n二、抢抓机遇，扎实做好2023年工作\n（一）聚焦产业升级。做强产业集群。\n三、全面加强政府自身建设\n打铁必须自身硬。');
    expect(s.sections.map((x) => [x.level, x.heading, x.part])).toEqual([
      [1, '攻坚克难，2022年成绩来之不易', 'review'], [2, '坚持精准施策，经济运行稳中向好', 'review'],
      [1, '抢抓机遇，扎实做好2023年工作', 'plan'], [2, '聚焦产业升级', 'plan'], [1, '全面加强政府自身建设', 'plan'],
    ]);
  });

  it('takes markdown bold leads as sections and every paragraph offset returns its text', () => {
    const s = seg('各位代表：\n## 2022年工作回顾\n### 一、经济发展取得新成效\n**产业发展韧性提升。**加快培育三大主导产业。\n**内需拉动引擎更强。**新增企业54家。');
    expect(s.sections.map((x) => [x.level, x.heading])).toEqual([[1, '2022年工作回顾'], [2, '经济发展取得新成效'], [3, '产业发展韧性提升'], [3, '内需拉动引擎更强']]);
    for (const p of s.paragraphs) expect(s.text.slice(p.start, p.end)).toBe(p.text);
    expect(s.paragraphs.at(-1)!.sectionId).toBe(4);
  });

  it('parts of headings in their forms: 成就 and 完成情况 review, 对政府工作的建议 and 今年工作安排 plan', () => {
    const s = seg('各位代表：\n一、2025年主要工作和“十四五”发展成就\n成绩来之不易。\n二、对政府工作的建议\n今年要稳中求进。\n三、2023年主要工作完成情况\n完成了。\n四、今年工作安排\n要抓好。');
    expect(s.sections.map((x) => x.part)).toEqual(['review', 'plan', 'review', 'plan']);
  });

  it('the heading forms of the issue: a review of the plan period and the year, the new plan\'s targets, the year\'s work', () => {
    const s = seg('各位代表：\n一、“十四五”时期和2025年工作回顾\n过去五年极不寻常。\n二、“十五五”时期的主要目标任务\n到2030年。\n三、2026年重点工作\n要抓好。\n四、今年工作安排\n要抓好。\n五、2026年工作的总体要求和主要预期目标\n要抓好。');
    expect(s.sections.map((x) => [x.heading, x.part])).toEqual([
      ['“十四五”时期和2025年工作回顾', 'review'], ['“十五五”时期的主要目标任务', 'plan'], ['2026年重点工作', 'plan'], ['今年工作安排', 'plan'], ['2026年工作的总体要求和主要预期目标', 'plan'],
    ]);
  });
  it('a heading naming the review year is review once the years are known, whatever word it uses', () => {
    const s = seg('各位代表：\n一、2025年主要工作\n做了。\n二、2026年主要工作\n要做。');
    expect(s.sections.map((x) => x.part)).toEqual(['plan', 'plan']);
    expect(partsWithYears(s.sections, { reviewYear: 2025, planYear: 2026 }).map((x) => x.part)).toEqual(['review', 'plan']);
    expect(partsWithYears(s.sections, { reviewYear: null, planYear: null }).map((x) => x.part)).toEqual(['plan', 'plan']);
  });

  it('a part heading whose 一、 the copy lost is a peer of the 二、 after it, not its parent', () => {
    const s = seg('各位代表：\n2020年工作回顾\n经济平稳增长。\n二、2021年工作安排\n力争增长。\n三、加强政府自身建设\n从严治政。');
    expect(s.sections.map((x) => [x.parentId, x.level, x.heading, x.part])).toEqual([
      [null, 1, '2020年工作回顾', 'review'], [null, 1, '2021年工作安排', 'plan'], [null, 1, '加强政府自身建设', 'plan'],
    ]);
  });
  it('keeps a part heading the parent of the topics numbered under it', () => {
    const under = seg('各位代表：\n2020年工作回顾\n一、经济发展\n增长。\n二、民生改善\n改善。');
    expect(under.sections.map((x) => x.parentId)).toEqual([null, 1, 1]);
    // 二、 a topic, not a part: the 一、 was not lost, it is not a heading of this copy
    const topic = seg('各位代表：\n过去一年的主要工作\n二、民生改善\n改善。');
    expect(topic.sections.map((x) => x.parentId)).toEqual([null, 1]);
    // 一、 run into its paragraph stands between them: nothing was lost
    const runIn = seg('各位代表：\n2020年工作回顾\n一、经济平稳发展，全市地区生产总值增长6%，规模以上工业增加值增长7%，固定资产投资增长8%，社会消费品零售总额增长5%。\n二、2021年工作安排\n力争增长。');
    expect(runIn.sections.map((x) => [x.heading, x.parentId])).toEqual([['2020年工作回顾', null], ['2021年工作安排', 1]]);
    const notPart = seg('各位代表：\n经济运行\n二、民生改善\n改善。');
    expect(notPart.sections.map((x) => x.parentId)).toEqual([null, 1]);
  });
});
