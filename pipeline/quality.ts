/**
 * The quality report: quality.json for machines (per file: repairs, rows, warnings, rejects)
 * and QUALITY.md, a short summary for people, also printed at the end of a build.
 */
import { TABLE_NAMES, type Reject } from '../schemas/index.ts';
import type { FileSummary } from './worker/processFile.ts';

export function qualityReport(o: { version: string; code: string; filesSeen: number; kept: FileSummary[]; summaries: FileSummary[]; rejects: Reject[] }) {
  const keptSet = new Set(o.kept);
  const byReason: Record<string, number> = {};
  for (const r of o.rejects) byReason[r.reason] = (byReason[r.reason] ?? 0) + 1;
  const rows: Record<string, number> = Object.fromEntries(TABLE_NAMES.map((t) => [t, 0]));
  for (const s of o.kept) for (const [t, n] of Object.entries(s.rowCounts)) rows[t] += n;
  rows.rejects = o.rejects.length;
  const rejectsOf = (f: string) => o.rejects.filter((r) => r.source_file === f);
  const files = [
    ...o.summaries.map((s) => ({
      source_file: s.sourceFile,
      report_id: keptSet.has(s) ? s.report!.report_id : null,
      from_cache: s.cached,
      repairs_by_kind: s.repairKinds,
      rows: keptSet.has(s) ? s.rowCounts : {},
      warnings: s.warnings,
      rejects: rejectsOf(s.sourceFile),
    })),
    ...[...new Set(o.rejects.map((r) => r.source_file))].filter((f) => !o.summaries.some((s) => s.sourceFile === f))
      .map((f) => ({ source_file: f, report_id: null, from_cache: false, repairs_by_kind: {}, rows: {}, warnings: [], rejects: rejectsOf(f) })),
  ].sort((a, b) => a.source_file.localeCompare(b.source_file));
  const warnings = o.kept.reduce((n, s) => n + s.warnings.length, 0);
  const json = {
    pipeline_version: o.version, code_version: o.code, files_seen: o.filesSeen, reports: o.kept.length, rows,
    rejects: o.rejects.length, rejects_by_reason: byReason, warnings, files, rejects_list: o.rejects,
  };

  const fileLevel = (r: Reject) => r.stage === 'ingest' || ['not_a_work_report', 'duplicate', 'internal_error'].includes(r.reason);
  const lines = [
    '# Build quality', '',
    `${o.kept.length} reports from ${o.filesSeen} files; ${o.rejects.length} rejects; ${warnings} warnings.`, '',
    '| table | rows |', '|---|---|', ...TABLE_NAMES.map((t) => `| ${t} | ${rows[t]} |`), '',
  ];
  const notUsed = o.rejects.filter(fileLevel);
  if (notUsed.length) {
    lines.push('## Files not used', '', '| file | stage | reason | detail |', '|---|---|---|---|');
    for (const r of notUsed) lines.push(`| ${r.source_file} | ${r.stage} | ${r.reason} | ${r.detail.split('\n')[0].slice(0, 120).replace(/\|/g, '\\|')} |`);
    lines.push('');
  }
  const records = o.rejects.filter((r) => !fileLevel(r));
  if (records.length) {
    const count: Record<string, number> = {};
    for (const r of records) count[r.reason] = (count[r.reason] ?? 0) + 1;
    lines.push('## Records left out', '', ...Object.entries(count).map(([k, n]) => `- ${k}: ${n}`), '');
  }
  lines.push('## Reports', '', '| file | region | plan year | indicators | warnings |', '|---|---|---|---|---|');
  for (const s of o.kept) lines.push(`| ${s.sourceFile} | ${s.report!.region_name ?? ''} ${s.report!.admin_code ?? ''} | ${s.report!.plan_year ?? ''} | ${s.rowCounts.indicators ?? 0} | ${s.warnings.length} |`);
  lines.push('');
  return { json, markdown: lines.join('\n') };
}
