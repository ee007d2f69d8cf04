/**
 * review_year and plan_year from every cue the text gives, weighed and checked against each
 * other (plan_year = review_year + 1): the title's year, the meeting line's date (a report given
 * in November or December is for the next year), the National People's Congress session the
 * report names (schemas/npcSessions.ts), the plan or budget it reports on or submits, headings
 * (2022年工作回顾, 2023年重点工作, “六五”计划执行情况的回顾), and sentences about the year
 * (刚刚过去的1984年, 首先报告1996年的工作, 1986年是…取得显著成就的一年). A forum or web page's
 * posting date is never used: the cleaner removed it, and the meeting date comes only from the
 * meeting line. Cue names and weights are data in schemas/yearCues.ts; when cues disagree, the
 * warning names every cue with the year it gave.
 */
import { LATE_SESSION_MONTH, NPC_SESSIONS, npcSession, type NpcSession } from '../../../schemas/npcSessions.ts';
import {
  ACHIEVED, ANNIVERSARIES, BODY_YEAR_CUES, FIVE_YEAR_PLAN_NAMED, fiveYearPlanStart, MOST_MENTIONED, PLAN_HEADING,
  REVIEW_HEADING, YEAR, YEAR_WAS,
} from '../../../schemas/yearCues.ts';
import { toInt } from '../../shared/numerals.ts';
import { yearsIn } from './verdict.ts';

export interface Years {
  review_year: number | null;
  plan_year: number | null;
  /**
   * Whether the report was given late in the year before its plan year (a December meeting, an
   * NPC session of November, the autumn of 1980): then its 今年 is the review year and its 明年 the
   * plan year. Null when no cue says when it was given.
   */
  given_late: boolean | null;
  warnings: string[];
  cues: YearVote[];
}

/** A cue's plan year, and the year the report was given in when the cue tells it (a meeting, a session). */
export interface YearVote { plan: number; weight: number; cue: string; given?: number }

export interface YearInputs {
  title: string | null;
  headings: Array<{ heading: string; part: string; start?: number; end?: number }>;
  /** The text after the header (from the salutation on). */
  body: string;
  /** Offset of body in the text the headings' start and end count in. */
  bodyOffset?: number;
  meetingDate: string | null;
  /** The header and the first paragraphs after the salutation (see verdict.openingOf). */
  opening?: string;
  /** Years of the annual plan or budget the report is about (关于一九五八年度国民经济计划的报告). */
  topicYears?: number[];
}

const N = '[0-9]{1,2}|[一二三四五六七八九十]{1,3}';
const FULL_SESSION = `第\\s*(${N})\\s*届\\s*全国人民代表大会\\s*第\\s*(${N})\\s*次(?:全体)?\\s*会[议議]`;
const SHORT_SESSION = `(${N})\\s*届\\s*(?:全国)?人大\\s*(${N})\\s*次\\s*会[议議]`;
const ANY_SESSION = new RegExp(`${FULL_SESSION}|${SHORT_SESSION}`, 'g');
/** The session the report is given to: 向第六届全国人民代表大会第一次会议作…, 我们第一届全国人民代表大会第一次会议. */
const THIS_SESSION = new RegExp(`(?:向|我们|这次|本次)\\s*${FULL_SESSION}`);
const TERM_ONLY = new RegExp(`向\\s*第\\s*(${N})\\s*届\\s*全国人民代表大会\\s*(?:作|报告|提出)`);
/** Time since an earlier session: …会议闭幕以来，已经整整一年了; …到这次大会的召开，已经整整过去了五年. */
const SINCE = /^[^。]{0,30}?(?:以来|到现在|到这次|到我们这次|到今天|至今)[^。]{0,24}?(?:整整|已经|过去了|\s)*(一年零([一二三四五六七八九十]{1,2}|[0-9]{1,2})个月|一年多|一年半|一年|([两二三四五六七八九十])年)/;

export function findYears(o: YearInputs): Years {
  const votes: YearVote[] = [];
  const add = (plan: number | null, weight: number, cue: string, given?: number) => { if (plan !== null && plan >= 1949 && plan <= 2100) votes.push({ plan, weight, cue, given }); };

  if (o.title) {
    const t = new RegExp(`${YEAR}\\s*年[^\\n]{0,30}(?:政府)?工作报告`).exec(o.title);
    if (t) add(yearOf(t[1]), 3, 'title');
  }
  if (o.meetingDate) {
    const [y, m] = o.meetingDate.split('-').map(Number);
    add(m >= LATE_SESSION_MONTH ? y + 1 : y, 3, 'meeting date', y);
  }
  // 关于1980、1981年国民经济计划安排的报告: given in the first of the years it plans
  if (o.topicYears?.length) add(Math.max(...o.topicYears), 3, 'report on the plan or budget of the year', o.topicYears.length > 1 ? Math.min(...o.topicYears) : undefined);
  sessionCues(o.opening ?? o.body.slice(0, 1500), o.body, add);
  headingCues(o.headings, add);

  // Every year written in the body, once: the cues that start with the year are tried only there.
  const years = writtenYears(o.body);
  for (const c of BODY_YEAR_CUES) {
    for (const m of matchesOf(c.pattern, o.body, years)) {
      const y = yearOf(m[1]);
      // A target or task of a year named in the review part is last year's (年初确定的主要预期目标).
      if (y === null || (c.name === '主要预期目标' && partAt(o.headings, m.index! + (o.bodyOffset ?? 0)) === 'review')) continue;
      add(y + c.shift, c.weight, c.name);
    }
  }
  for (const a of ANNIVERSARIES) {
    for (const m of matchesOf(a.pattern, o.body, years)) {
      const n = toInt(m[1]);
      if (n) add(a.base + n, 2, a.name);
    }
  }
  for (const m of matchesOf(YEAR_WAS, o.body, years)) {
    const y = yearOf(m[1]);
    if (y === null) continue;
    const part = partAt(o.headings, m.index! + (o.bodyOffset ?? 0));
    const end = o.body.indexOf('。', m.index!);
    const sentence = o.body.slice(m.index!, end === -1 ? undefined : end);
    if (part === 'review' || (part !== 'plan' && ACHIEVED.test(sentence))) add(y + 1, 2, '…年是…的一年 (review)');
    else if (part === 'plan') add(y, 2, '…年是…之年 (plan)');
  }
  const most = mostMentionedYear(years);
  if (most !== null) add(most + 1, 1, 'the year most mentioned');

  if (votes.length === 0) return { review_year: null, plan_year: null, given_late: null, warnings: ['no cue for the report\'s years'], cues: [] };
  const tally = new Map<number, number>();
  for (const v of votes) tally.set(v.plan, (tally.get(v.plan) ?? 0) + v.weight);
  const ranked = [...tally.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0]);
  const plan = ranked[0][0];
  const warnings: string[] = [];
  if (ranked.length > 1) {
    const name = (v: YearVote) => `${v.cue} → ${v.plan}`;
    const against = dedupe(votes.filter((v) => v.plan !== plan).map(name)).join('; ');
    const for_ = dedupe(votes.filter((v) => v.plan === plan).map(name)).join('; ');
    const close = ranked[1][1] * 2 > ranked[0][1];
    warnings.push(`year cues disagree${close ? ' (closely)' : ''}: plan_year ${plan} (weight ${ranked[0][1]}: ${for_}) against ${against}`);
  }
  // when it was given: the heaviest cue that agrees with the plan year and tells it
  const given = votes.filter((v) => v.plan === plan && v.given !== undefined).sort((a, b) => b.weight - a.weight)[0]?.given;
  return { review_year: plan - 1, plan_year: plan, given_late: given === undefined ? null : given === plan - 1, warnings, cues: votes };
}

const dedupe = (xs: string[]) => [...new Set(xs)];

export function yearOf(s: string): number | null {
  const y = /^[0-9]+$/.test(s) ? Number(s) : toInt(s);
  return y !== null && y >= 1949 && y <= 2100 ? y : null;
}

/** Plan year of a session: the next year for one held late in the year. */
const planOfSession = (s: NpcSession) => (s.month >= LATE_SESSION_MONTH ? s.year + 1 : s.year);

function sessionCues(opening: string, body: string, add: (plan: number | null, weight: number, cue: string, given?: number) => void): void {
  const named = THIS_SESSION.exec(opening);
  const s = named ? npcSession(toInt(named[1]) ?? 0, toInt(named[2]) ?? 0) : null;
  if (s) add(planOfSession(s), 3, `session named (${s.term}届${s.session}次, ${s.year}-${s.month})`, s.year);
  if (!named) {
    const t = TERM_ONLY.exec(opening);
    const term = t ? toInt(t[1]) : null;
    const sessions = NPC_SESSIONS.filter((x) => x.term === term);
    // A report to "the Nth NPC" without a session is given at its first session.
    if (sessions.length === 1) add(planOfSession(sessions[0]), 3, `session named (${term}届, its only session)`, sessions[0].year);
    else if (sessions.length > 1) add(planOfSession(sessions[0]), 2, `term named without a session (${term}届: its first session)`);
  }
  // An earlier session and the time since it: the session the report is given at.
  const head = body.slice(0, 4000);
  // (every session named has its 届: most openings name none, and are not read through for one)
  for (const m of head.includes('届') ? head.matchAll(ANY_SESSION) : []) {
    const base = npcSession(toInt(m[1] ?? m[3]) ?? 0, toInt(m[2] ?? m[4]) ?? 0);
    if (!base) continue;
    const before = head.slice(Math.max(0, m.index! - 14), m.index!);
    if (/去年[^。，；]{0,12}$/.test(before)) {
      const current = NPC_SESSIONS.filter((x) => x.year === base.year + 1);
      if (current.length === 1) add(planOfSession(current[0]), 3, `a session held 去年 (${base.term}届${base.session}次)`, current[0].year);
      continue;
    }
    const since = SINCE.exec(head.slice(m.index! + m[0].length));
    if (!since) continue;
    const months = since[2] ? 12 + (toInt(since[2]) ?? 0) : since[3] ? 12 * (toInt(since[3]) ?? 0) : /半/.test(since[1]) ? 18 : 12;
    const at = base.year * 12 + base.month - 1 + months;
    const nearest = [...NPC_SESSIONS].sort((a, b) => Math.abs(a.year * 12 + a.month - 1 - at) - Math.abs(b.year * 12 + b.month - 1 - at))[0];
    if (Math.abs(nearest.year * 12 + nearest.month - 1 - at) <= 4) add(planOfSession(nearest), 3, `time since an earlier session (${base.term}届${base.session}次 + ${since[1]})`, nearest.year);
  }
}

function headingCues(headings: YearInputs['headings'], add: (plan: number | null, weight: number, cue: string, given?: number) => void): void {
  for (const h of headings) {
    const years = yearsIn(h.heading);
    // The plan's own name (“六五”计划, 第一个五年计划) says nothing of what the heading does with it.
    const f = FIVE_YEAR_PLAN_NAMED.exec(h.heading);
    const words = f ? h.heading.replace(f[0], '') : h.heading;
    const review = REVIEW_HEADING.test(words);
    const plan = PLAN_HEADING.test(words);
    const own = review && !plan ? 'review' : plan && !review ? 'plan' : null;
    const kind = own ?? (h.part === 'review' || h.part === 'plan' ? h.part : null);
    if (years.length) {
      if (review && plan && years.length > 1) add(years[years.length - 1], 3, `heading ${h.heading}`);
      else if (kind === 'review') add(years[0] + 1, 3, `heading ${h.heading}`);
      else if (kind === 'plan') add(years[years.length - 1], 3, `heading ${h.heading}`);
      continue;
    }
    // A five-year plan reviewed (“十四五”时期工作回顾): the report is given the year after it
    // ends. Set out (“十五五”时期的主要目标任务): most often in its first year, not always.
    // Only the heading's own words say which (a section's part can be inherited).
    const start = f ? fiveYearPlanStart(toInt(f[1] ?? f[2] ?? f[3]) ?? 0) : null;
    if (start === null) continue;
    // A review of part of the plan (六五计划前两年的执行情况) says nothing of the plan's end.
    if (own === 'review' && !/[前头][一二三四两]年|[一二三四两]年来/.test(words)) add(start + 5, 3, `heading ${h.heading} (the plan period ends ${start + 4})`);
    else if (own === 'plan') add(start, 1, `heading ${h.heading} (the plan period starts ${start})`);
  }
}

function partAt(headings: YearInputs['headings'], pos: number): string | null {
  let part: string | null = null;
  for (const h of headings) if (h.start !== undefined && h.start <= pos && (h.end === undefined || pos < h.end)) part = h.part;
  return part;
}

const ANY_YEAR = new RegExp(`${YEAR}\\s*年(?!代)`, 'y');

/**
 * The years written in a text (2023年, 一九八三年; not 年代), as matchAll would give them. Each ends at a
 * 年, and a year is four characters before it (and the blanks between): it is looked for only
 * there, not tried at every character of the text (most of them 一 to 九, which a year in
 * Chinese numerals can start with).
 */
function writtenYears(text: string): RegExpMatchArray[] {
  const out: RegExpMatchArray[] = [];
  let searchedTo = 0;
  for (let nian = text.indexOf('年'); nian !== -1; nian = text.indexOf('年', nian + 1)) {
    let start = nian;
    while (start > 0 && /\s/.test(text[start - 1])) start--;
    start -= 4;
    if (start < searchedTo) continue;
    ANY_YEAR.lastIndex = start;
    const m = ANY_YEAR.exec(text);
    if (!m) continue;
    out.push(m);
    searchedTo = ANY_YEAR.lastIndex;
  }
  return out;
}

const STARTS_WITH_YEAR = YEAR;
const sticky = new Map<RegExp, RegExp>();

/**
 * The Chinese characters every match of an expression starts with (今年, 首先): its leading ones,
 * the last dropped when a quantifier follows it; none when it has alternatives at its top level.
 */
function leadingWord(source: string): string {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return '';
  }
  const word = /^[\u4e00-\u9fff]*/.exec(source)![0];
  return /^[?*+{]/.test(source.slice(word.length)) ? word.slice(0, -1) : word;
}
const leadingWords = new Map<RegExp, string>();

/**
 * The matches of a cue in the body, as matchAll gives them, tried only where the cue can start:
 * at each year found for a cue that starts with the year (a whole pass over the body for each
 * such cue cost five times as much), at each place its leading word is written for one that
 * starts with a word (今年…, 首先…: found by indexOf, a fifth of the cost of the expression).
 */
function* matchesOf(pattern: RegExp, body: string, years: RegExpMatchArray[]): Generator<RegExpMatchArray> {
  let re = sticky.get(pattern);
  if (!re) sticky.set(pattern, (re = new RegExp(pattern.source, pattern.flags.replace('g', '') + 'y')));
  if (pattern.source.startsWith(STARTS_WITH_YEAR)) {
    for (const y of years) {
      re.lastIndex = y.index!;
      const m = re.exec(body);
      if (m) yield m;
    }
    return;
  }
  let word = leadingWords.get(pattern);
  if (word === undefined) leadingWords.set(pattern, (word = leadingWord(pattern.source)));
  if (!word) { yield* body.matchAll(pattern); return; }
  for (let at = body.indexOf(word); at !== -1; ) {
    re.lastIndex = at;
    const m = re.exec(body);
    if (m) yield m;
    at = body.indexOf(word, m ? re.lastIndex : at + 1);
  }
}

/** The year mentioned most often, when it clearly leads (MOST_MENTIONED). */
function mostMentionedYear(years: RegExpMatchArray[]): number | null {
  const count = new Map<number, number>();
  for (const m of years) {
    const y = yearOf(m[1]);
    if (y !== null) count.set(y, (count.get(y) ?? 0) + 1);
  }
  const ranked = [...count.entries()].sort((a, b) => b[1] - a[1]);
  if (!ranked.length || ranked[0][1] < MOST_MENTIONED.minCount) return null;
  if (ranked.length > 1 && ranked[0][1] < ranked[1][1] * MOST_MENTIONED.lead) return null;
  return ranked[0][0];
}
