/**
 * `govreports synth`: realistic raw reports for benchmarks and tests. It recombines the
 * paragraphs of the reports it is given (default raw/) under other governments (from GB/T 2260),
 * years, meeting lines, speakers and headline figures, and dresses each in one source kind's
 * noise (forum or web chrome, PDF line breaks and page numbers, markdown marks). It writes
 * DIR/_truth.csv with the metadata and headline figures it put in each file, so that extraction
 * can be scored at scale. The same seed gives the same files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { VOCABULARY, type SourceKind } from '../../schemas/index.ts';
import { clean } from '../clean/index.ts';
import { discover, readRawFile } from '../ingest/index.ts';
import { sectionAt, segment } from '../segment/index.ts';
import { divisions, type Division } from '../shared/divisions.ts';
import { extractMetadata } from '../extract/metadata/index.ts';

export interface SynthOptions {
  count: number;
  seed: number;
  outDir: string;
  fromDir: string;
  /**
   * Give the reports to this many governments, each with consecutive years (a panel): report i
   * goes to government i mod N, for the year after its previous one. Each report reviews the year
   * before with outcomes that follow that year's targets with noise, so that target_outcomes can
   * be tested at scale. Without it, every report is another government's or year's.
   */
  regions?: number;
}
export interface TruthRow { file: string; field: string; expected: string }

interface Source { review: string[]; plan: string[]; names: Array<[string, string]>; reviewYear: number; planYear: number }

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN = '伟刚勇毅俊峰强军平保东文辉力明永健世广志义兴良海山仁波宁贵福生龙元全国胜学祥才发武新利清飞彬富顺信子杰涛昌成康星光天达安岩中茂进林有坚和彪博诚先敬震振壮会思群豪心邦承乐绍功松善厚庆磊民友裕河哲江超浩亮政谦亨奇固之轮翰朗伯宏言若鸣朋斌梁栋维启克伦翔旭鹏泽晨辰士以建家致树炎德行时泰盛雄琛钧冠策腾楠榕风航弘';
const ALIASES = new RegExp(VOCABULARY.flatMap((d) => d.aliases).map((a) => a.replace(/[.*+?^${}()|[\]\\&]/g, '\\$&')).join('|'));

function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)],
    chance: (p: number) => next() < p,
  };
}
type Rng = ReturnType<typeof rng>;

function loadSources(fromDir: string): Source[] {
  const out: Source[] = [];
  for (const f of discover(fromDir).files) {
    const r = readRawFile(fromDir, f);
    if (!r.ok) continue;
    const c = clean(r.doc.text);
    const seg = segment(c.text, c.hints);
    const meta = extractMetadata(c.text, r.doc.text, seg);
    if (!meta.plan_year || !meta.review_year) continue;
    const partAt = (pos: number) => sectionAt(seg.sections, pos)?.part ?? 'other';
    const usable = (t: string) => t.length > 40 && /。$/.test(t) && !ALIASES.test(t) && !/预计|名词解释|各位代表|政府工作报告|[：:]$/.test(t);
    const heads = new Set(seg.sections.map((s) => s.start));
    const review: string[] = [];
    const plan: string[] = [];
    for (const p of seg.paragraphs) {
      if (p.start < seg.bodyStart || heads.has(p.start) || !usable(p.text)) continue;
      const part = partAt(p.start);
      if (part === 'review') review.push(p.text);
      else if (part === 'plan') plan.push(p.text);
    }
    const names: Array<[string, string]> = [];
    const { byCode } = divisions();
    const d = meta.admin_code ? byCode.get(meta.admin_code) : undefined;
    if (d) for (const x of [d, d.prefecture, d.province]) if (x) for (const n of [x.name, ...x.aliases]) names.push([n, x.level]);
    if (review.length && plan.length) out.push({ review, plan, names: names.sort((a, b) => b[0].length - a[0].length), reviewYear: meta.review_year, planYear: meta.plan_year });
  }
  if (!out.length) throw new Error(`no usable report in ${fromDir} to recombine`);
  return out;
}

function retarget(text: string, src: Source, region: Division, plan: number): string {
  const delta = plan - src.planYear;
  let t = text.replace(/(20[0-3]\d)(?=\s*年)/g, (y) => String(Number(y) + delta));
  for (const [name, level] of src.names) {
    const target = level === 'county' ? region : level === 'prefecture' ? region.prefecture ?? region : region.province ?? region;
    const full = name.length > 2 && /[区县市旗州盟省]$/.test(name);
    t = t.split(name).join(full ? target.name : target.aliases[0] ?? target.name);
  }
  return t;
}

const CN_DIGIT = '〇一二三四五六七八九';
const cnYear = (y: number) => Array.from(String(y), (d) => CN_DIGIT[Number(d)]).join('');
const cnSmall = (n: number): string => (n <= 10 ? ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'][n] : n < 20 ? `十${cnSmall(n - 10)}` : `${cnSmall(Math.floor(n / 10))}十${n % 10 ? cnSmall(n % 10) : ''}`);
const pct = (r: Rng, lo: number, hi: number) => Math.round((lo + r.next() * (hi - lo)) * 2) / 2;

function officeOf(d: Division, r: Rng): { title: string; base: string } {
  const acting = r.chance(0.1) ? '代' : '';
  let base: string;
  if (d.level === 'province') base = /自治区/.test(d.name) ? '主席' : /市$/.test(d.name) ? '市长' : '省长';
  else if (d.level === 'prefecture') base = /州$/.test(d.name) ? '州长' : /盟$/.test(d.name) ? '盟长' : '市长';
  else base = /区$/.test(d.name) ? '区长' : /旗$/.test(d.name) ? '旗长' : /市$/.test(d.name) ? '市长' : '县长';
  const title = base === '主席' ? `${acting}自治区主席` : `${acting}${base}`;
  return { title, base: acting + base };
}

function fullName(d: Division): string {
  if (d.level !== 'county') return d.name;
  return (d.prefecture ?? d.province)!.name + d.name;
}

/** The last plan year synth writes. */
const LAST_PLAN_YEAR = 2025;
const FIRST_PLAN_YEAR = 2006;

/**
 * A government's figures in a panel: the targets of each year and the outcomes of each year,
 * drawn from the seed, the government and the year alone, so that the report for year Y and the
 * one for Y + 1 (which reviews Y) agree whatever order they are written in. Outcomes follow the
 * targets with noise: growth within ±1.5 points, unemployment up to 0.8 point under the ceiling
 * and sometimes over it.
 */
function panelYear(seed: number, government: number, year: number) {
  const p = rng(seed * 7_368_787 + government * 104_729 + year * 1_299_709 + 3);
  const gdp = pct(p, 3, 9);
  const form = p.pick(['about', 'exact', 'at_least', 'range', 'about', 'none'] as const);
  const target = {
    gdp, gdpHigh: form === 'range' ? gdp + 0.5 : null, gdpForm: form,
    fai: pct(p, 3, 15), faiAtLeast: p.chance(0.4), revenue: pct(p, 2, 10), unemployment: p.pick([4, 4.5, 5, 5.5]),
  };
  const noise = () => Math.round((p.next() * 3 - 1.5) * 10) / 10;
  const outcome = {
    gdp: Math.round((gdp + noise()) * 10) / 10, fai: Math.round((target.fai + noise()) * 10) / 10,
    revenue: Math.round((target.revenue + noise()) * 10) / 10, unemployment: Math.round((target.unemployment - p.next() * 1.0 + 0.2) * 10) / 10,
    estimate: p.chance(0.5),
  };
  return { target, outcome };
}

export function synth(opts: SynthOptions): { files: string[]; truth: TruthRow[] } {
  const sources = loadSources(opts.fromDir);
  const { all, byName } = divisions();
  const counties = all.filter((d) => d.level === 'county' && !/^(市辖区|县)$/.test(d.name));
  const prefectures = all.filter((d) => d.level === 'prefecture');
  const provinces = all.filter((d) => d.level === 'province');
  mkdirSync(opts.outDir, { recursive: true });
  const truth: TruthRow[] = [];
  const files: string[] = [];
  const taken = new Set<string>(); // one report per government and year, as in reality
  const pickRegion = (r: Rng) => {
    const level = r.next();
    return level < 0.8 ? r.pick(counties) : level < 0.95 ? r.pick(prefectures) : r.pick(provinces);
  };
  // A panel: N governments (distinct codes), each with a first year that leaves room for its years.
  const panel: Array<{ region: Division; first: number }> = [];
  if (opts.regions !== undefined) {
    if (!Number.isInteger(opts.regions) || opts.regions < 1) throw new Error(`--regions must be a positive whole number, not ${opts.regions}`);
    const years = Math.ceil(opts.count / opts.regions);
    if (years > LAST_PLAN_YEAR - FIRST_PLAN_YEAR + 1) throw new Error(`${opts.count} reports for ${opts.regions} governments is ${years} years each; synth writes at most ${LAST_PLAN_YEAR - FIRST_PLAN_YEAR + 1} (${FIRST_PLAN_YEAR}–${LAST_PLAN_YEAR})`);
    const p = rng(opts.seed * 15_485_863 + 29);
    const codes = new Set<string>();
    while (panel.length < opts.regions) {
      const region = pickRegion(p);
      if (codes.has(region.code)) continue;
      codes.add(region.code);
      panel.push({ region, first: p.int(FIRST_PLAN_YEAR, LAST_PLAN_YEAR - years + 1) });
    }
  }
  for (let i = 0; i < opts.count; i++) {
    const r = rng(opts.seed * 1_000_003 + i * 7919 + 17);
    let region: Division;
    let plan: number;
    const government = panel.length ? i % panel.length : -1;
    if (government >= 0) {
      region = panel[government].region;
      plan = panel[government].first + Math.floor(i / panel.length);
    } else {
      do {
        region = pickRegion(r);
        plan = r.int(FIRST_PLAN_YEAR, LAST_PLAN_YEAR);
      } while (taken.has(`${region.code}:${plan}`));
    }
    taken.add(`${region.code}:${plan}`);
    const review = plan - 1;
    const december = r.chance(0.12);
    const month = december ? 12 : r.int(1, 2);
    const day = december ? r.int(20, 30) : r.int(5, 28);
    const meetYear = december ? review : plan;
    const term = r.int(2, 18);
    const session = r.int(1, 6);
    const speaker = r.pick(Array.from(SURNAMES)) + Array.from({ length: r.int(1, 2) }, () => r.pick(Array.from(GIVEN))).join('');
    const office = officeOf(region, r);
    const kind: SourceKind = r.pick(['forum', 'web', 'pdf_text', 'markdown', 'plain'] as const);
    const name = fullName(region);
    const ambiguous = (byName.get(region.name)?.filter((d) => d.name === region.name).length ?? 0) > 1;
    const shortName = ambiguous ? name : region.name;
    const whole = region.level === 'county' ? (/县$/.test(region.name) ? '全县' : /市$/.test(region.name) ? '全市' : '全区') : region.level === 'prefecture' ? '全市' : '全省';
    const file = `synth_${String(i + 1).padStart(6, '0')}.${kind === 'markdown' ? 'md' : 'txt'}`;
    const src = r.pick(sources);

    // Header in one of its forms.
    const date = r.chance(0.2) ? `${cnYear(meetYear)}年${cnSmall(month)}月${cnSmall(day)}日` : `${meetYear}年${month}月${day}日`;
    const termText = r.chance(0.15) ? `${cnSmall(term)}届` : `第${cnSmall(term)}届`;
    const meeting = `${date}在${r.chance(0.5) ? name : shortName}${termText}人民代表大会第${cnSmall(session)}次会议上`;
    const head: string[] = [];
    head.push(r.chance(0.6) ? `${plan}年${name}政府工作报告` : '政府工作报告');
    if (r.chance(0.15)) head.push(meeting.replace(/人民代表大会/, '人民代表大会\n'));
    else head.push(r.chance(0.6) ? `——${meeting}` : meeting);
    const spacedName = speaker.length === 2 && r.chance(0.3) ? `${speaker[0]}　${speaker[1]}` : speaker;
    head.push(r.chance(0.7) ? `${shortName}人民政府${office.base} ${spacedName}` : `${office.base}  ${spacedName}`);
    head.push('各位代表：', `现在，我代表${shortName}人民政府，向大会报告工作，请予审议，并请各位政协委员和列席人员提出意见。`);

    // Review: headline results, then borrowed paragraphs. In a panel, the outcomes of the year reviewed.
    const reviewed = government >= 0 ? panelYear(opts.seed, government, review) : null;
    const gdpActual = pct(r, -2, 12);
    const estimate = r.chance(0.5);
    const retailActual = pct(r, -5, 15);
    const body: string[] = [];
    body.push(r.chance(0.5) ? `一、${review}年工作回顾` : `${review}年工作回顾`);
    const growth = (g: number) => (g < 0 && r.chance(0.5) ? `下降${-g}%` : `增长${g}%`);
    if (reviewed) {
      const o = reviewed.outcome;
      const kind = o.estimate ? 'estimate' : 'actual';
      body.push(`${review}年，面对复杂严峻的发展环境，我们坚持稳中求进工作总基调，经济社会发展取得新成效。${o.estimate ? '预计' : ''}${whole}地区生产总值${growth(o.gdp)}，社会消费品零售总额${growth(retailActual)}，固定资产投资${growth(o.fai)}，一般公共预算收入${growth(o.revenue)}，城镇调查失业率${o.unemployment}%。`);
      truth.push({ file, field: `indicator:gdp:${kind}:${review}`, expected: `growth_pct=${o.gdp};qualifier=exact` });
      truth.push({ file, field: `indicator:retail_sales:${kind}:${review}`, expected: `growth_pct=${retailActual};qualifier=exact` });
      truth.push({ file, field: `indicator:fixed_asset_investment:${kind}:${review}`, expected: `growth_pct=${o.fai};qualifier=exact` });
      truth.push({ file, field: `indicator:general_budget_revenue:${kind}:${review}`, expected: `growth_pct=${o.revenue};qualifier=exact` });
      truth.push({ file, field: `indicator:urban_surveyed_unemployment_rate:${kind}:${review}`, expected: `value=${o.unemployment};qualifier=exact` });
    } else {
      body.push(`${review}年，面对复杂严峻的发展环境，我们坚持稳中求进工作总基调，经济社会发展取得新成效。${estimate ? '预计' : ''}${whole}地区生产总值${growth(gdpActual)}，社会消费品零售总额${growth(retailActual)}。`);
      truth.push({ file, field: `indicator:gdp:${estimate ? 'estimate' : 'actual'}:${review}`, expected: `growth_pct=${gdpActual};qualifier=exact` });
      truth.push({ file, field: `indicator:retail_sales:${estimate ? 'estimate' : 'actual'}:${review}`, expected: `growth_pct=${retailActual};qualifier=exact` });
    }
    const target = r.int(18000, 34000);
    let length = head.join('').length + body.join('').length;
    const borrowed = (pool: string[]) => retarget(r.pick(pool), src, region, plan);
    while (length < target * 0.5) { const p = borrowed(src.review); body.push(p); length += p.length; }

    // Plan: the targets paragraph in one of its forms, then borrowed paragraphs.
    body.push(r.chance(0.5) ? `二、${plan}年工作安排` : `${plan}年重点工作`);
    let gdpT = pct(r, 3, 9);
    let faiT = pct(r, 3, 15);
    let revT = pct(r, 2, 10);
    let unemp = r.pick([4, 4.5, 5, 5.5]);
    let q: string = r.pick(['左右', '', '以上'] as const);
    let faiQ = '';
    const sep = r.pick(['，', '；']);
    // a report given in December speaks of its plan year as 明年 (今年 is the year it reviews)
    const lead = r.pick([`${plan}年全${region.level === 'province' ? '省' : region.level === 'prefecture' ? '市' : whole.slice(1)}经济社会发展的主要预期目标是：`, `${december ? '明年' : '今年'}经济社会发展的主要预期目标为：`, '主要预期目标是：']);
    let gdpText: string;
    let gdpTruth: string | null;
    if (government >= 0) {
      // A panel's targets of the plan year, in every form of the genre, GDP's sometimes not set at all.
      const t = panelYear(opts.seed, government, plan).target;
      [gdpT, faiT, revT, unemp] = [t.gdp, t.fai, t.revenue, t.unemployment];
      faiQ = t.faiAtLeast ? '以上' : '';
      q = { about: '左右', exact: '', at_least: '以上', range: '', none: '' }[t.gdpForm];
      gdpText = t.gdpForm === 'none' ? '' : `地区生产总值增长${t.gdpHigh === null ? gdpT : `${gdpT}%—${t.gdpHigh}`}%${q}${sep}`;
      gdpTruth = t.gdpForm === 'none' ? null : `growth_pct=${gdpT};${t.gdpHigh === null ? '' : `growth_pct_high=${t.gdpHigh};`}qualifier=${t.gdpForm}`;
    } else {
      gdpText = `地区生产总值增长${gdpT}%${q}${sep}`;
      gdpTruth = `growth_pct=${gdpT};qualifier=${q === '左右' ? 'about' : q === '以上' ? 'at_least' : 'exact'}`;
    }
    body.push(`${lead}${gdpText}固定资产投资增长${faiT}%${faiQ}${sep}一般公共预算收入增长${revT}%${sep}城镇调查失业率控制在${unemp}%以内${sep}居民收入增长与经济增长基本同步。`);
    if (gdpTruth) truth.push({ file, field: `indicator:gdp:target:${plan}`, expected: gdpTruth });
    else {
      body.push('综合考虑各方面因素，今年不提出全年经济增速具体目标，把工作重点放在稳就业、保民生、防风险上。');
      truth.push({ file, field: `no_target:gdp:${plan}`, expected: 'target_stated=false' });
    }
    truth.push({ file, field: `indicator:fixed_asset_investment:target:${plan}`, expected: `growth_pct=${faiT};qualifier=${faiQ ? 'at_least' : 'exact'}` });
    truth.push({ file, field: `indicator:general_budget_revenue:target:${plan}`, expected: `growth_pct=${revT};qualifier=exact` });
    truth.push({ file, field: `indicator:urban_surveyed_unemployment_rate:target:${plan}`, expected: `value=${unemp};qualifier=at_most` });
    while (length < target) { const p = borrowed(src.plan); body.push(p); length += p.length; }
    body.push('各位代表，让我们更加紧密地团结在以习近平同志为核心的党中央周围，坚定信心，实干笃行，为全面建设社会主义现代化国家作出新的更大贡献！');

    writeFileSync(join(opts.outDir, file), dress(kind, head, body, r, name));
    files.push(file);
    const meta: Record<string, string> = {
      admin_level: region.level, admin_code: region.code.padEnd(6, '0'), region_name: name === region.name && region.level === 'county' ? fullName(region) : region.level === 'county' ? fullName(region) : region.name,
      review_year: String(review), plan_year: String(plan), meeting_date: `${meetYear}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
      congress_term: String(term), congress_session: String(session), speaker_name: speaker, speaker_title: office.title, source_kind: kind,
    };
    for (const [field, expected] of Object.entries(meta)) truth.push({ file, field, expected });
  }
  writeFileSync(join(opts.outDir, '_truth.csv'), Papa.unparse(truth, { columns: ['file', 'field', 'expected'], newline: '\n' }) + '\n');
  return { files, truth };
}

/** Each source kind's noise around and inside the text. */
function dress(kind: SourceKind, head: string[], body: string[], r: Rng, name: string): string {
  switch (kind) {
    case 'forum':
      return [
        '设为首页收藏本站', `查看: ${r.int(100, 9999)}|回复: ${r.int(0, 20)}`, `[${name.slice(0, 2)}] ${head[0]}`, '[复制链接]',
        '    楼主', `    ${r.pick(['zhengce', '资料控', '区域数据'])}`, '    积分', `    ${r.int(100, 99999)}`, `    发表于 2024-${r.int(1, 12)}-${r.int(1, 28)} 10:${r.int(10, 59)}:00 | 显示全部楼层 |阅读模式`, '',
        ...[...head, ...body].map((l) => `    ${l}`), '',
        '    您需要登录后才可以回帖 登录 | 立即注册', '    本版积分规则', '    Powered by Discuz! X3.4', '    快速回复 返回顶部 返回列表',
      ].join('\n');
    case 'web':
      return [
        '您的位置：首页 > 政务公开 > 政府工作报告', head[0], `来源：${name}人民政府 时间：2024-0${r.int(1, 9)}-1${r.int(0, 9)} 09:30`, '【字号：大 中 小】 打印 关闭', '分享到：',
        ...head.slice(1), ...body, '上一篇：关于印发有关文件的通知', '打印本页 关闭窗口', `版权所有：${name}人民政府`,
      ].join('\n');
    case 'markdown':
      return [`# ${head[0]}`, ...head.slice(1), ...body.map((l) => (/^[一二三四五六七八九十]、|^\d{4}年.{0,6}(工作|回顾)/.test(l) ? `## ${l}` : l.replace(/^([^。，]{4,14}。)/, '**$1**')))].join('\n\n');
    case 'pdf_text': {
      const width = r.int(36, 42);
      const out: string[] = [];
      let lines = 0;
      for (const para of [...head, ...body]) {
        const text = para.replace(/(-?\d+(?:\.\d+)?)(%|亿元|万元|万人|个)/g, r.chance(0.5) ? ' $1 $2' : '$1$2').replace(/，/g, r.chance(0.3) ? ',' : '，');
        for (let k = 0; k < text.length; k += width) {
          out.push(text.slice(k, k + width));
          if (++lines % 28 === 0) out.push('', `— ${lines / 28} —`, '');
        }
      }
      return out.join('\n');
    }
    default:
      return [...head, ...body].join('\n');
  }
}
