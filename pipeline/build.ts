/**
 * The whole pipeline: ingest → (clean → segment → extract → validate, per file, on worker
 * threads) → load. Each file's result is cached by its sha256 and the pipeline's code, so a
 * rebuild re-processes only what changed; a rebuild with nothing changed leaves the output as it
 * is. One bad file never stops the others: whatever a file's processing throws becomes a reject.
 */
import { createHash } from 'node:crypto';
import { accessSync, constants, existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve, sep } from 'node:path';
import type { Reject } from '../schemas/index.ts';
import { discover } from './ingest/index.ts';
import { explorerVersion } from './explorer/write.ts';
import { readFingerprint } from './load/fingerprint.ts';
import { explorerConfig, type OutputTable } from './load/outputs.ts';
import { codeVersion, ResultStore, resultsRoot } from './shared/cache.ts';
import { PACKAGE_VERSION } from './shared/projectRoot.ts';
import type { FileSummary, FileTask } from './worker/processFile.ts';
import { sameText } from './extract/metadata/fingerprint.ts';

export class UsageError extends Error {}

export interface BuildOptions {
  rawDir: string;
  outDir: string;
  /** Dataset version written to datapackage.json; defaults to package.json's. */
  version?: string;
  /** Folder of cached results, or false for none. Default: .cache/govreports. */
  cacheDir?: string | false;
  /** Worker threads; 1 runs everything on the main thread. Default: the machine's cores. */
  threads?: number;
  /** Also write Parquet partitioned by plan_year (Hive layout) under parquet_by_plan_year/. */
  partitionParquet?: boolean;
  /** Rows spooled before DuckDB reads them (default 1 GB): bounds the spool's disk; tests set it low. */
  spoolChunkBytes?: number;
  /** Clean texts of the previous output linked at once, at most (default 64); tests set it low. */
  maxPendingWrites?: number;
  onFile?: (done: number, total: number, file: string) => void;
  /** Called when the build moves on to writing the output. */
  onLoad?: (reports: number) => void;
}

export interface BuildSummary {
  reports: number;
  files: number;
  processed: number;
  fromCache: number;
  upToDate: boolean;
  rowCounts: Record<OutputTable, number>;
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
  const found = discover(opts.rawDir);
  const cacheRoot = opts.cacheDir === false ? null : resolve(opts.cacheDir ?? join('.cache', 'govreports'));
  const version = opts.version ?? PACKAGE_VERSION;

  // Nothing changed (same files, same bytes, same code, same options): the output stands.
  const stats = new Map(found.files.map((f) => [f, statKey(join(opts.rawDir, f))]));
  const fingerprint = fingerprintOf(stats, { code: codeVersion(), explorer: explorerVersion(explorerConfig()), version, partition: !!opts.partitionParquet, rejects: found.rejects, sources: statKey(join(opts.rawDir, 'sources.csv')) });
  if (cacheRoot && fingerprint && readFingerprint(opts.outDir) === fingerprint) {
    const q = JSON.parse(readFileSync(join(opts.outDir, 'quality.json'), 'utf8'));
    return {
      reports: q.reports, files: found.files.length, processed: 0, fromCache: 0, upToDate: true, rowCounts: q.rows,
      rejects: q.rejects_list ?? [], warnings: q.warnings, seconds: (Date.now() - t0) / 1000, qualityMarkdown: readFileSync(join(opts.outDir, 'QUALITY.md'), 'utf8'),
    };
  }

  // Something changed: the pipeline, DuckDB and the thread pool are loaded now, not before, so a
  // rebuild with nothing changed costs little more than node's own start.
  const [{ OutputSink, recoverOutput }, { reportIdOf }, { qualityReport }] = await Promise.all([import('./load/index.ts'), import('./process.ts'), import('./quality.ts')]);
  // A build killed during its last step may have set the previous output aside. (Recovered here,
  // after the check above: such an output has no fingerprint where it is looked for, so the check
  // fails and the build goes on from the recovered output.)
  recoverOutput(opts.outDir);
  const sink = await OutputSink.open({ outDir: opts.outDir, previousDb: sameCode(opts.outDir) ? join(opts.outDir, 'govreports.duckdb') : undefined, chunkBytes: opts.spoolChunkBytes, maxPendingWrites: opts.maxPendingWrites });
  try {
    const tProcess = Date.now();
    const index = cacheRoot ? readIndex(cacheRoot) : new Map<string, IndexEntry>();
    const store = cacheRoot ? new ResultStore(cacheRoot) : null;
    const tasks: FileTask[] = found.files.map((f) => {
      const seen = index.get(resolve(opts.rawDir, f));
      const knownSha = seen && seen.stat === stats.get(f) ? seen.sha256 : undefined;
      return {
        rawDir: resolve(opts.rawDir), sourceFile: f, cacheRoot, knownSha,
        rowsIfCached: !(knownSha && sink.existing.has(reportIdOf(knownSha))),
      };
    });
    // Rows go to the output as each file is done, new results to the cache; the summaries,
    // without either, stay.
    const summaries = await processAll(tasks, opts, store, async (s) => {
      const id = s.report?.report_id;
      const packed = s.packed;
      if (s.record && s.sha256) store?.put(s.sha256, s.record);
      delete s.packed;
      delete s.record;
      if (id && sink.existing.has(id)) await sink.keep(id);
      else if (id && packed) sink.add(id, packed);
      else if (id) throw new Error(`the rows of ${s.sourceFile} did not come back from its worker`);
    });
    if (cacheRoot) {
      writeIndex(cacheRoot, index, summaries.filter((s) => s.sha256).map((s) => [resolve(opts.rawDir, s.sourceFile), { stat: stats.get(s.sourceFile)!, sha256: s.sha256! }]));
      store!.commit(new Set([...index.values()].map((e) => e.sha256)));
      pruneCache(cacheRoot);
    }
    const rejects: Reject[] = [...found.rejects];
    for (const s of summaries) rejects.push(...s.rejects);
    const sources = await readSources(opts.rawDir, found.files, rejects);
    const { kept, duplicates } = dropDuplicateReports(summaries);
    rejects.push(...duplicates);
    rejects.sort((a, b) => a.source_file.localeCompare(b.source_file) || a.stage.localeCompare(b.stage) || a.reason.localeCompare(b.reason) || a.detail.localeCompare(b.detail));

    const tLoad = Date.now();
    if (process.env.GOVREPORTS_TIMING) {
      const cpu = process.cpuUsage();
      process.stderr.write(`timing: CPU seconds used by the end of processing (all threads): ${(cpu.user / 1e6).toFixed(1)} user, ${(cpu.system / 1e6).toFixed(1)} system\n`);
    }
    opts.onLoad?.(kept.length);
    const quality = qualityReport({ version: PACKAGE_VERSION, code: codeVersion(), filesSeen: found.files.length + found.rejects.length, kept, summaries, rejects });
    const { rowCounts } = await sink.finish({
      kept: kept.map((s) => ({ reportId: s.report!.report_id, sourceFile: s.sourceFile, origin: sources.get(s.sourceFile) ?? null })),
      rejects,
      quality: quality.json,
      qualityMarkdown: quality.markdown,
      fingerprint,
      partitionParquet: !!opts.partitionParquet,
      pkg: packageFacts(opts.rawDir, version, kept),
    });
    if (process.env.GOVREPORTS_TIMING) process.stderr.write(`timing: discover ${tProcess - t0} ms, process ${tLoad - tProcess} ms, load ${Date.now() - tLoad} ms\n`);
    return {
      reports: kept.length, files: found.files.length, processed: summaries.filter((s) => !s.cached).length, fromCache: summaries.filter((s) => s.cached).length,
      upToDate: false, rowCounts, rejects, warnings: quality.json.warnings, seconds: (Date.now() - t0) / 1000, qualityMarkdown: quality.markdown,
    };
  } catch (e) {
    await sink.abort();
    throw e;
  }
}

/**
 * The worker threads' script. Run from the bundle bin/govreports.mjs makes, it is the bundle's
 * own worker (plain JavaScript); run from the sources (the tests), entry.mjs loads the TypeScript
 * through tsx.
 */
const FROM_SOURCES = import.meta.url.endsWith('.ts');
const WORKER_SCRIPT = (FROM_SOURCES ? new URL('./worker/entry.mjs', import.meta.url) : new URL('./worker/main.mjs', import.meta.url)).href;
/** The bundle's source maps, so that a worker's stack trace (an internal_error's detail) names TypeScript lines. */
const WORKER_ARGV = FROM_SOURCES ? process.execArgv : [...process.execArgv, '--enable-source-maps'];

async function processAll(tasks: FileTask[], opts: BuildOptions, store: ResultStore | null, onResult: (s: FileSummary) => Promise<void>): Promise<FileSummary[]> {
  const threads = Math.max(1, Math.min(opts.threads ?? availableParallelism(), tasks.length));
  let done = 0;
  const finished = async (t: FileTask, s: FileSummary) => {
    await onResult(s);
    opts.onFile?.(++done, tasks.length, t.sourceFile);
    return s;
  };
  if (threads === 1 || tasks.length < 8) {
    const { processFile } = await import('./worker/processFile.ts');
    const out: FileSummary[] = [];
    for (const t of tasks) out.push(await finished(t, await processFile(t, (sha) => store?.get(sha))));
    return out;
  }
  // Two tasks in hand per worker: a worker that finishes one starts the next at once, instead of
  // waiting for the main thread (busy writing the last one's rows) to send it.
  const { Piscina } = await import('piscina');
  const pool = new Piscina({
    filename: WORKER_SCRIPT, execArgv: WORKER_ARGV, minThreads: threads, maxThreads: threads, concurrentTasksPerWorker: 2,
    workerData: { stored: store?.entries() ?? {} }, // for files whose sha256 only the worker learns
  });
  try {
    return await Promise.all(tasks.map(async (t) => finished(t, (await pool.run(t)) as FileSummary)));
  } finally {
    await pool.destroy();
  }
}

/**
 * The same report twice: the same bytes, or the same government and plan year from two
 * sources whose texts share their first sentences (two reports of one government for one plan
 * year, such as a December report and the next session's, are both kept). One is kept by a stated rule — a whole text before a truncated one, then the cleaner
 * source (fewer repairs per thousand characters), then the source kind (plain, markdown, web,
 * pdf_text, forum; a converted file ranks by what it came as: docx with plain text, a saved page
 * above text copied from one, a PDF's own text layer above PDF text copied by hand), then the
 * path — and every other goes to rejects as duplicate_of the kept one.
 */
export function dropDuplicateReports<S extends Pick<FileSummary, 'sourceFile' | 'sha256' | 'report' | 'repairKinds' | 'fingerprint'>>(summaries: S[]): { kept: S[]; duplicates: Reject[] } {
  const KIND_RANK = ['plain', 'docx', 'markdown', 'html', 'web', 'pdf', 'pdf_text', 'forum'];
  const withReport = summaries.filter((s) => s.report);
  const keyOf = (s: S): string[] => {
    const rep = s.report!;
    const keys = [`sha:${s.sha256}`];
    if (rep.plan_year !== null) {
      const who = rep.admin_level === 'national' ? 'national' : rep.admin_code ?? (rep.region_name && rep.admin_level ? `${rep.admin_level}:${rep.region_name}` : null);
      if (who) keys.push(`region:${who}:${rep.plan_year}`);
    }
    return keys;
  };
  const score = (s: S) => {
    const rep = s.report!;
    const repairs = Object.values(s.repairKinds).reduce((a, b) => a + b, 0);
    return [rep.truncated ? 1 : 0, Math.round((repairs / Math.max(1, rep.chars)) * 1000), KIND_RANK.indexOf(rep.source_kind)];
  };
  const better = (a: S, b: S) => {
    const sa = score(a);
    const sb = score(b);
    for (let i = 0; i < sa.length; i++) if (sa[i] !== sb[i]) return sa[i] < sb[i];
    return a.sourceFile < b.sourceFile;
  };
  const ordered = withReport.slice().sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0));
  const owner = new Map<string, S[]>();
  const kept: S[] = [];
  const duplicates: Reject[] = [];
  for (const s of ordered) {
    const keys = keyOf(s);
    // The same government and year is the same report only if the texts are (see fingerprint.ts):
    // a December report and the next session's, or a plan and a budget report, are two.
    const first = keys.flatMap((k, i) => (owner.get(k) ?? []).filter((o) => i === 0 || sameText(o.fingerprint, s.fingerprint)))[0];
    if (first) {
      const same = first.sha256 === s.sha256;
      duplicates.push({ source_file: s.sourceFile, stage: 'validate', reason: 'duplicate', detail: `duplicate_of ${first.sourceFile}: ${same ? 'the same bytes' : `the same government and plan year (${keys[1]?.split(':').slice(1).join(' ')}); the kept copy is whole, cleaner or of a preferred kind`}` });
      continue;
    }
    for (const k of keys) owner.set(k, [...(owner.get(k) ?? []), s]);
    kept.push(s);
  }
  kept.sort((a, b) => a.sourceFile.localeCompare(b.sourceFile));
  return { kept, duplicates };
}

/**
 * raw/sources.csv (file, source_kind, origin, notes): where each raw file came from. A listed
 * file that is not in the folder is reported, so the list does not silently rot.
 */
async function readSources(rawDir: string, files: string[], rejects: Reject[]): Promise<Map<string, string>> {
  const path = join(rawDir, 'sources.csv');
  const out = new Map<string, string>();
  if (!existsSync(path)) return out;
  const { default: Papa } = await import('papaparse');
  const parsed = Papa.parse<Record<string, string>>(readFileSync(path, 'utf8').replace(/^\ufeff/, ''), { header: true, skipEmptyLines: true });
  for (const e of parsed.errors.slice(0, 5)) rejects.push({ source_file: 'sources.csv', stage: 'ingest', reason: 'sources_csv', detail: `row ${e.row ?? '?'}: ${e.message}` });
  const present = new Set(files);
  for (const row of parsed.data) {
    if (!row.file) continue;
    if (!present.has(row.file)) rejects.push({ source_file: 'sources.csv', stage: 'ingest', reason: 'sources_csv', detail: `lists ${row.file}, which is not in the raw folder` });
    else if (row.origin) out.set(row.file, row.origin);
  }
  return out;
}

/** Was the previous output built by this very code (so its tables can be updated in place)? */
function sameCode(outDir: string): boolean {
  try {
    return (JSON.parse(readFileSync(join(outDir, 'quality.json'), 'utf8')) as { code_version?: string }).code_version === codeVersion();
  } catch {
    return false;
  }
}

interface IndexEntry { stat: string; sha256: string }

/** Size, modification time and inode: when all three are unchanged, so is the file (as git and make assume). */
function statKey(path: string): string {
  try {
    const st = statSync(path);
    return `${st.size}:${st.mtimeMs}:${st.ino}`;
  } catch {
    return '';
  }
}

/** The cache's index of raw files: absolute path → stat key and sha256 when last read. */
function readIndex(cacheRoot: string): Map<string, IndexEntry> {
  try {
    return new Map(Object.entries(JSON.parse(readFileSync(join(cacheRoot, 'index.json'), 'utf8')) as Record<string, IndexEntry>));
  } catch {
    return new Map();
  }
}

function writeIndex(cacheRoot: string, index: Map<string, IndexEntry>, seen: Array<[string, IndexEntry]>) {
  for (const [path, e] of seen) index.set(path, e);
  mkdirSync(cacheRoot, { recursive: true });
  const tmp = join(cacheRoot, `index.json.${process.pid}`);
  writeFileSync(tmp, JSON.stringify(Object.fromEntries(index)));
  renameSync(tmp, join(cacheRoot, 'index.json'));
}

/**
 * Results of older code are of no use to this code; the two most recently used other versions
 * stay (switching branches back and forth stays cheap), older ones are removed.
 */
function pruneCache(cacheRoot: string, keepOthers = 2) {
  const root = resultsRoot(cacheRoot);
  const current = codeVersion();
  try {
    const now = new Date();
    if (existsSync(join(root, current))) utimesSync(join(root, current), now, now);
    const others = readdirSync(root).filter((v) => v !== current).map((v) => ({ v, t: statSync(join(root, v)).mtimeMs })).sort((a, b) => b.t - a.t);
    for (const { v } of others.slice(keepOthers)) rmSync(join(root, v), { recursive: true, force: true });
  } catch {
    // a cache that cannot be tidied is still a cache
  }
}

/** Files, their sizes and times, the code and the options: what decides whether anything changed. */
function fingerprintOf(stats: Map<string, string>, extra: unknown): string | null {
  const h = createHash('sha256').update(JSON.stringify(extra));
  for (const [f, key] of stats) {
    if (!key) return null; // a file vanished while we looked
    h.update(`${f}\0${key}\n`);
  }
  return h.digest('hex');
}

/** Version and creation date come from the inputs (not the clock), so rebuilds are identical. */
function packageFacts(rawDir: string, version: string, kept: FileSummary[]) {
  const dates = kept.map((s) => s.report!.meeting_date).filter((d): d is string => !!d).sort();
  return {
    version,
    created: dates.length ? `${dates[dates.length - 1]}T00:00:00Z` : '1970-01-01T00:00:00Z',
    sources: [{ title: 'Raw government work report texts, listed with their origins in sources.csv', path: existsSync(join(rawDir, 'sources.csv')) ? 'raw/sources.csv' : 'raw/' }],
  };
}

