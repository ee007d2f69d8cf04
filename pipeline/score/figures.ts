/**
 * Matching a build's reports and indicators with hand-coded figures (SPEC.md): a line-by-line
 * port of ../shared/tools/score-figures.py, so that both give the same counts on the same build.
 * For every coded report it compares, indicator by indicator, the annual targets for the plan
 * year, the GDP result of the review year and the five-year GDP figures; every extra annual
 * target of a scored indicator counts as a false target. Beside the Python tool's totals it keeps
 * them per indicator key and per metadata field.
 */
import { type Build, byCodePoint, codePoints, type FigureGold, num, pyStrip, type Row, type Table } from './gold.ts';

/** The indicator keys whose annual targets are scored (SPEC.md, "ANNUAL TARGETS"). */
export const SCORED_KEYS = ['gdp', 'cpi', 'new_urban_jobs', 'urban_surveyed_unemployment_rate',
  'urban_registered_unemployment_rate', 'general_budget_revenue', 'fixed_asset_investment',
  'retail_sales', 'above_scale_industrial_value_added', 'import_export', 'grain_output',
  'rd_intensity'] as const;

/** The report metadata columns a gold reports.csv may hold. */
export const META_FIELDS = ['province', 'admin_code', 'review_year', 'plan_year', 'meeting_date', 'congress_term',
  'congress_session', 'speaker_name', 'speaker_title'] as const;

const NUMERIC_META = new Set(['review_year', 'plan_year', 'congress_term', 'congress_session']);

/** Counter names as the Python tool's `c[...]`. */
export type CounterName = 'reports' | 'not_report' | 'not_report_ok' | 'years' | 'years_ok' | 'targets' | 'targets_ok'
  | 'gdp_targets' | 'gdp_targets_ok' | 'false_targets' | 'false_gdp_targets' | 'gdp_results' | 'gdp_results_ok'
  | 'five_year' | 'five_year_ok' | 'meta' | 'meta_ok';

export interface TargetTally { right: number; total: number; false: number }
export interface Tally { right: number; total: number }

/** What went wrong, one entry per miss or wrong row; `measure` says which count it lowered. */
export interface FigureMiss {
  file: string;
  measure: 'not_report_let_in' | 'report_rows' | 'year' | 'target_missed' | 'false_target' | 'gdp_result' | 'five_year' | 'metadata';
  /** indicator key (targets), or the column (years, metadata) */
  key?: string;
  /** the coded answer, as written in the gold */
  want?: string;
  /** the build's rows or value that were compared with it */
  have?: string[];
  /** the gold's evidence span, or the sentence of a false target */
  sentence?: string;
}

export interface FigureScore {
  counts: Record<CounterName, number>;
  targetsByIndicator: Record<string, TargetTally>;
  metaByField: Record<string, Tally>;
  /** whether a metadata gold was scored */
  scoredMeta: boolean;
  misses: FigureMiss[];
}

const annual = (basis: string | undefined) => (basis || 'annual') === 'annual';

/** A coded figure and an extracted row agree on what was coded (same_figure). */
export function sameFigure(g: Row, p: Row): boolean {
  for (const col of ['growth_pct', 'growth_pct_high']) {
    if (num(g[col]) !== null && num(g[col]) !== num(p[col])) return false;
    if (num(g[col]) === null && col === 'growth_pct_high' && num(p[col]) !== null) return false;
  }
  if (num(g.value) !== null && num(g.value) !== num(p.value)) return false;
  if (num(g.value) === null && num(g.growth_pct) === null) return false;
  return (g.qualifier || 'exact') === (p.qualifier || 'exact');
}

/** A figure in a few words: "growth 5% about", "4.6% at_most", "growth 8–9% range", "500万人 at_least". */
const figureText = (x: Row) => {
  const parts: string[] = [];
  if (x.value) parts.push(`${x.value}${x.unit ?? ''}`);
  if (x.growth_pct || x.growth_pct_high) parts.push(`growth ${x.growth_pct || '?'}${x.growth_pct_high ? `–${x.growth_pct_high}` : ''}%`);
  if (!parts.length) parts.push('no figure');
  return `${parts.join(', ')} ${x.qualifier || 'exact'}`;
};

/** A coded figure or an extracted row in a few words: "target 2026 annual: growth 5% about". */
export const describeRow = (x: Row) =>
  `${x.kind ?? ''} ${x.year ?? ''}${x.year_end && x.year_end !== x.year ? `–${x.year_end}` : ''} ${x.basis || 'annual'}: ${figureText(x)}`;

const show = (x: number | string | null) => (x === null ? 'none' : String(x));

export function scoreFigures(build: Build, gold: FigureGold, metaGold: Table | null): FigureScore {
  const c = Object.fromEntries((['reports', 'not_report', 'not_report_ok', 'years', 'years_ok', 'targets', 'targets_ok',
    'gdp_targets', 'gdp_targets_ok', 'false_targets', 'false_gdp_targets', 'gdp_results', 'gdp_results_ok',
    'five_year', 'five_year_ok', 'meta', 'meta_ok'] as CounterName[]).map((k) => [k, 0])) as Record<CounterName, number>;
  const byKey: Record<string, TargetTally> = {};
  const tally = (key: string) => (byKey[key] ??= { right: 0, total: 0, false: 0 });
  const misses: FigureMiss[] = [];

  for (const [f, m] of [...gold.meta].sort(([a], [b]) => byCodePoint(a, b))) {
    const got = build.reportsByFile.get(f) ?? [];
    if (m.is_report === '0') {
      c.not_report++;
      if (got.length) misses.push({ file: f, measure: 'not_report_let_in', want: 'not a work report', have: got.map((r) => r.source_file ?? '') });
      else c.not_report_ok++;
      continue;
    }
    c.reports++;
    const figs = gold.figures.get(f) ?? [];
    const wantedTargets = figs.filter((g) => g.kind === 'target' && annual(g.basis));
    if (got.length !== 1) {
      misses.push({ file: f, measure: 'report_rows', want: '1 report row', have: [`${got.length} report rows`] });
      c.years += 2;
      c.gdp_results += figs.filter((g) => g.indicator === 'gdp' && (g.kind === 'actual' || g.kind === 'estimate') && annual(g.basis) && num(g.growth_pct) !== null).length;
      c.five_year += figs.filter((g) => g.indicator === 'gdp' && (g.basis || '') === 'average_annual').length;
      c.targets += wantedTargets.length;
      c.gdp_targets += wantedTargets.filter((g) => g.indicator === 'gdp').length;
      for (const g of wantedTargets) tally(g.indicator ?? '').total++;
      continue;
    }
    const r = got[0];
    const plan = num(m.plan_year);
    const review = num(m.review_year);
    for (const [col, want] of [['plan_year', plan], ['review_year', review]] as const) {
      c.years++;
      if (num(r[col]) === want) c.years_ok++;
      else misses.push({ file: f, measure: 'year', key: col, want: show(want), have: [show(num(r[col]))] });
    }
    const mine = build.indicatorsByReport.get(r.report_id ?? '') ?? [];
    // annual targets for the plan year, indicator by indicator
    for (const key of SCORED_KEYS) {
      const want = figs.filter((g) => g.indicator === key && g.kind === 'target' && annual(g.basis));
      const have = mine.filter((p) => p.indicator === key && p.kind === 'target' && annual(p.basis)
        && num(p.year) === plan && (num(p.year_end) === null || num(p.year_end) === plan));
      const left = [...have];
      for (const g of want) {
        c.targets++;
        if (key === 'gdp') c.gdp_targets++;
        tally(key).total++;
        const hit = left.findIndex((p) => sameFigure(g, p));
        if (hit >= 0) {
          left.splice(hit, 1);
          c.targets_ok++;
          if (key === 'gdp') c.gdp_targets_ok++;
          tally(key).right++;
        } else {
          misses.push({ file: f, measure: 'target_missed', key, want: describeRow(g), have: have.map(describeRow), sentence: g.evidence ?? '' });
        }
      }
      for (const p of left) {
        c.false_targets++;
        if (key === 'gdp') c.false_gdp_targets++;
        tally(key).false++;
        misses.push({ file: f, measure: 'false_target', key, have: [describeRow(p)], sentence: p.sentence ?? '' });
      }
    }
    // the GDP result of the review year
    for (const g of figs) {
      if (g.indicator !== 'gdp' || (g.kind !== 'actual' && g.kind !== 'estimate') || !annual(g.basis)) continue;
      if (num(g.growth_pct) === null) continue;
      c.gdp_results++;
      const have = mine.filter((p) => p.indicator === 'gdp' && (p.kind === 'actual' || p.kind === 'estimate') && annual(p.basis)
        && num(p.year) === num(g.year) && num(p.growth_pct) !== null);
      if (have.some((p) => num(p.growth_pct) === num(g.growth_pct) && p.kind === g.kind)) c.gdp_results_ok++;
      else misses.push({ file: f, measure: 'gdp_result', key: 'gdp', want: describeRow(g), have: have.map(describeRow), sentence: g.evidence ?? '' });
    }
    // five-year GDP figures
    for (const g of figs) {
      if (g.indicator !== 'gdp' || (g.basis || '') !== 'average_annual') continue;
      c.five_year++;
      const have = mine.filter((p) => p.indicator === 'gdp' && p.basis === 'average_annual');
      const ok = have.some((p) => num(p.year) === num(g.year) && num(p.year_end) === num(g.year_end)
        && num(p.growth_pct) === num(g.growth_pct) && (p.kind === 'target') === (g.kind === 'target'));
      if (ok) c.five_year_ok++;
      else misses.push({ file: f, measure: 'five_year', key: 'gdp', want: describeRow(g), have: have.map(describeRow), sentence: g.evidence ?? '' });
    }
  }

  // report metadata: file plus any of the metadata columns, for the reports the figures gold covers
  const byField: Record<string, Tally> = {};
  if (metaGold) {
    for (const g of metaGold.rows) {
      if (gold.meta.size && !gold.meta.has(g.file ?? '')) continue;
      const got = build.reportsByFile.get(g.file ?? '') ?? [];
      for (const col of META_FIELDS) {
        if (!metaGold.columns.includes(col)) continue;
        c.meta++;
        const field = (byField[col] ??= { right: 0, total: 0 });
        field.total++;
        if (got.length !== 1) {
          misses.push({ file: g.file ?? '', measure: 'metadata', key: col, want: g[col] ?? '', have: [`${got.length} report rows`] });
          continue;
        }
        let have: string | number | null = pyStrip(got[0][col] || '');
        let want: string | number | null = pyStrip(g[col] || '');
        if (col === 'meeting_date') have = codePoints(have, 10);
        if (NUMERIC_META.has(col)) { have = num(have); want = num(want); }
        const ok = col === 'speaker_title' && want ? String(have || '').includes(String(want)) : have === want;
        if (ok) { c.meta_ok++; field.right++; } else misses.push({ file: g.file ?? '', measure: 'metadata', key: col, want: show(want), have: [show(have)] });
      }
    }
  }
  return { counts: c, targetsByIndicator: byKey, metaByField: byField, scoredMeta: metaGold !== null, misses };
}
