/**
 * Whether a text is a government work report: a rule of the genre, made of the named cues in
 * schemas/reportGenre.ts. A work report is delivered to a people's congress by the government:
 * it addresses the deputies (各位代表) and speaks as the government in its opening (我代表国务院,
 * 我受国务院的委托, 根据国务院的决定, 我代表区人民政府…向大会报告工作), or its title says
 * 政府工作报告. It may have no title line and start at 各位代表：, as many national reports do.
 * Texts about a report (a resolution, a news summary, a commentary), reports of other bodies
 * (party congresses, courts, the standing committee) and the plan and budget reports given
 * beside the work report since the planning era are not work reports.
 */
import {
  ADDRESSED_TO_DEPUTIES, DELIVERED_AT_CONGRESS, FIVE_YEAR_PLAN_TOPIC, GOVERNMENT_SPEAKS, MIN_REPORT_CHARS, NEWS_SUMMARY, NOT_A_WORK_REPORT,
  PLAN_OR_BUDGET_TOPIC, PLANNING_ERA_LAST_PLAN_YEAR, REPORT_TOPIC, WORK_REPORT_TITLE,
} from '../../../schemas/reportGenre.ts';
import { npcSession } from '../../../schemas/npcSessions.ts';
import { toInt } from '../../shared/numerals.ts';

export type WorkReportVerdict =
  | { ok: true; /** Names of the cues that made it a report. */ cues: string[] }
  | { ok: false; /** Name of the cue that decided. */ cue: string; detail: string };

const SALUTATION_LINE = /^(?:各位代表|各位人大代表|代表们)[^\n]{0,8}?[，,：:！!、]/m;

/** The parts of a text the cues look at. */
export interface Opening {
  /** Lines above the salutation (title, meeting line, byline, page furniture). */
  header: string;
  /** The first non-empty lines of the header, where a title stands. */
  titleLines: string;
  /** The title line: the first of those naming a report, a resolution or a decision (else the first). */
  titleLine: string;
  /** The header and the first paragraphs after the salutation. */
  opening: string;
  /** Offset of the salutation line, or -1. */
  salutationAt: number;
}

export function openingOf(text: string): Opening {
  const head = text.slice(0, 8000);
  const m = SALUTATION_LINE.exec(head);
  const salutationAt = m ? m.index : -1;
  const header = salutationAt >= 0 ? text.slice(0, salutationAt) : text.split('\n', 12).join('\n');
  const lines = header.split('\n').map((l) => l.trim()).filter(Boolean).slice(0, 6);
  const titleLine = lines.find((l) => /报告|决议|决定|解读|图解|一图读懂/.test(l)) ?? lines[0] ?? '';
  const opening = salutationAt >= 0 ? text.slice(0, salutationAt + 1500) : text.slice(0, 2500);
  return { header, titleLines: lines.join('\n'), titleLine, opening, salutationAt };
}

export function workReportVerdict(text: string): WorkReportVerdict {
  const o = openingOf(text);
  const speaks = GOVERNMENT_SPEAKS.filter((c) => c.pattern.test(o.opening));
  for (const c of NOT_A_WORK_REPORT) {
    if (c.unlessSpeaks && speaks.length) continue;
    const where = c.where === 'title' ? o.titleLine : c.where === 'opening' ? o.opening : text;
    const hit = c.pattern.exec(where);
    // A work report may quote a resolution in its body, never in its title or first lines.
    if (hit) return { ok: false, cue: c.name, detail: `${c.name}: ${c.means}: “${snippet(where, hit.index, hit[0].length)}”` };
  }
  if (text.length < MIN_REPORT_CHARS) {
    return { ok: false, cue: 'fragment', detail: `fragment: only ${text.length} characters, not a whole report` };
  }
  if (speaks.length === 0) {
    for (const c of NEWS_SUMMARY) {
      const hit = c.pattern.exec(text.slice(0, 20000));
      if (hit) return { ok: false, cue: 'news_summary', detail: `news_summary: ${c.means}, and no first-person delivery by the government: “${snippet(text, hit.index, hit[0].length)}”` };
    }
  }
  const titled = WORK_REPORT_TITLE.pattern.test(o.titleLine);
  const addressed = ADDRESSED_TO_DEPUTIES.pattern.test(text) || DELIVERED_AT_CONGRESS.pattern.test(o.header);
  const missing = [
    !addressed && `no ${ADDRESSED_TO_DEPUTIES.name}: it never ${ADDRESSED_TO_DEPUTIES.means}, nor has a meeting line (${DELIVERED_AT_CONGRESS.name})`,
    !speaks.length && !titled && `no government_speaks: its title does not say 政府工作报告 and its opening does not speak as the government (${GOVERNMENT_SPEAKS.map((c) => c.name).join(', ')})`,
  ].filter(Boolean);
  if (missing.length) return { ok: false, cue: !addressed ? ADDRESSED_TO_DEPUTIES.name : 'government_speaks', detail: missing.join('; ') };

  const companion = companionReport(o);
  if (companion) return { ok: false, cue: 'companion_report', detail: companion };
  const to = ADDRESSED_TO_DEPUTIES.pattern.test(text) ? ADDRESSED_TO_DEPUTIES.name : DELIVERED_AT_CONGRESS.name;
  return { ok: true, cues: [to, ...(titled ? [WORK_REPORT_TITLE.name] : []), ...speaks.map((c) => c.name)] };
}

/**
 * A report on the annual plan or the budget counts as the work report only in the planning era
 * (see PLANNING_ERA_LAST_PLAN_YEAR); a report on a five-year plan counts in every era.
 */
function companionReport(o: Opening): string | null {
  const topic = planOrBudgetTopic(o);
  if (topic === null) return null;
  const years = yearsIn(topic);
  const session = sessionNamed(o.opening);
  const year = years.length ? Math.max(...years) : session;
  if (year !== null && year <= PLANNING_ERA_LAST_PLAN_YEAR) return null;
  return year === null
    ? `companion_report: a report on the plan or budget (关于${topic}) whose year the text does not give, so it cannot be told to stand for the work report of the planning era (up to plan year ${PLANNING_ERA_LAST_PLAN_YEAR})`
    : `companion_report: a report on the plan or budget for ${year} (关于${topic}), given beside the work report since plan year ${PLANNING_ERA_LAST_PLAN_YEAR + 1}`;
}

/** The subject of a report on an annual plan or budget (关于１９５５年国家决算和１９５６年国家预算), else null. */
function planOrBudgetTopic(o: Opening): string | null {
  const t = REPORT_TOPIC.exec(o.opening);
  if (!t) return null;
  const topic = t[1] ?? t[2] ?? t[3];
  if (/政府工作/.test(topic) || FIVE_YEAR_PLAN_TOPIC.test(topic) || !PLAN_OR_BUDGET_TOPIC.test(topic)) return null;
  return topic;
}

/**
 * Years of the annual plan or budget a report is about (关于1980、1981年国民经济计划安排的报告 →
 * 1980, 1981); empty for a programme over a span of years (一九五六年到一九六七年…纲要) and for
 * other reports.
 */
export function reportTopicYears(o: Opening): number[] {
  const topic = planOrBudgetTopic(o);
  if (topic === null || /纲要|[0-9〇零○一二三四五六七八九]年(?:到|至|—|－|-)/.test(topic)) return [];
  return yearsIn(topic);
}

const YEAR = /(?<![0-9])(1[89][0-9]{2}|20[0-9]{2})(?![0-9])|([一二三四五六七八九〇零○]{4})(?=年)/g;

/** Years written in a phrase, in digits or in Chinese numerals (一九五八, 一九八○). */
export function yearsIn(phrase: string): number[] {
  const out: number[] = [];
  for (const m of phrase.matchAll(YEAR)) {
    const y = m[1] ? Number(m[1]) : toInt(m[2]);
    if (y !== null && y >= 1949 && y <= 2100) out.push(y);
  }
  return out;
}

const N = '[0-9]{1,2}|[一二三四五六七八九十]{1,3}';
/** The session the report is delivered to, named in its opening: 向第一届全国人民代表大会第五次会议提出… */
export const DELIVERED_TO_SESSION = new RegExp(`向(?:第\\s*(${N})\\s*届\\s*全国人民代表大会\\s*(?:第\\s*(${N})\\s*次(?:全体)?\\s*会[议議])?|本次大会|大会)`);

/** Year of the NPC session the opening says the report is delivered to, from the session table. */
export function sessionNamed(opening: string): number | null {
  const m = DELIVERED_TO_SESSION.exec(opening);
  if (!m || !m[1] || !m[2]) return null;
  return npcSession(toInt(m[1]) ?? 0, toInt(m[2]) ?? 0)?.year ?? null;
}

function snippet(text: string, at: number, len: number): string {
  return text.slice(Math.max(0, at - 10), at + Math.min(len, 60) + 10).replace(/\s+/g, ' ').trim();
}
