/**
 * What a worker thread does for one raw file: read it and turn it into text (ingest), then either re-use the cached
 * result for its sha256 or run clean → segment → extract → validate and cache the result. It
 * returns the summary the build needs and, when asked, the rows as CSV lines per table with the
 * clean text, which the build hands to the load stage as they arrive.
 */
import { createHash } from 'node:crypto';
import type { Reject, Report, TableName } from '../../schemas/index.ts';
import { convert, readBytes } from '../ingest/index.ts';
import { processDoc } from '../process.ts';
import { orderRows, rowsToCsvBytes } from '../shared/rowFormat.ts';
import { CLEAN_PART, decodeResult, encodeResult, pack, readRecord, type Location, type Packed } from '../shared/cache.ts';
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
  /** Hashes of the report's first sentences, for the duplicate rule. */
  fingerprint?: number[];
  cached: boolean;
  /** The clean text (`clean`) and each table's rows as CSV lines, when computed or asked for. */
  packed?: Packed;
  /** A newly computed result, as the cache stores it (the main thread appends it to the cache). */
  record?: Uint8Array;
}

/** Where the stored result of a sha256 is, as the cache knew it when the build started. */
export type Lookup = (sha256: string) => Location | undefined;

type Stored = Omit<FileSummary, 'sourceFile' | 'cached' | 'packed' | 'record'>;

export async function processFile(task: FileTask, lookup: Lookup = () => undefined): Promise<FileSummary> {
  const base = { sourceFile: task.sourceFile, report: null, rowCounts: {}, repairKinds: {}, warnings: [], cached: false };
  // An unchanged file with a cached result is not even read.
  const stored = task.cacheRoot && task.knownSha ? lookup(task.knownSha) : undefined;
  if (stored) {
    const hit = fromCache(task, stored);
    if (hit) return hit;
  }
  const raw = readBytes(task.rawDir, task.sourceFile);
  if (!raw.ok) return { ...base, sha256: null, rejects: [raw.reject] };
  const sha = createHash('sha256').update(raw.bytes).digest('hex');
  const known = task.cacheRoot && sha !== task.knownSha ? lookup(sha) : undefined;
  if (known) {
    // A renamed or touched file whose bytes were seen before: its rows are wanted, as the
    // build could not know which report it holds. (Looked up before converting: a PDF's
    // conversion is most of its cost.)
    const hit = fromCache({ ...task, rowsIfCached: true }, known);
    if (hit) return hit;
  }
  let ing: Awaited<ReturnType<typeof convert>>;
  try {
    ing = await convert(task.sourceFile, raw.bytes);
  } catch (e) {
    // A converter that throws (a page or document its library cannot take) rejects this file only.
    return { ...base, sha256: null, rejects: [{ source_file: task.sourceFile, stage: 'ingest', reason: 'internal_error', detail: String((e as Error).stack ?? e).slice(0, 500) }] };
  }
  if (!ing.ok) return { ...base, sha256: null, rejects: [ing.reject] };
  try {
    const { stored, packed } = compute(ing.doc);
    const record = task.cacheRoot ? encodeResult(stored, packed) : undefined;
    return { ...base, ...relabel(stored, task.sourceFile), packed: packed ?? undefined, record };
  } catch (e) {
    // One bad file never stops the others: whatever a stage throws becomes a reject.
    return { ...base, sha256: sha, rejects: [{ source_file: task.sourceFile, stage: 'extract', reason: 'internal_error', detail: String((e as Error).stack ?? e).slice(0, 500) }] };
  }
}

function fromCache(task: FileTask, at: Location): FileSummary | null {
  const record = readRecord(task.cacheRoot!, at);
  if (!record) return null;
  try {
    const { header, packed } = decodeResult<Stored>(record, task.rowsIfCached);
    return { sourceFile: task.sourceFile, ...relabel(header, task.sourceFile), cached: true, packed: header.report && packed ? packed : undefined };
  } catch {
    return null; // a damaged cache entry is recomputed (and rewritten)
  }
}

function compute(doc: Parameters<typeof processDoc>[0]): { stored: Stored; packed: Packed | null } {
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
    fingerprint: r.fingerprint,
  };
  if (!report) return { stored, packed: null };
  const parts: Array<[string, string | Uint8Array]> = [[CLEAN_PART, r.cleanText!]];
  for (const [t, rows] of Object.entries(v.rows)) {
    if (rows.length) parts.push([t, rowsToCsvBytes(t as TableName, orderRows(t as TableName, rows as Array<Record<string, unknown>>))]);
  }
  return { stored, packed: pack(parts) };
}

/** Results are stored by content; the path they are reported under is the current one. */
function relabel(s: Stored, sourceFile: string): Stored {
  return {
    ...s,
    report: s.report ? { ...s.report, source_file: sourceFile } : null,
    rejects: s.rejects.map((r) => ({ ...r, source_file: sourceFile })),
  };
}
