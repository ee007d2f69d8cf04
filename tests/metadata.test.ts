import { describe, expect, it } from 'vitest';
import { workReportVerdict } from '../pipeline/extract/metadata/index.ts';
import { metaOf, report, run } from './helpers.ts';

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
