import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import Papa from 'papaparse';
import { clean } from '../pipeline/clean/index.ts';
import { extractGlossary, extractPledges } from '../pipeline/extract/longtail/index.ts';
import { segment } from '../pipeline/segment/index.ts';
import { codePointIndex } from '../pipeline/shared/offsets.ts';
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

/*
 * The long tail — problems, pledges, glossary — rule by rule, textlint style: each rule's valid
 * examples (text and the rows it must give) and invalid ones (near-misses that must give none)
 * beside its name, at the levels of government that write them.
 */
type Level = 'county' | 'prefecture' | 'province' | 'national';
interface Case { level: Level; review?: string[]; plan?: string[]; extra?: string[]; want: string[] }
interface Rule { rule: string; valid: Case[]; invalid: Case[] }

const FILLER = '各项工作扎实推进，经济社会发展取得新成效，人民群众获得感、幸福感、安全感不断增强。';
const HEADS: Record<Level, string[]> = {
  county: ['2023年株洲市天元区政府工作报告', '——2023年1月9日在株洲市天元区第六届人民代表大会第三次会议上', '株洲市天元区人民政府区长 张明远'],
  prefecture: ['2024年株洲市政府工作报告', '——2024年1月10日在株洲市第十六届人民代表大会第四次会议上', '株洲市人民政府市长 曹慧泉'],
  province: ['2025年湖南省政府工作报告', '——2025年1月15日在湖南省第十四届人民代表大会第三次会议上', '湖南省省长 毛伟明'],
  national: ['政府工作报告', '——1995年3月5日在第八届全国人民代表大会第三次会议上', '国务院总理 李鹏'],
};

/** A whole report of the level, with the case's paragraphs in its review and its plan part. */
function levelReport(c: Omit<Case, 'want'>): string {
  return [
    ...HEADS[c.level], '各位代表：', '现在，我代表人民政府，向大会报告工作，请予审议。',
    '一、过去一年工作回顾', '全年地区生产总值增长5%。', ...(c.review ?? []), FILLER.repeat(20),
    '二、今年工作安排', '今年地区生产总值预期增长6%左右。', ...(c.plan ?? []), FILLER.repeat(20),
    '各位代表，让我们团结奋斗，再创佳绩！', ...(c.extra ?? []),
  ].join('\n');
}

/** Runs the case; every row's span must be its text in the clean text. */
function rowsOf(c: Omit<Case, 'want'>) {
  const r = run(levelReport(c));
  expect(r.rows.reports).toHaveLength(1);
  const cps = Array.from(r.cleanText!);
  const span = (x: { char_start: number; char_end: number }) => cps.slice(x.char_start, x.char_end).join('');
  for (const x of [...r.rows.problems, ...r.rows.pledges]) expect(span(x)).toBe(x.text);
  for (const x of r.rows.glossary) expect(span(x)).toContain(x.term);
  return r.rows;
}

function checkRules(rules: Rule[], read: (c: Omit<Case, 'want'>) => string[]) {
  for (const { rule, valid, invalid } of rules) {
    describe(rule, () => {
      for (const [i, c] of valid.entries()) it(`valid ${i + 1} (${c.level})`, () => expect(read(c)).toEqual(c.want));
      for (const [i, c] of invalid.entries()) it(`invalid ${i + 1} (${c.level})`, () => expect(read(c)).toEqual([]));
    });
  }
}

// ───────────────────────────── problems ─────────────────────────────

const CLOSINGS = ['对此，我们将采取有力措施，认真加以解决。', '对于这些问题，我们必须高度重视，切实解决。', '我们一定正视问题，全力解题，决不辜负人民期待！', '这些都是发展中的问题，只要我们用改革的办法就一定能够解决。', '上述这些问题已经引起我们的高度重视。', '党中央和国务院对这些问题十分重视，正在采取措施逐步解决。', '要深刻认识解决这些矛盾的艰巨性，坚持问题导向，狠抓工作落实。', '这都是由于政府在工作中统筹安排不够所产生的缺点。'];

const PROBLEM_RULES: Rule[] = [
  {
    rule: 'a sentence stating the problems in general right before 主要是： leads in; a chain opened by a general admission drops it',
    valid: [
      { level: 'national', review: ['我们也清醒地看到，我国经济社会发展中不平衡、不协调、不可持续的问题依然突出。主要是：经济增长的资源环境约束强化，投资和消费关系失衡，科技创新能力不强。政府工作也存在一些不足，一些部门职能转变不到位，有的工作人员作风不正，形式主义问题比较突出。我们一定要增强忧患意识。'], want: ['经济增长的资源环境约束强化', '投资和消费关系失衡', '科技创新能力不强', '一些部门职能转变不到位', '有的工作人员作风不正，形式主义问题比较突出'] },
      { level: 'county', review: ['我们也清醒认识到，全县发展不充分的问题仍然突出。主要表现在：工业经济总量偏小；城乡基础设施欠账较多；民生保障仍有短板。对此，我们将认真加以解决。'], want: ['工业经济总量偏小', '城乡基础设施欠账较多', '民生保障仍有短板'] },
      // a summary clause, then a resolve, then the lead word alone: the sentence leads in (a 1950s form)
      { level: 'province', review: ['但是，我们的工作中还存在着不少缺点和错误，必须认真地加以检查和改正。主要是：', '第一，在农业生产的领导上，有些要求过急过高，造成了一定的损失。', '第二，城乡市场上某些商品供应不足，物价工作上也有一些缺点。', '对于这些缺点和错误，省人民委员会负有责任。'], want: ['在农业生产的领导上，有些要求过急过高，造成了一定的损失', '城乡市场上某些商品供应不足，物价工作上也有一些缺点'] },
      // a specific sentence before the lead word is an item itself
      { level: 'prefecture', review: ['我们也清醒地看到，部分企业生产经营困难，民间投资增长乏力。主要是：融资难融资贵问题仍然存在；部分行业产能过剩。对此，我们将认真加以解决。'], want: ['部分企业生产经营困难，民间投资增长乏力', '融资难融资贵问题仍然存在', '部分行业产能过剩'] },
      // not followed by a lead word: the sentence names the problem, it is an item
      { level: 'prefecture', review: ['我们也清醒地看到，形式主义、官僚主义问题比较突出。我们一定认真加以解决。'], want: ['形式主义、官僚主义问题比较突出'] },
    ],
    invalid: [
      // no problem admitted before the lone lead word: the tasks after it are no problems
      { level: 'province', review: ['今年的工作任务十分繁重，必须加倍努力。主要是：', '第一，抓好农业生产，力争粮食丰收。', '第二，搞好市场供应，稳定物价。'], want: [] },
    ],
  },
  {
    rule: 'the government admitting faults in its own work opens a passage wherever it stands; a paragraph that adds more (同时，…) goes on with it',
    valid: [
      // a second passage, in the part on the government itself, after the review's own
      { level: 'prefecture', review: ['我们也清醒地看到，经济发展中还存在一些问题：工业基础薄弱；财政收支矛盾突出。'], plan: ['三、加强政府自身建设', '新的形势和任务，对政府工作提出了新的更高要求。过去一年，行署在工作中还有不少不足，有些决策调查研究不够，有些工作部署多、落实少，机关办事拖拉的现象在一些部门依然存在。我们一定认真改进。'], want: ['工业基础薄弱', '财政收支矛盾突出', '有些决策调查研究不够，有些工作部署多、落实少，机关办事拖拉的现象在一些部门依然存在'] },
      { level: 'national', review: ['国务院在过去五年的工作中，在执行党中央的方针政策方面，总的来说是正确的，但是也有缺点和错误。有一些工作的部署不够周密，有一些指示下达过多过急，有一些部门对基层的实际情况了解不够。我们要虚心听取各位代表的批评，认真改进工作。'], want: ['有一些工作的部署不够周密', '有一些指示下达过多过急', '有一些部门对基层的实际情况了解不够'] },
      { level: 'county', review: ['我们也清醒地认识到，我县经济社会发展中还存在一些困难和问题：', '一是经济下行压力依然较大，传统产业转型升级任务艰巨。', '二是创新驱动能力不强，高新技术产业占比偏低。', '同时，政府职能转变还不够到位，少数干部担当意识不强。有的部门服务企业和群众的主动性不够，办事效率有待提高。对此，我们将认真加以解决。'], want: ['经济下行压力依然较大，传统产业转型升级任务艰巨', '创新驱动能力不强，高新技术产业占比偏低', '政府职能转变还不够到位，少数干部担当意识不强', '有的部门服务企业和群众的主动性不够，办事效率有待提高'] },
      { level: 'county', review: ['在肯定成绩的同时，我们也清醒地看到，晋江发展中还存在不少困难和问题。产业层次总体偏低，传统产业比重较大。资源环境压力较大，节能减排任务艰巨。', '政府职能转变还不到位，一些部门和干部服务意识不强、办事效率不高。我们一定高度重视，认真加以解决。'], want: ['产业层次总体偏低，传统产业比重较大', '资源环境压力较大，节能减排任务艰巨', '政府职能转变还不到位，一些部门和干部服务意识不强、办事效率不高'] },
      // a paragraph on the government after a passage that closed is not part of it
      { level: 'county', review: ['我们也清醒地看到，发展中还存在不少困难和问题：产业层次总体偏低；资源环境压力较大。对此，我们将认真加以解决。', '政府职能转变取得新进展，行政审批事项精简30%。'], want: ['产业层次总体偏低', '资源环境压力较大'] },
      // the government's own part: a clause that falls short, then 主要是： (a 1980s form)
      { level: 'prefecture', review: ['在肯定成绩的同时，我们必须清醒地看到工作中存在的问题：一是经济效益仍然不高；二是交通、能源紧张。对这些问题，我们一定要认真加以解决。'], plan: ['第一，要转变政府职能。市政府要把主要精力放到抓全局性、战略性的问题上来。', '实行市管县体制以来，市政府在领导经济工作方面还很不适应，主要是：领导城乡经济协调发展的经验不足；市政府一些部门仍然习惯于用行政办法管理经济，管得过多过死。对此，我们一定要切实加以改进。'], want: ['经济效益仍然不高', '交通、能源紧张', '领导城乡经济协调发展的经验不足', '市政府一些部门仍然习惯于用行政办法管理经济，管得过多过死'] },
      // a general admission opening a chain of the government's faults leads in (不作为 is a fault)
      { level: 'prefecture', review: ['我们也清醒地认识到，我市还存在不少困难和问题，主要是：经济总量仍然偏小；工业化程度不高。政府工作中也还存在一些不足，一些部门服务意识不强，办事效率不高，少数工作人员作风漂浮、不作为、乱作为。对此，我们一定认真加以解决。'], want: ['经济总量仍然偏小', '工业化程度不高', '一些部门服务意识不强', '办事效率不高', '少数工作人员作风漂浮、不作为、乱作为'] },
    ],
    invalid: [
      // an exhortation about the government's work admits nothing
      { level: 'province', plan: ['各级政府要进一步转变职能，克服工作中的官僚主义，提高工作效率。同时，要深入实际，调查研究，倾听群众意见。'], want: [] },
      // lessons after 深刻认识到: what must be done, not what falls short
      { level: 'prefecture', review: ['过去五年的实践，使我们深刻认识到：必须始终坚持发展第一要务，以发展破解前进中的困难和问题；必须始终坚持改革创新，以改革激发发展活力；必须始终坚持以人为本。'], want: [] },
      // a lead word after a clause that does not fall short: tasks, not problems
      { level: 'prefecture', plan: ['市政府在领导经济工作方面要有新的提高，主要是：加强调查研究；提高工作效率；改进工作作风。'], want: [] },
    ],
  },
  {
    rule: 'a lead word (主要是：, 主要表现在：) opens the list; items split by ；',
    valid: [
      { level: 'county', review: ['在肯定成绩的同时，我们也清醒认识到，当前工作中还存在一些困难和问题，主要表现在：经济总量偏小，工业支撑不足；重大项目储备不多；城乡基础设施欠账较多；少数干部担当精神不强。对此，我们将采取有力措施，认真加以解决。'], want: ['经济总量偏小，工业支撑不足', '重大项目储备不多', '城乡基础设施欠账较多', '少数干部担当精神不强'] },
      { level: 'province', review: ['我们也清醒看到，经济发展和转型中面临的老问题新挑战仍然不少，主要表现在：稳定经济增长压力仍然较大，部分企业生产经营困难；转型升级步伐仍需加快，新兴产业规模相对偏小；政府自身建设仍需加强。我们将正视困难、直面问题，千方百计解决。'], want: ['稳定经济增长压力仍然较大，部分企业生产经营困难', '转型升级步伐仍需加快，新兴产业规模相对偏小', '政府自身建设仍需加强'] },
      { level: 'national', review: ['在肯定成绩的同时，我们清醒地看到，前进中还存在不少困难和问题。主要是：市场需求不旺，启动难度较大；部分国有企业经营困难加剧；某些消极腐败现象还比较严重。我们对这些问题十分重视，正在采取措施，逐步加以解决。'], want: ['市场需求不旺，启动难度较大', '部分国有企业经营困难加剧', '某些消极腐败现象还比较严重'] },
      { level: 'national', review: ['在肯定成绩的同时，我们清醒地看到，政府工作中还有缺点和不足，前进中还存在一些矛盾和困难。主要是固定资产投资规模过大，物价上涨幅度比较高；有些地方社会治安状况不好；政府机关中存在形式主义和官僚主义。党中央和国务院对这些问题十分重视。'], want: ['固定资产投资规模过大，物价上涨幅度比较高', '有些地方社会治安状况不好', '政府机关中存在形式主义和官僚主义'] },
    ],
    invalid: [
      { level: 'county', review: ['过去一年，我们的成绩主要表现在：经济总量突破百亿元；产业结构持续优化；民生保障更加有力。'], want: [] },
      { level: 'province', plan: ['今年政府工作主要是：稳增长、促改革、调结构；抓好重大项目建设；办好民生实事。'], want: [] },
    ],
  },
  {
    rule: 'items by 一是/二是… in the admission\'s paragraph; the sentence after the last item is not one',
    valid: [
      { level: 'county', review: ['肯定成绩的同时，我们也清醒认识到，当前工作中还存在不少困难和问题。主要表现在：一是经济结构不尽合理，产业层次较低；二是营商环境仍需进一步优化；三是纠治“四风”仍需持续发力，政府自身建设有待加强。道阻且长，行则将至。面对这些问题，我们将切实采取有效措施加以解决。'], want: ['经济结构不尽合理，产业层次较低', '营商环境仍需进一步优化', '纠治“四风”仍需持续发力，政府自身建设有待加强'] },
      { level: 'prefecture', review: ['同时，我们也清醒地看到，全市发展还面临一些困难和挑战：一是经济下行压力较大，工业经济增长乏力；二是民生领域还有不少短板；三是少数干部作风不实、效率不高。对此，我们将高度重视，切实加以解决。'], want: ['经济下行压力较大，工业经济增长乏力', '民生领域还有不少短板', '少数干部作风不实、效率不高'] },
    ],
    invalid: [
      // A 一是…二是… list of tasks, and one of achievements: no admission leads them in.
      { level: 'county', plan: ['今年要重点抓好三项工作：一是稳增长，全力以赴抓项目；二是促改革，持续优化营商环境；三是惠民生，办好民生实事。'], want: [] },
      { level: 'national', review: ['在过去的五年中，我国人民生活得到显著改善。这可以从以下四个方面来看：一是，城乡居民收入大幅度增长。二是，城乡人民的消费水平迅速提高。三是，人民的居住条件有了改善。'], want: [] },
      // A reflective cue that leads in to principles, not problems.
      { level: 'prefecture', plan: ['我们清醒认识到，做好今年工作，必须坚持以下几点：一是坚持稳中求进；二是坚持改革创新；三是坚持人民至上。'], want: [] },
      { level: 'county', plan: ['着力解决群众反映强烈的突出问题：一是整治违规收费；二是规范停车管理；三是提升物业服务。'], want: [] },
    ],
  },
  {
    rule: 'items by sentence after the lead-in (with or without 主要是：)',
    valid: [
      { level: 'province', review: ['在肯定成绩的同时，我们也清醒看到，发展还面临不少困难和挑战。主要是：经济回升向好的基础还不稳固，内需动能不足。全方位开放的深度和层次不足。一些重点领域还有风险隐患，安全发展基础需进一步夯实。一些政府工作人员专业化能力有待提升。我们一定正视问题，全力解题，决不辜负全省人民期待！'], want: ['经济回升向好的基础还不稳固，内需动能不足', '全方位开放的深度和层次不足', '一些重点领域还有风险隐患，安全发展基础需进一步夯实', '一些政府工作人员专业化能力有待提升'] },
      { level: 'national', review: ['我们清醒地看到，在经济发展和社会生活中，还存在不少矛盾和问题，政府工作也有缺点和不足。宏观经济稳定的基础不巩固，经济结构不合理的矛盾突出。人口和就业压力比较大。一些地方的社会治安状况不好。所有这些问题，我们都要高度重视，在今后的工作中下大力气解决。'], want: ['宏观经济稳定的基础不巩固，经济结构不合理的矛盾突出', '人口和就业压力比较大', '一些地方的社会治安状况不好'] },
      // A sentence framed by 除了…以外，比较突出的问题是，… is one item, not a comma chain.
      { level: 'national', review: ['我国经济在发展中也还存在着一些不可忽视的问题。除了能源、交通、原材料供应仍然紧张，产业结构还不够合理以外，比较突出的问题是，去年下半年对信贷基金和消费基金管理不严，货币发行量多了一些，致使部分商品价格上涨。初步分析，去年增发的货币，就其主要部分来看是合理的。'], want: ['除了能源、交通、原材料供应仍然紧张，产业结构还不够合理以外，比较突出的问题是，去年下半年对信贷基金和消费基金管理不严，货币发行量多了一些，致使部分商品价格上涨'] },
    ],
    invalid: [
      // Difficulties that may come are no admission.
      { level: 'national', plan: ['在国民经济的大发展中，不可能没有困难。此外，我们也还可能遇到某些难于预料的困难，例如在农业上遭受严重的自然灾害。对于这些困难，我们应当有充分的精神准备。'], want: [] },
      // 存在…问题 in passing, with no list of shortcomings after it.
      { level: 'county', review: ['面对经济下行压力加大、困难挑战增多的严峻形势，我们迎难而上，全区经济社会发展取得了新成绩。'], want: [] },
      { level: 'national', review: ['1956年政府对国家建设工作的安排，总的说来是正确的，但是也存在着不少的缺点和错误。这些缺点和错误，将在关于国民经济计划的报告中详细指出。'], want: [] },
    ],
  },
  {
    rule: 'items split by ； right after the admission sentence',
    valid: [
      { level: 'province', review: ['肯定成绩的同时，我们也清醒认识到，经济发展中老问题、新挑战仍然不少。市场预期偏弱，消费、投资后劲支撑不够；结构性矛盾依然突出；群众就业和增收难度加大；政府效能和依法行政能力有待进一步提升。我们一定正视困难、直面挑战，迎难而上、奋力前行！'], want: ['市场预期偏弱，消费、投资后劲支撑不够', '结构性矛盾依然突出', '群众就业和增收难度加大', '政府效能和依法行政能力有待进一步提升'] },
      { level: 'province', review: ['在充分肯定成绩的同时，必须清醒看到，我们的工作还存在一些不足，面临不少困难和问题。发展不平衡不充分问题仍然突出；城乡区域发展和收入分配差距仍然较大；生态环境保护任务依然艰巨。我们一定要直面问题。'], want: ['发展不平衡不充分问题仍然突出', '城乡区域发展和收入分配差距仍然较大', '生态环境保护任务依然艰巨'] },
      { level: 'county', review: ['同时，我们也清醒看到发展中还面临不少问题和挑战。发展基础还不牢固，有效投资不足；债务化解任务依然很重；少数干部的主动担当精神和破解难题本领还要提升。对于这些问题，我们必须发扬斗争精神，切实加以解决。'], want: ['发展基础还不牢固，有效投资不足', '债务化解任务依然很重', '少数干部的主动担当精神和破解难题本领还要提升'] },
    ],
    invalid: [
      { level: 'province', plan: ['我们清醒认识到，只有坚持改革开放，才能推动高质量发展；只有坚持人民至上，才能赢得群众信任。'], want: [] },
    ],
  },
  {
    rule: 'items in the lead-in sentence itself: after its colon, or after the clauses that lead in (等等 dropped)',
    valid: [
      { level: 'province', review: ['在肯定成绩的同时，我们也清醒认识到，我省发展不平衡不充分问题还较为突出，经济稳定运行的基础还不牢固，新旧动能转换还处在爬坡过坎阶段，一些政府工作人员能力本领还不能完全适应新形势新任务新要求，等等。我们一定要直面问题挑战，采取更加有力举措。'], want: ['我省发展不平衡不充分问题还较为突出', '经济稳定运行的基础还不牢固', '新旧动能转换还处在爬坡过坎阶段', '一些政府工作人员能力本领还不能完全适应新形势新任务新要求'] },
      // The outside world before the admission in general is lead-in, not an item.
      { level: 'province', review: ['总结成绩的同时，我们也清醒地认识到，当前外部环境依然复杂严峻，发展中的老问题、新挑战仍然不少，传统产业转型任务艰巨，新兴产业规模仍须壮大；一些企业经营困难，消费、投资增长动力不足；政府工作中形式主义、官僚主义还不同程度存在，等等。我们要直面问题挑战、有效应对解决。'], want: ['传统产业转型任务艰巨，新兴产业规模仍须壮大', '一些企业经营困难，消费、投资增长动力不足', '政府工作中形式主义、官僚主义还不同程度存在'] },
      { level: 'province', review: ['我们也清醒认识到：经济增长不及预期，有效需求不足；城乡区域差距仍较明显；居民收入总体偏低，等等。这些都是发展中、转型中的问题。'], want: ['经济增长不及预期，有效需求不足', '城乡区域差距仍较明显', '居民收入总体偏低'] },
    ],
    invalid: [
      // 也要看到 alone introduces a caveat; 清醒地看到…这些问题 refers back and is a closing.
      { level: 'national', review: ['但是也必须看到，这些目标毕竟还是粗线条的，需要在实践中不断加以充实和完善。'], want: [] },
      { level: 'national', review: ['我们必须清醒地看到和认真地解决好这些问题，才能巩固和发展当前的大好形势。'], want: [] },
    ],
  },
  {
    rule: 'a comma chain of shortcomings after a colon or lead word, sentence by sentence',
    valid: [
      { level: 'province', review: ['我们也清醒认识到，发展中还存在不少矛盾和问题：经济运行中不确定因素较多，有效需求依然不足，一些企业生产经营困难，基层财政收支矛盾突出。一些地方和干部推动高质量发展能力亟待提高，作风建设还需进一步加强。对此，我们一定高度重视，认真加以解决。'], want: ['经济运行中不确定因素较多', '有效需求依然不足', '一些企业生产经营困难', '基层财政收支矛盾突出', '一些地方和干部推动高质量发展能力亟待提高', '作风建设还需进一步加强'] },
      { level: 'national', review: ['我国目前的经济形势总的来看是在继续向好的方面发展，但在前进过程中还存在着一些不容忽视的问题：经济结构调整进展缓慢，重复建设又有抬头趋势，财政赤字增加，通货膨胀的潜在压力仍然存在。这些问题有些是多年积累下来的。'], want: ['经济结构调整进展缓慢', '重复建设又有抬头趋势', '财政赤字增加', '通货膨胀的潜在压力仍然存在'] },
      // A clause saying what the one before it does (损害了…) belongs to it.
      { level: 'county', review: ['我们也清醒认识到，工作中还存在一些问题：少数干部作风不实，服务意识不强，一些部门形式主义、官僚主义作风仍然存在，损害了政府形象。对此，我们将切实整改。'], want: ['少数干部作风不实', '服务意识不强', '一些部门形式主义、官僚主义作风仍然存在，损害了政府形象'] },
      // A clause naming nothing wrong is the subject of the next one.
      { level: 'county', review: ['同时，我们也清醒地认识到，实际工作中还存在不少挑战和不足。主要是：产业结构亟需优化，项目储备相对滞后，企业特别是小微企业，生产经营面临多重困难，民生领域还有短板。对此，我们要迎难而上。'], want: ['产业结构亟需优化', '项目储备相对滞后', '企业特别是小微企业，生产经营面临多重困难', '民生领域还有短板'] },
    ],
    invalid: [
      { level: 'prefecture', review: ['我们也清醒认识到，发展中还存在一些困难和问题：'], plan: [], want: [] },
    ],
  },
  {
    rule: 'items one per paragraph: 一是/（一） paragraphs, lone markers, or plain paragraphs after a colon',
    valid: [
      { level: 'county', review: ['我们也清醒地看到，工作中还存在一些困难和问题：', '一是经济总量不大，产业层次不高。', '二是创新能力不强。', '三是民生短板仍然较多。', '对此，我们将认真加以解决。'], want: ['经济总量不大，产业层次不高', '创新能力不强', '民生短板仍然较多'] },
      { level: 'prefecture', review: ['在肯定成绩的同时，我们也清醒认识到，全市发展还存在一些问题和不足：', '（一）经济总量偏小，工业支撑不足。', '（二）城市功能不完善，品位不高。', '（三）政府自身建设有待加强。对此，我们将切实加以解决。'], want: ['经济总量偏小，工业支撑不足', '城市功能不完善，品位不高', '政府自身建设有待加强'] },
      { level: 'national', review: ['我们在前进中还存在一些问题和困难。物价涨幅这么大，既有客观原因，也有我们各级政府工作上的缺点。', '一是', '调价措施比较多，这些措施是必要的，问题在于我们对联带影响估计不够。', '二是', '农业投入不足，耕地面积减少。实践证明，农业的基础地位任何时候都不能动摇。', '上述这些问题已经引起我们的高度重视。'], want: ['调价措施比较多，这些措施是必要的，问题在于我们对联带影响估计不够', '农业投入不足，耕地面积减少'] },
      { level: 'prefecture', review: ['我们也清醒地看到，发展中还存在一些问题和不足：', '经济总量偏小，产业结构不优。', '科技创新能力不强，人才支撑不足。', '民生领域还有不少短板。', '对此，我们将认真研究，切实解决。'], want: ['经济总量偏小，产业结构不优', '科技创新能力不强，人才支撑不足', '民生领域还有不少短板'] },
    ],
    invalid: [
      // Numbered task paragraphs after a plan heading that names no problems.
      { level: 'province', plan: ['今年重点抓好以下工作：', '（一）加快建设现代化产业体系。', '（二）全面深化改革开放。', '（三）持续保障和改善民生。'], want: [] },
    ],
  },
  {
    rule: 'a second group: a turn (除…外) or the government\'s own shortcomings',
    valid: [
      { level: 'national', review: ['我们在前进中还存在一些问题和困难。突出的问题是物价上涨幅度过高。', '除物价问题外，农业和国有企业的问题也比较突出。农业基础脆弱，抗灾能力不强。部分国有企业缺乏活力，生产经营比较困难。此外，在收入分配关系中存在着比较严重的扭曲现象。上述这些问题已经引起我们的高度重视。'], want: ['物价上涨幅度过高', '农业基础脆弱，抗灾能力不强', '部分国有企业缺乏活力，生产经营比较困难', '在收入分配关系中存在着比较严重的扭曲现象'] },
      { level: 'county', review: ['在肯定成绩的同时，我们也清醒认识到，发展中还存在一些困难和问题：经济总量偏小；产业结构不优；民生短板较多。', '政府自身建设方面，也还存在一些不足：少数干部担当意识不强；服务群众的效率有待提高。对此，我们将认真加以解决。'], want: ['经济总量偏小', '产业结构不优', '民生短板较多', '少数干部担当意识不强', '服务群众的效率有待提高'] },
      { level: 'prefecture', review: ['我们也清醒看到，全市经济发展还面临一些困难和挑战：有效需求不足；部分企业经营困难。对此，我们将积极应对。', '同时，政府工作中也存在一些问题：少数部门服务意识不强，办事效率不高。我们一定认真整改。'], want: ['有效需求不足', '部分企业经营困难', '少数部门服务意识不强，办事效率不高'] },
      // A passing admission in the plan, far from the report's own, is a remark, not a list.
      { level: 'county', review: ['我们也清醒认识到，发展中还存在一些困难和问题：经济总量偏小；产业结构不优。对此，我们将认真解决。'], plan: [FILLER, '推进重大项目建设，但也面临一些困难：资金缺口较大，土地指标紧张。'], want: ['经济总量偏小', '产业结构不优'] },
    ],
    invalid: [
      // Far from the admission, 存在…问题 does not open a second list.
      { level: 'county', plan: [FILLER, FILLER, '要坚持问题导向，着力解决发展中还存在的问题：加快项目建设，优化营商环境。'], want: [] },
    ],
  },
  {
    rule: 'national reports: a second admission in the plan part (我们也清醒地看到…如…)',
    valid: [
      { level: 'national', plan: ['但是，我们也清醒地看到，在经济迅速增长中，还有一些薄弱环节和需要解决的问题，如固定资产投资增长较猛，投资结构不尽合理，银行信贷和货币投放增长过快，通货膨胀的潜在压力加大。今年国民生产总值计划增长百分之八，是留有余地的。'], want: ['固定资产投资增长较猛', '投资结构不尽合理', '银行信贷和货币投放增长过快', '通货膨胀的潜在压力加大'] },
      { level: 'national', plan: ['我们也要清醒看到，我国发展仍面临不少困难和挑战：有效需求不足，部分行业产能过剩；一些地方财政收支矛盾较大；民生领域还有不少短板。我们要直面问题挑战，坚定发展信心。'], want: ['有效需求不足，部分行业产能过剩', '一些地方财政收支矛盾较大', '民生领域还有不少短板'] },
    ],
    invalid: [
      { level: 'national', plan: ['同时也要看到，脱离现实条件的可能，盲目追求过高的速度，即使一时上去了，也难以持久。'], want: [] },
    ],
  },
  {
    rule: '突出的问题是… names one problem; the sentences explaining it are not items',
    valid: [
      { level: 'national', review: ['我们在前进中还存在一些问题和困难。突出的问题是物价上涨幅度过高。去年曾提出要把物价涨幅控制在百分之十以内，虽然做了很大努力，涨幅仍然高达百分之二十一点七，群众反映强烈。上述问题已经引起我们的高度重视。'], want: ['物价上涨幅度过高'] },
    ],
    invalid: [],
  },
  {
    rule: 'an outside-world clause is an item inside the list, lead-in before it',
    valid: [
      { level: 'province', review: ['我们也清醒认识到，前进道路上还有不少困难和挑战，政府工作中仍存在一些不足。主要是：外部环境变化影响加深，不确定难预料因素增多。全市经济持续回升的基础仍需稳固。政府作风建设还要进一步加强。我们要直面这些问题挑战，尽心竭力做好政府工作。'], want: ['外部环境变化影响加深，不确定难预料因素增多', '全市经济持续回升的基础仍需稳固', '政府作风建设还要进一步加强'] },
      { level: 'county', review: ['当前，外部环境更趋复杂严峻。我们也清醒看到，我区发展还存在一些困难和问题：工业经济总量偏小；财政收支矛盾突出。对此，我们将认真研究解决。'], want: ['工业经济总量偏小', '财政收支矛盾突出'] },
    ],
    invalid: [],
  },
  {
    rule: 'a heading over the problems (存在的困难和问题, 问题与不足): the paragraphs under it are the items',
    valid: [
      { level: 'county', review: ['（三）存在的困难和问题', '一是经济总量偏小，工业支撑不足。', '二是城乡基础设施欠账较多。', '三是少数干部担当精神不强。'], want: ['经济总量偏小，工业支撑不足', '城乡基础设施欠账较多', '少数干部担当精神不强'] },
      { level: 'prefecture', review: ['（四）问题与不足', '经济总量偏小，产业结构不优。', '民生领域还有不少短板。'], want: ['经济总量偏小，产业结构不优', '民生领域还有不少短板'] },
    ],
    invalid: [
      { level: 'prefecture', plan: ['（五）着力解决群众急难愁盼问题', '加快建设保障性住房。', '推进老旧小区改造。'], want: [] },
    ],
  },
  {
    rule: 'the genre\'s other words for the lead-in: 深刻认识到, 在看到成绩的同时, 主要体现在, 存在的主要问题是',
    valid: [
      { level: 'county', review: ['在看到成绩的同时，我们也深刻认识到，全区发展还存在不少短板和不足，主要体现在：产业结构不优；项目支撑不足；公共服务供给不充分。对此，我们将切实加以解决。'], want: ['产业结构不优', '项目支撑不足', '公共服务供给不充分'] },
      { level: 'prefecture', review: ['当前，我市经济社会发展中存在的主要问题是：工业经济下行压力较大；城市管理水平不高；民生保障还有短板。对此，我们将采取有力措施加以解决。'], want: ['工业经济下行压力较大', '城市管理水平不高', '民生保障还有短板'] },
    ],
    invalid: [
      { level: 'national', review: ['美国越来越露骨的干涉，一定会使这些国家的人民更加清楚地认识美国殖民主义的真面目。各国人民要求和平的呼声日益高涨。'], want: [] },
    ],
  },
  {
    rule: 'an aside (同时也要看到，…) opens a list of shortcomings only in a report that admits nothing else',
    valid: [
      { level: 'national', review: ['同时也要看到，我国经济恢复的基础尚不牢固，三重压力仍然较大，外部不确定性明显上升。中小微企业和个体工商户经营困难，稳就业任务艰巨。一些地方财政收支矛盾突出。政府工作存在一些不足，形式主义、官僚主义现象仍较突出。我们一定要直面问题挑战，尽心竭力改进政府工作。'], want: ['我国经济恢复的基础尚不牢固，三重压力仍然较大，外部不确定性明显上升', '中小微企业和个体工商户经营困难，稳就业任务艰巨', '一些地方财政收支矛盾突出', '政府工作存在一些不足，形式主义、官僚主义现象仍较突出'] },
      { level: 'national', review: ['应该看到，农副产品的价格长期偏低，价格体系很不合理。', FILLER, '五年来我们取得的成就是巨大的，但前进中仍然存在不少困难和问题。国家财政还有较多的赤字；一些政府机构官僚主义严重。所有这些，必须引起我们的高度重视。'], want: ['国家财政还有较多的赤字', '一些政府机构官僚主义严重'] },
    ],
    invalid: [],
  },
  {
    rule: 'a lead word that ends the lead-in (…还存在一些短板和不足，主要是：) leaves the items to the paragraphs after it',
    valid: [
      { level: 'province', review: ['我们也清醒地看到，发展中还存在一些短板和不足，主要是：', '——经济回升基础尚不稳固，有效需求不足，部分企业经营困难。', '——科技创新能力不够强，新兴产业支撑作用有待加强。', '——政府职能转变还不到位，一些干部服务意识不强。', '我们一定正视问题，切实加以解决。'], want: ['经济回升基础尚不稳固，有效需求不足，部分企业经营困难', '科技创新能力不够强，新兴产业支撑作用有待加强', '政府职能转变还不到位，一些干部服务意识不强'] },
      { level: 'county', review: ['在肯定成绩的同时，我们也清醒认识到，全县发展还存在不少困难和问题，主要表现在：', '一是工业经济总量偏小，税源支撑不足。', '二是农民持续增收难度较大。', '三是少数干部作风不实。', '对此，我们将采取有力措施，认真加以解决。'], want: ['工业经济总量偏小，税源支撑不足', '农民持续增收难度较大', '少数干部作风不实'] },
      { level: 'prefecture', review: ['同时，我们也清醒看到，全市发展仍面临一些困难和挑战，具体是：', '实体经济发展困难较多，工业投资增长乏力。', '城乡基础设施短板明显，公共服务供给不足。', '对此，我们将高度重视，认真解决。'], want: ['实体经济发展困难较多，工业投资增长乏力', '城乡基础设施短板明显，公共服务供给不足'] },
    ],
    invalid: [
      // The lead-in's paragraph goes on to a list of targets: the paragraphs after it are that list.
      { level: 'province', review: ['我们也清醒看到，发展中还存在不少困难和问题，主要是：今后五年的主要目标是：', '——经济保持中高速增长，单位生产总值能耗下降。', '——城乡居民收入稳步增长。'], want: [] },
      { level: 'county', review: ['我们也清醒看到，发展中还存在不少困难和问题，主要是：', '二、今年工作安排'], want: [] },
    ],
  },
  {
    rule: 'bullet paragraphs (——, ●) right after the lead-in are one item each',
    valid: [
      { level: 'national', review: ['在肯定成绩的同时，我们也清醒认识到，前进道路上还有不少困难和挑战。', '——经济增长内生动力不足，民间投资增长乏力。', '——一些地方财政收支矛盾突出。', '——政府工作存在不足，形式主义、官僚主义仍较突出。', '我们一定直面问题挑战，尽心竭力改进政府工作。'], want: ['经济增长内生动力不足，民间投资增长乏力', '一些地方财政收支矛盾突出', '政府工作存在不足，形式主义、官僚主义仍较突出'] },
      { level: 'county', review: ['我们也清醒看到，全区发展中还存在一些问题和不足：', '●经济总量偏小，工业支撑不足。', '●城乡融合发展水平不高。', '●少数干部担当精神不强。', '对此，我们将认真加以解决。'], want: ['经济总量偏小，工业支撑不足', '城乡融合发展水平不高', '少数干部担当精神不强'] },
      { level: 'prefecture', review: ['（四）存在的主要问题', '——产业结构不优，新兴产业占比偏低。', '——民生领域还有不少短板。'], want: ['产业结构不优，新兴产业占比偏低', '民生领域还有不少短板'] },
    ],
    invalid: [
      // Bullets after other words of the lead-in's paragraph, or with no lead-in before them.
      { level: 'province', review: ['我们也清醒看到，发展中还存在不少困难和问题。今后五年的主要目标是：', '——经济保持中高速增长，单位生产总值能耗下降。', '——城乡居民收入稳步增长。', '——生态环境质量持续改善。'], want: [] },
      { level: 'county', plan: ['今年要重点抓好以下工作：', '——加快建设现代化产业体系。', '——全面深化改革开放。', '——持续保障和改善民生。'], want: [] },
      { level: 'prefecture', review: ['过去一年，我们主要做了以下工作：', '——社会事业全面发展。新建中小学15所，入学难问题进一步缓解。', '——生态环境持续改善。'], want: [] },
    ],
  },
  {
    rule: 'the group about the government itself: a frame (政府自身建设方面，…) opens its items, in the paragraph or the next',
    valid: [
      { level: 'province', review: ['在肯定成绩的同时，我们也清醒地看到，我省发展中还存在不少矛盾和问题：经济总量与发达省份相比差距较大；自主创新能力不强；城乡区域发展不平衡。', '政府自身建设方面，一些部门职能转变还不到位；有的地方办事效率不高，服务质量有待提高。我们一定要正视这些问题，切实加以解决。'], want: ['经济总量与发达省份相比差距较大', '自主创新能力不强', '城乡区域发展不平衡', '一些部门职能转变还不到位', '有的地方办事效率不高，服务质量有待提高'] },
      { level: 'county', review: ['我们也清醒看到，发展中还存在一些困难和问题：经济总量偏小；产业结构不优。从政府自身看，一些干部能力不足，作风不实；少数部门办事效率不高。对此，我们将认真解决。'], want: ['经济总量偏小', '产业结构不优', '一些干部能力不足，作风不实', '少数部门办事效率不高'] },
      { level: 'national', review: ['我们也清醒地看到，经济社会发展中还存在不少困难和问题。有效需求不足，部分行业产能过剩；一些地方财政收支矛盾较大。', '政府工作方面，一些部门和单位服务意识不强；少数干部不作为、乱作为。我们一定要直面问题。'], want: ['有效需求不足，部分行业产能过剩', '一些地方财政收支矛盾较大', '一些部门和单位服务意识不强', '少数干部不作为、乱作为'] },
      // A frame followed by what the government did is not a group of problems.
      { level: 'prefecture', review: ['我们也清醒看到，全市发展还存在一些困难和问题：实体经济发展困难较多；公共服务供给不足。', '政府自身建设方面，我们坚持依法行政，办理人大代表建议120件。'], want: ['实体经济发展困难较多', '公共服务供给不足'] },
    ],
    invalid: [
      // The frame in the plan part, no admission before it.
      { level: 'province', plan: ['政府自身建设方面，要加大简政放权力度，进一步提升服务效能。'], want: [] },
      { level: 'county', plan: ['政府工作中，必须坚持以人民为中心，进一步加强作风建设，切实解决群众反映强烈的问题。'], want: [] },
    ],
  },
  {
    rule: 'items numbered （1） or ①, inline or one per paragraph',
    valid: [
      { level: 'county', review: ['我们也清醒看到，发展中还存在一些困难和问题，主要是：（1）经济总量偏小，工业支撑不足；（2）产业结构不优；（3）民生短板较多。对此，我们将认真解决。'], want: ['经济总量偏小，工业支撑不足', '产业结构不优', '民生短板较多'] },
      { level: 'prefecture', review: ['同时，我们也清醒认识到，全市发展还存在不少问题：①创新能力不强；②城市功能不完善，品位不高；③政府自身建设有待加强。对此，我们将切实加以解决。'], want: ['创新能力不强', '城市功能不完善，品位不高', '政府自身建设有待加强'] },
      { level: 'province', review: ['我们也清醒地看到，全省发展还面临不少困难和挑战：', '（1）经济下行压力较大，工业经济增长乏力。', '（2）民生领域还有不少短板。', '对此，我们将高度重视，切实解决。'], want: ['经济下行压力较大，工业经济增长乏力', '民生领域还有不少短板'] },
    ],
    invalid: [
      { level: 'county', plan: ['今年重点抓好三项工作：（1）稳增长，全力以赴抓项目；（2）促改革，持续优化营商环境；（3）惠民生，办好民生实事。'], want: [] },
      { level: 'prefecture', plan: ['着力解决群众反映强烈的突出问题：①整治违规收费；②规范停车管理；③提升物业服务。'], want: [] },
    ],
  },
  {
    rule: 'the paragraph of the first enumerated item may hold the next ones inline (一是…。二是…。)',
    valid: [
      { level: 'county', review: ['在肯定成绩的同时，我们也清醒认识到，当前工作中还存在不少困难和问题，主要表现在：', '一是社会治理能力有待进一步提升。二是经济发展的基础仍然薄弱，重大项目建设还需提速。三是政府职能转变与形势任务要求还不相适应。面对这些问题和困难，我们将采取有力措施，认真加以解决。'], want: ['社会治理能力有待进一步提升', '经济发展的基础仍然薄弱，重大项目建设还需提速', '政府职能转变与形势任务要求还不相适应'] },
      { level: 'province', review: ['我们也清醒看到，全省发展仍面临不少困难和挑战：', '一是有效需求不足，部分企业经营困难；二是科技创新能力不强。', '三是民生保障还有短板。', '对此，我们将切实解决。'], want: ['有效需求不足，部分企业经营困难', '科技创新能力不强', '民生保障还有短板'] },
    ],
    invalid: [
      // The same form under words that admit nothing: a list of tasks.
      { level: 'prefecture', plan: ['今年要重点抓好以下工作：', '一是稳增长，全力以赴抓项目。二是促改革，持续优化营商环境。三是惠民生，办好民生实事。'], want: [] },
    ],
  },
  {
    rule: 'the problems of a field said to be what follows (发展中的困难和问题主要是：)',
    valid: [
      { level: 'prefecture', review: ['当前，我市发展中的困难和问题主要是：经济总量偏小；产业结构不优；民生短板较多。对此，我们将认真解决。'], want: ['经济总量偏小', '产业结构不优', '民生短板较多'] },
      { level: 'county', review: ['全县经济运行中面临的主要困难是：工业企业生产经营困难较多，财政收支矛盾突出；农民增收渠道不宽。我们一定认真加以解决。'], want: ['工业企业生产经营困难较多，财政收支矛盾突出', '农民增收渠道不宽'] },
    ],
    invalid: [
      { level: 'county', plan: ['着力解决群众生产生活中的困难和问题：一是加快农村公路建设；二是改善农村饮水条件；三是完善社会救助体系。'], want: [] },
      { level: 'province', plan: ['解决发展中的问题主要靠改革，要以更大力度推进重点领域改革。'], want: [] },
    ],
  },
  {
    rule: 'a passage about the outside world only is the setting, not an admission',
    valid: [
      // An outside-world item among the report's own shortcomings stays.
      { level: 'national', review: ['我们也清醒看到，我国发展面临的困难和挑战还很多。世界经济复苏乏力，外部不稳定不确定因素增多。国内有效需求不足，部分企业经营困难。一些地方政府债务风险较高。我们要直面问题挑战。'], want: ['世界经济复苏乏力，外部不稳定不确定因素增多', '国内有效需求不足，部分企业经营困难', '一些地方政府债务风险较高'] },
    ],
    invalid: [
      { level: 'national', plan: ['我们也要清醒看到，当前外部环境更趋复杂严峻，世界经济增长动能不足，地缘政治冲突加剧。'], want: [] },
      { level: 'province', plan: ['今年，我省发展面临的环境更加复杂。从国际看，世界经济复苏乏力，贸易保护主义抬头，不稳定不确定因素增多。但也要看到，我国经济长期向好的基本面没有变。'], want: [] },
      { level: 'county', review: ['同时也要清醒看到，国际形势依然严峻复杂，全球经济增长放缓，外部需求明显减弱。'], want: [] },
    ],
  },
  {
    rule: 'a comma chain of shortcomings after a lead word, one sentence (…问题依然突出，主要是：A，B，C…)',
    valid: [
      { level: 'prefecture', review: ['在肯定成绩的同时，我们也清醒地认识到，全州发展不平衡不充分的问题依然突出，主要是：产业结构不优，工业化水平不高，县域经济实力偏弱，群众增收难度较大，一些干部作风不实、能力不足。我们将采取有力措施，切实加以解决。'], want: ['产业结构不优', '工业化水平不高', '县域经济实力偏弱', '群众增收难度较大', '一些干部作风不实、能力不足'] },
      { level: 'county', review: ['我们也清醒看到，全旗发展还存在一些困难和问题，主要是：经济结构单一，非煤产业发展滞后，城乡公共服务供给不足。对此，我们将认真加以解决。'], want: ['经济结构单一', '非煤产业发展滞后', '城乡公共服务供给不足'] },
    ],
    invalid: [
      { level: 'county', plan: ['今年工作的重点主要是：稳增长，调结构，惠民生，防风险。'], want: [] },
    ],
  },
  {
    rule: 'a report that admits nothing has no problems',
    valid: [],
    invalid: [
      { level: 'county', review: ['过去一年成绩显著，各项事业全面进步。'], want: [] },
      { level: 'province', review: ['这些成绩的取得，根本在于党中央的坚强领导。'], plan: ['我们要坚定信心，迎难而上，推动经济持续回升向好。'], want: [] },
      { level: 'national', review: ['一年来，国民经济继续保持良好的发展势头。'], want: [] },
      // 更要看到 the stage of development, not a shortcoming.
      { level: 'county', review: ['在肯定成绩的基础上，我们更要看到，当前全市经济社会发展正处于转型提升的关键阶段，我们必须保持清醒头脑，增强忧患意识。'], want: [] },
      { level: 'prefecture', plan: ['从外部环境看，世界经济复苏乏力；从国内看，经济长期向好的基本面没有改变。我们要坚定信心，乘势而上。'], want: [] },
    ],
  },
];

describe('problems', () => {
  checkRules(PROBLEM_RULES, (c) => rowsOf(c).problems.map((r) => r.text));

  describe('the closing is never an item, whatever its words', () => {
    for (const closing of CLOSINGS) {
      it(closing, () => {
        const rows = rowsOf({ level: 'county', review: [`我们也清醒地认识到，发展中还存在不少困难和问题。经济总量偏小；产业结构不优；民生短板较多。${closing}`] });
        expect(rows.problems.map((r) => r.text)).toEqual(['经济总量偏小', '产业结构不优', '民生短板较多']);
      });
    }
  });

  it('numbers the items of all passages of a report in reading order', () => {
    const rows = rowsOf({ level: 'national', review: ['在肯定成绩的同时，我们清醒地看到，前进中还存在不少困难和问题。主要是：市场需求不旺；经济秩序比较混乱。我们对这些问题十分重视。'], plan: ['但是，我们也清醒地看到，还有一些需要解决的问题，如投资增长较猛，货币投放增长过快，通货膨胀的潜在压力加大。'] });
    expect(rows.problems.map((r) => [r.ordinal, r.text])).toEqual([[1, '市场需求不旺'], [2, '经济秩序比较混乱'], [3, '投资增长较猛'], [4, '货币投放增长过快'], [5, '通货膨胀的潜在压力加大']]);
  });

  // Any set of shortcomings, in any of the genre's list forms, between any lead-in and closing,
  // comes out item for item with its span.
  it('reads generated passages of every form (property)', () => {
    const POOL = ['经济总量偏小', '产业结构不优，新兴产业占比偏低', '科技创新能力不强', '重大项目储备不足', '营商环境仍需优化', '城乡区域发展不平衡', '民生领域还有短板', '财政收支矛盾突出', '就业压力依然较大', '生态环境保护任务艰巨', '少数干部担当精神不够，服务效率有待提高', '政府自身建设仍需加强', '金融风险隐患不容忽视', '农业基础依然薄弱'];
    const LEADS = ['在肯定成绩的同时，我们也清醒认识到，当前工作中还存在一些困难和问题', '我们也清醒地看到，发展中还面临不少困难和挑战', '同时，我们也清醒看到，全市发展还存在一些问题和不足', '我们清醒地看到，在经济和社会发展中，还存在着不少矛盾和问题'];
    const FORMS: Array<(lead: string, items: string[]) => string[]> = [
      (l, it) => [`${l}，主要表现在：${it.join('；')}。`],
      (l, it) => [`${l}。主要是：${it.join('；')}。`],
      (l, it) => [`${l}：${it.map((x, i) => `${'一二三四五六七八九十'[i]}是${x}`).join('；')}。`],
      (l, it) => [`${l}。${it.join('；')}。`],
      (l, it) => [`${l}：`, ...it.map((x, i) => `${'一二三四五六七八九十'[i]}是${x}。`)],
      (l, it) => [`${l}：`, ...it.map((x, i) => `（${'一二三四五六七八九十'[i]}）${x}。`)],
      (l, it) => [`${l}，主要是：`, ...it.map((x) => `——${x}。`)],
      (l, it) => [`${l}：${it.map((x, i) => `（${i + 1}）${x}`).join('；')}。`],
      (l, it) => [`${l}：`, it.map((x, i) => `${'一二三四五六七八九十'[i]}是${x}。`).join('')],
    ];
    fc.assert(fc.property(
      fc.subarray(POOL, { minLength: 2, maxLength: 6 }).chain((items) => fc.shuffledSubarray(items, { minLength: items.length, maxLength: items.length })),
      fc.constantFrom(...LEADS), fc.integer({ min: 0, max: FORMS.length - 1 }), fc.constantFrom(...CLOSINGS), fc.constantFrom<Level>('county', 'prefecture', 'province', 'national'),
      (items, lead, form, closing, level) => {
        const paras = FORMS[form](lead, items);
        paras[paras.length - 1] += closing;
        expect(rowsOf({ level, review: paras }).problems.map((r) => r.text)).toEqual(items);
      },
    ), { numRuns: 90 });
  });
});

// ───────────────────────────── pledges ─────────────────────────────

const PLEDGE_RULES: Rule[] = [
  {
    rule: 'an inline numbered list right after words that pledge 民生实事 (1.…；2.…)',
    valid: [
      { level: 'county', plan: ['办好区人大代表票决民生实事：1.新建一批电力配套路由；2.实施一批道路提质改造；3.新建2座微公园。各位代表！这是我们的庄严承诺。'], want: ['新建一批电力配套路由', '实施一批道路提质改造', '新建2座微公园'] },
      { level: 'prefecture', plan: ['集中力量办好以下为民办实事项目：（1）新建改扩建幼儿园10所；（2）改造老旧小区50个；（3）新增城市停车泊位5000个；（4）建设城市口袋公园20个。'], want: ['新建改扩建幼儿园10所', '改造老旧小区50个', '新增城市停车泊位5000个', '建设城市口袋公园20个'] },
    ],
    invalid: [
      // A numbered list of plans that is not 民生实事.
      { level: 'county', plan: ['工作要求：1.提高站位；2.压实责任；3.强化督查。'], want: [] },
      { level: 'national', plan: ['上述的奋斗目标和工作方针，国务院要在今后五年里努力实现以下的十项主要任务：1.发展农业；2.调整工业结构；3.加强基础设施建设。'], want: [] },
    ],
  },
  {
    rule: 'one item per line, the whole line; a count in the cue must match when the cue does not end its sentence',
    valid: [
      { level: 'province', plan: ['各位代表！今年我们要坚持为民办实事长效机制，继续认真办好三方面民生实事，坚决做到言必信、行必果。', '1.医疗卫生方面。全省0—6岁儿童门诊报销待遇无差别。举办惠老服务活动1000场。', '2.养老帮困方面。新增养老护理员1万人。', '3.除险保安方面。建设标准海塘145公里。'], want: ['医疗卫生方面。全省0—6岁儿童门诊报销待遇无差别。举办惠老服务活动1000场', '养老帮困方面。新增养老护理员1万人', '除险保安方面。建设标准海塘145公里'] },
      { level: 'county', plan: ['今年将继续办好十件民生实事：', '1. 新建幼儿园3所。', '2. 改造老旧小区20个。', '3. 新增停车泊位1000个。', '4. 建设口袋公园5个。'], want: ['新建幼儿园3所', '改造老旧小区20个', '新增停车泊位1000个', '建设口袋公园5个'] },
      { level: 'prefecture', plan: ['2024年市十件民生实事', '（一）新建改扩建公办幼儿园5所。', '（二）实施城市燃气管道老化更新改造200公里。', '（三）新增公共充电桩3000个。'], want: ['新建改扩建公办幼儿园5所', '实施城市燃气管道老化更新改造200公里', '新增公共充电桩3000个'] },
      { level: 'county', extra: ['附件：2023年区人大代表票决民生实事项目', '1.新建城区公办幼儿园2所', '2.改造提升农贸市场3个', '3.新增公共停车泊位2000个'], want: ['新建城区公办幼儿园2所', '改造提升农贸市场3个', '新增公共停车泊位2000个'] },
    ],
    invalid: [
      // 民生实事 named in passing; the numbered lines after it are the section's tasks.
      { level: 'province', plan: ['坚持以人民为中心的发展思想，持续办好民生实事，努力提高人民生活品质。', '1.促进高质量充分就业。', '2.办好人民满意的教育。', '3.大力发展医疗健康事业。'], want: [] },
      // The count says ten, three lines follow.
      { level: 'province', plan: ['继续办好十件民生实事，确保言必信、行必果。', '1.新增养老床位1000张。', '2.改造农村公路500公里。', '3.新建体育公园10个。'], want: [] },
      // 民生实事 of the review, reported done, before the review's numbered sections.
      { level: 'province', review: ['全省生产总值增长5.5%，三方面民生实事圆满完成。', '（一）强化创新驱动发展，创新成效明显。', '（二）巩固实体经济根基，产业体系建设步伐加快。', '（三）千方百计扩大内需，内生动力持续增强。'], want: [] },
    ],
  },
  {
    rule: 'an inline 一是…二是… list after a sentence that pledges a number of 民生实事',
    valid: [
      { level: 'province', plan: ['悠悠万事，民生为大。今年再办好4件民生实事。一是为怀孕妇女提供免费产前筛查与诊断服务，做到应检尽检。二是开展扶残助学圆梦工程，资助困难大学生6300名。抢救性康复救助残疾儿童8000人。三是为既有住宅加装电梯600部。四是免费送戏下乡1万场。我们要用心用情用力破解群众急难愁盼问题。'], want: ['为怀孕妇女提供免费产前筛查与诊断服务，做到应检尽检', '开展扶残助学圆梦工程，资助困难大学生6300名。抢救性康复救助残疾儿童8000人', '为既有住宅加装电梯600部', '免费送戏下乡1万场'] },
    ],
    invalid: [
      // Named with a count, not listed: the sentences after it are other tasks.
      { level: 'province', plan: ['继续办好10件惠民实事。进一步做好参事文史、决策咨询等工作。推进军民融合，办好拥军实事。'], want: [] },
      { level: 'province', plan: ['今年我们将继续对接群众需求，办好30项民生实事，加强项目管理运营，把好事办好、实事办实。'], want: [] },
    ],
  },
  {
    rule: 'the office\'s own 实事 (12件市办实事, 县政府十件实事, 区办实事项目) name a pledge list',
    valid: [
      { level: 'prefecture', plan: ['（八）扎实办好民生实事。今年，我们将集中力量办好5件市办实事：（1）新增城镇就业10万人以上，开发公益性岗位2万个；（2）新建改扩建中小学幼儿园20所；（3）改造老旧小区100个、背街小巷80条；（4）新增公共充电桩5000个；（5）建设全民健身场地设施100处。让群众看到变化、得到实惠。'], want: ['新增城镇就业10万人以上，开发公益性岗位2万个', '新建改扩建中小学幼儿园20所', '改造老旧小区100个、背街小巷80条', '新增公共充电桩5000个', '建设全民健身场地设施100处'] },
      { level: 'county', plan: ['今年，县政府将办好三件实事：（一）新建城区幼儿园2所；（二）改造农村公路80公里；（三）为全县老年人免费体检。'], want: ['新建城区幼儿园2所', '改造农村公路80公里', '为全县老年人免费体检'] },
      { level: 'county', extra: ['2024年区办实事项目', '1.新建城区公办幼儿园2所', '2.改造提升农贸市场3个', '3.新增公共停车泊位2000个'], want: ['新建城区公办幼儿园2所', '改造提升农贸市场3个', '新增公共停车泊位2000个'] },
    ],
    invalid: [
      // The review's 市办实事, reported done.
      { level: 'prefecture', review: ['12件市办实事全部完成：1.新增就业5万人；2.新建学校10所；3.改造小区20个。'], want: [] },
      // The count says ten, three tasks follow.
      { level: 'province', plan: ['继续办好10件省办实事，确保件件落地。', '1.加快建设现代化产业体系。', '2.全面深化改革开放。', '3.持续保障和改善民生。'], want: [] },
    ],
  },
  {
    rule: 'an inline 一是…十是 list of 惠民实事 after words that pledge them',
    valid: [
      { level: 'prefecture', plan: ['（六）持续保障和改善民生。今年，我们将集中力量办好五件惠民实事：一是新增城镇就业2万人，农村劳动力转移就业50万人次；二是新建改扩建中小学校、幼儿园30所；三是为城乡居民免费开展健康体检；四是新建改建农村公路800公里；五是新建城乡社区养老服务中心40个。我们将以实干实绩回应群众期盼。'], want: ['新增城镇就业2万人，农村劳动力转移就业50万人次', '新建改扩建中小学校、幼儿园30所', '为城乡居民免费开展健康体检', '新建改建农村公路800公里', '新建城乡社区养老服务中心40个'] },
      { level: 'county', plan: ['今年继续为民办实事：一是改造农村危房300户；二是新建村级卫生室20个；三是实施饮水安全工程，解决2万人饮水问题。'], want: ['改造农村危房300户', '新建村级卫生室20个', '实施饮水安全工程，解决2万人饮水问题'] },
    ],
    invalid: [
      // A 一是… list of the section's tasks after a sentence that names 实事 in passing.
      { level: 'prefecture', plan: ['坚持尽力而为、量力而行，多办顺民意、惠民生的实事好事，努力提高人民生活品质。一是促进高质量充分就业；二是办好人民满意的教育；三是推进健康城市建设。'], want: [] },
    ],
  },
  {
    rule: 'items numbered ①②③, inline or one per line',
    valid: [
      { level: 'county', plan: ['今年继续办好以下民生实事：', '①新建幼儿园3所。', '②改造老旧小区20个。', '③新增停车泊位1000个。'], want: ['新建幼儿园3所', '改造老旧小区20个', '新增停车泊位1000个'] },
      { level: 'province', plan: ['今年再办好三件民生实事：①为适龄妇女免费开展“两癌”筛查；②新建改建农村公路5000公里；③为既有住宅加装电梯1000部。'], want: ['为适龄妇女免费开展“两癌”筛查', '新建改建农村公路5000公里', '为既有住宅加装电梯1000部'] },
    ],
    invalid: [
      { level: 'county', plan: ['今年重点抓好以下工作：①稳增长；②促改革；③惠民生。'], want: [] },
    ],
  },
  {
    rule: 'a cue followed by 是：/如下： introduces its list; one dated to the year reviewed does not',
    valid: [
      { level: 'prefecture', plan: ['市政府拟办的三件民生实事是：1.新建幼儿园3所；2.改造老旧小区20个；3.新增停车泊位1000个。'], want: ['新建幼儿园3所', '改造老旧小区20个', '新增停车泊位1000个'] },
      { level: 'county', plan: ['区人大代表票决产生的民生实事项目如下：', '1.新建城区公办幼儿园2所', '2.改造提升农贸市场3个', '3.新增公共停车泊位2000个'], want: ['新建城区公办幼儿园2所', '改造提升农贸市场3个', '新增公共停车泊位2000个'] },
    ],
    invalid: [
      { level: 'prefecture', review: ['去年的三件民生实事是：1.新建幼儿园3所；2.改造老旧小区20个；3.新增停车泊位1000个。'], want: [] },
      { level: 'province', plan: ['民生实事是：党和政府联系群众的纽带，要办好办实。'], want: [] },
    ],
  },
  {
    rule: 'a last clause that only opens the list (主要包括：, 具体是：) leaves the cue in the clause before it',
    valid: [
      { level: 'county', plan: ['今年区政府将继续集中力量办好一批为民办实事项目，主要包括：（1）新建改扩建中小学、幼儿园12所；（2）新建动迁安置房100万平方米；（3）新建改造农贸市场6个。我们将抓好落实。'], want: ['新建改扩建中小学、幼儿园12所', '新建动迁安置房100万平方米', '新建改造农贸市场6个'] },
      { level: 'prefecture', plan: ['今年市政府将办好十件民生实事，具体是：', '1.新建幼儿园3所。', '2.改造老旧小区20个。', '3.新增停车泊位1000个。', '4.建设口袋公园5个。', '5.改造农村公路100公里。', '6.新增养老床位500张。', '7.新建社区卫生服务站5个。', '8.为老年人免费体检。', '9.新建城市书房10个。', '10.改造农贸市场3个。'], want: ['新建幼儿园3所', '改造老旧小区20个', '新增停车泊位1000个', '建设口袋公园5个', '改造农村公路100公里', '新增养老床位500张', '新建社区卫生服务站5个', '为老年人免费体检', '新建城市书房10个', '改造农贸市场3个'] },
    ],
    invalid: [
      // 实事 named in passing two clauses before the list: the tasks after it are not pledges
      { level: 'county', plan: ['多办顺民意的实事好事，推进重点工作，主要包括：（1）稳增长；（2）促改革；（3）惠民生。'], want: [] },
      // the review's list, reported done
      { level: 'county', review: ['去年区政府为民办实事项目全部完成，主要包括：（1）新建幼儿园3所；（2）改造老旧小区20个；（3）新增停车泊位1000个。'], want: [] },
    ],
  },
  {
    rule: 'a report without a pledge list has no pledges',
    valid: [],
    invalid: [
      { level: 'county', plan: ['扎实办好民生实事。提高农村最低生活保障标准。建设100个中小学校冰雪运动训练室。'], want: [] },
      { level: 'national', plan: ['各级政府宁可在别的方面节省一点，也要千方百计为教育办几件实事。'], want: [] },
    ],
  },
];

describe('pledges', () => {
  checkRules(PLEDGE_RULES, (c) => rowsOf(c).pledges.map((r) => r.text));

  it('numbers the items and names the list by the words that pledge it', () => {
    const rows = rowsOf({ level: 'county', plan: ['办好区人大代表票决民生实事：1.新建一批电力配套路由；2.实施一批道路提质改造；3.新建2座微公园。'] }).pledges;
    expect(rows.map((r) => [r.ordinal, r.list_heading])).toEqual([[1, '办好区人大代表票决民生实事'], [2, '办好区人大代表票决民生实事'], [3, '办好区人大代表票决民生实事']]);
    expect(rows.every((r) => r.section_id !== null)).toBe(true);
  });
});

// ───────────────────────────── glossary ─────────────────────────────

const GLOSSARY_RULES: Rule[] = [
  {
    rule: 'numbered entries under a 名词解释 heading (1. / （1） / ①)',
    valid: [
      { level: 'county', extra: ['名词解释', '1.“专精特新”企业：具有“专业化、精细化、特色化、新颖化”发展特征的企业。', '2.放管服：简政放权、放管结合、优化服务。'], want: ['“专精特新”企业|具有“专业化、精细化、特色化、新颖化”发展特征的企业。', '放管服|简政放权、放管结合、优化服务。'] },
      { level: 'prefecture', extra: ['附：名词解释', '（1）“三重压力”：需求收缩、供给冲击、预期转弱。', '（2）“四上”企业：规模以上工业企业、资质等级建筑业企业、限额以上批零住餐企业。'], want: ['“三重压力”|需求收缩、供给冲击、预期转弱。', '“四上”企业|规模以上工业企业、资质等级建筑业企业、限额以上批零住餐企业。'] },
      { level: 'province', extra: ['名词注释', '①“两重”建设：国家重大战略实施和重点领域安全能力建设。', '②“两新”：大规模设备更新和消费品以旧换新。'], want: ['“两重”建设|国家重大战略实施和重点领域安全能力建设。', '“两新”|大规模设备更新和消费品以旧换新。'] },
    ],
    invalid: [
      // 名词解释 named in a sentence is no glossary.
      { level: 'county', plan: ['报告中的有关名词解释附后，请各位代表审阅。'], want: [] },
      { level: 'prefecture', plan: ['（具体内容详见名词解释）今年要加快建设“专精特新”企业梯队。'], want: [] },
    ],
  },
  {
    rule: 'page references and definitions wrapped onto lines of their own',
    valid: [
      { level: 'county', extra: ['名词解释', '1.“三重压力” ( P1 ) :需求收缩、供给冲击、预期转弱。', '2.“村社分账”（P14）：村民委员会与村级集体经济组织分别设置账套，进行独立核算。', '明确各自业务范围和职责。'], want: ['“三重压力”|需求收缩、供给冲击、预期转弱。', '“村社分账”|村民委员会与村级集体经济组织分别设置账套，进行独立核算。明确各自业务范围和职责。'] },
    ],
    invalid: [],
  },
  {
    rule: 'unnumbered 术语：定义 lines; the glossary ends at a web page\'s furniture',
    valid: [
      { level: 'province', extra: ['名词解释', '“两个确立”：确立习近平同志党中央的核心、全党的核心地位，确立习近平新时代中国特色社会主义思想的指导地位。', '“五控”：控尘、控车、控排、控烧、控煤。', '相关报道：', '省两会开幕'], want: ['“两个确立”|确立习近平同志党中央的核心、全党的核心地位，确立习近平新时代中国特色社会主义思想的指导地位。', '“五控”|控尘、控车、控排、控烧、控煤。'] },
    ],
    invalid: [
      // A transcriber's note on missing glyphs at the end of an old text.
      { level: 'national', extra: ['字库未存字注释：', '＠①原字石右加安', '＠②原字钅右加夕'], want: [] },
    ],
  },
  {
    rule: 'the genre\'s other glossary forms: 【名词解释】, 术语，是指…, 术语——定义, a term on a line of its own',
    valid: [
      { level: 'province', extra: ['【名词解释】', '1．“两重”建设，是指国家重大战略实施和重点领域安全能力建设。', '2．“两新”——大规模设备更新和消费品以旧换新。'], want: ['“两重”建设|是指国家重大战略实施和重点领域安全能力建设。', '“两新”|大规模设备更新和消费品以旧换新。'] },
      { level: 'prefecture', extra: ['名词解释（按在报告中出现的先后排序）', '1.“十四五”规划（2021—2025年）：国民经济和社会发展第十四个五年规划。', '2.“四上”企业', '规模以上工业企业、资质等级建筑业企业、限额以上批零住餐企业。'], want: ['“十四五”规划（2021—2025年）|国民经济和社会发展第十四个五年规划。', '“四上”企业|规模以上工业企业、资质等级建筑业企业、限额以上批零住餐企业。'] },
    ],
    invalid: [
      { level: 'county', extra: ['名词解释', '本报告所涉及的名词，其含义均以国家有关部门发布的权威解释为准，各位代表可以在政府门户网站查询，这里不再一一列出说明，请各位代表谅解。'], want: [] },
    ],
  },
  {
    rule: 'a report without a glossary has none',
    valid: [],
    invalid: [
      { level: 'county', want: [] },
      { level: 'province', extra: ['附件：2025年省政府民生实事完成情况'], want: [] },
      { level: 'national', want: [] },
    ],
  },
];

describe('glossary', () => {
  checkRules(GLOSSARY_RULES, (c) => rowsOf(c).glossary.map((r) => `${r.term}|${r.definition}`));

  it('keeps the page reference in one form and numbers the entries', () => {
    const rows = rowsOf({ level: 'county', extra: ['名词解释', '1.“三重压力” ( P1 ) :需求收缩、供给冲击、预期转弱。', '2.“五好”园区（第11页）：规划定位好、创新平台好的园区。'] }).glossary;
    expect(rows.map((r) => [r.ordinal, r.page_ref])).toEqual([[1, 'P1'], [2, 'P11']]);
  });
});

// ───────────────────────────── real reports ─────────────────────────────

/**
 * The hand-coded pledges and glossary of the realdev reports (tests/fixtures/real/gold, coded as
 * SPEC-longtail.md says), read from the real texts item for item: the numbers, the texts and
 * the reports with none.
 */
describe('real reports: pledges and glossary as hand-coded', () => {
  const REAL = 'tests/fixtures/real';
  const readCsv = (p: string) => Papa.parse<Record<string, string>>(readFileSync(join(REAL, p), 'utf8'), { header: true, skipEmptyLines: true }).data;
  const pathOf = new Map(readdirSync(join(REAL, 'raw'), { recursive: true, encoding: 'utf8' }).map((p) => [p.split('/').pop()!, join(REAL, 'raw', p)]));
  const group = (rows: Record<string, string>[], text: (r: Record<string, string>) => string) => {
    const by = new Map<string, string[]>();
    for (const r of rows) {
      const list = by.get(r.file) ?? [];
      if (r.ordinal !== '0') list.push(`${r.ordinal} ${text(r)}`);
      by.set(r.file, list);
    }
    return by;
  };
  const pledges = group(readCsv('gold/pledges.csv'), (r) => r.text);
  const glossary = group(readCsv('gold/glossary.csv'), (r) => `${r.term}|${r.definition}`);
  it('codes the same 37 work reports in both files', () => {
    expect([...pledges.keys()].sort()).toEqual([...glossary.keys()].sort());
    expect(pledges.size).toBe(37);
  });
  for (const file of pledges.keys()) {
    it(file, () => {
      // The extractors on the cleaned and segmented text, whatever the work-report verdict on it
      // (which is another stage's: some old national texts are not yet recognised).
      const c = clean(readFileSync(pathOf.get(file)!, 'utf8'));
      const ctx = { reportId: file, text: c.text, seg: segment(c.text, c.hints), reviewYear: null, planYear: null, givenLate: null, regionName: null, county: null, cp: codePointIndex(c.text) };
      expect(extractPledges(ctx).map((x) => `${x.ordinal} ${x.text}`)).toEqual(pledges.get(file));
      expect(extractGlossary(ctx).map((x) => `${x.ordinal} ${x.term}|${x.definition}`)).toEqual(glossary.get(file));
    });
  }
});
