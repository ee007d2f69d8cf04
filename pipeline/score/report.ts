/**
 * Reporting a score: the machine-readable summary (`--json`, what tests read), the text a
 * researcher reads, and the floors (--min-recall, --min-precision) that make the exit code. The
 * summary lines are worded and rounded as the Python tools print them, so both can be compared.
 */
import { type FigureMiss, type FigureScore, type TargetTally, type Tally } from './figures.ts';
import { codePoints, pyFixed } from './gold.ts';
import { type SpanMiss, spanMissLine, type SpanScore, type SpanTable } from './spans.ts';

export interface Ratio { right: number; total: number }
export interface TargetRatio extends Ratio { false: number; recall: number; precision: number }

export interface FigureSummary {
  reports: number;
  not_reports_kept_out: Ratio;
  years: Ratio;
  annual_targets: TargetRatio & { by_indicator: Record<string, TargetRatio> };
  gdp_targets: Ratio & { false: number };
  gdp_results: Ratio;
  five_year_gdp: Ratio;
  metadata: (Ratio & { by_field: Record<string, Ratio> }) | null;
  misses: FigureMiss[];
}

export interface SpanSummary {
  reports: number;
  passages_found: number;
  gold_items: number;
  gold_items_found: number;
  built_items: number;
  built_items_right: number;
  recall: number;
  precision: number;
  by_file: SpanScore['byFile'];
  misses: SpanMiss[];
}

export interface FloorFailure { measure: string; value: number; floor: number; flag: '--min-recall' | '--min-precision' }

export interface ScoreSummary {
  build: string;
  figures: FigureSummary | null;
  spans: Partial<Record<SpanTable, SpanSummary>>;
  floors: { min_recall: number | null; min_precision: number | null };
  /** the measures below their floor; empty when the build passes */
  failed: FloorFailure[];
}

const recallOf = (right: number, total: number) => (total ? right / total : 0);
const precisionOf = (right: number, wrong: number) => (right + wrong ? right / (right + wrong) : 0);
const targetRatio = (t: TargetTally): TargetRatio => ({ ...t, recall: recallOf(t.right, t.total), precision: precisionOf(t.right, t.false) });

export function figureSummary(s: FigureScore): FigureSummary {
  const c = s.counts;
  return {
    reports: c.reports,
    not_reports_kept_out: { right: c.not_report_ok, total: c.not_report },
    years: { right: c.years_ok, total: c.years },
    annual_targets: {
      ...targetRatio({ right: c.targets_ok, total: c.targets, false: c.false_targets }),
      by_indicator: Object.fromEntries(Object.entries(s.targetsByIndicator).map(([k, t]) => [k, targetRatio(t)])),
    },
    gdp_targets: { right: c.gdp_targets_ok, total: c.gdp_targets, false: c.false_gdp_targets },
    gdp_results: { right: c.gdp_results_ok, total: c.gdp_results },
    five_year_gdp: { right: c.five_year_ok, total: c.five_year },
    metadata: s.scoredMeta ? { right: c.meta_ok, total: c.meta, by_field: { ...s.metaByField } as Record<string, Tally> } : null,
    misses: s.misses,
  };
}

export function spanSummary(s: SpanScore): SpanSummary {
  return {
    reports: s.reports,
    passages_found: s.passagesFound,
    gold_items: s.goldItems,
    gold_items_found: s.goldFound,
    built_items: s.builtItems,
    built_items_right: s.builtRight,
    recall: recallOf(s.goldFound, s.goldItems),
    precision: s.builtItems ? s.builtRight / s.builtItems : 0,
    by_file: s.byFile,
    misses: s.misses,
  };
}

/**
 * The measures held to the floors: the annual targets' recall and precision, and each text
 * table's item recall and precision. A measure with nothing to count (no coded item, no
 * extracted item) is not held to a floor.
 */
export function belowFloors(figures: FigureSummary | null, spans: ScoreSummary['spans'], minRecall: number | null, minPrecision: number | null): FloorFailure[] {
  const out: FloorFailure[] = [];
  const check = (measure: string, value: number, counted: boolean, floor: number | null, flag: FloorFailure['flag']) => {
    if (floor !== null && counted && value < floor) out.push({ measure, value, floor, flag });
  };
  if (figures) {
    const t = figures.annual_targets;
    check('annual targets recall', t.recall, t.total > 0, minRecall, '--min-recall');
    check('annual targets precision', t.precision, t.right + t.false > 0, minPrecision, '--min-precision');
  }
  for (const [table, s] of Object.entries(spans)) {
    check(`${table} item recall`, s.recall, s.gold_items > 0, minRecall, '--min-recall');
    check(`${table} item precision`, s.precision, s.built_items > 0, minPrecision, '--min-precision');
  }
  return out;
}

const SENTENCE_CHARS = 120;
const quote = (s: string | undefined) => {
  const t = (s ?? '').replace(/\s+/g, ' ').trim();
  if (!t) return '';
  const cut = codePoints(t, SENTENCE_CHARS);
  return ` «${cut}${cut.length < t.length ? '…' : ''}»`;
};
const list = (xs: string[] | undefined) => `[${(xs ?? []).join('; ')}]`;

/** One line per miss or wrong row, with the coded evidence or the extracted sentence. */
export function figureMissLine(m: FigureMiss): string {
  switch (m.measure) {
    case 'not_report_let_in': return `${m.file}: not a work report, yet in reports`;
    case 'report_rows': return `${m.file}: ${m.have?.[0] ?? '?'} (want 1): nothing of it scored`;
    case 'year': return `${m.file}: ${m.key} is ${m.have?.[0]}, coded ${m.want}`;
    case 'target_missed': return `${m.file}: ${m.key} target missed: coded ${m.want}${quote(m.sentence)}; build has ${list(m.have)}`;
    case 'false_target': return `${m.file}: ${m.key} false target: ${m.have?.[0]}${quote(m.sentence)}`;
    case 'gdp_result': return `${m.file}: gdp result missed: coded ${m.want}${quote(m.sentence)}; build has ${list(m.have)}`;
    case 'five_year': return `${m.file}: gdp five-year figure missed: coded ${m.want}${quote(m.sentence)}; build has ${list(m.have)}`;
    case 'metadata': return `${m.file}: ${m.key} is ${m.have?.[0]}, coded ${m.want}`;
  }
}

/** `pct` of the Python tool: "a/b = 0.xyz", or "a/0". */
const pct = (r: Ratio) => (r.total ? `${r.right}/${r.total} = ${pyFixed(r.right / r.total, 3)}` : `${r.right}/0`);

/** The Python tools' summary lines; the last one is the headline. */
export function figureSummaryLines(f: FigureSummary): string[] {
  const t = f.annual_targets;
  return [
    `reports ${f.reports}, not-reports kept out ${pct(f.not_reports_kept_out)}, years ${pct(f.years)}`,
    `annual targets (12 indicators) ${pct(t)}; false targets ${t.false}`,
    `GDP results ${pct(f.gdp_results)}; five-year GDP ${pct(f.five_year_gdp)}`,
    ...(f.metadata ? [`report metadata fields ${pct(f.metadata)}`] : []),
    `figures: GDP targets ${pct(f.gdp_targets)} (false ${f.gdp_targets.false}); all targets recall ${pyFixed(t.recall, 3)} precision ${pyFixed(t.precision, 3)}`,
  ];
}

export const spanSummaryLine = (table: string, s: SpanSummary) =>
  `${table}: passages found ${s.passages_found}/${s.reports}; items recall ${s.gold_items_found}/${s.gold_items} = ${pyFixed(s.recall, 3)}; precision ${s.built_items_right}/${s.built_items} = ${pyFixed(s.precision, 3)}`;

const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - s.length));

function breakdownLines(f: FigureSummary): string[] {
  const out = ['annual targets by indicator (right/coded, recall; false targets, precision):'];
  const keys = Object.keys(f.annual_targets.by_indicator).sort();
  for (const k of keys) {
    const t = f.annual_targets.by_indicator[k];
    out.push(`  ${pad(k, 36)} ${pad(`${t.right}/${t.total}`, 7)} ${pyFixed(t.recall, 3)}   false ${pad(String(t.false), 3)} ${pyFixed(t.precision, 3)}`);
  }
  out.push(`GDP: targets ${pct(f.gdp_targets)} (false ${f.gdp_targets.false}); results of the review year ${pct(f.gdp_results)}; five-year figures ${pct(f.five_year_gdp)}`);
  out.push(`plan and review years ${pct(f.years)}; not-reports kept out ${pct(f.not_reports_kept_out)}`);
  if (f.metadata) {
    out.push('report metadata by field (right/coded):');
    for (const [k, r] of Object.entries(f.metadata.by_field)) out.push(`  ${pad(k, 36)} ${pct(r)}`);
  }
  return out;
}

/** The text a researcher reads: misses and wrong rows, the breakdown, the summary, the headline last. */
export function formatText(s: ScoreSummary, opts: { quiet?: boolean } = {}): string {
  const out: string[] = [];
  if (!opts.quiet) {
    if (s.figures) {
      out.push(`misses and wrong rows (${s.figures.misses.length}):`);
      out.push(...s.figures.misses.map((m) => `  ${figureMissLine(m)}`));
    }
    for (const [table, span] of Object.entries(s.spans)) {
      out.push(`${table}: items missed and wrong (${span.misses.length}):`);
      out.push(...span.misses.map((m) => `  ${spanMissLine(m)}`));
    }
    if (s.figures) out.push('', ...breakdownLines(s.figures));
    out.push('');
  }
  for (const [table, span] of Object.entries(s.spans)) out.push(spanSummaryLine(table, span));
  if (s.figures) out.push(...figureSummaryLines(s.figures));
  return `${out.join('\n')}\n`;
}

/** What the exit code stands on, one line per failed floor. */
export const failureLines = (s: ScoreSummary) =>
  s.failed.map((f) => `below ${f.flag} ${f.floor}: ${f.measure} is ${pyFixed(f.value, 3)}`);
