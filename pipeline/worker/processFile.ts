/**
 * What a worker thread does for one raw file: read and decode it, then either re-use the cached
 * result for its sha256 or run clean → segment → extract → validate and cache the result. It
 * returns the summary the build needs and, when asked, the rows as CSV lines per table with the
 * clean text, which the build hands to the load stage as they arrive.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Reject, Report, TableName } from '../../schemas/index.ts';
import { readRawFile } from '../ingest/index.ts';
import { processDoc } from '../process.ts';
import { rowsToCsv } from '../shared/rowFormat.ts';
import { decodeResult, encodeResult, exists, resultFile, type Parts } from '../shared/cache.ts';
import { validateFile } from '../validate/index.ts';

export interface FileTask {
  rawDir: string;
  sourceFile: string;
  /** The cache folder, or null when results are not cached. */
  cacheRoot: string | null;
  /** sha256 of the file as last seen, when its size, time and inode are unchanged since. */
  knownSha?: string;
  /**
   * Whether the rows are wanted when the result is already cached. They are not when the
   * previous output already holds this report: then the cached summary is enough.
   */
  rowsIfCached: boolean;
}

/** Everything the orchestrator needs about a file. */
export interface FileSummary {
  sourceFile: string;
  sha256: string | null;
  report: Report | null;
  rowCounts: Record<string, number>;
  repairKinds: Record<string, number>;
  warnings: string[];
  /** Rejects of the file itself or of its records; source_file is this file. */
  rejects: Reject[];
  cached: boolean;
  /** The clean text (`clean`) and each table's rows as CSV lines, when computed or asked for. */
  parts?: Parts;
}

type Stored = Omit<FileSummary, 'sourceFile' | 'cached' | 'parts'>;

export function processFile(task: FileTask): FileSummary {
  const base = { sourceFile: task.sourceFile, report: null, rowCounts: {}, repairKinds: {}, warnings: [], cached: false };
  // An unchanged file with a cached result is not even read.
  if (task.cacheRoot && task.knownSha) {
    const hit = fromCache(task, task.knownSha);
    if (hit) return hit;
  }
  const ing = readRawFile(task.rawDir, task.sourceFile);
  if (!ing.ok) return { ...base, sha256: null, rejects: [ing.reject] };
  const sha = ing.doc.sha256;
  if (task.cacheRoot) {
    // A renamed or touched file whose bytes were seen before: its rows are wanted, as the
    // build could not know which report it holds.
    const hit = fromCache({ ...task, rowsIfCached: true }, sha);
    if (hit) return hit;
  }
  try {
    const { stored, parts } = compute(ing.doc);
    if (task.cacheRoot) store(resultFile(task.cacheRoot, sha), stored, parts);
    return { ...base, ...relabel(stored, task.sourceFile), parts: stored.report ? parts : undefined };
  } catch (e) {
    // One bad file never stops the others: whatever a stage throws becomes a reject.
    return { ...base, sha256: sha, rejects: [{ source_file: task.sourceFile, stage: 'extract', reason: 'internal_error', detail: String((e as Error).stack ?? e).slice(0, 500) }] };
  }
}

function fromCache(task: FileTask, sha: string): FileSummary | null {
  const file = resultFile(task.cacheRoot!, sha);
  if (!exists(file)) return null;
  try {
    const { header, parts } = decodeResult<Stored>(readFileSync(file), task.rowsIfCached);
    return { sourceFile: task.sourceFile, ...relabel(header, task.sourceFile), cached: true, parts: header.report && parts ? parts : undefined };
  } catch {
    return null; // a damaged cache entry is recomputed (and rewritten)
  }
}

function compute(doc: Parameters<typeof processDoc>[0]): { stored: Stored; parts: Parts } {
  const r = processDoc(doc);
  const v = validateFile({ sourceFile: doc.sourceFile, cleanText: r.cleanText, rows: r.rows as never });
  const report = (v.rows.reports[0] as Report | undefined) ?? null;
  const stored: Stored = {
    sha256: doc.sha256,
    report,
    rowCounts: Object.fromEntries(Object.entries(v.rows).map(([t, rows]) => [t, rows.length])),
    repairKinds: r.repairKinds,
    warnings: [...r.warnings, ...v.warnings],
    rejects: [...r.rejects, ...v.rejects],
  };
  const parts: Parts = [];
  if (report) {
    parts.push(['clean', Buffer.from(r.cleanText!)]);
    for (const [t, rows] of Object.entries(v.rows)) {
      if (rows.length) parts.push([t, Buffer.from(rowsToCsv(t as TableName, rows as Array<Record<string, unknown>>))]);
    }
  }
  return { stored, parts };
}

const madeDirs = new Set<string>();

/** Written beside its place and renamed into it: a concurrent or killed build never sees half a result. */
function store(file: string, stored: Stored, parts: Parts) {
  const dir = dirname(file);
  if (!madeDirs.has(dir)) {
    mkdirSync(dir, { recursive: true });
    madeDirs.add(dir);
  }
  const tmp = `${file}.tmp-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  try {
    writeFileSync(tmp, encodeResult(stored, parts));
    renameSync(tmp, file);
  } catch {
    rmSync(tmp, { force: true }); // a full disk or a read-only cache costs speed, not the build
  }
}

/** Results are stored by content; the path they are reported under is the current one. */
function relabel(s: Stored, sourceFile: string): Stored {
  return {
    ...s,
    report: s.report ? { ...s.report, source_file: sourceFile } : null,
    rejects: s.rejects.map((r) => ({ ...r, source_file: sourceFile })),
  };
}
