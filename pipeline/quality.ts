/**
 * The quality report: quality.json for machines (per file: repairs, rows, warnings, rejects)
 * and QUALITY.md, a short summary for people, also printed at the end of a build.
 */
import { TABLE_NAMES, type Reject } from '../schemas/index.ts';
import type { TableRows } from './load/index.ts';

export interface FileQuality {
  source_file: string;
  report_id: string | null;
  repairs_by_kind: Record<string, number>;
  rows: Record<string, number>;
  warnings: string[];
  rejects: Reject[];
}

export function qualityReport(o: { version: string; filesSeen: number; tables: TableRows; files: FileQuality[]; rejects: Reject[] }) {
  const byReason: Record<string, number> = {};
  for (const r of o.rejects) byReason[r.reason] = (byReason[r.reason] ?? 0) + 1;
  const fileRejects = o.rejects.filter((r) => r.stage === 'ingest' || r.reason === 'not_a_work_report' || r.reason === 'duplicate' || r.reason === 'internal_error');
  const files = [...o.files];
  for (const r of fileRejects) if (!files.some((f) => f.source_file === r.source_file)) files.push({ source_file: r.source_file, report_id: null, repairs_by_kind: {}, rows: {}, warnings: [], rejects: [r] });
  for (const f of files) if (!f.report_id) f.rejects = o.rejects.filter((r) => r.source_file === f.source_file);
  files.sort((a, b) => a.source_file.localeCompare(b.source_file));
  const rows = Object.fromEntries(TABLE_NAMES.map((t) => [t, o.tables[t].length]));
  const warnings = files.reduce((n, f) => n + f.warnings.length, 0);
  const json = { pipeline_version: o.version, files_seen: o.filesSeen, reports: o.tables.reports.length, rows, rejects: o.rejects.length, rejects_by_reason: byReason, warnings, files };

  const lines = [
    '# Build quality',
    '',
    `${o.tables.reports.length} reports from ${o.filesSeen} files; ${o.rejects.length} rejects; ${warnings} warnings.`,
    '',
    '| table | rows |', '|---|---|',
    ...TABLE_NAMES.map((t) => `| ${t} | ${rows[t]} |`),
    '',
  ];
  if (fileRejects.length) {
    lines.push('## Files not used', '', '| file | stage | reason | detail |', '|---|---|---|---|');
    for (const r of fileRejects) lines.push(`| ${r.source_file} | ${r.stage} | ${r.reason} | ${r.detail.split('\n')[0].slice(0, 120).replace(/\|/g, '\\|')} |`);
    lines.push('');
  }
  const recordRejects = o.rejects.filter((r) => !fileRejects.includes(r));
  if (recordRejects.length) {
    lines.push('## Records left out', '', ...Object.entries(byReason).filter(([k]) => recordRejects.some((r) => r.reason === k)).map(([k, n]) => `- ${k}: ${n}`), '');
  }
  lines.push('## Reports', '', '| file | region | plan year | indicators | warnings |', '|---|---|---|---|---|');
  for (const f of files.filter((x) => x.report_id)) {
    const rep = o.tables.reports.find((r) => r.report_id === f.report_id);
    lines.push(`| ${f.source_file} | ${rep?.region_name ?? ''} ${rep?.admin_code ?? ''} | ${rep?.plan_year ?? ''} | ${f.rows.indicators ?? 0} | ${f.warnings.length} |`);
  }
  lines.push('');
  return { json, markdown: lines.join('\n') };
}
