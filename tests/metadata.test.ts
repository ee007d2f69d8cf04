import { describe, expect, it } from 'vitest';
import { workReportVerdict } from '../pipeline/extract/metadata/index.ts';
import { clean } from '../pipeline/clean/index.ts';
import { metaOf, report, run } from './helpers.ts';
import { body as pad, join } from './genreFixtures.ts';

const body = (plan: number) =>
  `各位代表：\n现在，我代表人民政府向大会报告工作，请予审议。\n一、${plan - 1}年工作回顾\n过去一年，经济运行稳中向好。\n二、${plan}年重点工作\n今年的主要预期目标是：地区生产总值增长6%左右。`;

describe('metadata: counties', () => {
  it('reads a county header with title, meeting line and byline', () => {
    const m = metaOf(`2024年株洲市天元区政府工作报告\n——2024年1月8日在株洲市天元区第六届人民代表大会第四次会议上\n株洲市天元区人民政府区长 张明远\n${body(2024)}`);
    expect(m).toMatchObject({
      admin_level: 'county', province: '湖南省', prefecture: '株洲市', county: '天元区', region_name: '株洲市天元区', admin_code: '430211',
      review_year: 2023, plan_year: 2024, meeting_date: '2024-01-08', congress_term: 6, congress_session: 4, speaker_name: '张明远', speaker_title: '区长',
    });
  });

  it('reads a meeting line broken in two, without dash, and a title with spaces inside', () => {
    const m = metaOf(`政 府 工 作 报 告\n2023年1月13日在新市区第十五届人民代表大会\n\n第三次会议上\n新市区人民政府区长　宋　振博\n${body(2023)}\n全疆首府，新疆乌鲁木齐。`);
    expect(m).toMatchObject({ meeting_date: '2023-01-13', congress_term: 15, congress_session: 3, speaker_name: '宋振博', admin_code: '650104' });
  });

  it('reads a date in Chinese numerals and a term written without 第', () => {
    const m = metaOf(`水磨沟区十七届人大第三次会议\n政府工作报告\n——二〇二三年二月八日在水磨沟区十七届人民代表大会第三次会议上\n水磨沟区人民政府代区长 刘卫东\n${body(2023)}`);
    expect(m).toMatchObject({ meeting_date: '2023-02-08', congress_term: 17, congress_session: 3, speaker_title: '代区长', admin_code: '650105' });
  });

  it('takes a December meeting as the next year\'s report, and ignores a forum posting date', () => {
    const raw = `查看: 776|回复: 0\n[新疆] 2022年乌鲁木齐市米东区政府工作报告\n发表于 2022-7-28 17:05:30 | 显示全部楼层\n2022年乌鲁木齐市米东区政府工作报告\n2021年12月29日在米东区第四届人民代表大会第二次会议上\n区长  吴承凯\n${body(2022)}`;
    expect(metaOf(raw)).toMatchObject({ meeting_date: '2021-12-29', plan_year: 2022, review_year: 2021, admin_code: '650109', speaker_name: '吴承凯' });
  });

  it('leaves the code null when a district name is shared and the text does not say which', () => {
    const m = metaOf(`朝阳区人民政府区长 王一鸣\n——2023年1月5日在朝阳区第十七届人民代表大会第三次会议上\n${body(2023)}`);
    expect(m.admin_level).toBe('county');
    expect(m.county).toBe('朝阳区');
    expect(m.admin_code).toBeNull();
    expect(m.warnings.join()).toMatch(/shared/);
  });

  it('decides a shared district name from the city the text names', () => {
    const m = metaOf(`朝阳区人民政府区长 王一鸣\n——2023年1月5日在朝阳区第十七届人民代表大会第三次会议上\n${body(2023)}\n服务长春现代化都市圈建设，长春市委、吉林省委的坚强领导。`);
    expect(m).toMatchObject({ admin_code: '220104', prefecture: '长春市', province: '吉林省', region_name: '长春市朝阳区' });
  });

  it('names a district of a municipality without a prefecture', () => {
    const m = metaOf(`北京市朝阳区人民政府区长 王一鸣\n——2023年1月5日在北京市朝阳区第十七届人民代表大会第三次会议上\n${body(2023)}`);
    expect(m).toMatchObject({ admin_code: '110105', province: '北京市', prefecture: null, region_name: '北京市朝阳区' });
  });

  it('uses a photo caption when there is no byline', () => {
    const m = metaOf(`2023年天元区政府工作报告\n1月9日，区长李为民作政府工作报告。记者 王五 摄\n——2023年1月9日在株洲市天元区第六届人民代表大会第三次会议上\n${body(2023)}`);
    expect(m).toMatchObject({ speaker_name: '李为民', speaker_title: '区长' });
  });

  it('takes the first of two bylines (a web page repeating its header)', () => {
    const m = metaOf(`天元区人民政府代区长 赵新\n2023年天元区政府工作报告\n——2023年1月9日在株洲市天元区第六届人民代表大会第三次会议上\n株洲市天元区人民政府代区长 赵新\n${body(2023)}`);
    expect(m).toMatchObject({ speaker_name: '赵新', speaker_title: '代区长', admin_code: '430211' });
  });

  it('a county of the time that is a city or district today gets today\'s code, with a warning; a county still a county keeps its own', () => {
    const shouguang = metaOf(`寿光县人民政府工作报告\n（1986年3月26日在寿光县第十届人民代表大会第五次会议上）\n${body(1986)}`);
    expect(shouguang).toMatchObject({ admin_code: '370783', province: '山东省', prefecture: '潍坊市', county: '寿光市' });
    expect(shouguang.warnings.join()).toMatch(/寿光县.*寿光市 \(370783\)/);
    // a district today: its land may have changed in the merger (江北县 became 渝北区, not 江北区)
    const panyu = metaOf(`番禺县人民政府工作报告\n——1990年3月10日在番禺县第十届人民代表大会第三次会议上\n${body(1990)}`);
    expect(panyu).toMatchObject({ admin_code: null, county: '番禺县', province: '广东省' });
    expect(panyu.warnings.join()).toMatch(/番禺县 is no county today.*番禺区 \(440113\)/);
    const jiangbei = metaOf(`江北县人民政府工作报告\n——1993年3月10日在江北县第十二届人民代表大会第二次会议上\n${body(1993)}`);
    expect(jiangbei).toMatchObject({ admin_code: null, county: '江北县', province: null });
    expect(metaOf(`平阳县人民政府工作报告\n——1990年3月10日在平阳县第九届人民代表大会第三次会议上\n${body(1990)}`)).toMatchObject({ admin_code: '330326', county: '平阳县' });
  });

  it('a 地区 of the time that is a prefecture-level city today gets the city\'s code, with a warning; a 地区 still a 地区 keeps its own', () => {
    const zhoukou = metaOf(`周口地区行政公署工作报告\n——1993年3月18日在周口地区人大工委第三次全体（扩大）会议上\n${body(1993)}`);
    expect(zhoukou).toMatchObject({ admin_level: 'prefecture', admin_code: '411600', province: '河南省', prefecture: '周口市' });
    expect(zhoukou.warnings.join()).toMatch(/周口地区.*周口市 \(411600\)/);
    expect(metaOf(`阿克苏地区行政公署工作报告\n——2022年1月12日在阿克苏地区人民代表大会工作委员会扩大会议上\n${body(2022)}`)).toMatchObject({ admin_code: '652900', prefecture: '阿克苏地区' });
  });

  it('leaves meeting fields null on a header without a date line', () => {
    const m = metaOf(`2023年天元区政府工作报告\n株洲市天元区人民政府区长 何柢\n${body(2023)}`);
    expect(m).toMatchObject({ meeting_date: null, congress_term: null, congress_session: null, plan_year: 2023, admin_code: '430211' });
  });
});

describe('metadata: prefectures, provinces, the nation', () => {
  it('reads a prefecture report from a web page', () => {
    const raw = `您的位置：首页 > 政务公开\n2024年株洲市政府工作报告\n来源：株洲市人民政府 时间：2024-02-20\n——2024年1月21日在株洲市第十六届人民代表大会第四次会议上\n株洲市人民政府市长 曹立新\n${body(2024)}`;
    expect(metaOf(raw)).toMatchObject({ admin_level: 'prefecture', province: '湖南省', prefecture: '株洲市', county: null, admin_code: '430200', speaker_title: '市长', meeting_date: '2024-01-21', plan_year: 2024 });
  });

  it('reads a province report with a spaced name and Chinese date', () => {
    const raw = `政府工作报告\n——二〇二三年一月十六日在湖南省第十四届人民代表大会第一次会议上\n湖南省人民政府省长 李 华\n${body(2023)}`;
    expect(metaOf(raw)).toMatchObject({ admin_level: 'province', province: '湖南省', prefecture: null, admin_code: '430000', speaker_name: '李华', speaker_title: '省长', congress_term: 14, congress_session: 1 });
  });

  it('reads an autonomous region and its chairman with a transliterated name', () => {
    const raw = `政府工作报告\n——2023年1月15日在新疆维吾尔自治区第十四届人民代表大会第一次会议上\n新疆维吾尔自治区人民政府主席 阿不都·买买提\n${body(2023)}`;
    expect(metaOf(raw)).toMatchObject({ admin_level: 'province', province: '新疆维吾尔自治区', admin_code: '650000', speaker_name: '阿不都·买买提', speaker_title: '自治区主席' });
  });

  it('reads the national report: national level, no code', () => {
    const raw = `# 政府工作报告\n——2024年3月5日在第十四届全国人民代表大会第二次会议上\n国务院总理 王 强\n${body(2024)}`;
    expect(metaOf(raw)).toMatchObject({ admin_level: 'national', admin_code: null, province: null, region_name: '中华人民共和国', speaker_title: '国务院总理', speaker_name: '王强', meeting_date: '2024-03-05', congress_term: 14, congress_session: 2, plan_year: 2024 });
  });
});

describe('metadata: years from the structure when the header has none', () => {
  it('derives the years from 工作回顾 and 重点工作 headings', () => {
    const m = metaOf(`政府工作报告\n天元区人民政府区长 何柢\n各位代表：\n一、2020年工作回顾\n过去一年，我们砥砺奋进。\n二、2021年重点工作\n今年要再接再厉。`);
    expect(m).toMatchObject({ review_year: 2020, plan_year: 2021 });
  });
  it('leaves the years null when nothing tells them', () => {
    const m = metaOf(`政府工作报告\n各位代表：\n过去一年，我们砥砺奋进。`);
    expect(m).toMatchObject({ review_year: null, plan_year: null });
  });
});

describe('not a work report', () => {
  it('rejects a resolution about the report', () => {
    const text = '关于政府工作报告的决议\n（2023年1月13日新市区第十五届人民代表大会第三次会议通过）\n' + '会议充分肯定过去一年的工作，同意报告提出的今年工作安排。'.repeat(60);
    const v = workReportVerdict(text);
    expect(v.ok).toBe(false);
    const r = run(text);
    expect(r.rows.reports).toEqual([]);
    expect(r.rejects[0]).toMatchObject({ reason: 'not_a_work_report', stage: 'extract' });
  });
  it('rejects a news article and a speech fragment', () => {
    expect(workReportVerdict('本报讯（记者 张三）昨日，全市经济工作会议召开。'.repeat(100)).ok).toBe(false);
    expect(workReportVerdict('各位代表：今年我们要再接再厉。').ok).toBe(false);
  });
  it('accepts a whole report', () => {
    expect(run(report({ plan: 2023, review: ['全年地区生产总值增长4%。'], planText: ['主要预期目标是：地区生产总值增长6%。'] })).rows.reports).toHaveLength(1);
  });
});

describe('metadata: more header layouts', () => {
  it('reads a date on a line of its own and a byline over two lines', () => {
    const m = metaOf(`政府工作报告\n2023年1月12日\n在成都市第十八届人民代表大会第一次会议上\n成都市人民政府市长\n王凤林\n${body(2023)}`);
    expect(m).toMatchObject({ meeting_date: '2023-01-12', congress_term: 18, congress_session: 1, speaker_name: '王凤林', speaker_title: '市长', admin_level: 'prefecture', admin_code: '510100' });
  });
  it('reads a county-level city, a banner and an autonomous county', () => {
    expect(metaOf(`昆山市人民政府市长 周东\n——2023年1月5日在昆山市第十七届人民代表大会第三次会议上\n${body(2023)}`)).toMatchObject({ admin_level: 'county', county: '昆山市', prefecture: '苏州市', admin_code: '320583', speaker_title: '市长' });
    expect(metaOf(`达拉特旗人民政府旗长 白云\n——2023年1月5日在达拉特旗第十七届人民代表大会第三次会议上\n${body(2023)}`)).toMatchObject({ admin_level: 'county', admin_code: '150621', speaker_title: '旗长' });
    expect(metaOf(`长阳土家族自治县人民政府县长 向东\n——2023年1月5日在长阳土家族自治县第十届人民代表大会第三次会议上\n${body(2023)}`)).toMatchObject({ admin_level: 'county', admin_code: '420528', speaker_title: '县长' });
  });
  it('reads a province byline without 人民政府 and a five-year review heading', () => {
    const m = metaOf(`2023年广东省政府工作报告\n——2023年1月12日在广东省第十四届人民代表大会第一次会议上\n广东省省长 王伟\n各位代表：\n一、过去五年工作回顾\n五年来成绩显著。\n二、2023年工作安排\n今年要再接再厉。`);
    expect(m).toMatchObject({ admin_level: 'province', admin_code: '440000', speaker_name: '王伟', speaker_title: '省长', review_year: 2022, plan_year: 2023 });
  });
});

describe('region cues name real divisions', () => {
  it('every province and capital the cues name is in GB/T 2260 as packaged', async () => {
    const { AUTONOMOUS_REGION_CAPITALS, PROVINCE_CUES, divisions } = await import('../pipeline/shared/divisions.ts');
    const names = new Set(divisions().all.map((d) => d.name));
    const named = [...PROVINCE_CUES.map(([, n]) => n), ...Object.keys(AUTONOMOUS_REGION_CAPITALS), ...Object.values(AUTONOMOUS_REGION_CAPITALS)];
    expect(named.filter((n) => !names.has(n))).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// Issue 17: national reports, web copies and the years, cue by cue.
// ---------------------------------------------------------------------------------------------

const yearsOf = (raw: string) => { const m = metaOf(raw); return { review_year: m.review_year, plan_year: m.plan_year, warnings: m.warnings }; };
const national = (opening: string, ...rest: string[]) => join('各位代表：', opening, ...rest, pad('1980s'), '各位代表！让我们团结一致，为实现四个现代化而奋斗！');

describe('national reports: region, speaker, meeting and title', () => {
  it('a report without a title line: national, no region fields, no title, no speaker, the session from the opening', () => {
    const m = metaOf(national('我代表国务院，向第六届全国人民代表大会第一次会议作政府工作报告，请予审议。'));
    expect(m).toMatchObject({
      title: null, admin_level: 'national', province: null, prefecture: null, county: null, region_name: '中华人民共和国', admin_code: null,
      speaker_name: null, speaker_title: null, meeting_date: null, congress_term: 6, congress_session: 1, plan_year: 1983, review_year: 1982,
    });
  });
  it('the session of a planning-era report, in its opening (with a comma inside) or as 我们…会议', () => {
    expect(metaOf(national('我代表国务院向第一届全国人民代表大会第五次会议，提出关于一九五八年度国民经济计划（草案）的报告，请予审议。'))).toMatchObject({ congress_term: 1, congress_session: 5, plan_year: 1958 });
    expect(metaOf(national('我们第一届全国人民代表大会第一次会议，在听了关于宪法草案的报告以后，通过了宪法。现在，我代表中央人民政府作工作报告。'))).toMatchObject({ admin_level: 'national', congress_term: 1, congress_session: 1, plan_year: 1954 });
  });
  it('only the term when the opening names no session; an earlier session named in passing is not this one', () => {
    expect(metaOf(national('现在，我代表国务院，向第五届全国人民代表大会作政府工作报告。'))).toMatchObject({ congress_term: 5, congress_session: null });
    const m = metaOf(national('从去年９月第五届全国人民代表大会第三次会议到现在，已经过去了一年零两个月。现在，我代表国务院，向大会作以下报告，请予审议。'));
    expect(m).toMatchObject({ congress_term: null, congress_session: null, plan_year: 1982 });
  });
  it('a header with a meeting line and the speaker\'s bare name (a 1950s transcription)', () => {
    const m = metaOf(join('政府工作报告', '1957年6月26日在第一届全国人民代表大会第四次会議上', '周恩来', '各位代表：', '关于一年来的政府工作，国务院决定由我向大会作报告。', pad('1950s')));
    expect(m).toMatchObject({ title: '政府工作报告', admin_level: 'national', meeting_date: '1957-06-26', congress_term: 1, congress_session: 4, speaker_name: '周恩来', speaker_title: null, plan_year: 1957 });
  });
  it('the premier\'s byline names him; a report that names no one leaves the speaker null', () => {
    expect(metaOf(join('政府工作报告', '——2024年3月5日在第十四届全国人民代表大会第二次会议上', '国务院总理 李 强', '各位代表：', '现在，我代表国务院，向大会报告政府工作，请予审议。', pad('2020s')))).toMatchObject({ speaker_name: '李强', speaker_title: '国务院总理', title: '政府工作报告' });
    expect(metaOf(national('我受国务院的委托，现在向大会提出关于1980、1981年国民经济计划安排的报告，请予审议。'))).toMatchObject({ speaker_name: null, speaker_title: null, admin_level: 'national' });
  });
  it('national by its scope when it names neither a region nor the State Council, with a warning', () => {
    const m = metaOf(join('各位代表：', '刚刚过去的１９８４年，是全国各族人民取得伟大成就的一年。我们继续坚持独立自主的外交政策。现在，我就以此为题，向大会作政府工作报告，请予审议。', pad('1980s')));
    expect(m).toMatchObject({ admin_level: 'national', region_name: '中华人民共和国', plan_year: 1985 });
    expect(m.warnings.join()).toMatch(/national_scope/);
  });
  it('a local report without a header is not national by its scope', () => {
    const m = metaOf(join('各位代表：', '现在，我代表县人民政府向大会报告工作。在党中央坚强领导下，全国各族人民团结奋斗。', pad('2020s')));
    expect(m.admin_level).toBeNull();
    expect(m.region_name).toBeNull();
  });
  it('a local report that speaks of 党中央、国务院 is not national', () => {
    const m = metaOf(join('2024年株洲市政府工作报告', '——2024年1月21日在株洲市第十六届人民代表大会第四次会议上', '株洲市人民政府市长 曹立新', '各位代表：', '现在，我代表市人民政府向大会报告工作。全市上下坚决贯彻党中央、国务院决策部署，全国各族人民团结奋斗。', pad('2020s')));
    expect(m).toMatchObject({ admin_level: 'prefecture', admin_code: '430200' });
  });
});

describe('web copies: byline among page furniture, bare titles, posting times', () => {
  it('a byline after 来源：/时间： and a photo caption, with a space between title and name (province)', () => {
    const raw = join('下载', '打印', '【字号：', '加大', '还原', '减小', '】', '2026年山西省政府工作报告', '——2026年2月2日在山西省第十四届人民代表大会第五次会议上',
      '来源：山西日报', '时间：2026-02-09', '省长 卢东亮', '省长卢东亮在省十四届人大五次会议上作政府工作报告。本报记者 阮洋摄', '各位代表：', '现在，我代表省人民政府向大会报告工作，请予审议。', pad('2020s'));
    expect(metaOf(raw)).toMatchObject({ speaker_name: '卢东亮', speaker_title: '省长', admin_code: '140000', meeting_date: '2026-02-02', plan_year: 2026 });
  });
  it('only a caption that names the speaker in the meeting (no byline line)', () => {
    const raw = join('2026年湖南省政府工作报告', '——2026年2月3日在湖南省第十四届人民代表大会第四次会议上', '来源：湖南日报', '时间：2026-02-24', '2月3日，湖南省第十四届人民代表大会第四次会议开幕。省长毛伟明作政府工作报告。记者 刘尚文 摄', '各位代表：', '现在，我代表省人民政府，向大会作政府工作报告，请予审议。', pad('2020s'));
    expect(metaOf(raw)).toMatchObject({ speaker_name: '毛伟明', speaker_title: '省长', admin_code: '430000' });
  });
  it('a bare title takes the region from a byline without 人民政府 (province, prefecture) or from the meeting line (county)', () => {
    expect(metaOf(join('政府工作报告', '来源：大众日报', '山东省省长 周乃翔', '各位代表：', '现在，我代表省人民政府向大会报告工作。', pad('2020s')))).toMatchObject({ admin_level: 'province', admin_code: '370000', speaker_name: '周乃翔' });
    expect(metaOf(join('政府工作报告', '株洲市市长 曹立新', '各位代表：', '现在，我代表市人民政府向大会报告工作。', pad('2020s')))).toMatchObject({ admin_level: 'prefecture', admin_code: '430200', speaker_title: '市长' });
    expect(metaOf(join('政府工作报告', '——2023年1月9日在株洲市天元区第六届人民代表大会第三次会议上', '各位代表：', '现在，我代表区人民政府向大会报告工作。', pad('2020s')))).toMatchObject({ admin_level: 'county', admin_code: '430211', plan_year: 2023 });
  });
  it('the page\'s posting time is never the meeting date when a meeting line exists', () => {
    for (const posted of ['2026-02-03 09:02:33', '2026年2月3日 09:02', '发布时间：2026年02月03日']) {
      const raw = join('您的位置：', '首页', '>', '要闻', '2026年政府工作报告', '来源：云南日报', '在云南省第十四届人民代表大会第四次会议上', posted, '省长　王予波', '各位代表：', '现在，我代表省人民政府，向大会报告工作。', pad('2020s'));
      const m = metaOf(raw);
      expect(m).toMatchObject({ admin_code: '530000', congress_term: 14, congress_session: 4, speaker_name: '王予波', title: '2026年政府工作报告' });
      expect(m.meeting_date, posted).toBeNull();
    }
    // A posting time above the meeting line, on the line of its source (national web copy).
    const above = metaOf(join('2016年03月17日 08:06　来源：新华社', '政府工作报告', '——2016年3月5日在第十二届全国人民代表大会第四次会议上', '国务院总理 李克强', '各位代表：', '现在，我代表国务院，向大会报告政府工作，请予审议。', pad('2020s')));
    expect(above).toMatchObject({ meeting_date: '2016-03-05', congress_term: 12, congress_session: 4, plan_year: 2016 });
    // A date away from the meeting line is not its date either.
    const apart = metaOf(join('政府工作报告', '在云南省第十四届人民代表大会第四次会议上', '省长　王予波', '2026年2月3日', '各位代表：', '现在，我代表省人民政府，向大会报告工作。', pad('2020s')));
    expect(apart.meeting_date).toBeNull();
  });
  it('plan year from the headings and 今年 when the title has no year, and null when nothing tells it', () => {
    expect(yearsOf(join('政府工作报告', '天元区人民政府区长 何柢', '各位代表：', '现在，我代表区人民政府向大会报告工作。', '一、“十四五”时期工作回顾', pad('2020s'), '二、今年工作安排', '今年，即2026年，是“十五五”开局之年。'))).toMatchObject({ plan_year: 2026, review_year: 2025 });
    expect(yearsOf(join('政府工作报告', '天元区人民政府区长 何柢', '各位代表：', '现在，我代表区人民政府向大会报告工作。', pad('2020s')))).toMatchObject({ plan_year: null, review_year: null });
  });
});

describe('year cues, one by one (schemas/yearCues.ts)', () => {
  const cues = (raw: string) => yearsOf(raw).plan_year;
  it('title and meeting date; a November or December meeting is for the next year', () => {
    expect(cues(join('2024年天元区政府工作报告', '各位代表：', '现在，我代表区人民政府向大会报告工作。', pad('2020s')))).toBe(2024);
    expect(cues(join('政府工作报告', '——1981年11月30日在第五届全国人民代表大会第四次会议上', '各位代表：', '现在，我代表国务院向大会作报告。', pad('1980s')))).toBe(1982);
  });
  it('the NPC session named, from the table of sessions (a late session plans the next year)', () => {
    expect(cues(national('我代表国务院，向第六届全国人民代表大会第一次会议作政府工作报告。'))).toBe(1983);
    expect(cues(national('我代表国务院，向第三届全国人民代表大会第一次会议作政府工作报告。'))).toBe(1965);
    expect(cues(national('根据中共中央的决定，我代表国务院，向第四届全国人民代表大会作政府工作报告。'))).toBe(1975);
  });
  it('the time since an earlier session', () => {
    expect(cues(national('从第七届全国人民代表大会第一次会议，到这次大会的召开，已经整整过去了五年。现在，我代表国务院向大会作政府工作报告。'))).toBe(1993);
    expect(cues(national('从第一届全国人民代表大会第三次会议闭幕以来，已经整整一年了。现在，我代表国务院向大会作报告。'))).toBe(1957);
    expect(cues(national('我代表国务院向大会作政府工作报告。去年举行的六届人大一次会议曾经指出，要继续调整国民经济。'))).toBe(1984);
  });
  it('the plan or budget the report is on, or submits', () => {
    expect(cues(national('我受国务院的委托，现在向大会提出关于1980、1981年国民经济计划安排的报告，请予审议。'))).toBe(1981);
    expect(cues(national('现在，我代表国务院，作关于我国国民经济和社会发展第六个五年计划的报告。', '在提请这次大会审议第六个五年计划的同时，国务院也提出了一九八三年国民经济和社会发展的年度计划草案，请一并审议。'))).toBe(1983);
  });
  it('刚刚过去的…年 and 首先报告…年的工作, in digits, full-width digits or Chinese numerals', () => {
    expect(cues(national('刚刚过去的１９８４年，是我国取得伟大成就的一年。现在，我代表国务院向大会作政府工作报告。'))).toBe(1985);
    expect(cues(national('在刚刚过去的一九八七年，国民经济继续保持了良好势头。我代表国务院向大会作政府工作报告。'))).toBe(1988);
    expect(cues(national('现在，我代表国务院向大会作政府工作报告。首先，我报告2002年的工作。'))).toBe(2003);
  });
  it('headings that review or plan a year, also in Chinese numerals, and a five-year plan reviewed', () => {
    expect(cues(national('我代表国务院向大会提出关于一九五八年度国民经济计划的报告。', '（一）一九五七年经济战线上的胜利', '一九五七年是我国在各个战线上取得伟大胜利的一年。'))).toBe(1958);
    expect(cues(national('现在，我代表国务院向大会作政府工作报告。', '一、１９９６年国内工作的回顾', '二、保持国民经济发展的良好势头'))).toBe(1997);
    expect(cues(national('现在，我代表国务院，向大会作关于第七个五年计划的报告，请审议。', '一、“六五”计划执行情况的回顾'))).toBe(1986);
  });
  it('a heading on part of a five-year plan does not date the report', () => {
    const y = yearsOf(national('现在，我代表国务院，作关于第六个五年计划的报告。', '六五计划前两年的执行情况'));
    expect(y.plan_year).toBeNull();
    expect(y.warnings.filter((w) => !/truncated/.test(w)).join()).not.toMatch(/六五计划前两年/);
  });
  it('an anniversary, and 今年/明年 naming a year', () => {
    expect(cues(national('我代表国务院向大会作政府工作报告。', '今年十月一日是中华人民共和国成立三十五周年。'))).toBe(1984);
    expect(cues(join('政府工作报告', '各位代表：', '现在，我代表区人民政府向大会报告工作。', '今年是中国共产党成立100周年。', pad('2020s')))).toBe(2021);
    expect(cues(national('现在，我代表国务院向大会作以下报告。', '明年，即1982年，我们要继续贯彻调整的方针。'))).toBe(1982);
  });
  it('…年是…之年 dates the review only when it tells of what was done, or stands in the review part', () => {
    expect(yearsOf(join('政府工作报告', '——2025年1月10日在天元区第六届人民代表大会第五次会议上', '各位代表：', '现在，我代表区人民政府向大会报告工作。', '2025年是“十四五”规划收官之年，做好今年工作意义重大。', pad('2020s'))))
      .toMatchObject({ plan_year: 2025, warnings: expect.not.arrayContaining([expect.stringMatching(/disagree/)]) });
    expect(yearsOf(join('政府工作报告', '各位代表：', '现在，我代表区人民政府向大会报告工作。', '2022年是党和国家历史上极为重要的一年，我们取得了来之不易的成绩。', pad('2020s')))).toMatchObject({ plan_year: 2023 });
  });
  it('names every cue when they disagree', () => {
    const y = yearsOf(join('2024年天元区政府工作报告', '——2023年12月28日在天元区第六届人民代表大会第四次会议上', '各位代表：', '现在，我代表区人民政府向大会报告工作。', '一、2022年工作回顾', pad('2020s')));
    expect(y.plan_year).toBe(2024);
    expect(y.warnings.join()).toMatch(/year cues disagree.*title → 2024.*meeting date → 2024.*against heading 2022年工作回顾 → 2023/);
  });
});

describe('the table of NPC sessions (schemas/npcSessions.ts)', () => {
  it('starts each term in its year, numbers sessions from 1, and holds one session a year from 1983', async () => {
    const { NPC_SESSIONS } = await import('../schemas/npcSessions.ts');
    const firsts = NPC_SESSIONS.filter((s) => s.session === 1).map((s) => s.year);
    expect(firsts).toEqual([1954, 1959, 1964, 1975, 1978, 1983, 1988, 1993, 1998, 2003, 2008, 2013, 2018, 2023]);
    for (let i = 1; i < NPC_SESSIONS.length; i++) {
      const [a, b] = [NPC_SESSIONS[i - 1], NPC_SESSIONS[i]];
      expect(b.year * 12 + b.month).toBeGreaterThan(a.year * 12 + a.month);
      expect(b.session).toBe(b.term === a.term ? a.session + 1 : 1);
    }
    const since1983 = NPC_SESSIONS.filter((s) => s.year >= 1983).map((s) => s.year);
    expect(since1983).toEqual(Array.from({ length: since1983.length }, (_, i) => 1983 + i));
  });
});

describe('regions by their short names, and administrations that are not people\'s governments', () => {
  it('an autonomous prefecture by its short name (黔东南州), in a forum copy', () => {
    const m = metaOf(join('【转帖】黔东南州2011年政府工作报告（全文）', '政府工作报告', '——2011年1月17日在黔东南州第十二届人民代表大会第五次会议上', '各位代表：', '现在，我代表州人民政府向大会报告工作，请予审议。', pad('2020s')));
    expect(m).toMatchObject({ admin_level: 'prefecture', prefecture: '黔东南苗族侗族自治州', admin_code: '522600', plan_year: 2011 });
  });
  it('an autonomous county by its short name (长阳)', () => {
    const m = metaOf(join('2024年长阳政府工作报告', '——2024年1月8日在长阳土家族自治县第十届人民代表大会第四次会议上', '各位代表：', '现在，我代表县人民政府向大会报告工作，请予审议。', pad('2020s')));
    expect(m).toMatchObject({ admin_level: 'county', county: '长阳土家族自治县', admin_code: '420528' });
  });
  it('a 地区 governed by a 行政公署 reports to the congress\'s working committee: a work report, its region the 地区', () => {
    const raw = join('阿克苏地区行政公署工作报告', '——2022年1月12日在阿克苏地区人民代表大会工作委员会扩大会议上', '各位代表：', '现在，我代表地区行政公署向大会报告工作，请予审议。', '一、2021年工作回顾', pad('2020s'), '二、2022年工作安排', '今年全地区经济社会发展的主要预期目标是：地区生产总值增长7%以上。');
    expect(workReportVerdict(clean(raw).text).ok).toBe(true);
    expect(metaOf(raw)).toMatchObject({ admin_level: 'prefecture', prefecture: '阿克苏地区', admin_code: '652900', plan_year: 2022, speaker_name: null, speaker_title: null });
  });
  it('a revolutionary committee\'s head (1967–1979) speaks with the committee\'s level in the title', () => {
    const body = ['各位代表：', '现在，我代表唐山市革命委员会向大会报告工作，请予审议。', pad('1970s')];
    const m = metaOf(join('唐山市革命委员会工作报告', '（一九七九年六月十八日在唐山市第七届人民代表大会第一次会议上）', '市革命委员会副主任　张达', ...body));
    expect(m).toMatchObject({ speaker_name: '张达', speaker_title: '市革命委员会副主任', admin_code: '130200' });
    const county = metaOf(join('政府工作报告', '（一九七八年三月十日在平阳县第六届人民代表大会第一次会议上）', '平阳县革命委员会主任 王志强', ...body));
    expect(county).toMatchObject({ speaker_name: '王志强', speaker_title: '县革命委员会主任' });
  });
  it('a byline with the office and no name gives the title alone; a title line with a name gives both', () => {
    const body = ['各位代表：', '现在，我代表地区行政公署向大会报告工作，请予审议。', pad('2020s')];
    const noName = metaOf(join('阿克苏地区行政公署工作报告', '——2022年1月12日在阿克苏地区人民代表大会工作委员会扩大会议上', '阿克苏地区行政公署专员', ...body));
    expect(noName).toMatchObject({ speaker_name: null, speaker_title: '专员' });
    const county = metaOf(join('政府工作报告', '——2015年1月8日在平阳县第十五届人民代表大会第五次会议上', '平阳县人民政府代县长', ...body));
    expect(county).toMatchObject({ speaker_name: null, speaker_title: '代县长' });
    const named = metaOf(join('政府工作报告', '——2015年1月8日在平阳县第十五届人民代表大会第五次会议上', '平阳县人民政府县长 陈建明', ...body));
    expect(named).toMatchObject({ speaker_name: '陈建明', speaker_title: '县长' });
  });
});

