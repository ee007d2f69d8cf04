/**
 * The whole pipeline: ingest → (clean → segment → extract per file) → validate → load.
 * One bad file never stops the others: whatever a file's processing throws becomes a reject.
 */
import { accessSync, constants, existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { TABLE_NAMES, type Reject, type Report, type TableName } from '../schemas/index.ts';
import { discover, readRawFile } from './ingest/index.ts';
import { load, recoverOutput, type TableRows } from './load/index.ts';
import { PIPELINE_VERSION, processDoc, type FileResult } from './process.ts';
import { qualityReport, type FileQuality } from './quality.ts';
import { validateFile } from './validate/index.ts';

export class UsageError extends Error {}

export interface BuildOptions {
  rawDir: string;
  outDir: string;
  /** Dataset version written to datapackage.json; defaults to package.json's. */
  version?: string;
  onFile?: (done: number, total: number, file: string) => void;
}

export interface BuildSummary {
  reports: number;
  files: number;
  rowCounts: Record<TableName, number>;
  rejects: Reject[];
  warnings: number;
  seconds: number;
  qualityMarkdown: string;
}

export function checkFolders(rawDir: string, outDir: string): void {
  if (!existsSync(rawDir) || !statSync(rawDir).isDirectory()) throw new UsageError(`raw folder not found: ${rawDir}`);
  const raw = realpathSync(rawDir);
  const out = resolve(outDir);
  const outReal = existsSync(out) ? realpathSync(out) : out;
  if (outReal === raw || raw.startsWith(outReal + sep)) throw new UsageError(`the output folder ${outDir} would overwrite the raw folder ${rawDir}; choose another --out`);
  if (outReal.startsWith(raw + sep)) throw new UsageError(`the output folder ${outDir} is inside the raw folder ${rawDir}; choose another --out`);
  if (existsSync(out) && !statSync(out).isDirectory()) throw new UsageError(`the output path ${outDir} is a file, not a folder`);
  let probe = out;
  while (!existsSync(probe)) probe = dirname(probe);
  try {
    accessSync(probe, constants.W_OK);
    if (existsSync(out)) accessSync(dirname(out), constants.W_OK);
  } catch {
    throw new UsageError(`cannot write to ${probe}: permission denied`);
  }
}

export async function build(opts: BuildOptions): Promise<BuildSummary> {
  const t0 = Date.now();
  checkFolders(opts.rawDir, opts.outDir);
  recoverOutput(opts.outDir); // a build killed during its last step may have set the previous output aside
  const found = discover(opts.rawDir);
  const rejects: Reject[] = [...found.rejects];
  const results: FileResult[] = [];
  found.files.forEach((file, i) => {
    const ing = readRawFile(opts.rawDir, file);
    if (!ing.ok) rejects.push(ing.reject);
    else {
      try {
        results.push(processDoc(ing.doc));
      } catch (e) {
        rejects.push({ source_file: file, stage: 'extract', reason: 'internal_error', detail: String((e as Error).stack ?? e).slice(0, 500) });
      }
    }
    opts.onFile?.(i + 1, found.files.length, file);
  });
  for (const r of results) rejects.push(...r.rejects);

  const { kept, duplicates } = dropDuplicateReports(results);
  rejects.push(...duplicates);

  const tables = Object.fromEntries(TABLE_NAMES.map((t) => [t, []])) as unknown as TableRows;
  const files: FileQuality[] = [];
  let warnings = 0;
  for (const r of kept) {
    const v = validateFile({ sourceFile: r.sourceFile, cleanText: r.cleanText, rows: r.rows as never });
    rejects.push(...v.rejects);
    const fileWarnings = [...r.warnings, ...v.warnings];
    warnings += fileWarnings.length;
    for (const t of Object.keys(v.rows) as Array<Exclude<TableName, 'rejects'>>) (tables[t] as unknown[]).push(...v.rows[t]);
    files.push({
      source_file: r.sourceFile, report_id: v.rows.reports.length ? r.reportId : null,
      repairs_by_kind: r.repairKinds,
      rows: Object.fromEntries(Object.entries(v.rows).map(([t, rows]) => [t, rows.length])),
      warnings: fileWarnings, rejects: v.rejects,
    });
  }
  const allRejects = rejects.slice().sort((a, b) => a.source_file.localeCompare(b.source_file) || a.stage.localeCompare(b.stage) || a.reason.localeCompare(b.reason) || a.detail.localeCompare(b.detail));
  tables.rejects = allRejects;
  tables.reports.sort((a, b) => String(a.source_file).localeCompare(String(b.source_file)));

  const quality = qualityReport({ version: PIPELINE_VERSION, filesSeen: found.files.length + found.rejects.length, tables, files, rejects: allRejects });
  const { rowCounts } = await load({
    outDir: opts.outDir,
    tables,
    cleanTexts: kept.filter((r) => tables.reports.some((x) => x.report_id === r.reportId)).map((r) => ({ reportId: r.reportId!, text: r.cleanText! })),
    quality: quality.json,
    qualityMarkdown: quality.markdown,
    pkg: packageFacts(opts, tables),
  });
  return { reports: tables.reports.length, files: found.files.length, rowCounts, rejects: allRejects, warnings, seconds: (Date.now() - t0) / 1000, qualityMarkdown: quality.markdown };
}

/**
 * The same report twice: the same bytes, or the same government and plan year from two
 * sources. One is kept by a stated rule — a whole text before a truncated one, then the cleaner
 * source (fewer repairs per thousand characters), then the source kind (plain, markdown, web,
 * pdf_text, forum), then the path — and every other goes to rejects as duplicate_of the kept one.
 */
export function dropDuplicateReports(results: FileResult[]): { kept: FileResult[]; duplicates: Reject[] } {
  const KIND_RANK = ['plain', 'markdown', 'web', 'pdf_text', 'forum'];
  const keyOf = (r: FileResult): string[] => {
    const rep = r.rows.reports[0] as Report | undefined;
    const keys = [`sha:${r.reportId}`];
    if (rep && rep.plan_year !== null) {
      const who = rep.admin_level === 'national' ? 'national' : rep.admin_code ?? (rep.region_name && rep.admin_level ? `${rep.admin_level}:${rep.region_name}` : null);
      if (who) keys.push(`region:${who}:${rep.plan_year}`);
    }
    return keys;
  };
  const score = (r: FileResult) => {
    const rep = r.rows.reports[0] as Report;
    const repairs = Object.values(r.repairKinds).reduce((a, b) => a + b, 0);
    return [rep.truncated ? 1 : 0, Math.round((repairs / Math.max(1, rep.chars)) * 1000), KIND_RANK.indexOf(rep.source_kind)];
  };
  const better = (a: FileResult, b: FileResult) => {
    const sa = score(a);
    const sb = score(b);
    for (let i = 0; i < sa.length; i++) if (sa[i] !== sb[i]) return sa[i] < sb[i];
    return a.sourceFile < b.sourceFile;
  };
  results = results.filter((r) => r.reportId && r.rows.reports.length);
  const ordered = results.slice().sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0));
  const owner = new Map<string, FileResult>();
  const kept: FileResult[] = [];
  const duplicates: Reject[] = [];
  for (const r of ordered) {
    const keys = keyOf(r);
    const first = keys.map((k) => owner.get(k)).find(Boolean);
    if (first) {
      const same = first.reportId === r.reportId;
      duplicates.push({ source_file: r.sourceFile, stage: 'validate', reason: 'duplicate', detail: `duplicate_of ${first.sourceFile}: ${same ? 'the same bytes' : `the same government and plan year (${keys[1]?.split(':').slice(1).join(' ')}); the kept copy is whole, cleaner or of a preferred kind`}` });
      continue;
    }
    for (const k of keys) owner.set(k, r);
    kept.push(r);
  }
  kept.sort((a, b) => a.sourceFile.localeCompare(b.sourceFile));
  return { kept, duplicates };
}

/** Version and creation date come from the inputs (not the clock), so rebuilds are identical. */
function packageFacts(opts: BuildOptions, tables: TableRows) {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  const dates = tables.reports.map((r) => r.meeting_date as string | null).filter((d): d is string => !!d).sort();
  const sourcesCsv = join(opts.rawDir, 'sources.csv');
  return {
    version: opts.version ?? pkg.version,
    created: dates.length ? `${dates[dates.length - 1]}T00:00:00Z` : '1970-01-01T00:00:00Z',
    sources: [{ title: 'Raw government work report texts, listed with their origins in sources.csv', path: existsSync(sourcesCsv) ? 'raw/sources.csv' : 'raw/' }],
  };
}
