/**
 * What a worker thread does for one raw file: read and decode it, then either re-use the cached
 * result for its sha256 or run clean → segment → extract → validate and cache the result. It
 * returns only a small summary; the rows stay on disk until the load stage reads them.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Reject, Report } from '../../schemas/index.ts';
import { readRawFile } from '../ingest/index.ts';
import { processDoc } from '../process.ts';
import { cleanFile, exists, resultDir, summaryFile, tableFile } from '../shared/cache.ts';
import { validateFile } from '../validate/index.ts';

export interface FileTask {
  rawDir: string;
  sourceFile: string;
  cacheRoot: string | null;
  tmpRoot: string;
  /** sha256 of the file as last seen, when its size, time and inode are unchanged since. */
  knownSha?: string;
}

/** Everything the orchestrator needs about a file, without its rows. */
export interface FileSummary {
  sourceFile: string;
  sha256: string | null;
  /** Where the rows are: a cache folder, or a per-build folder when caching is off. */
  dir: string | null;
  report: Report | null;
  rowCounts: Record<string, number>;
  repairKinds: Record<string, number>;
  warnings: string[];
  /** Rejects of the file itself or of its records; source_file is this file. */
  rejects: Reject[];
  cached: boolean;
}

type Stored = Omit<FileSummary, 'sourceFile' | 'dir' | 'cached'>;

export function processFile(task: FileTask): FileSummary {
  const base = { sourceFile: task.sourceFile, dir: null, report: null, rowCounts: {}, repairKinds: {}, warnings: [], cached: false };
  // An unchanged file with a cached result is not even read.
  if (task.cacheRoot && task.knownSha) {
    const dir = resultDir(task.cacheRoot, task.knownSha);
    if (exists(summaryFile(dir))) {
      const stored = JSON.parse(readFileSync(summaryFile(dir), 'utf8')) as Stored;
      return { ...base, ...relabel(stored, task.sourceFile), dir: stored.report ? dir : null, cached: true };
    }
  }
  const ing = readRawFile(task.rawDir, task.sourceFile);
  if (!ing.ok) return { ...base, sha256: null, rejects: [ing.reject] };
  const sha = ing.doc.sha256;
  const dir = task.cacheRoot ? resultDir(task.cacheRoot, sha) : join(task.tmpRoot, sha);
  if (task.cacheRoot && exists(summaryFile(dir))) {
    const stored = JSON.parse(readFileSync(summaryFile(dir), 'utf8')) as Stored;
    return { ...base, ...relabel(stored, task.sourceFile), dir: stored.report ? dir : null, cached: true };
  }
  let stored: Stored;
  try {
    stored = compute(ing.doc, dir);
  } catch (e) {
    // One bad file never stops the others: whatever a stage throws becomes a reject.
    return { ...base, sha256: sha, rejects: [{ source_file: task.sourceFile, stage: 'extract', reason: 'internal_error', detail: String((e as Error).stack ?? e).slice(0, 500) }] };
  }
  return { ...base, ...relabel(stored, task.sourceFile), dir: stored.report ? dir : null };
}

function compute(doc: Parameters<typeof processDoc>[0], dir: string): Stored {
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
  // Written to a private folder and renamed into place: a concurrent or killed build never sees half a result.
  const tmp = `${dir}.tmp-${process.pid}-${createHash('sha1').update(String(Math.random())).digest('hex').slice(0, 6)}`;
  mkdirSync(tmp, { recursive: true });
  if (report) {
    for (const [t, rows] of Object.entries(v.rows)) {
      if (rows.length) writeFileSync(tableFile(tmp, t), gzipSync(rows.map((x) => JSON.stringify(x)).join('\n') + '\n', { level: 1 }));
    }
    writeFileSync(cleanFile(tmp), r.cleanText!);
  }
  writeFileSync(summaryFile(tmp), JSON.stringify(stored));
  try {
    renameSync(tmp, dir);
  } catch {
    rmSync(tmp, { recursive: true, force: true }); // another build stored the same result first
  }
  return stored;
}

/** Results are stored by content; the path they are reported under is the current one. */
function relabel(s: Stored, sourceFile: string): Stored {
  return {
    ...s,
    report: s.report ? { ...s.report, source_file: sourceFile } : null,
    rejects: s.rejects.map((r) => ({ ...r, source_file: sourceFile })),
  };
}

