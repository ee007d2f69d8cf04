/**
 * The dataset's tables. Column names and meanings are the output contract that users'
 * scripts depend on: add columns freely, never rename or drop one without a version bump.
 */
import { z } from 'zod';
import { FRAME_CUES } from './frames.ts';
import {
  columnInfo, dateOrNull, int, intOrNull, num, numOrNull, oneOf, oneOfOrNull, text, textOrNull,
  type ColumnInfo,
} from './columns.ts';

/** How the raw copy came: text in one of five shapes, or a file converted by ingest (a saved web page, a PDF, a Word .docx). */
export const SOURCE_KINDS = ['forum', 'web', 'pdf_text', 'markdown', 'plain', 'html', 'pdf', 'docx'] as const;
export const ADMIN_LEVELS = ['national', 'province', 'prefecture', 'county'] as const;
export const PARTS = ['front', 'review', 'problems', 'plan', 'closing', 'glossary', 'other'] as const;
export const INDICATOR_KINDS = ['actual', 'estimate', 'target'] as const;
export const BASES = ['annual', 'average_annual', 'cumulative', 'level'] as const;
export const QUALIFIERS = ['exact', 'about', 'at_least', 'at_most', 'range'] as const;
export const APPROX = ['近', '约', '余', '多', '超', '逾'] as const;
export const STAGES = ['ingest', 'clean', 'segment', 'extract', 'validate', 'load'] as const;
/** Where the cue that framed a figure stands, nearest first. */
export const FRAME_SOURCES = ['clause', 'sentence', 'paragraph', 'section', 'heading', 'part'] as const;
/** The rules that frame a figure: the cues of schemas/frames.ts, then the part of the report. */
export const FRAME_RULES = [...FRAME_CUES.map((c) => c.name), 'review_part', 'plan_part'] as unknown as readonly [string, ...string[]];
const FRAME_RULE_DOC = [
  ...FRAME_CUES.map((c) => `${c.name}: ${c.description}`),
  'review_part: no cue; the figure stands in the review part (its heading is the cue) and is a result of the review year.',
  'plan_part: no cue; the figure stands in the plan part and is a target for the plan year.',
].join(' ');

const reportId = () => text('Stable id of the report: the first 16 hex digits of the sha256 of its raw bytes.');
const charStart = () => int('Start of the span in clean/<report_id>.txt, in Unicode code points, 0-based.');
const charEnd = () => int('End of the span (exclusive), in Unicode code points.');

export const reports = z.object({
  report_id: reportId(),
  source_file: text('Path of the raw file, relative to the raw folder.'),
  origin: textOrNull('Where the raw file came from, as raw/sources.csv says (null when the file is not listed there).'),
  raw_sha256: text('sha256 of the raw file bytes, hex.'),
  source_kind: oneOf(SOURCE_KINDS, 'What the raw copy looks like: text copied from a forum post, a web page or a PDF, a markdown conversion or plain text; or the file it came as: a saved web page (html), a PDF\'s text layer (pdf), a Word .docx (docx).'),
  encoding: text('What the raw bytes were decoded from: the character encoding of a text or web page (utf-8, gb18030 …), utf-8 for a .docx, pdf-text-layer for a PDF.'),
  bytes: int('Size of the raw file in bytes.'),
  title: textOrNull('Title of the report as written in its header (the line that names it, e.g. 2024年株洲市政府工作报告 or 政府工作报告). Null when the text has no title line — many national reports start at the salutation 各位代表： — never made up from other fields.'),
  admin_level: oneOfOrNull(ADMIN_LEVELS, 'Level of the government that gave the report.'),
  province: textOrNull('Province-level division (GB/T 2260 name); null for national reports.'),
  prefecture: textOrNull('Prefecture-level division (GB/T 2260 name); null where not applicable.'),
  county: textOrNull('County-level division (GB/T 2260 name); null where not applicable.'),
  region_name: textOrNull('Full name of the region, e.g. 乌鲁木齐市水磨沟区.'),
  admin_code: textOrNull('6-digit GB/T 2260 code of the region; null when national or when the name stays ambiguous.', { severity: 'nullify' }),
  review_year: intOrNull('The year the report looks back on.', { severity: 'warn' }),
  plan_year: intOrNull('The year its plans and targets are for.', { severity: 'warn' }),
  meeting_date: dateOrNull('Date the report was delivered to the people\'s congress (YYYY-MM-DD).'),
  congress_term: intOrNull('Term (届) of the people\'s congress.'),
  congress_session: intOrNull('Session (次) of that term.'),
  speaker_name: textOrNull('Name of the official who delivered the report, without inner spaces.'),
  speaker_title: textOrNull('Office of the speaker: 区长, 代区长, 县长, 市长, 省长, 自治区主席, 国务院总理 …'),
  chars: int('Length of the cleaned text in Unicode code points.'),
  truncated: z.boolean().meta({ description: 'True when the text looks cut off before its end.' }),
});

export const sections = z.object({
  report_id: reportId(),
  section_id: int('Number of the section within its report, in reading order, from 1.'),
  parent_id: intOrNull('section_id of the enclosing section; null at the top.'),
  level: int('Depth in the section tree, 1 at the top.'),
  label: textOrNull('Numbering as written: 一、, （一）, 1. …; null for unnumbered headings.'),
  heading: text('Heading text without its numbering.'),
  part: oneOf(PARTS, 'Which part of the report the section belongs to.'),
  char_start: charStart(),
  char_end: charEnd(),
});

export const paragraphs = z.object({
  report_id: reportId(),
  paragraph_no: int('Number of the paragraph within its report, from 1.'),
  section_id: intOrNull('Innermost section that holds the paragraph.'),
  text: text('The paragraph as it stands in the cleaned text.'),
  char_start: charStart(),
  char_end: charEnd(),
});

export const indicators = z.object({
  report_id: reportId(),
  indicator: text('Key of the indicator in the vocabulary (gdp, retail_sales …).'),
  label: text('The indicator\'s name as written in the text.'),
  kind: oneOf(INDICATOR_KINDS, 'actual for reported results, estimate for 预计/初步统计 figures, target for plans.'),
  year: int('Year the figure is for (the first year of a multi-year target).', { severity: 'reject' }),
  year_end: int('Last year the figure covers; equals year for one year.'),
  basis: oneOf(BASES, 'How the figure is measured over time; level = a value to reach by year_end.'),
  value: numOrNull('The figure as written, in unit; null when only growth is given.', { severity: 'reject' }),
  unit: textOrNull('Unit as written (亿元, 万人, %, 天 …).', { severity: 'reject' }),
  value_normalized: numOrNull('value converted to unit_normalized.'),
  unit_normalized: textOrNull('Base unit: yuan, usd, person, person_time, percent, day, mu, km, m2, ton, kg …'),
  growth_pct: numOrNull('Growth in percent (negative for a fall); lower end of a range.', { severity: 'warn' }),
  growth_pct_high: numOrNull('Upper end of a growth range, else null.'),
  value_high: numOrNull('Upper end of a value range (投资1000亿—1100亿元), in unit; else null.'),
  qualifier: oneOf(QUALIFIERS, 'exact, about (左右), at_least (以上/不低于/超过), at_most (以内/控制在/低于/不超过) or range.'),
  scope: textOrNull('Sub-area the figure is about when it is not the whole region (e.g. 高新区), else null.'),
  frame_rule: oneOf(FRAME_RULES, `The rule that gave the figure its kind, years and basis. ${FRAME_RULE_DOC}`),
  frame_cue: text('The words of the cue as written (今年, 过去五年, “十五五”时期, 2025年, 到2030年 …), or the heading of the part when no cue stood nearer.'),
  frame_source: oneOf(FRAME_SOURCES, 'Where the cue stands: in the figure\'s clause, its sentence, earlier in its paragraph, opening an earlier paragraph of its section, in a heading above it, or only the part of the report.'),
  sentence: text('The sentence that holds the figure.', { severity: 'reject' }),
  char_start: charStart(),
  char_end: charEnd(),
});

export const quantities = z.object({
  report_id: reportId(),
  char_start: charStart(),
  char_end: charEnd(),
  text: text('The number and its unit as written.'),
  value: num('The number as written; 万/亿 belong to the unit (1.8万人 → 1.8 with unit 万人; 近千万 → 1000 with unit 万).'),
  unit: text('Unit as written (亿元, 万人, 个, %, 年 …).'),
  value_normalized: numOrNull('value in unit_normalized.'),
  unit_normalized: textOrNull('Base unit: yuan, person, person_time, percent, m2, km, mu, item, year …'),
  approx: oneOfOrNull(APPROX, 'Approximation word written with the number.'),
  subject: textOrNull('The words before the number that say what is counted.'),
  section_id: intOrNull('Innermost section holding the number.'),
});

export const glossary = z.object({
  report_id: reportId(),
  ordinal: int('Number of the entry, in order, from 1.'),
  term: text('The term explained.'),
  definition: text('Its explanation.'),
  page_ref: textOrNull('Page reference as written, e.g. P1.'),
  char_start: charStart(),
  char_end: charEnd(),
});

export const problems = z.object({
  report_id: reportId(),
  ordinal: int('Position of the shortcoming in the report\'s list, from 1.'),
  text: text('The shortcoming as written.'),
  char_start: charStart(),
  char_end: charEnd(),
});

export const pledges = z.object({
  report_id: reportId(),
  ordinal: int('Number of the item in its list, from 1.'),
  text: text('The commitment as written.'),
  section_id: intOrNull('Section holding the list.'),
  list_heading: textOrNull('The words that introduce the list (e.g. 民生实事).'),
  char_start: charStart(),
  char_end: charEnd(),
});

export const no_target_statements = z.object({
  report_id: reportId(),
  indicator: text('Key of the indicator the report sets no number for (gdp …).'),
  label: text('The words that name it, as written (经济增速, 地区生产总值 …).'),
  year: int('Year the statement is for: the plan year, the review year for 去年, or the first year of a plan period.'),
  year_end: int('Last year it covers; equals year for one year.'),
  basis: oneOf(BASES, 'annual for a statement about one year; average_annual for a plan period whose yearly figures are left to each year (各年度视情提出).'),
  cue: text('Name of the cue in schemas/noTargetCues.ts that matched.'),
  text: text('The statement as written: the span char_start–char_end.'),
  sentence: text('The sentence that holds it.'),
  char_start: charStart(),
  char_end: charEnd(),
});

export const repairs = z.object({
  report_id: reportId(),
  repair_no: int('Order in which the cleaner made the change.'),
  kind: text('Rule that made the change (chrome, line_join, page_number, space, punctuation, markdown …).'),
  raw_start: int('Start of the changed span in the decoded raw text, in code points. For a converted file (html, pdf, docx) in the text extracted from it, except the chrome a web page\'s extraction left out (the report\'s first repairs), which points into the decoded page.'),
  raw_end: int('End (exclusive) of the changed span, in the same text as raw_start.'),
  before: text('Text before the change.'),
  after: text('Text after the change.'),
});

export const rejects = z.object({
  source_file: text('Raw file the rejected input or record came from.'),
  stage: oneOf(STAGES, 'Stage that rejected it.'),
  reason: text('Short machine-readable reason (empty_file, binary, not_a_work_report, schema …).'),
  detail: text('What exactly was wrong, for a human.'),
});

export const TABLES = {
  reports, sections, paragraphs, indicators, quantities, glossary, problems, pledges, repairs, rejects,
  no_target_statements,
} as const;
export type TableName = keyof typeof TABLES;

/** The order rows are stored and exported in: stable, so that rebuilds give identical files. */
export const ORDER_BY: Record<keyof typeof TABLES, string[]> = {
  reports: ['source_file'],
  sections: ['report_id', 'section_id'],
  paragraphs: ['report_id', 'paragraph_no'],
  indicators: ['report_id', 'char_start', 'indicator', 'kind', 'year', 'year_end', 'basis', 'char_end'],
  quantities: ['report_id', 'char_start', 'char_end'],
  glossary: ['report_id', 'ordinal'],
  problems: ['report_id', 'ordinal'],
  pledges: ['report_id', 'char_start'],
  repairs: ['report_id', 'repair_no'],
  rejects: ['source_file', 'stage', 'reason', 'detail'],
  no_target_statements: ['report_id', 'char_start', 'indicator', 'year'],
};
export const TABLE_NAMES = Object.keys(TABLES) as TableName[];

export const TABLE_DESCRIPTIONS: Record<TableName, string> = {
  reports: 'One row per government work report: source, region, years, meeting and speaker.',
  sections: 'The heading tree of each report, with the part (review, plan …) each section belongs to.',
  paragraphs: 'Each logical paragraph of the cleaned text.',
  indicators: 'Headline figures of known indicators: actuals, estimates and targets.',
  quantities: 'Every number with a unit in the cleaned text.',
  glossary: 'Entries of the 名词解释 (glossary) at the end of reports.',
  problems: 'Shortcomings the report admits, one row per item.',
  pledges: 'Items of numbered commitment lists such as 民生实事.',
  repairs: 'Every change the cleaner made to the raw text.',
  rejects: 'Every input or record that did not make it into the other tables, with the reason.',
  no_target_statements: 'Statements that a report sets no number for an indicator (不提出全年经济增速具体目标, 各年度视情提出): "no target stated", told apart from a target not found.',
};

export type Report = z.infer<typeof reports>;
export type Section = z.infer<typeof sections>;
export type Paragraph = z.infer<typeof paragraphs>;
export type Indicator = z.infer<typeof indicators>;
export type Quantity = z.infer<typeof quantities>;
export type GlossaryEntry = z.infer<typeof glossary>;
export type Problem = z.infer<typeof problems>;
export type Pledge = z.infer<typeof pledges>;
export type Repair = z.infer<typeof repairs>;
export type Reject = z.infer<typeof rejects>;
export type NoTargetStatement = z.infer<typeof no_target_statements>;
export type Part = (typeof PARTS)[number];
export type SourceKind = (typeof SOURCE_KINDS)[number];
export type Stage = (typeof STAGES)[number];
export type Row<T extends TableName> = z.infer<(typeof TABLES)[T]>;

/** Column list of a table, derived from its schema. */
export function columnsOf(table: TableName): ColumnInfo[] {
  return Object.entries(TABLES[table].shape).map(([name, s]) => columnInfo(name, s as z.ZodType));
}
