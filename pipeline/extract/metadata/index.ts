/**
 * Report metadata: title, region, years, meeting, speaker, whether the text is whole — and
 * whether the text is a government work report at all (verdict.ts).
 */
import type { Segmented } from '../../segment/index.ts';
import { findMeeting, type Meeting } from './meeting.ts';
import { resolveRegion, type Region } from './region.ts';
import { findSpeaker, type Speaker } from './speaker.ts';
import { truncation } from './truncation.ts';
import { openingOf, reportTopicYears } from './verdict.ts';
import { findYears } from './years.ts';

export { workReportVerdict, type WorkReportVerdict } from './verdict.ts';

export interface Metadata extends Region, Meeting, Speaker {
  /** The title line as written; null when the text has none (it starts at the salutation). */
  title: string | null;
  review_year: number | null;
  plan_year: number | null;
  /** Given late in the year before its plan year (its 今年 is the review year); null: unknown. Not a column. */
  given_late: boolean | null;
  truncated: boolean;
}

/** The lines above the salutation (title, meeting line, byline); empty when the text starts at 各位代表. */
export function headerOf(text: string, seg: Segmented): string {
  if (seg.bodyStart > 0) return text.slice(0, seg.bodyStart);
  const o = openingOf(text);
  return o.salutationAt >= 0 ? o.header : text.split('\n').slice(0, 12).join('\n');
}

export function extractMetadata(text: string, rawText: string, seg: Segmented): Metadata {
  const header = headerOf(text, seg);
  const headerLines = header.split('\n').filter((l) => l.trim());
  const o = openingOf(text);
  const title = titleOf(headerLines);
  const meeting = findMeeting(header, o.opening.slice(o.header.length));
  const speaker = findSpeaker(headerLines, rawText);
  const region = resolveRegion(header, text, speaker.speaker_title, o.opening);
  // A bare 主席 in the byline of a province-level report is the chairman of an autonomous region.
  if (speaker.speaker_title && /^代?主席$/.test(speaker.speaker_title) && region.admin_level === 'province' && /自治区/.test(region.province ?? '')) {
    speaker.speaker_title = speaker.speaker_title.replace('主席', '自治区主席');
  }
  const bodyStart = header.length;
  const years = findYears({
    title,
    headings: seg.sections.map((s) => ({ heading: s.heading, part: s.part, start: s.start, end: s.end })),
    body: text.slice(bodyStart),
    bodyOffset: bodyStart,
    meetingDate: meeting.meeting_date,
    opening: o.opening,
    topicYears: reportTopicYears(o),
  });
  const cut = truncation(text, seg);
  return {
    title, ...region, ...meeting, ...speaker,
    review_year: years.review_year, plan_year: years.plan_year, given_late: years.given_late,
    warnings: [...region.warnings, ...years.warnings, ...(cut ? [`the text may be truncated (${cut.cue}): ${cut.detail}`] : [])],
    truncated: cut !== null,
  };
}

/** Lines of a header that are not its title: the meeting line, a byline, a date, a bare name. */
const NOT_A_TITLE = /^[—－-]|^[（(]?\s*(?:[0-9]{4}|[〇零○一二三四五六七八九]{4})\s*年.{0,12}日|在.{0,40}(?:人民代表大会|人大).{0,12}会[议議]|^(?:.{0,30}?)(?:代理?)?(?:总理|省长|市长|区长|县长|旗长|州长|盟长|主席|专员)\s*[\u4e00-\u9fff·]{2,10}$/;

/**
 * The title as written: the header line that names the report (政府工作报告, 关于…的报告), else
 * the first header line that is not the meeting line, a byline or a date. Null when the text
 * has no header: nothing is made up for it.
 */
function titleOf(lines: string[]): string | null {
  const clean = lines.map((l) => l.trim().replace(/^\[[^\]]{1,12}\]\s*/, '')).filter(Boolean);
  const withReport = clean.find((l) => /报告/.test(l) && !NOT_A_TITLE.test(l) && l.length <= 80);
  if (withReport) return withReport;
  const first = clean.find((l) => !NOT_A_TITLE.test(l) && l.length <= 60 && (l.match(/[\u4e00-\u9fff]/g) ?? []).length >= 4 && !/[。；：:]/.test(l));
  return first ?? null;
}
