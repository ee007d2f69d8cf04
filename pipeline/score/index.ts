/**
 * `govreports score`: how far a build agrees with hand-coded answers. Figures and report
 * metadata are coded as tests/fixtures/real/SPEC.md says, text items (problems, pledges, glossary)
 * as SPEC-problems.md says; see README.md, "How accurate is it?".
 */
import { scoreFigures } from './figures.ts';
import { GoldError, readBuild, readFigureGold, readMetaGold, readSpanGold } from './gold.ts';
import { belowFloors, failureLines, figureSummary, formatText, type ScoreSummary, spanSummary } from './report.ts';
import { scoreSpans, SPAN_TABLES, type SpanTable } from './spans.ts';

export { GoldError } from './gold.ts';
export { formatText, type ScoreSummary } from './report.ts';

export interface ScoreOptions {
  /** the build's output folder (holds csv/) */
  outDir: string;
  /** figures gold files (figures.csv of SPEC.md) */
  gold?: string[];
  /** report metadata gold (reports.csv) */
  meta?: string;
  /** text-item golds by table: file,ordinal,text,note */
  spans?: Partial<Record<SpanTable, string>>;
  minRecall?: number | null;
  minPrecision?: number | null;
}

/** Scores a build against the given golds. Throws GoldError on a missing file or column. */
export function scoreBuild(opts: ScoreOptions): ScoreSummary {
  const golds = opts.gold ?? [];
  const spanGolds = Object.entries(opts.spans ?? {}).filter(([, p]) => p) as Array<[SpanTable, string]>;
  if (!golds.length && !opts.meta && !spanGolds.length) {
    throw new GoldError('nothing to score against: give --gold FILE (figures), --meta FILE, or --problems/--pledges/--glossary FILE');
  }
  let figures: ScoreSummary['figures'] = null;
  if (golds.length || opts.meta) {
    const build = readBuild(opts.outDir);
    figures = figureSummary(scoreFigures(build, readFigureGold(golds), opts.meta ? readMetaGold(opts.meta) : null));
  }
  const spans: ScoreSummary['spans'] = {};
  for (const [table, path] of spanGolds) {
    if (!(table in SPAN_TABLES)) throw new GoldError(`no text table ${table}`);
    spans[table] = spanSummary(scoreSpans(opts.outDir, table, readSpanGold(path)));
  }
  const minRecall = opts.minRecall ?? null;
  const minPrecision = opts.minPrecision ?? null;
  return {
    build: opts.outDir,
    figures,
    spans,
    floors: { min_recall: minRecall, min_precision: minPrecision },
    failed: belowFloors(figures, spans, minRecall, minPrecision),
  };
}

export interface ScoreCommandOptions extends ScoreOptions { json?: boolean; quiet?: boolean }

/**
 * The command: prints the score (text or JSON) and returns the exit code: 0, or 1 when a measure
 * is below --min-recall/--min-precision (each such measure named on stderr).
 */
export function runScoreCommand(opts: ScoreCommandOptions, io: { out: (s: string) => void; err: (s: string) => void }): number {
  const summary = scoreBuild(opts);
  io.out(opts.json ? `${JSON.stringify(summary, null, 2)}\n` : formatText(summary, { quiet: opts.quiet }));
  for (const line of failureLines(summary)) io.err(`govreports score: ${line}\n`);
  return summary.failed.length ? 1 : 0;
}
