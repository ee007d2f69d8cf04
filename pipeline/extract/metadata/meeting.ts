/**
 * The meeting line: ——2023年2月8日在水磨沟区第十七届人民代表大会第三次会议上, and its
 * variants: broken over two lines, no dash, in brackets, the date in Chinese numerals
 * (二〇二三年一月十三日), the term without 第, or only 水磨沟区十七届人大第三次会议.
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
const CONGRESS = `第?\\s*(${N})\\s*届\\s*(?:全国)?\\s*人民代表大会\\s*(?:常务委员会)?\\s*第\\s*(${N})\\s*次(?:全体)?\\s*会议`;
const FULL = new RegExp(`${DATE}\\s*在?[^\\n。]{0,40}?${CONGRESS}`);
const CONGRESS_ONLY = new RegExp(CONGRESS);
const SHORT = new RegExp(`(${N})\\s*届\\s*人大\\s*(?:常委会)?\\s*(?:第\\s*)?(${N})\\s*次\\s*会议`);
const DATE_ONLY = new RegExp(`[（(—－-]\\s*${DATE}`);
/** The date on a line of its own (or before 在…会议上): 2023年1月12日 */
const DATE_LINE = new RegExp(`^\\s*${DATE}\\s*(?:[）)]|在|$)`, 'm');

export function findMeeting(headerText: string): Meeting {
  // A line break can fall anywhere in the meeting line (…第二次会\n议上): read the header as one line.
  const header = headerText.replace(/\n/g, '');
  const full = FULL.exec(header);
  if (full) {
    return { meeting_date: isoDate(full[1], full[2], full[3]), congress_term: toInt(full[4]), congress_session: toInt(full[5]) };
  }
  const c = CONGRESS_ONLY.exec(header) ?? SHORT.exec(header);
  const d = DATE_ONLY.exec(header) ?? DATE_LINE.exec(headerText);
  return {
    meeting_date: d ? isoDate(d[1], d[2], d[3]) : null,
    congress_term: c ? toInt(c[1]) : null,
    congress_session: c ? toInt(c[2]) : null,
  };
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
