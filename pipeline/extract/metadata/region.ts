/**
 * Which government gave the report, and its GB/T 2260 code. The header names it in several
 * places (title, meeting line, byline); those names are matched against the division list,
 * and where a name is shared by several divisions (朝阳区, 铁西区 …) the rest of the text
 * decides (its city or province named, 首府, 全疆 …). When it stays ambiguous, or the text
 * points elsewhere, the code is left null rather than guessed.
 */
import { NATIONAL_CUES, NATIONAL_SCOPE } from '../../../schemas/reportGenre.ts';
import { AUTONOMOUS_REGION_CAPITALS, divisions, PROVINCE_CUES, type Division } from '../../shared/divisions.ts';

export interface Region {
  warnings: string[];
  admin_level: 'national' | 'province' | 'prefecture' | 'county' | null;
  province: string | null;
  prefecture: string | null;
  county: string | null;
  region_name: string | null;
  admin_code: string | null;
}

const EMPTY: Region = { admin_level: null, province: null, prefecture: null, county: null, region_name: null, admin_code: null, warnings: [] };

const OFFICE_LEVEL: Array<[RegExp, Region['admin_level']]> = [
  [/总理/, 'national'], [/省长|自治区.{0,4}主席/, 'province'], [/州长|盟长|地区专员/, 'prefecture'],
  [/区长|县长|旗长/, 'county'], [/主席/, 'province'],
];

/** Names of the government in the header: "X人民政府区长", "在X第N届人民代表大会", "X政府工作报告". */
export function regionPhrases(header: string, body: string): string[] {
  const out: string[] = [];
  const add = (s: string | undefined) => { if (s && /[\u4e00-\u9fff]{2}/.test(s)) out.push(s); };
  for (const m of header.matchAll(/在([^\n。，]{2,30}?)(?:第?[一二三四五六七八九十0-9]{1,3}届)(?:[^\n]{0,3})?人民代表大会/g)) add(m[1]);
  for (const m of header.matchAll(/([^\n。，]{2,30}?)人民政府(?:代理?)?(?:区长|县长|市长|省长|主席|旗长|州长|盟长|副?[^\n]{0,2}长)/g)) add(m[1]);
  for (const m of header.matchAll(/(?:\d{4}年)?([^\n。，]{2,30}?)(?:人民)?政府工作报告/g)) add(m[1]);
  // a 地区 or 盟 governed by a 行政公署, reporting to the congress's 工作委员会
  for (const m of header.matchAll(/(?:\d{4}年)?([^\n。，]{2,30}?)(?:行政公署|行署)/g)) add(m[1]);
  for (const m of header.matchAll(/在([^\n。，]{2,30}?)人民代表大会工作委员会/g)) add(m[1]);
  // A byline without 人民政府: 山东省省长 周乃翔, 株洲市市长 曹立新
  for (const m of header.matchAll(/^([^\n。，\s]{2,20}?[省市区县旗州盟])(?:代理?)?(?:省长|市长|区长|县长|旗长|州长|盟长|主席)[\s:：]*[\u4e00-\u9fff·]{2,10}$/gm)) add(m[1]);
  for (const m of header.matchAll(/^([^\n。，]{2,20}?)[一二三四五六七八九十0-9]{1,3}届人大/gm)) add(m[1]);
  for (const m of body.slice(0, 3000).matchAll(/我代表([^\n。，]{2,20}?)(?:第[一二三四五六七八九十]{1,3}届)?人民政府/g)) add(m[1]);
  return out;
}

/**
 * `former`: a name of the time that no division bears today — a 地区 that became a prefecture-level
 * city (周口地区 → 周口市), or a county (寿光县) —, with the divisions
 * that took its name: `city` when it became a county-level city (撤县设市: 寿光县 → 寿光市, the
 * same land), `district` when only a district bears it (番禺县 → 番禺区, 江北县 → 渝北区 while
 * 江北区 was another): a district's land and name often changed in the merger, so it gets no code.
 */
interface Token { name: string; cands: Division[]; former?: 'city' | 'district' }

function formerCounty(phrase: string, i: number): Token | null {
  const { byName } = divisions();
  // 周口地区 → 周口市 (撤地设市, 2000): a 地区 of the time that is a prefecture-level city today
  for (let len = Math.min(6, phrase.length - i - 2); len >= 2; len--) {
    if (phrase.slice(i + len, i + len + 2) !== '地区') continue;
    const place = phrase.slice(i, i + len);
    if (byName.get(`${place}地区`)) continue;
    const cities = (byName.get(`${place}市`) ?? []).filter((d) => d.level === 'prefecture' && d.name === `${place}市`);
    if (cities.length) return { name: `${place}地区`, cands: cities, former: 'city' };
  }
  for (let len = Math.min(6, phrase.length - i - 1); len >= 2; len--) {
    if (phrase[i + len] !== '县') continue;
    const place = phrase.slice(i, i + len);
    if (byName.get(`${place}县`)) continue;
    const same = (byName.get(place) ?? []).filter((d) => d.level === 'county');
    const cities = same.filter((d) => d.name === `${place}市`);
    if (cities.length) return { name: `${place}县`, cands: cities, former: 'city' };
    const districts = same.filter((d) => d.name === `${place}区`);
    if (districts.length) return { name: `${place}县`, cands: districts, former: 'district' };
  }
  return null;
}

function tokenize(phrase: string): Token[] {
  const { byName } = divisions();
  const tokens: Token[] = [];
  let i = 0;
  while (i < phrase.length) {
    let hit: Token | null = formerCounty(phrase, i);
    for (let len = Math.min(24, phrase.length - i); !hit && len >= 2; len--) {
      const name = phrase.slice(i, i + len);
      const cands = byName.get(name)?.filter((d) => d.name === name || d.level !== 'county');
      if (cands?.length) { hit = { name, cands }; break; }
    }
    if (hit) { tokens.push(hit); i += hit.name.length; } else i++;
  }
  return tokens;
}

const isAncestor = (a: Division, d: Division) => d.province === a || d.prefecture === a;

/** A national report: no province, prefecture, county or code; the region is the country. */
const NATIONAL: Region = { ...EMPTY, admin_level: 'national', region_name: '中华人民共和国' };

/**
 * Whether the report is the national government's (schemas/reportGenre.ts NATIONAL_CUES): the
 * State Council speaks, or the header names the National People's Congress or the premier.
 */
export function isNational(header: string, opening: string, speakerTitle: string | null): boolean {
  const [stateCouncil, npc] = NATIONAL_CUES;
  return speakerTitle === '国务院总理' || npc.pattern.test(header) || stateCouncil.pattern.test(opening) || /向[^，。；\n]{0,6}全国人民代表大会/.test(opening);
}

/** A local government speaks (我代表县人民政府, 我代表区政府): whatever its opening says of the nation. */
const LOCAL_GOVERNMENT_SPEAKS = /代表[^，。；！\n向作]{0,12}[省市县区州旗盟乡镇][^，。；！\n向作]{0,4}(?:人民)?(?:政府|人民委员会|革命委员会)/;

export function resolveRegion(header: string, body: string, speakerTitle: string | null, opening = ''): Region {
  if (isNational(header, opening, speakerTitle)) return { ...NATIONAL, warnings: [] };
  const phrases = regionPhrases(header, body);
  // No region named anywhere in the header or opening, and the opening speaks for the nation.
  if (phrases.length === 0 && !speakerTitle && NATIONAL_SCOPE.pattern.test(opening) && !LOCAL_GOVERNMENT_SPEAKS.test(opening)) {
    return { ...NATIONAL, warnings: [`national by its scope only (${NATIONAL_SCOPE.name}): no region and no State Council named in the opening`] };
  }
  const tokens = phrases.flatMap(tokenize);
  const named = new Set(tokens.flatMap((t) => t.cands));
  const warnings: string[] = [];

  for (const level of ['county', 'prefecture', 'province'] as const) {
    // a division by its full name, or by a short name of three characters or more that only it
    // has (黔东南州 for 黔东南苗族侗族自治州)
    const names = [...new Set(tokens.flatMap((t) => t.cands.filter((d) => d.level === level && (d.name === t.name || (t.name.length >= 3 && t.cands.length === 1 && d.aliases.includes(t.name)))).map((d) => d.name)))];
    if (names.length === 0 && level === 'county') {
      const former = tokens.find((t) => t.former);
      if (former) return fromFormerCounty(former, named, body);
    }
    if (names.length === 0) continue;
    // The most specific name that the header repeats most, then the first one.
    const name = names.sort((a, b) => tokens.filter((t) => t.name === b).length - tokens.filter((t) => t.name === a).length)[0];
    const all = divisions().byName.get(name)!.filter((d) => d.level === level && d.name === name);
    const consistent = all.filter((d) => [...named].some((a) => isAncestor(a, d)));
    const cands = narrowed(all, named, body);
    if (cands.length > 1) {
      warnings.push(`region name ${name} is shared by ${cands.map((d) => d.code).join(', ')} and the text does not decide between them`);
      return { ...EMPTY, admin_level: level, county: level === 'county' ? name : null, prefecture: level === 'prefecture' ? name : null, region_name: name, warnings };
    } else if (consistent.length === 0 && contradicted(cands[0], body)) {
      warnings.push(`region name ${name} matches ${cands[0].code}, but the text points to another province`);
      return { ...EMPTY, admin_level: level, county: level === 'county' ? name : null, region_name: name, warnings };
    }
    return fromDivision(cands[0], warnings);
  }
  const level = OFFICE_LEVEL.find(([re]) => speakerTitle && re.test(speakerTitle))?.[1] ?? null;
  if (phrases.length || level) warnings.push('no division of GB/T 2260 is named in the header');
  return { ...EMPTY, admin_level: level, warnings };
}

/**
 * A county named as it was before it became a city or district. A city keeps its county's land:
 * today's code, with a warning that says so; between several cities of the name, the province or
 * city the text names decides. A district gets no code: its province only when all candidates share it.
 */
/**
 * The divisions of one name that the header's other names (their province or city) or, failing
 * that, the text's mentions of a province or city leave: one, or several when nothing decides.
 */
function narrowed(cands: Division[], named: Set<Division>, body: string): Division[] {
  const consistent = cands.filter((d) => [...named].some((a) => isAncestor(a, d)));
  const left = consistent.length ? consistent : cands;
  if (left.length < 2) return left;
  const scored = left.map((d) => ({ d, s: contextScore(d, body) })).sort((a, b) => b.s - a.s);
  return scored[0].s > 0 && scored[0].s > scored[1].s ? [scored[0].d] : left;
}

function fromFormerCounty(former: Token, named: Set<Division>, body: string): Region {
  const cands = narrowed(former.cands, named, body);
  const list = cands.map((d) => `${d.name} (${d.code.padEnd(6, '0')})`).join(' or ');
  if (former.former === 'city' && cands.length === 1) {
    return fromDivision(cands[0], [`${former.name} is named by its name of the time; the code is today's ${list}, the city it became`]);
  }
  const provinces = new Set(cands.map((d) => d.province!.name));
  const warning = former.former === 'district'
    ? `${former.name} is no county today; ${list} bears its name, but a district's land often changed when the county became one: no code`
    : `${former.name} may be today's ${list}, and the text does not decide between them`;
  const level = former.cands[0].level === 'prefecture' ? 'prefecture' : 'county';
  return { ...EMPTY, admin_level: level, province: provinces.size === 1 ? [...provinces][0] : null, prefecture: level === 'prefecture' ? former.name : null, county: level === 'county' ? former.name : null, region_name: former.name, warnings: [warning] };
}

function fromDivision(d: Division, warnings: string[]): Region {
  const province = d.level === 'province' ? d : d.province!;
  const prefecture = d.level === 'prefecture' ? d : d.prefecture;
  const municipality = /^(北京|天津|上海|重庆)市$/.test(province.name);
  if (d.level === 'province') {
    return { admin_level: 'province', province: d.name, prefecture: null, county: null, region_name: d.name, admin_code: d.code.padEnd(6, '0'), warnings };
  }
  if (d.level === 'prefecture') {
    return { admin_level: 'prefecture', province: province.name, prefecture: d.name, county: null, region_name: d.name, admin_code: d.code.padEnd(6, '0'), warnings };
  }
  const regionName = prefecture ? prefecture.name + d.name : municipality ? province.name + d.name : province.name + d.name;
  return { admin_level: 'county', province: province.name, prefecture: prefecture?.name ?? null, county: d.name, region_name: regionName, admin_code: d.code, warnings };
}

/** How many times a word is written in a text (counted with indexOf: splitting a whole report to count made an array of its pieces). */
function count(text: string, word: string): number {
  if (!word) return 0;
  let n = 0;
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + word.length)) n++;
  return n;
}

/** How strongly the text points at this division's own city and province. */
function contextScore(d: Division, text: string): number {
  let s = 0;
  for (const a of [d.prefecture, d.province ?? d]) {
    if (!a) continue;
    for (const n of [a.name, ...a.aliases]) s += count(text, n);
  }
  const prov = d.province ?? d;
  for (const [re, name] of PROVINCE_CUES) if (name === prov.name) s += (text.match(re) ?? []).length;
  if (/首府/.test(text) && d.prefecture && AUTONOMOUS_REGION_CAPITALS[prov.name] === d.prefecture.name) s += count(text, '首府');
  return s;
}

/** The text never names this division's province or city but keeps naming another province. */
function contradicted(d: Division, text: string): boolean {
  if (contextScore(d, text) > 0) return false;
  const { all } = divisions();
  const own = d.province ?? d;
  return all.some((p) => p.level === 'province' && p !== own && [p.name, ...p.aliases].reduce((n, w) => n + count(text, w), 0) >= 3);
}
