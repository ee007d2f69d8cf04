/**
 * `truncated` (pipeline/extract/metadata/truncation.ts): whole reports of every decade end with
 * their closing — differently in the 1950s, 1970s and 2020s — and are not truncated, also with
 * page furniture, a glossary or a transcriber's note after the closing; texts really cut off are.
 */
import { describe, expect, it } from 'vitest';
import { metaOf, report, run } from './helpers.ts';
import { body, join } from './genreFixtures.ts';

const truncated = (raw: string) => {
  const m = metaOf(raw);
  return { truncated: m.truncated, why: m.warnings.find((w) => /truncated/.test(w)) ?? '' };
};

const WHOLE = {
  'county, 2020s, web copy with a related-stories bar': join(
    '2024年天元区政府工作报告', '——2024年1月9日在株洲市天元区第六届人民代表大会第四次会议上', '天元区人民政府区长 何柢', '各位代表：',
    '现在，我代表区人民政府，向大会报告工作，请予审议。', '一、2023年工作回顾', body('2020s'), '二、2024年重点工作', body('2020s'),
    '各位代表！', '新征程催人奋进，新使命重任在肩。让我们更加紧密地团结在以习近平同志为核心的党中央周围，在区委的坚强领导下，奋力谱写高质量发展新篇章！',
    '相关报道：', '2024年株洲市政府工作报告', '分享到：', '扫一扫在手机打开当前页', '（责任编辑：王五）',
  ),
  'prefecture, 2020s, with a glossary after the closing': join(
    '2023年株洲市政府工作报告', '各位代表：', '现在，我代表市人民政府向大会报告工作。', body('2020s'),
    '各位代表，让我们团结奋斗，再创佳绩！', '名词解释', '1.“五好”园区：规划定位好、创新平台好、产业项目好的园区', '2.“三高四新”：着力打造国家重要先进制造业高地',
  ),
  'province, 1990s, ending with 结束语': join(
    '各位代表：', '现在，我代表省人民政府向大会作政府工作报告，请予审议。', body('1990s'), '结束语', '各位代表！',
    '实现全省经济和社会发展的宏伟目标，任务光荣而艰巨。我们一定能够把改革开放和现代化建设事业全面推向二十一世纪！',
  ),
  'national, 1970s, ending with 万岁': join(
    '各位代表！', '现在，我代表国务院，向第五届全国人民代表大会作政府工作报告。', body('1970s'), '让我们更加紧密地团结在党中央周围，迈开大步，奋勇前进吧！',
    '全国各族人民大团结万岁！', '伟大的中华人民共和国万岁！',
  ),
  'national, 1950s, ending with the plan\'s outlook and a licence notice': join(
    '各位代表：', '我现在代表国务院向本次大会作关于第一个五年计划的报告。', body('1950s'),
    '只要我们全国各族人民团结起来，努力奋斗，我们就一定能够胜利地完成和超额完成我国发展国民经济的第一个五年计划。',
    '本作品是中华人民共和国的', '法律', '、', '法规', '，属于', '公有领域', '。', 'Public domain', 'false',
  ),
  'national, 1950s, with a transcriber\'s note after the closing': join(
    '各位代表：', '现在我代表国务院向大会提出关于１９５６年国家预算的报告，请予审查。', body('1950s'),
    '希望全国的工人、农民、知识分子和其他一切爱国人民，共同为实现１９５６年的国家预算而奋斗！', '字库未存字注释：', '＠①原字石右加安',
  ),
  'county, 2010s, signed and dated': join(
    '政府工作报告', '各位代表：', '现在，我代表县人民政府向大会报告工作。', body('2020s'), '各位代表，让我们携手并进，为建设美丽幸福新县城而努力奋斗！', '某某县人民政府', '2015年1月10日',
  ),
};

describe('truncated is false for whole reports of every decade and level', () => {
  for (const [name, text] of Object.entries(WHOLE)) {
    it(name, () => expect(truncated(text)).toEqual({ truncated: false, why: '' }));
  }
  it('and the web furniture after the closing is removed as chrome repairs', () => {
    const r = run(WHOLE['county, 2020s, web copy with a related-stories bar']);
    expect(r.cleanText).not.toMatch(/相关报道|分享到|责任编辑/);
    expect(r.rows.repairs.filter((x) => x.kind === 'chrome').map((x) => x.before.trim())).toEqual(expect.arrayContaining(['相关报道：', '（责任编辑：王五）']));
    expect(r.rows.reports[0].truncated).toBe(false);
  });
});

describe('truncated is true for texts really cut off', () => {
  const whole = WHOLE['county, 2020s, web copy with a related-stories bar'];
  it('cut in the middle of a sentence (ends_mid_sentence), wherever the cut falls', () => {
    for (const share of [0.3, 0.55, 0.8, 0.9]) {
      const cut = whole.slice(0, Math.floor(whole.length * share)).replace(/[。！？”]+$/, '');
      const t = truncated(cut);
      expect(t.truncated, `${share}: …${cut.slice(-20)}`).toBe(true);
    }
    expect(truncated(whole.slice(0, whole.indexOf('二、2024年重点工作') + 30)).why).toMatch(/ends_mid_sentence/);
  });
  it('cut at a paragraph end before the closing (no_closing)', () => {
    const cut = whole.slice(0, whole.indexOf('各位代表！\n新征程'));
    expect(truncated(cut)).toMatchObject({ truncated: true, why: expect.stringMatching(/no_closing/) });
    const old = join('各位代表：', '我代表国务院向大会提出关于一九五八年度国民经济计划的报告，请予审议。', body('1950s'));
    expect(truncated(old)).toMatchObject({ truncated: true, why: expect.stringMatching(/no_closing/) });
  });
  it('cut after the review part, its last paragraph a closing-like sentence (stops_in_review)', () => {
    const cut = join('2024年天元区政府工作报告', '各位代表：', '现在，我代表区人民政府，向大会报告工作，请予审议。', '一、2023年工作回顾', body('2020s'),
      '（一）坚持稳中求进', body('2020s'), '（二）坚持改革创新', '一年来，我们取得了来之不易的成绩，这是全区人民团结奋斗的结果。');
    expect(truncated(cut)).toMatchObject({ truncated: true, why: expect.stringMatching(/stops_in_review/) });
  });
  it('a seed-like report cut at 60%', () => {
    const long = report({ plan: 2023, review: Array(12).fill('全年地区生产总值增长4%，城乡面貌持续改善，社会大局保持稳定，民生福祉不断增进，改革开放持续深化，营商环境不断优化。'), planText: ['地区生产总值增长7%。'] });
    expect(run(long).rows.reports[0].truncated).toBe(false);
    expect(run(long.slice(0, Math.floor(long.length * 0.6))).rows.reports[0].truncated).toBe(true);
  });
});

describe('whole texts as copies of every kind, through the pipeline', () => {
  it('a national report from a Wikisource page: links on lines of their own, a licence notice; kept, national, whole', () => {
    const raw = join('各位代表：', '', '　　现在，我代表国务院，向第六届全国人民代表大会第一次会议作政府工作报告，请予审议。', '',
      '　　根据中共中央《', '关于经济体制改革的决定', '》，我们进行了一系列改革。', body('1980s'), '',
      '　　让我们在中国共产党领导下，同心同德，为建设社会主义现代化强国而奋斗！', '', '', '本作品是中华人民共和国的', '法律', '、', '法规', '，属于', '公有领域', '。', '', 'Public domain', 'false');
    const r = run(raw);
    expect(r.rows.reports[0]).toMatchObject({ title: null, admin_level: 'national', truncated: false, plan_year: 1983, congress_term: 6, congress_session: 1 });
    expect(r.cleanText).toContain('根据中共中央《关于经济体制改革的决定》，我们进行了一系列改革。');
    expect(r.cleanText).not.toMatch(/公有领域|Public domain/);
  });
  it('a county report as PDF text: page numbers, lines broken in sentences; whole', () => {
    const paragraphs = body('2020s', 2400).split('\n').map((p) => p.slice(0, 30) + '\n' + p.slice(30));
    const raw = join('政府工作报告', '——2024年1月8日在某某县第十八届人民代表大会第四次会议上', '县长 王建国', '各位代表：', '现在，我代表县人民政府，向大会报告工作，请予审议。',
      ...paragraphs.slice(0, 3), '', '— 3 —', '', ...paragraphs.slice(3), '各位代表！让我们携手奋进，为建设美丽幸福新县城而努力奋斗！', '', '— 12 —');
    const r = run(raw);
    expect(r.rows.reports[0]).toMatchObject({ truncated: false, plan_year: 2024, speaker_name: '王建国', speaker_title: '县长', congress_term: 18, congress_session: 4 });
  });
});
