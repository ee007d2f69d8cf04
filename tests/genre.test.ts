/**
 * The genre sets (tests/fixtures/genre: 104 texts written for testing — 101 reports of every level, 1957–2026, and three that are not reports —
 * not real documents — see its README) built once and scored with `govreports score`: the figures
 * of the eight sets, and the problems, pledge lists and glossaries of set2 to set8 (the sets that code them).
 * Each score is held at its floor in floors.json, and a failure prints the misses.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../pipeline/build.ts';
import { scoreBuild } from '../pipeline/score/index.ts';
import { figureMissLine, type FigureSummary, type SpanSummary } from '../pipeline/score/report.ts';
import { spanMissLine } from '../pipeline/score/spans.ts';

const SET = 'tests/fixtures/genre';
const floors = JSON.parse(readFileSync(join(SET, 'floors.json'), 'utf8')) as {
  annual_targets: { right: number; false_max: number }; gdp_results: { right: number }; five_year_gdp: { right: number }; years: { right: number }; metadata_fields: { right: number };
  problems: { passages_found: number; right: number; wrong_max: number }; pledges: { right: number; wrong_max: number }; glossary: { right: number; wrong_max: number };
};

const SPAN_TABLES = ['problems', 'pledges', 'glossary'] as const;
let figures: FigureSummary;
let spans: Record<(typeof SPAN_TABLES)[number], SpanSummary>;
beforeAll(async () => {
  const out = join(mkdtempSync(join(tmpdir(), 'gr-genre-')), 'output');
  await build({ rawDir: join(SET, 'raw'), outDir: out, cacheDir: false });
  const score = scoreBuild({ outDir: out, gold: [join(SET, 'gold/figures.csv')], meta: join(SET, 'gold/reports.csv'), spans: { problems: join(SET, 'gold/problems.csv'), pledges: join(SET, 'gold/pledges.csv'), glossary: join(SET, 'gold/glossary.csv') } });
  figures = score.figures!;
  spans = { problems: score.spans.problems!, pledges: score.spans.pledges!, glossary: score.spans.glossary! };
});

const misses = () => `\n${figures.misses.map(figureMissLine).join('\n')}\n`;

describe('a build of the genre set against its hand-coded answers', () => {
  it('finds the annual targets and writes no wrong ones', () => {
    expect(figures.annual_targets.right, misses()).toBeGreaterThanOrEqual(floors.annual_targets.right);
    expect(figures.annual_targets.false, misses()).toBeLessThanOrEqual(floors.annual_targets.false_max);
  });
  it('finds the GDP results and the five-year GDP figures', () => {
    expect(figures.gdp_results.right, misses()).toBeGreaterThanOrEqual(floors.gdp_results.right);
    expect(figures.five_year_gdp.right, misses()).toBeGreaterThanOrEqual(floors.five_year_gdp.right);
  });
  it('gets the years and the metadata', () => {
    expect(figures.years.right, misses()).toBeGreaterThanOrEqual(floors.years.right);
    expect(figures.metadata!.right, misses()).toBeGreaterThanOrEqual(floors.metadata_fields.right);
  });
  for (const table of SPAN_TABLES) {
    it(`finds the ${table} items of set2 and set3 and writes no wrong ones`, () => {
      const p = spans[table];
      const why = `${table}: passages found ${p.passages_found}/${p.reports}, items ${p.gold_items_found}/${p.gold_items}, wrong ${p.built_items - p.built_items_right} of ${p.built_items}\n${p.misses.map(spanMissLine).join('\n')}\n`;
      expect(p.gold_items_found, why).toBeGreaterThanOrEqual(floors[table].right);
      expect(p.built_items - p.built_items_right, why).toBeLessThanOrEqual(floors[table].wrong_max);
      if (table === 'problems') expect(p.passages_found, why).toBeGreaterThanOrEqual(floors.problems.passages_found);
    });
  }
  it('scores all 101 reports, keeps the three that are not reports out, and the floors stay within reach', () => {
    expect(figures.reports).toBe(101);
    expect(figures.not_reports_kept_out).toMatchObject({ right: 3, total: 3 });
    expect(floors.annual_targets.right).toBeLessThanOrEqual(figures.annual_targets.total);
    expect(floors.metadata_fields.right).toBeLessThanOrEqual(figures.metadata!.total);
    // the 85 reports of set2 to set8 are coded for the long tail (those with none have an ordinal-0 row)
    for (const table of SPAN_TABLES) {
      expect(spans[table].reports).toBe(85);
      expect(floors[table].right).toBeLessThanOrEqual(spans[table].gold_items);
    }
  });
});
