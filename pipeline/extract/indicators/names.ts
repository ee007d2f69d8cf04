/**
 * Names of indicators in the text, mapped to their keys and scope: 地区生产总值 → gdp,
 * 城乡居民人均可支配收入 → urban and rural income, 高新区地区生产总值 → gdp of 高新区. A name
 * is not taken where the words before it make it a part or another measure (人均, 单位, 海洋),
 * or where its alias rule (schemas/vocabulary.ts) does not hold: 国民生产总值 only before the
 * 1990s switch, 投资 only opening a clause of a targets list.
 */
import { ALIAS_RULES, AREA_SUBJECT_CUES, AREA_SUFFIX_CHARS, AREA_SUFFIXES, COMPOUND, DEF_BY_KEY, LEVEL_BEFORE, NAME_LEFT_WORDS, NEEDS_CONTEXT, NOT_AFTER, VOCABULARY, type AliasRule } from '../../../schemas/vocabulary.ts';
import { NAME_JOINERS } from '../../../schemas/figureWords.ts';
import { clauseStart, sentenceEnd, sentenceStart } from './text.ts';

export interface NameMention {
  /** One key per name of the group (two for 城乡居民人均可支配收入). */
  keys: string[];
  /** The names as written, one per name of the group. */
  labels: string[];
  start: number;
  /** After the last name of the group (and a bracket repeating it). */
  end: number;
  scope: string | null;
  /** The rule of the first name (growth names, short names). */
  rule: AliasRule;
}

const ALIAS_KEYS = new Map<string, string[]>();
for (const d of VOCABULARY) for (const a of d.aliases) ALIAS_KEYS.set(a, [d.key]);
for (const c of COMPOUND) ALIAS_KEYS.set(c.alias, c.keys);
/**
 * The aliases in a character trie. Scanning the text once and walking the trie from each
 * character finds the same names as one regular expression of all aliases (leftmost, then
 * longest), at a cost that does not grow with the number of aliases (R&D intensity alone is
 * written some thousand ways).
 */
interface TrieNode { next: Map<number, TrieNode>; alias: string | null }
const ROOT: Array<TrieNode | undefined> = new Array(0x10000);
for (const alias of ALIAS_KEYS.keys()) {
  let node = (ROOT[alias.charCodeAt(0)] ??= { next: new Map(), alias: null });
  for (let k = 1; k < alias.length; k++) {
    const c = alias.charCodeAt(k);
    let child = node.next.get(c);
    if (!child) node.next.set(c, (child = { next: new Map(), alias: null }));
    node = child;
  }
  node.alias = alias;
}

/**
 * The first two characters of every alias, hashed into a bit table: most characters that start an
 * alias (一, 国, 地, 全 …) start far more other words, and one look at the table skips them.
 */
const BIGRAM_BITS = 20;
const bigram = (a: number, b: number) => ((a * 0x9e3779b1) ^ (b * 0x85ebca77)) >>> (32 - BIGRAM_BITS);
const BIGRAMS = new Uint8Array(1 << BIGRAM_BITS);
for (const alias of ALIAS_KEYS.keys()) BIGRAMS[bigram(alias.charCodeAt(0), alias.charCodeAt(1))] = 1;

interface Match { alias: string; index: number }

function scanAliases(text: string, from: number): Match[] {
  const out: Match[] = [];
  for (let i = from; i < text.length - 1; i++) {
    let node = ROOT[text.charCodeAt(i)];
    if (node === undefined || BIGRAMS[bigram(text.charCodeAt(i), text.charCodeAt(i + 1))] === 0) continue;
    let longest: string | null = null;
    for (let k = i + 1; node; k++) {
      if (node.alias) longest = node.alias;
      if (k >= text.length) break;
      node = node.next.get(text.charCodeAt(k));
    }
    if (longest === null) continue;
    out.push({ alias: longest, index: i });
    i += longest.length - 1;
  }
  return out;
}

const JOINED = new RegExp(NAME_JOINERS);
/** 人均GDP, 占GDP比重, 年均…: the name is a divisor or a base, not the figure's subject. */
const PART_BEFORE = /人均|占$|^.占|均$/;
/** 单位GDP能耗: a divisor — before a name of money only (在…所有制单位安排…万人就业 is a work unit). */
const PER_UNIT_BEFORE = /单位$/;
/** Sub-areas a figure can be about: 高新区, 经开区, 城市副中心, 县域, 某某经济圈. */
const AREAS = [...AREA_SUFFIXES].sort((a, b) => b.length - a.length).join('|');
const SUB_AREA = new RegExp(`([\\u4e00-\\u9fff]{0,12}?(?:${AREAS}|[${AREA_SUFFIX_CHARS}]))(?:的)?$`);
const words = (list: readonly string[]) => [...list].sort((a, b) => b.length - a.length).join('|');
const TIME = `${words(AREA_SUBJECT_CUES.time)}|[0-9]{4}年`;
const VERBS = words(AREA_SUBJECT_CUES.verbs);
/**
 * Time words, verbs and adverbs between a sub-area and the name: 苏州工业园区要力争实现地区生产总值…,
 * 珲春国际合作示范区今年要实现…, 广州南站商务区明年要完成…
 */
const BETWEEN_AREA_AND_NAME = new RegExp(`(?:${TIME}|${VERBS})+$`);

export interface NameContext {
  planYear: number;
  regionName: string | null;
  county: string | null;
}

/** Every name of a known indicator from `from` on, in text order. */
export function findNames(text: string, from: number, ctx: NameContext): NameMention[] {
  const matches = scanAliases(text, from);
  const out: NameMention[] = [];
  for (let k = 0; k < matches.length; k++) {
    const m = matches[k];
    const start = m.index;
    if (!usable(text, m.alias, start, ctx)) continue;
    // Several names joined by 、/和 share one list of figures: 接待游客数量、实现旅游收入…分别增长10%、12%
    const group = [{ alias: m.alias, start }];
    let end = start + m.alias.length;
    while (k + 1 < matches.length) {
      const gap = text.slice(end, matches[k + 1].index);
      if (!JOINED.test(gap) || !usable(text, matches[k + 1].alias, matches[k + 1].index, ctx)) break;
      k++;
      group.push({ alias: matches[k].alias, start: matches[k].index });
      end = matches[k].index + matches[k].alias.length;
    }
    // 地区生产总值（GDP）: a name repeated in brackets is the same name, not the next one.
    const bracket = /^[（(][^）)\n]{0,20}[）)]/.exec(text.slice(end, end + 24));
    if (bracket) {
      while (k + 1 < matches.length && matches[k + 1].index < end + bracket[0].length) k++;
      end += bracket[0].length;
    }
    const keys = group.flatMap((g) => ALIAS_KEYS.get(g.alias)!);
    const labels = keys.length === group.length ? group.map((g) => g.alias) : keys.map(() => group[0].alias);
    const lead = text.slice(sentenceStart(text, start), start);
    let scope = scopeOf(lead, ctx) ?? subjectOf(text, start, ctx);
    scope ??= scopeCarried(text, start, lead, out[out.length - 1]);
    out.push({ keys, labels, start, end, scope, rule: ALIAS_RULES[m.alias] ?? {} });
  }
  return out;
}

const LEFT_WORDS = new RegExp(`(?:${[...NAME_LEFT_WORDS].sort((a, b) => b.length - a.length).join('|')})$`);
const AREA_BEFORE = new RegExp(`(?:${AREAS}|[${AREA_SUFFIX_CHARS}])$`);

/**
 * A name starts a word: a mark, digit or line start before it, a word of NAME_LEFT_WORDS, an
 * area's name (read for its scope by scopeOf) or a level (read by ownLevel). 汽车工业增加值 is not
 * 工业增加值.
 */
function leftBoundary(text: string, start: number): boolean {
  if (start === 0 || !isHan(text.charCodeAt(start - 1))) return true;
  const before = text.slice(Math.max(0, start - 8), start);
  return LEFT_WORDS.test(before) || AREA_BEFORE.test(before) || LEVEL_BEFORE.test(before);
}

/**
 * Whether a level before the name (LEVEL_BEFORE) leaves it the region's: 地方级, or a county-level
 * region's own level (区级 in a district's report); 省级/市级 name a part of the region's budget.
 */
function ownLevel(text: string, start: number, ctx: NameContext): boolean {
  const level = LEVEL_BEFORE.exec(text.slice(Math.max(0, start - 3), start))?.[1];
  if (level === undefined) return true;
  return level === '地方' || (ctx.county !== null && level.length === 1 && ctx.county.endsWith(level));
}

const isHan = (c: number) => c >= 0x4e00 && c <= 0x9fff;
/** The aliases of indicators whose names must start a word (IndicatorDef.startsWord). */
const STARTS_WORD = new Set(VOCABULARY.filter((d) => d.startsWord).flatMap((d) => d.aliases));

/** Whether a name found at `start` names the indicator here. */
function usable(text: string, alias: string, start: number, ctx: NameContext): boolean {
  const before = text.slice(Math.max(0, start - 2), start);
  if (PART_BEFORE.test(before)) return false;
  if (STARTS_WORD.has(alias) && !leftBoundary(text, start)) return false;
  if (!ownLevel(text, start, ctx)) return false;
  if (PER_UNIT_BEFORE.test(before) && ALIAS_KEYS.get(alias)!.some((k) => /money/.test(DEF_BY_KEY.get(k)!.measure))) return false;
  if (NOT_AFTER[alias]?.test(text.slice(Math.max(0, start - 4), start))) return false;
  const rule = ALIAS_RULES[alias];
  const needs = NEEDS_CONTEXT[alias];
  if (!rule && !needs) return true;
  if (rule?.untilPlanYear !== undefined && ctx.planYear > rule.untilPlanYear) return false;
  if (rule?.opensClause && !/^(?:全社会|全年|力争|确保|争取)?$/.test(text.slice(clauseStart(text, start), start).trim())) return false;
  const sStart = sentenceStart(text, start);
  if (needs && !needs.test(text.slice(sStart, sentenceEnd(text, start)))) return false;
  if (!rule) return true;
  if (rule.sentence && !rule.sentence.test(text.slice(sStart, sentenceEnd(text, start)))) return false;
  if (rule.clauseBefore && !rule.clauseBefore.test(text.slice(sStart, start))) return false;
  return true;
}

/**
 * The area of the name before, carried to a name that has none of its own: the next name on a
 * list after a figure and 、 (力争开发区规模以上工业增加值增长18%以上、固定资产投资增长20%), or a
 * clause with no subject after one that opened with the area (洛南新区今年完成固定资产投资110亿元，
 * 生产总值增长20%; not an area named after 其中).
 */
function scopeCarried(text: string, start: number, lead: string, prev: NameMention | undefined): string | null {
  if (!prev?.scope) return null;
  if (FIGURE_THEN_LIST_MARK.test(lead) && prev.start >= clauseStart(text, start)) return prev.scope;
  const opensWithArea = text.slice(clauseStart(text, prev.start), prev.start).replace(LEADING_TIME, '').startsWith(prev.scope);
  return prev.start >= sentenceStart(text, start) && NO_SUBJECT.test(text.slice(clauseStart(text, start), start)) && opensWithArea ? prev.scope : null;
}

/**
 * A sub-area that is the subject of the sentence when the name's own clause has none:
 * 昆山经济技术开发区要在全市发挥龙头作用，明年实现地区生产总值增长18%以上.
 */
function subjectOf(text: string, start: number, ctx: NameContext): string | null {
  const cStart = clauseStart(text, start);
  const sStart = sentenceStart(text, start);
  if (cStart === sStart) return null; // the name's clause opens the sentence: scopeOf has read it
  // the name's clause has no subject of its own: only time words and verbs stand before the name
  if (!NO_SUBJECT.test(text.slice(cStart, start))) return null;
  // the sentence opens with a zone's name (a proper name ending in 开发区, 新区 …), then 要/将/在…
  const first = SUBJECT_AREA.exec(text.slice(sStart, cStart));
  if (first) return scopeOf(first[1] ?? first[2], ctx);
  // …，新区行政管理体制改革顺利完成，生产总值由…: the clause before opens with a zone
  const prevStart = clauseStart(text, cStart - 1);
  const prevClause = text.slice(prevStart, cStart);
  const prev = prevStart > sStart && !VERB_FIRST.test(prevClause) ? CLAUSE_OPENS_WITH_AREA.exec(prevClause) : null;
  // 推进安吉城西商务区建设，…: a zone built or planned is the object of the clause, not its topic
  if (!prev || AS_OBJECT_AFTER.test(prevClause.slice(prev[1].length))) return null;
  return scopeOf(prev[1], ctx);
}

/**
 * A zone or a city opening its sentence as its subject: 昆山经济技术开发区要…, 武汉城市圈将…, 浏阳经开区
 * （高新区）要…, 沙市是全国经济体制改革试点城市，…, 包头、呼和浩特两市作为全区经济发展的龙头，…
 * (not 建设…城市; the region itself, 全市/我县, is no sub-area: scopeOf).
 */
const SUBJECT_AREA = new RegExp(
  `^([\\u4e00-\\u9fff、]{1,16}?(?:${AREAS}))(?:[（(][^）)]{1,12}[）)])?(?:${words([...AREA_SUBJECT_CUES.subjectVerbs, ...AREA_SUBJECT_CUES.zoneSubjectVerbs])})` +
  // a city, county or region by its one-character end (沙市是…, 洞庭湖区要…), only before a verb of being or
  // intent (加强与东部地区的… is no subject)
  `|^([\\u4e00-\\u9fff、]{1,10}?[${AREA_SUFFIX_CHARS}])(?:${words(AREA_SUBJECT_CUES.subjectVerbs)})`,
);
/** A time word opening a clause. */
const LEADING_TIME = new RegExp(`^(?:${TIME})`);
/** What may stand before a name in a clause with no subject of its own: time words and verbs. */
const NO_SUBJECT = new RegExp(`^(?:区内|县内|市内|境内|其)?(?:${TIME}|[“"]?[一二三四五六七八九十]+五[”"]?(?:期间|时期)|今后五年|五年内)?(?:${VERBS})*$`);
/** A clause that opens on a verb (推进, 加快, 建设 …: what follows is its object) or on 其中 (a part, then back to the whole). */
const VERB_FIRST = new RegExp(`^(?:${words(AREA_SUBJECT_CUES.clauseOpeners)})`);
/** A zone followed by 建设/开发/规划…: the zone is the object of the work, not the clause's topic. */
const AS_OBJECT_AFTER = new RegExp(`^(?:的)?(?:${words(AREA_SUBJECT_CUES.workOnArea)})`);
/** A clause that opens with a zone's name (新区行政管理体制改革顺利完成): the zone is its topic. */
const CLAUSE_OPENS_WITH_AREA = new RegExp(`^([\\u4e00-\\u9fff]{0,12}?(?:${AREAS}))`);
/** A figure closed by 、 right before a name: the name goes on the list of the one before it. */
const FIGURE_THEN_LIST_MARK = /(?:[0-9%]|以上|左右|以内|以下)\s*、$/;

/** A sub-area named right before the indicator (高新区地区生产总值), unless it is the region itself. */
function scopeOf(lead: string, ctx: NameContext): string | null {
  // the words right before the name, without the verbs, the year and the preposition before them
  const words = (lead.replace(/[（(][^）)]{0,12}[）)]/g, '').replace(/[，、；：\s]/g, '|').split('|').pop() ?? '').replace(BETWEEN_AREA_AND_NAME, '')
    .replace(/^.*?(?:[0-9]{4}年|今年|去年|明年|全年)/, '').replace(/^(?:其中|在|对|于|从|力争|争取|确保|推动|推进|加快|支持|使|要)+/, '').replace(/^(?:全|我|本)[省市区县州旗](?=[\u4e00-\u9fff]{2})/, '');
  const m = SUB_AREA.exec(words);
  if (!m) return null;
  const name = m[1];
  // 全区, 我市, 去年全区, 今年本县: the region itself
  if (/^(全|我|本)|(全|我|本)[区县市省镇乡州旗]$/.test(name)) return null;
  if (ctx.county && (name === ctx.county || ctx.county.startsWith(name) || name.endsWith(ctx.county))) return null;
  if (ctx.regionName && (ctx.regionName.endsWith(name) || name === ctx.regionName)) return null;
  if (/^(城乡|城镇|农村|规模以上|规上|全社会|地方|城区|市区|城市|县城|社会|地区|[区县市])$/.test(name)) return null;
  return name;
}
