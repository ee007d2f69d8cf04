/**
 * The real texts (tests/fixtures/real: provincial 2026 reports, national reports 1954–1999, party
 * congress reports that are not work reports) built once and scored against their hand-coded
 * answers with `govreports score`; every score is held at the floor in floors.json. A failure
 * prints the misses of the measure that fell, so a regression reads at a glance.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../pipeline/build.ts';
import { scoreBuild, type ScoreSummary } from '../pipeline/score/index.ts';
import { type FigureMiss } from '../pipeline/score/figures.ts';
import { figureMissLine, type FigureSummary, type SpanSummary } from '../pipeline/score/report.ts';
import { spanMissLine } from '../pipeline/score/spans.ts';

const REAL = 'tests/fixtures/real';

interface Floors {
  annual_targets: { recall: number; precision: number; false_max: number };
  gdp_targets: { right: number; false_max: number };
  gdp_results: { right: number };
  five_year_gdp: { right: number };
  years: { right: number };
  not_reports_kept_out: { right: number };
  metadata_fields: { right: number };
  problems: { passages_found: number; recall: number; precision: number };
  pledges: { recall: number; wrong_max: number };
  glossary: { recall: number; wrong_max: number };
}
const floors = JSON.parse(readFileSync(join(REAL, 'floors.json'), 'utf8')) as Floors;

let score: ScoreSummary;
let figures: FigureSummary;
let problems: SpanSummary;
let pledges: SpanSummary;
let glossary: SpanSummary;
beforeAll(async () => {
  const out = join(mkdtempSync(join(tmpdir(), 'gr-real-')), 'output');
  await build({ rawDir: join(REAL, 'raw'), outDir: out, cacheDir: false });
  score = scoreBuild({ outDir: out, gold: [join(REAL, 'gold/figures.csv')], meta: join(REAL, 'gold/reports.csv'), spans: { problems: join(REAL, 'gold/problems.csv'), pledges: join(REAL, 'gold/pledges.csv'), glossary: join(REAL, 'gold/glossary.csv') } });
  figures = score.figures!;
  problems = score.spans.problems!;
  pledges = score.spans.pledges!;
  glossary = score.spans.glossary!;
});

/** The misses that lower the given measures, one per line, for the failure message. */
const misses = (...measures: Array<FigureMiss['measure']>) => {
  const lines = figures.misses.filter((m) => measures.includes(m.measure)).map(figureMissLine);
  return `\n${lines.length} misses and wrong rows:\n${lines.join('\n')}\n`;
};
const share = (x: number) => x.toFixed(3);

describe('a build of the real texts against their hand-coded answers', () => {
  it('finds the annual targets of the plan year', () => {
    const t = figures.annual_targets;
    const why = `annual targets ${t.right}/${t.total}, recall ${share(t.recall)}, precision ${share(t.precision)}, ${t.false} false${misses('target_missed', 'false_target', 'report_rows')}`;
    expect(t.recall, why).toBeGreaterThanOrEqual(floors.annual_targets.recall);
    expect(t.precision, why).toBeGreaterThanOrEqual(floors.annual_targets.precision);
    expect(t.false, why).toBeLessThanOrEqual(floors.annual_targets.false_max);
  });

  it('finds the GDP targets and writes few wrong ones', () => {
    const g = figures.gdp_targets;
    const lines = figures.misses.filter((m) => m.key === 'gdp' && (m.measure === 'target_missed' || m.measure === 'false_target')).map(figureMissLine);
    const why = `GDP targets ${g.right}/${g.total}, ${g.false} false\n${lines.join('\n')}\n`;
    expect(g.right, why).toBeGreaterThanOrEqual(floors.gdp_targets.right);
    expect(g.false, why).toBeLessThanOrEqual(floors.gdp_targets.false_max);
  });

  it('finds the GDP result of the review year', () => {
    const r = figures.gdp_results;
    expect(r.right, `GDP results ${r.right}/${r.total}${misses('gdp_result', 'report_rows')}`).toBeGreaterThanOrEqual(floors.gdp_results.right);
  });

  it('finds the five-year GDP figures', () => {
    const r = figures.five_year_gdp;
    expect(r.right, `five-year GDP figures ${r.right}/${r.total}${misses('five_year', 'report_rows')}`).toBeGreaterThanOrEqual(floors.five_year_gdp.right);
  });

  it('gets plan and review years', () => {
    const r = figures.years;
    expect(r.right, `plan and review years ${r.right}/${r.total}${misses('year', 'report_rows')}`).toBeGreaterThanOrEqual(floors.years.right);
  });

  it('keeps the texts that are not work reports out', () => {
    const r = figures.not_reports_kept_out;
    expect(r.right, `not-reports kept out ${r.right}/${r.total}${misses('not_report_let_in')}`).toBeGreaterThanOrEqual(floors.not_reports_kept_out.right);
  });

  it('gets the provincial reports\' metadata', () => {
    const r = figures.metadata!;
    expect(r.right, `metadata fields ${r.right}/${r.total}${misses('metadata')}`).toBeGreaterThanOrEqual(floors.metadata_fields.right);
  });

  it('finds the problems the reports admit', () => {
    const p = problems;
    const why = `problems: passages found ${p.passages_found}/${p.reports}, items recall ${p.gold_items_found}/${p.gold_items} = ${share(p.recall)}, precision ${p.built_items_right}/${p.built_items} = ${share(p.precision)}\n${p.misses.map(spanMissLine).join('\n')}\n`;
    expect(p.passages_found, why).toBeGreaterThanOrEqual(floors.problems.passages_found);
    expect(p.recall, why).toBeGreaterThanOrEqual(floors.problems.recall);
    expect(p.precision, why).toBeGreaterThanOrEqual(floors.problems.precision);
  });

  for (const [table, of] of [['pledges', () => pledges], ['glossary', () => glossary]] as const) {
    it(`finds the ${table} items`, () => {
      const p = of();
      const why = `${table}: items recall ${p.gold_items_found}/${p.gold_items} = ${share(p.recall)}, precision ${p.built_items_right}/${p.built_items} = ${share(p.precision)}\n${p.misses.map(spanMissLine).join('\n')}\n`;
      // counts rather than shares: a table none of the texts has (glossary) gives 0/0
      expect(p.gold_items_found, why).toBeGreaterThanOrEqual(Math.ceil(floors[table].recall * p.gold_items));
      expect(p.built_items - p.built_items_right, why).toBeLessThanOrEqual(floors[table].wrong_max);
    });
  }

  it('scores every coded file, and the floors stay within what can be reached', () => {
    // a floor above the total (a typo, or gold rows dropped from the copy) would fail forever
    expect(figures.reports + figures.not_reports_kept_out.total).toBe(54);
    expect(floors.gdp_targets.right).toBeLessThanOrEqual(figures.gdp_targets.total);
    expect(floors.gdp_results.right).toBeLessThanOrEqual(figures.gdp_results.total);
    expect(floors.five_year_gdp.right).toBeLessThanOrEqual(figures.five_year_gdp.total);
    expect(floors.years.right).toBeLessThanOrEqual(figures.years.total);
    expect(floors.metadata_fields.right).toBeLessThanOrEqual(figures.metadata!.total);
    expect(floors.problems.passages_found).toBeLessThanOrEqual(problems.reports);
  });
});
