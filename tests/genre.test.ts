/**
 * The genre sets (tests/fixtures/genre: 30 reports written for testing at every level, 1992–2026,
 * not real documents — see its README) built once and scored with `govreports score`; each score
 * is held at its floor in floors.json, and a failure prints the misses.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../pipeline/build.ts';
import { scoreBuild } from '../pipeline/score/index.ts';
import { figureMissLine, type FigureSummary } from '../pipeline/score/report.ts';

const SET = 'tests/fixtures/genre';
const floors = JSON.parse(readFileSync(join(SET, 'floors.json'), 'utf8')) as {
  annual_targets: { right: number; false_max: number }; gdp_results: { right: number }; five_year_gdp: { right: number }; years: { right: number }; metadata_fields: { right: number };
};

let figures: FigureSummary;
beforeAll(async () => {
  const out = join(mkdtempSync(join(tmpdir(), 'gr-genre-')), 'output');
  await build({ rawDir: join(SET, 'raw'), outDir: out, cacheDir: false });
  figures = scoreBuild({ outDir: out, gold: [join(SET, 'gold/figures.csv')], meta: join(SET, 'gold/reports.csv'), spans: {} }).figures!;
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
  it('scores all 30 reports, and the floors stay within reach', () => {
    expect(figures.reports).toBe(30);
    expect(floors.annual_targets.right).toBeLessThanOrEqual(figures.annual_targets.total);
    expect(floors.metadata_fields.right).toBeLessThanOrEqual(figures.metadata!.total);
  });
});
