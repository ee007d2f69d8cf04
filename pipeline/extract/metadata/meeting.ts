/**
 * The meeting line: ——2023年2月8日在水磨沟区第十七届人民代表大会第三次会议上, and its
 * variants: broken over two lines, no dash, in brackets, the date in Chinese numerals
 * (二〇二三年一月十三日), the term without 第, or only 水磨沟区十七届人大第三次会议. A report with
 * no meeting line may name its session in its opening (向第六届全国人民代表大会第一次会议作政府
 * 工作报告): term and session come from there, the date stays null. A web page's posting time
 * (时间：2026-02-09, a date line far from the meeting line) is never the meeting date.
 */
import { toInt } from '../../shared/numerals.ts';

export interface Meeting {
  meeting_date: string | null;
  congress_term: number | null;
  congress_session: number | null;
}

const N = '[0-9]{1,2}|[一二三四五六七八九十]{1,3}';
const YEAR = '[0-9]{4}|[〇零○一二三四五六七八九]{4}';
const DATE = `(${YEAR})\\s*年\\s*(${N}|[0-9]{1,2})\\s*月\\s*(${N}|[一二三]?十[一二三四五六七八九]?|[0-9]{1,2})\\s*日`;
const MEETING = '会[议議]';
const CONGRESS = `第?\\s*(${N})\\s*届\\s*(?:全国)?\\s*人民代表大会\\s*(?:常务委员会)?\\s*第\\s*(${N})\\s*次(?:全体)?\\s*${MEETING}`;
// No other date between the date and the congress: a page's posting time (2016年03月17日 08:06
// 来源：新华社) above the meeting line is not the meeting's date.
const FULL = new RegExp(`${DATE}\\s*在?(?:(?!${DATE.replace(/\((?!\?)/g, '(?:')})[^\\n。]){0,40}?${CONGRESS}`);
const CONGRESS_ONLY = new RegExp(CONGRESS);
const SHORT = new RegExp(`(${N})\\s*届\\s*人大\\s*(?:常委会)?\\s*(?:第\\s*)?(${N})\\s*次\\s*${MEETING}`);
const DATE_ONLY = new RegExp(`[（(—－-]\\s*${DATE}`);
/** A date on a line of its own (or before 在…会议上): 2023年1月12日, （2023年1月12日） */
const DATE_LINE = new RegExp(`^\\s*[（(]?\\s*${DATE}\\s*(?:[）)]|在|$)`);
/** The session the report is delivered to, in its opening: 向第一届全国人民代表大会第五次会议提出…; 向省第十四届人民代表大会…; 我们第一届全国人民代表大会第一次会议… */
const DELIVERED = new RegExp(`(?:向[^，。；！\\n]{0,20}?|我们|这次|本次)第\\s*(${N})\\s*届\\s*(?:全国)?\\s*人民代表大会(?:\\s*第\\s*(${N})\\s*次(?:全体)?\\s*${MEETING})?`);

export function findMeeting(headerText: string, opening = ''): Meeting {
  // A line break can fall anywhere in the meeting line (…第二次会\n议上): read the header as one line.
  const header = headerText.replace(/\n/g, '');
  const full = FULL.exec(header);
  if (full) {
    return { meeting_date: isoDate(full[1], full[2], full[3]), congress_term: toInt(full[4]), congress_session: toInt(full[5]) };
  }
  const c = CONGRESS_ONLY.exec(header) ?? SHORT.exec(header);
  if (c) return { meeting_date: dateBesideMeetingLine(headerText), congress_term: toInt(c[1]), congress_session: toInt(c[2]) };
  const d = DATE_ONLY.exec(header);
  if (d) return { meeting_date: isoDate(d[1], d[2], d[3]), congress_term: null, congress_session: null };
  const o = DELIVERED.exec(opening);
  return { meeting_date: null, congress_term: o ? toInt(o[1]) : null, congress_session: o?.[2] ? toInt(o[2]) : null };
}

/** The date of a meeting line that does not hold one: on the line just above or below it. */
function dateBesideMeetingLine(headerText: string): string | null {
  const lines = headerText.split('\n').map((l) => l.trim()).filter(Boolean);
  const at = lines.findIndex((l) => CONGRESS_ONLY.test(l) || SHORT.test(l) || /人民代表大会|人大/.test(l));
  for (const l of [lines[at - 1], lines[at + 1]]) {
    const d = l ? DATE_LINE.exec(l) : null;
    if (d) return isoDate(d[1], d[2], d[3]);
  }
  return null;
}

function isoDate(y: string, m: string, d: string): string | null {
  const year = toInt(y);
  const month = toInt(m);
  const day = toInt(d);
  if (!year || !month || !day || month > 12 || day > 31 || year < 1949 || year > 2100) return null;
  const dt = new Date(Date.UTC(year, month - 1, day));
  if (dt.getUTCMonth() !== month - 1) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
