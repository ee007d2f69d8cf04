/**
 * The work-report verdict (pipeline/extract/metadata/verdict.ts), cue by cue: each cue of
 * schemas/reportGenre.ts with texts it must accept and texts it must reject, at county,
 * prefecture, province and national level and over the decades.
 */
import { describe, expect, it } from 'vitest';
import { workReportVerdict } from '../pipeline/extract/metadata/verdict.ts';
import { run } from './helpers.ts';
import { body, body as pad, join } from './genreFixtures.ts';

const accepts = (text: string, cue: string) => {
  const v = workReportVerdict(text);
  expect(v.ok, v.ok ? '' : v.detail).toBe(true);
  if (v.ok) expect(v.cues).toContain(cue);
};
const rejects = (text: string, cue: string) => {
  const v = workReportVerdict(text);
  expect(v.ok, v.ok ? `accepted by ${v.cues.join(', ')}` : '').toBe(false);
  if (!v.ok) expect(v.cue, v.detail).toBe(cue);
};

describe('verdict cue 我代表政府: the speaker speaks on behalf of the government', () => {
  it('accepts it at every level and in every decade, with or without a title line', () => {
    accepts(join('各位代表：', '现在，我代表区人民政府，向大会报告工作，请予审议，并请区政协委员和其他列席人员提出意见。', body('2020s')), '我代表政府');
    accepts(join('2023年株洲市政府工作报告', '各位代表：', '现在，我代表市人民政府向大会报告工作，请予审议。', body('2020s')), '我代表政府');
    accepts(join('各位代表：', '现在，我代表国务院向大会作政府工作报告，请予审议，并请全国政协各位委员提出意见。', body('1990s')), '我代表政府');
    accepts(join('各位代表：', '现在，我代表中华人民共和国国务院向第一届全国人民代表大会第三次会议提出关于１９５５年国家决算和１９５６年国家预算的报告，请予审查。', body('1950s')), '我代表政府');
    // 1949–54 the Central People's Government; 1955–66 local 人民委员会; 1967–79 革命委员会.
    accepts(join('各位代表：', '我们这次会议已经完成了几项重要的工作。现在，我代表中央人民政府作工作报告。', body('1950s')), '我代表政府');
    accepts(join('各位代表：', '我代表上海市人民委员会，向大会报告一年来的工作，请予审议。', body('1950s')), '我代表政府');
    accepts(join('各位代表：', '现在，我代表省革命委员会，向大会报告工作。', body('1970s')), '我代表政府');
  });
  it('reads the body named right after 代表, not one named later in the sentence', () => {
    accepts(join('各位代表：', '现在我代表县人民政府向大会报告工作并请县政协委员和其他列席人员提出意见', pad('2020s')), '我代表政府');
    accepts(join('各位代表：', '我们受到中国共产党中央委员会和毛泽东主席的领导。现在，我代表国务院向大会作政府工作报告。', pad('1950s')), '我代表政府');
  });
  it('does not take another body speaking for the government', () => {
    rejects(join('各位代表：', '现在，我代表最高人民法院向大会报告工作，请予审议。', body('2020s')), 'other_body_reports');
    rejects(join('各位代表：', '我代表市人民检察院，向大会报告工作，请予审议。', body('2020s')), 'other_body_reports');
    rejects(join('各位代表：', '我受县第十八届人民代表大会常务委员会的委托，向大会报告工作，请予审议。', body('2020s')), 'other_body_reports');
  });
});

describe('verdict cue 受政府委托: the speaker reports on the government\'s behalf', () => {
  it('accepts the planning-era reports of the State Council\'s ministers', () => {
    accepts(join('各位代表：', '我受国务院的委托，现在向大会提出关于1980、1981年国民经济计划安排的报告，请予审议。', body('1980s')), '受政府委托');
    accepts(join('各位代表：', '我受中共中央和国务院的委托，向大会作关于一九五六年到一九六七年全国农业发展纲要的执行情况的报告。', body('1950s')), '受政府委托');
    accepts(join('各位代表：', '现在，我受县人民政府的委托，向大会报告政府工作，请予审议。', body('2020s')), '受政府委托');
  });
});

describe('verdict cue 根据政府的决定: the government decided who reports', () => {
  it('accepts it', () => {
    accepts(join('各位代表：', '我现在根据国务院的决定，向第二届全国人民代表大会第一次会议作政府工作报告。', body('1950s')), '根据政府的决定');
    accepts(join('政府工作报告', '各位代表：', '关于一年来的政府工作，国务院决定由我向大会作报告。', body('1950s')), '根据政府的决定');
  });
});

describe('verdict cue 作政府工作报告 and title_政府工作报告', () => {
  it('accepts a report that names itself but not who speaks', () => {
    accepts(join('各位代表：', '刚刚过去的一年，是各条战线的形势越来越好的一年。现在，我就以此为题，向大会作政府工作报告，请予审议。', body('1980s')), '作政府工作报告');
    accepts(join('政府工作报告', '——2023年1月9日在天元区第六届人民代表大会第三次会议上', '各位代表：', '过去一年，全区上下团结奋斗。', body('2020s')), 'title_政府工作报告');
  });
  it('rejects a text that speaks to the deputies without being the government\'s report', () => {
    rejects(join('各位代表：', '今天，我们在这里隆重集会，热烈祝贺大会胜利开幕。', body('2020s')), 'government_speaks');
  });
});

describe('verdict cue addressed_to_deputies, or delivered_at_congress', () => {
  it('accepts a copy that left 各位代表 out when its meeting line says it was delivered to the congress', () => {
    accepts(join('2023年某某县政府工作报告', '——2023年1月8日在某某县第十八届人民代表大会第三次会议上', '县长 王建国', '一、2022年工作回顾', '过去一年，我们砥砺奋进。', body('2020s')), 'delivered_at_congress');
  });
  it('rejects a text never addressed to the deputies of a congress', () => {
    rejects(join('一、去年', body('1950s')), 'addressed_to_deputies');
    rejects(join('2024年工作要点', '我代表区人民政府对全区工作作出部署。', body('2020s')), 'addressed_to_deputies');
  });
});

describe('the plan and budget reports: work reports in the planning era only', () => {
  it('accepts a report on the annual plan, the budget, a five-year plan or the agricultural programme up to plan year 1981', () => {
    accepts(join('各位代表：', '我代表国务院向第一届全国人民代表大会第五次会议，提出关于一九五八年度国民经济计划（草案）的报告，请予审议。', body('1950s')), '我代表政府');
    accepts(join('各位代表：', '中华人民共和国国务院向第一届全国人民代表大会第二次会议提出关于发展国民经济第一个五年计划的议案，我现在代表国务院向本次大会作关于第一个五年计划的报告。', body('1950s')), '我代表政府');
  });
  it('accepts a five-year-plan report in any era (it was the session\'s work report in 1986, 1991, 1996, 2001)', () => {
    accepts(join('各位代表：', '现在，我代表国务院，向大会作关于我国国民经济和社会发展第七个五年计划的报告，请审议。', body('1980s')), '我代表政府');
    accepts(join('各位代表：', '现在，我代表国务院，向大会作关于国民经济和社会发展“九五”计划和2010年远景目标纲要的报告，请予审议。', body('1990s')), '我代表政府');
  });
  it('rejects the plan and budget reports given beside the work report since plan year 1982', () => {
    rejects(join('关于2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案的报告', '各位代表：', '受国务院委托，现将2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案提请十四届全国人大二次会议审查，并请全国政协各位委员提出意见。', body('2020s')), 'companion_report');
    rejects(join('各位代表：', '受省人民政府委托，现将全省2022年预算执行情况和2023年预算草案提请省十四届人大一次会议审议。', body('2020s')), 'companion_report');
    rejects(join('各位代表：', '我受国务院的委托，向大会提出关于1982年国家预算的报告，请予审议。', body('1980s')), 'companion_report');
  });
  it('rejects a plan report whose year the text does not give', () => {
    rejects(join('各位代表：', '我受市人民政府的委托，向大会提出关于国民经济计划的报告，请予审议。', body('2020s')), 'companion_report');
  });
});

describe('not a work report: texts about one, and reports of other bodies', () => {
  it('resolution_about_a_report: by its title or its opening', () => {
    rejects(join('关于政府工作报告的决议', '（2023年1月13日新市区第十五届人民代表大会第三次会议通过）', '会议充分肯定过去一年的工作，同意报告提出的今年工作安排。'.repeat(40)), 'resolution_about_a_report');
    rejects(join('第二届全国人民代表大会第三次会议听取了周恩来总理代表国务院所作的政府工作报告，并且进行了充分的讨论。', '会议认为，报告提出的方针和任务是完全正确的。会议决定批准这个报告。'.repeat(10)), 'resolution_about_a_report');
    rejects(join('某某县第十八届人民代表大会第三次会议关于县人民政府工作报告的决议', '会议同意报告提出的今年工作安排。'.repeat(100)), 'resolution_about_a_report');
  });
  it('party_congress_report: on behalf of the central committee; addressed_to_comrades: a speech opening with 同志们', () => {
    rejects(join('同志们：', '现在，我代表第十七届中央委员会向大会作报告。', body('2020s')), 'party_congress_report');
    rejects(join('高举旗帜 团结奋斗', '——在中国共产党第二十次全国代表大会上的报告', '同志们：', body('2020s')), 'party_congress_report');
    rejects(join('我受十二届中央委员会委托，向大会作报告。', body('1980s')), 'party_congress_report');
    rejects(join('同志们！', '中国共产党第十次全国代表大会，是在大好形势下召开的。', body('1970s')), 'addressed_to_comrades');
    rejects(join('同志们：', '今天，我们召开全县经济工作会议，主要任务是总结去年工作，部署今年任务。', body('2020s')), 'addressed_to_comrades');
    // 各位代表、同志们： opens a work report.
    accepts(join('各位代表、同志们：', '现在，我代表县人民政府向大会报告工作，请予审议。', body('2020s')), '我代表政府');
  });
  it('a news line above the report itself on a web page does not make the report a resolution', () => {
    accepts(join('2024年某某市政府工作报告', '1月10日，市十六届人大三次会议开幕。会议听取了市长张三所作的政府工作报告。', '各位代表：', '现在，我代表市人民政府向大会报告工作，请予审议。', body('2020s')), '我代表政府');
    // nor does a sidebar link to a digest of it
    accepts(join('2024年某某市政府工作报告', '相关：一图读懂政府工作报告', '各位代表：', '现在，我代表市人民政府向大会报告工作，请予审议。', body('2020s')), '我代表政府');
  });
  it('news_summary: the speaker named and quoted in the third person, with no first-person delivery', () => {
    rejects(join('国民经济的成就和今后的建设任务', '周恩来总理在报告中首先指出，从第二届全国人民代表大会第一次会议以来，我国各族人民取得了伟大的胜利。', body('1950s')), 'news_summary');
    rejects(join('本报讯（记者 张三）昨日，市十六届人大三次会议开幕，市长李四作政府工作报告。', '市长在报告中指出，过去一年全市经济运行稳中有进。', body('2020s')), 'news_summary');
    // A report may quote the premier's report; it still speaks in the first person.
    accepts(join('各位代表：', '现在，我代表县人民政府向大会报告工作，请予审议。', '李强总理在政府工作报告中指出，要坚持稳中求进工作总基调。', body('2020s')), '我代表政府');
  });
  it('commentary_on_a_report and fragment', () => {
    rejects(join('一图读懂2024年市政府工作报告', '各位代表：我代表市人民政府向大会报告工作。', body('2020s')), 'commentary_on_a_report');
    rejects('各位代表：现在，我代表区人民政府向大会报告工作。今年我们要再接再厉。', 'fragment');
  });
  it('a rejected text goes to rejects with the cue in its detail', () => {
    const r = run(join('同志们：', '现在，我代表第十七届中央委员会向大会作报告。', body('2020s')));
    expect(r.rows.reports).toEqual([]);
    expect(r.rejects[0]).toMatchObject({ stage: 'extract', reason: 'not_a_work_report' });
    expect(r.rejects[0].detail).toMatch(/^party_congress_report: /);
  });
});

describe('two reports of one government for one plan year are not duplicates', () => {
  it('keeps a December report and the next session\'s (different texts), drops a second copy of one', async () => {
    const { dropDuplicateReports } = await import('../pipeline/build.ts');
    const { summaryOf } = await import('./helpers.ts');
    const december = join('各位代表：', '现在，我代表国务院，作关于我国国民经济和社会发展第六个五年计划的报告，请大会审议。', body('1980s'), '让我们团结一致，为完成第六个五年计划而奋斗！', '国务院也提出了一九八三年国民经济和社会发展的年度计划草案，请一并审议。');
    const june = join('各位代表：', '我代表国务院，向第六届全国人民代表大会第一次会议作政府工作报告，请予审议。', body('1970s'), '让我们更加紧密地团结起来，为建设社会主义现代化强国而奋斗！');
    const a = summaryOf(december, 'a.txt');
    const b = summaryOf(june, 'b.txt');
    expect([a.report?.plan_year, b.report?.plan_year, a.report?.admin_level, b.report?.admin_level]).toEqual([1983, 1983, 'national', 'national']);
    expect(dropDuplicateReports([a, b]).kept.map((k) => k.sourceFile)).toEqual(['a.txt', 'b.txt']);
    // The same report as a web copy with page furniture: a duplicate.
    const copy = summaryOf(june.replace(/。/g, '。\n').replace('各位代表：', '来源：人民网\n各位代表：'), 'c.txt');
    const { kept, duplicates } = dropDuplicateReports([a, b, copy]);
    expect(kept.map((k) => k.sourceFile)).toEqual(['a.txt', 'b.txt']);
    expect(duplicates[0]).toMatchObject({ source_file: 'c.txt', reason: 'duplicate' });
  });
});
