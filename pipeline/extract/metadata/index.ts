/**
 * Report metadata: title, region, years, meeting, speaker — and whether the text is a
 * government work report at all.
 */
import type { Segmented } from '../../segment/index.ts';
import { findMeeting, type Meeting } from './meeting.ts';
import { resolveRegion, type Region } from './region.ts';
import { findSpeaker, type Speaker } from './speaker.ts';
import { findYears } from './years.ts';

export interface Metadata extends Region, Meeting, Speaker {
  title: string;
  review_year: number | null;
  plan_year: number | null;
  truncated: boolean;
}

export function headerOf(text: string, seg: Segmented): string {
  if (seg.bodyStart > 0) return text.slice(0, seg.bodyStart);
  return text.split('\n').slice(0, 12).join('\n');
}

export function extractMetadata(text: string, rawText: string, seg: Segmented): Metadata {
  const header = headerOf(text, seg);
  const headerLines = header.split('\n').filter((l) => l.trim());
  const title = titleOf(headerLines);
  const meeting = findMeeting(header);
  const speaker = findSpeaker(headerLines, rawText);
  const region = resolveRegion(header, text, speaker.speaker_title);
  // A bare 主席 in the byline of a province-level report is the chairman of an autonomous region.
  if (speaker.speaker_title && /^代?主席$/.test(speaker.speaker_title) && region.admin_level === 'province' && /自治区/.test(region.province ?? '')) {
    speaker.speaker_title = speaker.speaker_title.replace('主席', '自治区主席');
  }
  const years = findYears({
    title,
    headings: seg.sections.map((s) => ({ heading: s.heading, part: s.part })),
    body: text.slice(seg.bodyStart),
    meetingDate: meeting.meeting_date,
  });
  return {
    title, ...region, ...meeting, ...speaker,
    review_year: years.review_year, plan_year: years.plan_year,
    warnings: [...region.warnings, ...years.warnings, ...(isTruncated(text) ? ['the text stops in mid-sentence or before its plans: it may be truncated'] : [])],
    truncated: isTruncated(text),
  };
}

function titleOf(lines: string[]): string {
  const withReport = lines.find((l) => /政府工作报告|工作报告/.test(l));
  return (withReport ?? lines[0] ?? '').trim().replace(/^\[[^\]]{1,12}\]\s*/, '');
}

/** Cut off: the last paragraph stops without an ending mark, or there is no plan at all. */
function isTruncated(text: string): boolean {
  const last = text.trimEnd().split('\n').pop() ?? '';
  const endsOpen = !/[。！？!?”）)】》]$/.test(last) && !/名词解释|附件/.test(text.slice(-3000));
  const noPlan = !/(今年|[0-9]{4}年).{0,20}(工作|目标|任务)|重点工作|主要工作/.test(text.slice(Math.floor(text.length / 3)));
  return endsOpen || noPlan;
}

export type WorkReportVerdict = { ok: true } | { ok: false; detail: string };

/**
 * A government work report is delivered to a people's congress by the government: it says so
 * in its header or first lines, addresses 各位代表, and looks back and ahead. Resolutions about
 * it, news stories and speech fragments fail one of these.
 */
export function workReportVerdict(text: string): WorkReportVerdict {
  const head = text.slice(0, 2500);
  const firstLines = text.split('\n').slice(0, 4).join(' ');
  if (/关于.{0,30}政府工作报告的决议|决议$|审查结果的报告|解读|图解|一图读懂|答记者问|新闻发布会/.test(firstLines) && !/^政府工作报告$/m.test(firstLines)) {
    return { ok: false, detail: `the title says it is about a work report, not one: ${firstLines.slice(0, 60)}` };
  }
  if (text.length < 1500) return { ok: false, detail: `only ${text.length} characters: a fragment, not a whole report` };
  const marker = /政府工作报告|报告(?:政府)?工作|向大会(?:作|报告)|作政府工作报告/.test(head);
  const salutation = /各位代表|各位人大代表/.test(text);
  const structure = /工作回顾|过去一年|过去的一年|一年来|五年来|重点工作|主要工作|预期目标|今年/.test(text);
  if (marker && salutation && structure) return { ok: true };
  const missing = [!marker && 'no 政府工作报告/报告工作 in its first lines', !salutation && 'no address to 各位代表', !structure && 'no review of the past year or plan for the next'].filter(Boolean).join('; ');
  return { ok: false, detail: missing };
}
