/**
 * target_outcomes on hand-made rows: each qualifier met and missed, each side missing, the
 * statement that no target is set, the outcome's fallbacks and preferences, value units, the
 * national government and the figures that must stay out. The SQL is the one the build runs.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { columnsOf, derivedColumnsOf, DUCKDB_TYPE, target_outcomes, type Indicator, type NoTargetStatement, type Report, type TableName } from '../schemas/index.ts';
import { build } from '../pipeline/build.ts';
import { writeTargetOutcomes } from '../pipeline/load/targetOutcomes.ts';
import { synth } from '../pipeline/synth/index.ts';

const readCsv = (p: string) => Papa.parse<Record<string, string>>(readFileSync(p, 'utf8'), { header: true, skipEmptyLines: true }).data;
const num = (s: string) => (s === '' ? null : Number(s));

type Side = Partial<Indicator> & Pick<Indicator, 'indicator' | 'kind' | 'year'>;

let seq = 0;
const rid = () => `r${String(++seq).padStart(15, '0')}`;

interface Gov { code: string | null; level: Report['admin_level']; name: string }
const COUNTY: Gov = { code: '430211', level: 'county', name: '株洲市天元区' };
const CITY: Gov = { code: '431000', level: 'prefecture', name: '郴州市' };
const NATION: Gov = { code: null, level: 'national', name: '中华人民共和国' };

const reports: Report[] = [];
const indicators: Indicator[] = [];
const statements: NoTargetStatement[] = [];

/** A report of a government for a plan year, with its figures. */
function reportOf(gov: Gov, planYear: number | null, figures: Side[], opts: { reviewYear?: number; truncated?: boolean; chars?: number } = {}): string {
  const id = rid();
  reports.push({
    report_id: id, source_file: `${id}.txt`, origin: null, raw_sha256: id, source_kind: 'plain', encoding: 'utf-8', bytes: 1, title: 't',
    admin_level: gov.level, province: null, prefecture: null, county: null, region_name: gov.name, admin_code: gov.code,
    review_year: opts.reviewYear ?? (planYear === null ? null : planYear - 1), plan_year: planYear, meeting_date: null, congress_term: null,
    congress_session: null, speaker_name: null, speaker_title: null, chars: opts.chars ?? 1000, truncated: opts.truncated ?? false,
  });
  figures.forEach((f, k) => {
    indicators.push({
      report_id: id, label: f.indicator, year_end: f.year, basis: 'annual', value: null, unit: null, value_normalized: null, unit_normalized: null,
      growth_pct: null, growth_pct_high: null, value_high: null, qualifier: 'exact', scope: null, frame_rule: f.kind === 'target' ? 'plan_part' : 'review_part', frame_cue: '', frame_source: 'part',
      sentence: `${f.indicator} ${f.kind} ${f.year} #${k}`,
      char_start: 10 * (k + 1), char_end: 10 * (k + 1) + 5, ...f,
    });
  });
  return id;
}

let con: DuckDBConnection;
let db: DuckDBInstance;
let rows: Array<Record<string, unknown>>;
const rowOf = (code: string | null, indicator: string, year: number) => {
  const hit = rows.filter((r) => r.admin_code === code && r.indicator === indicator && r.year === year);
  expect(hit, `${code} ${indicator} ${year}`).toHaveLength(1);
  return hit[0];
};

const sql = (v: unknown) => (v === null || v === undefined ? 'NULL' : typeof v === 'string' ? `'${v.replace(/'/g, "''")}'` : String(v));
async function load(table: TableName, data: Array<Record<string, unknown>>) {
  const cols = columnsOf(table);
  await con.run(`CREATE TABLE ${table} (${cols.map((c) => `${c.name} ${DUCKDB_TYPE[c.type]}`).join(', ')})`);
  if (data.length) await con.run(`INSERT INTO ${table} VALUES ${data.map((r) => `(${cols.map((c) => sql(r[c.name])).join(', ')})`).join(', ')}`);
}

beforeAll(async () => {
  // Each qualifier, met and missed: county targets of 2021 against 2022's report.
  reportOf(COUNTY, 2021, [
    { indicator: 'gdp', kind: 'target', year: 2021, growth_pct: 7, qualifier: 'about' },
    { indicator: 'retail_sales', kind: 'target', year: 2021, growth_pct: 8, qualifier: 'about' },
    { indicator: 'fixed_asset_investment', kind: 'target', year: 2021, growth_pct: 10, qualifier: 'at_least' },
    { indicator: 'general_budget_revenue', kind: 'target', year: 2021, growth_pct: 6, qualifier: 'at_least' },
    { indicator: 'urban_surveyed_unemployment_rate', kind: 'target', year: 2021, value: 5.5, unit: '%', value_normalized: 5.5, unit_normalized: 'percent', qualifier: 'at_most' },
    { indicator: 'urban_registered_unemployment_rate', kind: 'target', year: 2021, value: 4, unit: '%', value_normalized: 4, unit_normalized: 'percent', qualifier: 'at_most' },
    { indicator: 'above_scale_industrial_value_added', kind: 'target', year: 2021, growth_pct: 6, growth_pct_high: 6.5, qualifier: 'range' },
    { indicator: 'industrial_value_added', kind: 'target', year: 2021, growth_pct: 6, growth_pct_high: 6.5, qualifier: 'range' },
    { indicator: 'rural_disposable_income', kind: 'target', year: 2021, growth_pct: 7, qualifier: 'exact' },
    { indicator: 'urban_disposable_income', kind: 'target', year: 2021, growth_pct: 7, qualifier: 'exact' },
    // A value in other units than the outcome's: compared in the normalized unit.
    { indicator: 'new_urban_jobs', kind: 'target', year: 2021, value: 1.2, unit: '万人', value_normalized: 12000, unit_normalized: 'person', qualifier: 'at_least' },
    // about for a count: no tolerance is stated, so met stays null.
    { indicator: 'tourists', kind: 'target', year: 2021, value: 500, unit: '万人次', value_normalized: 5000000, unit_normalized: 'person_time', qualifier: 'about' },
    // Left out: a multi-year figure, a sub-area's figure, a target for another year.
    { indicator: 'cpi', kind: 'target', year: 2021, year_end: 2025, basis: 'average_annual', value: 3, unit: '%', qualifier: 'at_most' },
    { indicator: 'grain_output', kind: 'target', year: 2021, value: 30, unit: '万吨', scope: '高新区' },
    // A scope that names the whole county is the county's own figure.
    { indicator: 'air_quality_good_days', kind: 'target', year: 2021, value: 300, unit: '天', value_normalized: 300, unit_normalized: 'day', qualifier: 'at_least', scope: '全县' },
    { indicator: 'tourism_revenue', kind: 'target', year: 2025, growth_pct: 10 },
    // Value ranges (进出口总额50亿—55亿元): met within both ends, in the normalized unit.
    { indicator: 'import_export', kind: 'target', year: 2021, value: 50, value_high: 55, unit: '亿元', value_normalized: 5e9, unit_normalized: 'yuan', qualifier: 'range' },
    { indicator: 'actual_foreign_investment', kind: 'target', year: 2021, value: 1, value_high: 1.2, unit: '亿美元', value_normalized: 1e8, unit_normalized: 'usd', qualifier: 'range' },
  ]);
  reportOf(COUNTY, 2022, [
    { indicator: 'gdp', kind: 'actual', year: 2021, growth_pct: 7.5 }, // about 7: met (within 0.5)
    { indicator: 'retail_sales', kind: 'actual', year: 2021, growth_pct: 8.6 }, // about 8: missed by 0.6
    { indicator: 'fixed_asset_investment', kind: 'actual', year: 2021, growth_pct: 10 }, // at_least 10: met
    { indicator: 'general_budget_revenue', kind: 'actual', year: 2021, growth_pct: 5.9 }, // at_least 6: missed
    { indicator: 'urban_surveyed_unemployment_rate', kind: 'actual', year: 2021, value: 5.2, unit: '%', value_normalized: 5.2, unit_normalized: 'percent' },
    { indicator: 'urban_registered_unemployment_rate', kind: 'actual', year: 2021, value: 4.1, unit: '%', value_normalized: 4.1, unit_normalized: 'percent' },
    { indicator: 'above_scale_industrial_value_added', kind: 'actual', year: 2021, growth_pct: 6.5 }, // range: met at the high end
    { indicator: 'industrial_value_added', kind: 'actual', year: 2021, growth_pct: 5.9 }, // range: below
    { indicator: 'rural_disposable_income', kind: 'actual', year: 2021, growth_pct: 7 }, // exact: met
    { indicator: 'urban_disposable_income', kind: 'actual', year: 2021, growth_pct: 7.2 }, // exact: not
    { indicator: 'new_urban_jobs', kind: 'actual', year: 2021, value: 13500, unit: '人', value_normalized: 13500, unit_normalized: 'person' },
    { indicator: 'tourists', kind: 'actual', year: 2021, value: 520, unit: '万人次', value_normalized: 5200000, unit_normalized: 'person_time' },
    { indicator: 'import_export', kind: 'actual', year: 2021, value: 532000, unit: '万元', value_normalized: 5.32e9, unit_normalized: 'yuan' },
    { indicator: 'actual_foreign_investment', kind: 'actual', year: 2021, value: 13000, unit: '万美元', value_normalized: 1.3e8, unit_normalized: 'usd' },
    { indicator: 'air_quality_good_days', kind: 'estimate', year: 2021, value: 310, unit: '天', value_normalized: 310, unit_normalized: 'day', scope: '预计全区' },
    // An estimate and an actual for the same year: the actual.
    { indicator: 'cpi', kind: 'estimate', year: 2021, value: 2.1, unit: '%', value_normalized: 2.1, unit_normalized: 'percent' },
    { indicator: 'cpi', kind: 'actual', year: 2021, value: 1.9, unit: '%', value_normalized: 1.9, unit_normalized: 'percent' },
    // The target of 2022; its outcome comes only from 2024's review (2023's report has none).
    { indicator: 'gdp', kind: 'target', year: 2022, growth_pct: 6.5, qualifier: 'at_least' },
    // A growth target whose next report gives a value-only actual and a growth estimate: the growth.
    { indicator: 'retail_sales', kind: 'target', year: 2022, growth_pct: 8, qualifier: 'about' },
  ]);
  reportOf(COUNTY, 2023, [
    { indicator: 'retail_sales', kind: 'actual', year: 2022, value: 120, unit: '亿元', value_normalized: 12000000000, unit_normalized: 'yuan' },
    { indicator: 'retail_sales', kind: 'estimate', year: 2022, growth_pct: 7.8 },
    // The target of 2023 has no outcome in any report: the outcome side is missing.
    { indicator: 'gdp', kind: 'target', year: 2023, growth_pct: 6, qualifier: 'about' },
  ]);
  reportOf(COUNTY, 2024, [
    { indicator: 'gdp', kind: 'actual', year: 2022, growth_pct: 6.1 },
    // 2023's gdp is not given here either, and an outcome for 2023 from a report for 2023 itself does not count.
  ]);
  // A city that says it sets no GDP number for 2020 and reports 2020's growth a year later.
  const city2020 = reportOf(CITY, 2020, [
    { indicator: 'fixed_asset_investment', kind: 'target', year: 2020, growth_pct: 8, qualifier: 'exact' },
  ]);
  statements.push({ report_id: city2020, indicator: 'gdp', label: '经济增速', year: 2020, year_end: 2020, basis: 'annual', cue: 'not_set_target', text: '不提出全年经济增速具体目标', sentence: '今年不提出全年经济增速具体目标。', char_start: 100, char_end: 113 });
  // A plan-period statement: not annual, so it is no year's "no target".
  statements.push({ report_id: city2020, indicator: 'retail_sales', label: '社会消费品零售总额', year: 2021, year_end: 2025, basis: 'average_annual', cue: 'set_each_year', text: 'x', sentence: 'x', char_start: 200, char_end: 201 });
  reportOf(CITY, 2021, [
    { indicator: 'gdp', kind: 'estimate', year: 2020, growth_pct: 3.1 },
    { indicator: 'fixed_asset_investment', kind: 'actual', year: 2020, growth_pct: 9 },
  ]);
  // The national government, joined by its level; a region whose code stayed unknown is left out.
  reportOf(NATION, 2019, [{ indicator: 'gdp', kind: 'target', year: 2019, growth_pct: 6, growth_pct_high: 6.5, qualifier: 'range' }]);
  reportOf({ ...NATION, name: '全国' }, 2020, [{ indicator: 'gdp', kind: 'actual', year: 2019, growth_pct: 6.1 }]);
  reportOf({ code: null, level: 'county', name: '新华区' }, 2021, [{ indicator: 'gdp', kind: 'target', year: 2021, growth_pct: 9 }]);
  // A report with no plan year of its own: its year is its review year + 1.
  reportOf({ code: '650105', level: 'county', name: '乌鲁木齐市水磨沟区' }, 2022, [{ indicator: 'gdp', kind: 'target', year: 2022, growth_pct: 7, qualifier: 'at_least' }]);
  reportOf({ code: '650105', level: 'county', name: '乌鲁木齐市水磨沟区' }, null, [{ indicator: 'gdp', kind: 'actual', year: 2022, growth_pct: 7.4 }], { reviewYear: 2022 });

  // Three copies of one report (a cut-off web copy first in report_id order, a whole short one, a
  // whole long one): the whole, longest copy's target counts.
  const YIBIN: Gov = { code: '511500', level: 'prefecture', name: '宜宾市' };
  reportOf(YIBIN, 2021, [{ indicator: 'gdp', kind: 'target', year: 2021, growth_pct: 5, qualifier: 'about' }], { truncated: true, chars: 9000 });
  reportOf(YIBIN, 2021, [{ indicator: 'gdp', kind: 'target', year: 2021, growth_pct: 6, qualifier: 'about' }], { chars: 20000 });
  reportOf(YIBIN, 2021, [{ indicator: 'gdp', kind: 'target', year: 2021, growth_pct: 8, qualifier: 'about' }], { chars: 21000 });

  db = await DuckDBInstance.create(':memory:');
  con = await db.connect();
  await load('reports', reports);
  await load('indicators', indicators);
  await load('no_target_statements', statements);
  await writeTargetOutcomes(con);
  rows = (await con.runAndReadAll('SELECT * FROM target_outcomes ORDER BY admin_code NULLS FIRST, indicator, year')).getRowObjectsJS() as Array<Record<string, unknown>>;
  for (const r of rows) for (const [k, v] of Object.entries(r)) if (typeof v === 'bigint') r[k] = Number(v);
});
afterAll(() => { con?.closeSync(); db?.closeSync(); });

describe('target_outcomes', () => {
  it('is what its schema says, one row per government, indicator and year', () => {
    for (const r of rows) expect(target_outcomes.safeParse(r).success, JSON.stringify(r)).toBe(true);
    const keys = rows.map((r) => `${r.admin_code}|${r.indicator}|${r.year}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it.each([
    ['gdp', 'about', 7.5, true], ['retail_sales', 'about', 8.6, false],
    ['fixed_asset_investment', 'at_least', 10, true], ['general_budget_revenue', 'at_least', 5.9, false],
    ['above_scale_industrial_value_added', 'range', 6.5, true], ['industrial_value_added', 'range', 5.9, false],
    ['rural_disposable_income', 'exact', 7, true], ['urban_disposable_income', 'exact', 7.2, false],
  ])('compares growth for %s (%s): outcome %s → met %s', (indicator, qualifier, outcome, met) => {
    const r = rowOf('430211', indicator, 2021);
    expect([r.target_qualifier, r.outcome_growth_pct, r.compared_on, r.met, r.target_stated, r.outcome_kind]).toEqual([qualifier, outcome, 'growth_pct', met, true, 'actual']);
  });

  it('takes one report per government and year: a whole copy before a cut-off one, then the longest', () => {
    expect(rowOf('511500', 'gdp', 2021)).toMatchObject({ target_growth_pct: 8 });
  });

  it('compares a value range on both ends, in the normalized unit', () => {
    expect(rowOf('430211', 'import_export', 2021)).toMatchObject({ target_value: 50, target_value_high: 55, target_qualifier: 'range', compared_on: 'value', met: true });
    expect(rowOf('430211', 'actual_foreign_investment', 2021)).toMatchObject({ target_value_high: 1.2, compared_on: 'value', met: false });
  });

  it('compares rates and counts on their values, in the normalized unit', () => {
    expect(rowOf('430211', 'urban_surveyed_unemployment_rate', 2021)).toMatchObject({ compared_on: 'value', met: true, difference: -0.3 });
    expect(rowOf('430211', 'urban_registered_unemployment_rate', 2021)).toMatchObject({ compared_on: 'value', met: false });
    expect(rowOf('430211', 'new_urban_jobs', 2021)).toMatchObject({ target_value: 1.2, target_unit: '万人', outcome_value: 13500, outcome_unit: '人', compared_on: 'value', met: true, difference: 1500 });
    // about for a count: no tolerance stated, so no verdict (the difference is still there).
    expect(rowOf('430211', 'tourists', 2021)).toMatchObject({ compared_on: 'value', met: null, difference: 200000 });
  });

  it('takes the actual over the estimate of the same report, and the nearest report over a later one', () => {
    expect(rowOf('430211', 'cpi', 2021)).toMatchObject({ outcome_kind: 'actual', outcome_value: 1.9, target_stated: null });
    // 2022's retail target: the 2023 report's growth estimate, not its value-only actual.
    expect(rowOf('430211', 'retail_sales', 2022)).toMatchObject({ outcome_kind: 'estimate', outcome_growth_pct: 7.8, met: true });
  });

  it('falls back to a later report\'s review when the next report gives no outcome', () => {
    const r = rowOf('430211', 'gdp', 2022);
    const from2024 = reports.find((x) => x.admin_code === '430211' && x.plan_year === 2024)!.report_id;
    expect(r).toMatchObject({ target_growth_pct: 6.5, outcome_growth_pct: 6.1, outcome_report_id: from2024, met: false });
  });

  it('keeps each missing side missing', () => {
    // Target only: no report gives 2023's outcome.
    expect(rowOf('430211', 'gdp', 2023)).toMatchObject({ target_stated: true, outcome_kind: null, outcome_report_id: null, compared_on: null, met: null, difference: null });
    // Outcome only: no report for 2020 in the county, so no target found.
    expect(rowOf('430211', 'gdp', 2021).target_report_id).not.toBeNull();
    expect(rowOf('431000', 'fixed_asset_investment', 2020)).toMatchObject({ target_stated: true, met: false });
    expect(rows.filter((r) => r.admin_code === '430211' && r.indicator === 'cpi')).toHaveLength(1);
  });

  it('tells "no target stated" from "not found"', () => {
    const said = rowOf('431000', 'gdp', 2020);
    expect(said).toMatchObject({ target_stated: false, target_sentence: '今年不提出全年经济增速具体目标。', target_char_start: 100, target_char_end: 113, outcome_growth_pct: 3.1, outcome_kind: 'estimate', met: null });
    const notFound = rowOf('430211', 'cpi', 2021);
    expect(notFound.target_stated).toBeNull();
    // A plan-period statement says nothing about one year.
    expect(rows.some((r) => r.admin_code === '431000' && r.indicator === 'retail_sales')).toBe(false);
  });

  it('counts a scope that names the whole region as the region\'s own', () => {
    expect(rowOf('430211', 'air_quality_good_days', 2021)).toMatchObject({ target_value: 300, outcome_value: 310, met: true });
  });

  it('leaves out multi-year figures, figures of a sub-area and targets for other years', () => {
    expect(rows.some((r) => r.indicator === 'grain_output' || r.indicator === 'tourism_revenue')).toBe(false);
    expect(rowOf('430211', 'cpi', 2021).target_value).toBeNull();
  });

  it('joins the national government by its level and leaves out a region without a code', () => {
    expect(rowOf(null, 'gdp', 2019)).toMatchObject({ admin_level: 'national', region_name: '全国', target_qualifier: 'range', outcome_growth_pct: 6.1, met: true });
    expect(rows.some((r) => r.region_name === '新华区')).toBe(false);
  });

  it('dates a report without a plan year by its review year', () => {
    expect(rowOf('650105', 'gdp', 2022)).toMatchObject({ outcome_growth_pct: 7.4, met: true });
  });
});

describe('target_outcomes of a synthetic panel (synth --regions)', () => {
  let out: string;
  let raw: string;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gr-panel-'));
    raw = join(dir, 'raw');
    out = join(dir, 'out');
    synth({ count: 96, seed: 7, outDir: raw, fromDir: 'raw', regions: 12 });
    await build({ rawDir: raw, outDir: out, cacheDir: false, threads: 2 });
  }, 120_000);

  it('gives each government consecutive years', () => {
    const truth = readCsv(join(raw, '_truth.csv'));
    const years = new Map<string, number[]>();
    for (const t of truth.filter((x) => x.field === 'plan_year')) {
      const code = truth.find((x) => x.file === t.file && x.field === 'admin_code')!.expected;
      years.set(code, [...(years.get(code) ?? []), Number(t.expected)].sort((a, b) => a - b));
    }
    expect(years.size).toBe(12);
    for (const ys of years.values()) expect(ys).toEqual(ys.map((_, k) => ys[0] + k));
  });

  it('holds every target and outcome synth wrote, and met as the rule says', () => {
    const truth = readCsv(join(raw, '_truth.csv'));
    const meta = new Map<string, Record<string, string>>();
    for (const t of truth) if (!t.field.includes(':')) meta.set(t.file, { ...meta.get(t.file), [t.field]: t.expected });
    type Expected = { target?: Record<string, string>; stated?: boolean; outcome?: Record<string, string>; kind?: string };
    const expected = new Map<string, Expected>();
    const at = (code: string, indicator: string, year: string) => {
      const k = `${code}|${indicator}|${year}`;
      if (!expected.has(k)) expected.set(k, {});
      return expected.get(k)!;
    };
    for (const t of truth) {
      const code = meta.get(t.file)!.admin_code;
      const [what, indicator, kind, year] = t.field.split(':');
      const values = Object.fromEntries(t.expected.split(';').map((kv) => kv.split('=')));
      if (what === 'no_target') at(code, indicator, kind).stated = false; // no_target:gdp:YEAR
      else if (what === 'indicator' && kind === 'target') Object.assign(at(code, indicator, year), { target: values, stated: true });
      else if (what === 'indicator') Object.assign(at(code, indicator, year), { outcome: values, kind });
    }
    const rows = readCsv(join(out, 'csv/target_outcomes.csv'));
    const have = new Set(rows.map((r) => `${r.admin_code}|${r.indicator}|${r.year}`));
    expect([...expected.keys()].filter((k) => !have.has(k))).toEqual([]);
    expect(rows.length).toBe(expected.size);
    const tally: Record<string, number> = {};
    for (const r of rows) {
      const e = expected.get(`${r.admin_code}|${r.indicator}|${r.year}`);
      expect(e, `${r.admin_code} ${r.indicator} ${r.year}`).toBeDefined();
      expect(r.target_stated === '' ? undefined : r.target_stated === 'true').toBe(e!.stated);
      const growth = e!.outcome?.growth_pct ?? null;
      const value = e!.outcome?.value ?? null;
      expect([num(r.outcome_growth_pct), num(r.outcome_value), r.outcome_kind || undefined]).toEqual([num(growth ?? ''), num(value ?? ''), e!.kind]);
      expect([num(r.target_growth_pct), num(r.target_growth_pct_high), r.target_qualifier || undefined]).toEqual([num(e!.target?.growth_pct ?? ''), num(e!.target?.growth_pct_high ?? ''), e!.target?.qualifier]);
      // met by the rule, from synth's own numbers.
      let met: boolean | null = null;
      if (e!.target && e!.outcome) {
        const t = Number(e!.target.growth_pct ?? e!.target.value);
        const o = Number(e!.outcome.growth_pct ?? e!.outcome.value);
        const q = e!.target.qualifier;
        met = q === 'about' ? Math.abs(o - t) <= 0.5 + 1e-9 : q === 'at_least' ? o >= t : q === 'at_most' ? o <= t : q === 'range' ? o >= t && o <= Number(e!.target.growth_pct_high) : o === t;
      }
      expect(r.met === '' ? null : r.met === 'true', `${r.admin_code} ${r.indicator} ${r.year}`).toBe(met);
      const key = `${r.target_qualifier || 'none'}:${r.met || 'null'}`;
      tally[key] = (tally[key] ?? 0) + 1;
    }
    // The panel covers every qualifier, met and missed, and both missing sides.
    for (const q of ['about', 'at_least', 'at_most', 'range']) expect(tally[`${q}:true`] ?? 0, `${q} met`).toBeGreaterThan(0);
    for (const q of ['about', 'at_least', 'range']) expect(tally[`${q}:false`] ?? 0, `${q} missed`).toBeGreaterThan(0);
    expect(rows.some((r) => r.target_stated === 'false')).toBe(true);
    expect(rows.some((r) => r.target_stated === '' && r.outcome_kind)).toBe(true);
    expect(rows.some((r) => r.target_stated === 'true' && !r.outcome_kind)).toBe(true);
  });

  it('is in the database, the Parquet file and datapackage.json with its schema\'s columns', async () => {
    const dp = JSON.parse(readFileSync(join(out, 'datapackage.json'), 'utf8'));
    const names = derivedColumnsOf('target_outcomes').map((c) => c.name);
    for (const format of ['csv', 'parquet']) {
      const res = dp.resources.find((r: { name: string }) => r.name === `target_outcomes-${format}`);
      expect(res.schema.fields.map((f: { name: string }) => f.name)).toEqual(names);
      expect(res.schema.fields.find((f: { name: string }) => f.name === 'met').description).toContain('±0.5');
      expect(res.hash).toBe(`sha256:${createHash('sha256').update(readFileSync(join(out, res.path))).digest('hex')}`);
    }
    const db2 = await DuckDBInstance.create(join(out, 'govreports.duckdb'), { access_mode: 'READ_ONLY' });
    const c = await db2.connect();
    const n = (await c.runAndReadAll(`SELECT (SELECT count(*) FROM target_outcomes), (SELECT count(*) FROM read_parquet('${join(out, 'parquet/target_outcomes.parquet')}')), (SELECT comment FROM duckdb_columns() WHERE table_name = 'target_outcomes' AND column_name = 'met')`)).getRows()[0];
    expect(Number(n[0])).toBe(readCsv(join(out, 'csv/target_outcomes.csv')).length);
    expect(Number(n[1])).toBe(Number(n[0]));
    expect(String(n[2])).toContain('at_least');
    c.closeSync();
    db2.closeSync();
  });
});
