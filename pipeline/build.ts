/**
 * The whole pipeline: ingest → (clean → segment → extract per file) → validate → load.
 * One bad file never stops the others: whatever a file's processing throws becomes a reject.
 */
import { existsSync, mkdirSync, readFileSync, realpathSync, statSync, accessSync, constants } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { TABLE_NAMES, type Reject, type TableName } from '../schemas/index.ts';
import { discover, readRawFile } from './ingest/index.ts';
import { load, type TableRows } from './load/index.ts';
import { emptyRows, PIPELINE_VERSION, processDoc, type FileResult, type PerReportTable } from './process.ts';
import { checkSpans, validateRows } from './validate/index.ts';

export class UsageError extends Error {}

export interface BuildOptions {
  rawDir: string;
  outDir: string;
  onFile?: (done: number, total: number, file: string) => void;
}

export interface BuildSummary {
  reports: number;
  files: number;
  rowCounts: Record<TableName, number>;
  rejects: Reject[];
  warnings: number;
  seconds: number;
}

export function checkFolders(rawDir: string, outDir: string): void {
  if (!existsSync(rawDir) || !statSync(rawDir).isDirectory()) throw new UsageError(`raw folder not found: ${rawDir}`);
  const raw = realpathSync(rawDir);
  const out = resolve(outDir);
  const outReal = existsSync(out) ? realpathSync(out) : out;
  if (outReal === raw || raw.startsWith(outReal + sep)) throw new UsageError(`the output folder ${outDir} would overwrite the raw folder ${rawDir}; choose another --out`);
  if (outReal.startsWith(raw + sep)) throw new UsageError(`the output folder ${outDir} is inside the raw folder ${rawDir}; choose another --out`);
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

  // The same bytes twice: keep the first by path, reject the others as duplicates.
  const seen = new Map<string, string>();
  const kept: FileResult[] = [];
  for (const r of results) {
    if (r.reportId && seen.has(r.reportId)) {
      rejects.push({ source_file: r.sourceFile, stage: 'ingest', reason: 'duplicate', detail: `duplicate_of ${seen.get(r.reportId)}: the same bytes` });
      continue;
    }
    if (r.reportId) seen.set(r.reportId, r.sourceFile);
    kept.push(r);
  }

  const tables = Object.fromEntries(TABLE_NAMES.map((t) => [t, []])) as unknown as TableRows;
  const perFile: Array<Record<string, unknown>> = [];
  let warnings = 0;
  for (const r of kept) {
    rejects.push(...r.rejects);
    const counts: Record<string, number> = {};
    const fileRejects: Reject[] = [...r.rejects];
    for (const t of Object.keys(emptyRows()) as PerReportTable[]) {
      const v = validateRows(t, r.rows[t] as Array<Record<string, unknown>>, r.sourceFile);
      let rows = v.rows;
      fileRejects.push(...v.rejects);
      if (r.cleanText && (t === 'paragraphs' || t === 'quantities' || t === 'indicators')) {
        const spans = checkSpans(t, rows as Array<{ char_start: number; char_end: number; text?: string }>, r.cleanText,
          (row) => (t === 'indicators' ? /[0-9]/ : String(row.text)), r.sourceFile);
        rows = spans.rows;
        fileRejects.push(...spans.rejects);
      }
      (tables[t] as unknown[]).push(...rows);
      counts[t] = rows.length;
    }
    rejects.push(...fileRejects.filter((x) => !r.rejects.includes(x)));
    warnings += r.warnings.length;
    perFile.push({
      source_file: r.sourceFile, report_id: r.reportId,
      stages: { clean: { repairs: counts.repairs ?? 0, repair_kinds: r.repairKinds }, segment: { sections: counts.sections, paragraphs: counts.paragraphs }, extract: counts },
      warnings: r.warnings, rejects: fileRejects,
    });
  }
  for (const rj of rejects) if (!perFile.some((p) => p.source_file === rj.source_file)) perFile.push({ source_file: rj.source_file, report_id: null, stages: {}, warnings: [], rejects: [rj] });
  perFile.sort((a, b) => String(a.source_file).localeCompare(String(b.source_file)));
  tables.rejects = rejects.map((r) => ({ ...r }));
  sortTables(tables);

  const quality = {
    pipeline_version: PIPELINE_VERSION,
    files_seen: found.files.length + found.rejects.length,
    reports: tables.reports.length,
    rejects: rejects.length,
    rejects_by_reason: countBy(rejects, (r) => r.reason),
    warnings,
    rows: Object.fromEntries(TABLE_NAMES.map((t) => [t, tables[t].length])),
    files: perFile,
  };
  const { rowCounts } = await load({
    outDir: opts.outDir,
    tables,
    cleanTexts: kept.filter((r) => r.reportId && r.cleanText !== null).map((r) => ({ reportId: r.reportId!, text: r.cleanText! })),
    quality,
    pkg: packageFacts(opts.rawDir, tables),
  });
  return { reports: tables.reports.length, files: found.files.length, rowCounts, rejects, warnings, seconds: (Date.now() - t0) / 1000 };
}

function sortTables(tables: TableRows) {
  tables.rejects.sort((a, b) => String(a.source_file).localeCompare(String(b.source_file)) || String(a.reason).localeCompare(String(b.reason)));
  tables.reports.sort((a, b) => String(a.source_file).localeCompare(String(b.source_file)));
}

const countBy = <T>(xs: T[], key: (x: T) => string) => xs.reduce<Record<string, number>>((acc, x) => ((acc[key(x)] = (acc[key(x)] ?? 0) + 1), acc), {});

/** Version and creation date come from the inputs (not the clock), so rebuilds are identical. */
function packageFacts(rawDir: string, tables: TableRows) {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  const dates = tables.reports.map((r) => r.meeting_date as string | null).filter((d): d is string => !!d).sort();
  const sourcesCsv = join(rawDir, 'sources.csv');
  return {
    version: pkg.version,
    created: dates.length ? `${dates[dates.length - 1]}T00:00:00Z` : '1970-01-01T00:00:00Z',
    sources: [{ title: 'Raw government work report texts', path: existsSync(sourcesCsv) ? relative(process.cwd(), sourcesCsv) || 'sources.csv' : 'raw/' }],
  };
}
