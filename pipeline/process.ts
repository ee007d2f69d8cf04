/**
 * One raw document through clean → segment → extract, as rows of the dataset's tables.
 * Pure: the same document always gives the same rows, so results can be cached by sha256.
 */
import { TABLE_NAMES, type Reject, type Row, type TableName } from '../schemas/index.ts';
import { clean } from './clean/index.ts';
import type { RawDoc } from './ingest/index.ts';
import { extractMetadata, workReportVerdict } from './extract/metadata/index.ts';
import { textFingerprint } from './extract/metadata/fingerprint.ts';
import { extractLongTail } from './extract/longtail/index.ts';
import { extractIndicators } from './extract/indicators/index.ts';
import { extractNoTargetStatements } from './extract/noTargets/index.ts';
import { partsWithYears, segment } from './segment/index.ts';
import { codePointIndex } from './shared/offsets.ts';

export type PerReportTable = Exclude<TableName, 'rejects'>;

export interface FileResult {
  sourceFile: string;
  reportId: string | null;
  cleanText: string | null;
  rows: { [T in PerReportTable]: Array<Row<T>> };
  rejects: Reject[];
  warnings: string[];
  repairKinds: Record<string, number>;
  /** What the duplicate rule compares two reports of one government and year by (fingerprint.ts). */
  fingerprint?: number[];
}

export const reportIdOf = (sha256: string) => sha256.slice(0, 16);

export function emptyRows(): FileResult['rows'] {
  return Object.fromEntries(TABLE_NAMES.filter((t) => t !== 'rejects').map((t) => [t, []])) as unknown as FileResult['rows'];
}

export function processDoc(doc: RawDoc): FileResult {
  const report_id = reportIdOf(doc.sha256);
  const result: FileResult = { sourceFile: doc.sourceFile, reportId: null, cleanText: null, rows: emptyRows(), rejects: [], warnings: [], repairKinds: {} };
  const c = clean(doc.text);
  // What a conversion left out (a web page's chrome) comes first, in the decoded page's offsets.
  const dropped = (doc.dropped ?? []).map((d) => ({ kind: 'chrome', raw_start: d.rawStart, raw_end: d.rawEnd, before: d.before, after: '' }));
  const repairs = [...dropped, ...c.repairs].map((r, i) => ({ ...r, repair_no: i + 1 }));
  for (const r of repairs) result.repairKinds[r.kind] = (result.repairKinds[r.kind] ?? 0) + 1;
  const verdict = workReportVerdict(c.text);
  if (!verdict.ok) {
    result.rejects.push({ source_file: doc.sourceFile, stage: 'extract', reason: 'not_a_work_report', detail: verdict.detail });
    return result;
  }
  const seg0 = segment(c.text, c.hints);
  const meta = extractMetadata(c.text, doc.text, seg0);
  // the parts of headings that name a year, once the report's years are known
  const seg = { ...seg0, sections: partsWithYears(seg0.sections, { reviewYear: meta.review_year, planYear: meta.plan_year }) };
  const cp = codePointIndex(c.text);
  const { warnings, ...m } = meta;
  result.reportId = report_id;
  result.cleanText = c.text;
  result.warnings.push(...warnings);
  result.fingerprint = textFingerprint(c.text.slice(seg.bodyStart));
  result.rows.reports.push({
    report_id, source_file: doc.sourceFile, origin: null, raw_sha256: doc.sha256, source_kind: doc.sourceKind ?? c.sourceKind, encoding: doc.encoding, bytes: doc.bytes,
    title: m.title, admin_level: m.admin_level, province: m.province, prefecture: m.prefecture, county: m.county,
    region_name: m.region_name, admin_code: m.admin_code, review_year: m.review_year, plan_year: m.plan_year,
    meeting_date: m.meeting_date, congress_term: m.congress_term, congress_session: m.congress_session,
    speaker_name: m.speaker_name, speaker_title: m.speaker_title, chars: cp(c.text.length), truncated: m.truncated,
  });
  result.rows.repairs = repairs.map((r) => ({ report_id, ...r }));
  result.rows.sections = seg.sections.map((s) => ({
    report_id, section_id: s.id, parent_id: s.parentId, level: s.level, label: s.label, heading: s.heading, part: s.part,
    char_start: cp(s.start), char_end: cp(s.end),
  }));
  result.rows.paragraphs = seg.paragraphs.map((p) => ({
    report_id, paragraph_no: p.no, section_id: p.sectionId, text: p.text, char_start: cp(p.start), char_end: cp(p.end),
  }));
  const ctx = { reportId: report_id, text: c.text, seg, reviewYear: m.review_year, planYear: m.plan_year, givenLate: m.given_late, regionName: m.region_name, county: m.county, cp };
  const ind = extractIndicators(ctx);
  result.rows.indicators = ind.rows;
  result.warnings.push(...ind.warnings);
  const tail = extractLongTail(ctx);
  result.rows.quantities = tail.quantities;
  result.rows.glossary = tail.glossary;
  result.rows.problems = tail.problems;
  result.rows.pledges = tail.pledges;
  result.rows.no_target_statements = extractNoTargetStatements(ctx);
  return result;
}
