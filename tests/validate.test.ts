import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columnsOf, TABLE_NAMES, TABLES, type ColumnInfo, type Indicator, type Report } from '../schemas/index.ts';
import { z } from 'zod';
import { compiledParser, compileObject } from '../pipeline/validate/compiled.ts';
import { dropDuplicateReports } from '../pipeline/build.ts';
import { dropDuplicateFigures, INDICATOR_CHECKS, runChecks, validateFile } from '../pipeline/validate/index.ts';
import { report, run, summaryOf } from './helpers.ts';

const base = run(report({ plan: 2023, review: ['全年地区生产总值增长4%，新增城镇就业8316人。'], planText: ['地区生产总值增长7.5%左右，城镇调查失业率控制在5.5%以内。'] }));
const rep = base.rows.reports[0];
const ind = (over: Partial<Indicator>) => ({ ...base.rows.indicators.find((i) => i.indicator === 'gdp' && i.kind === 'target')!, ...over });
const validate = (over: { reports?: Partial<Report>[]; indicators?: Partial<Indicator>[] }) =>
  validateFile({
    sourceFile: 'f.txt', cleanText: base.cleanText,
    rows: { ...base.rows, reports: over.reports ? over.reports.map((r) => ({ ...rep, ...r })) : base.rows.reports, indicators: (over.indicators ?? base.rows.indicators) as Indicator[] } as never,
  });

/** Values of a column's declared type mostly, and now and then anything at all. */
const junk = fc.oneof(
  fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constantFrom(null, undefined, -0, Number.NaN, Infinity, -Infinity, 2 ** 53, -(2 ** 53), 2 ** 31, 0.5, '', '2023-01-05', 'target', [], {}),
);
function valueOf(c: ColumnInfo): fc.Arbitrary<unknown> {
  const typed = c.enumValues ? fc.constantFrom(...c.enumValues)
    : c.type === 'integer' ? fc.oneof(fc.integer(), fc.maxSafeInteger(), fc.constantFrom(-0, 2 ** 31, -(2 ** 31) - 1))
    : c.type === 'number' ? fc.double({ noNaN: true, noDefaultInfinity: true })
    : c.type === 'boolean' ? fc.boolean()
    : c.type === 'date' ? fc.constantFrom('2023-01-05', '2024-02-29', '2023-02-29')
    : fc.string({ unit: 'binary', maxLength: 20 });
  const valid = c.nullable ? fc.oneof(typed, fc.constant(null)) : typed;
  return fc.oneof({ weight: 30, arbitrary: valid }, { weight: 1, arbitrary: junk });
}
const rowOf = (table: (typeof TABLE_NAMES)[number]) =>
  fc.tuple(fc.record(Object.fromEntries(columnsOf(table).map((c) => [c.name, valueOf(c)]))), fc.dictionary(fc.constantFrom('extra', 'note', '__x'), junk, { maxKeys: 2 }))
    .map(([row, extra]) => ({ ...extra, ...row }));

describe('validate: the compiled form of the schemas', () => {
  it('accepts only what zod accepts, returns what zod returns, and accepts every plain row zod accepts', () => {
    let compiled = 0;
    for (const table of TABLE_NAMES) {
      const quick = compiledParser(table);
      if (!quick) continue;
      compiled++;
      fc.assert(fc.property(rowOf(table), (row) => {
        const fast = quick(row);
        const slow = TABLES[table].safeParse(row);
        if (fast) {
          expect(slow.success).toBe(true);
          expect(fast).toStrictEqual(slow.data);
          expect(Object.keys(fast)).toEqual(Object.keys(slow.data!));
        } else {
          expect(slow.success).toBe(false);
        }
      }), { numRuns: 400 });
      expect(quick(null)).toBeNull();
      expect(quick([])).toBeNull();
    }
    // Every table but reports, whose date column is left to zod.
    expect(compiled).toBe(TABLE_NAMES.length - 1);
    expect(compiledParser('reports')).toBeNull();
  });

  it('leaves to zod what it does not know to compile', () => {
    const plain = { id: z.string(), n: z.int() };
    expect(compileObject(z.object(plain))).not.toBeNull();
    expect(compileObject(z.strictObject(plain))).toBeNull(); // other keys are an error there
    expect(compileObject(z.looseObject(plain))).toBeNull(); // and kept there
    expect(compileObject(z.object(plain).refine((r) => r.n > 0))).toBeNull();
    expect(compileObject(z.object({ ...plain, m: z.int().min(0) }))).toBeNull();
    expect(compileObject(z.object({ ...plain, s: z.string().max(3) }))).toBeNull();
    expect(compileObject(z.object({ ...plain, x: z.number().refine((v) => v !== 1) }))).toBeNull();
    expect(compileObject(z.object({ ...plain, d: z.iso.date() }))).toBeNull();
    expect(compileObject(z.object({ ...plain, o: z.string().optional() }))).toBeNull();
    expect(compileObject(z.object({ ...plain, 'bad-name': z.string() }))).toBeNull();
  });

  it('parses the rows of a real report the way zod does', () => {
    for (const [table, rows] of Object.entries(base.rows)) {
      for (const row of rows as unknown[]) {
        const slow = TABLES[table as keyof typeof TABLES].safeParse(row);
        const fast = compiledParser(table as keyof typeof TABLES)?.(row);
        if (fast !== undefined) expect(fast).toStrictEqual(slow.data);
      }
    }
  });
});

describe('validate: schemas', () => {
  it('passes the records of a good report untouched', () => {
    const v = validate({});
    expect(v.rejects).toEqual([]);
    expect(v.warnings).toEqual([]);
    expect(v.rows.indicators).toHaveLength(base.rows.indicators.length);
  });
  it('rejects a record that fails its schema, with the schema\'s message', () => {
    const v = validate({ indicators: [ind({ kind: 'guess' as never })] });
    expect(v.rows.indicators).toEqual([]);
    expect(v.rejects[0]).toMatchObject({ stage: 'validate', reason: 'schema_indicators' });
    expect(v.rejects[0].detail).toMatch(/kind/);
  });
  it('drops every row of a report whose own row fails, rejecting them with it', () => {
    const v = validate({ reports: [{ chars: -1.5 }] });
    expect(v.rows.reports).toEqual([]);
    expect(v.rows.indicators).toEqual([]);
    expect(v.rejects[0].reason).toBe('schema_reports');
  });
});

describe('validate: cross-record checks, acting by the severity in the schema', () => {
  it('warns when plan_year is not review_year + 1 (plan_year: warn)', () => {
    const v = validate({ reports: [{ review_year: 2021, plan_year: 2023 }], indicators: [] });
    expect(v.rows.reports).toHaveLength(1);
    expect(v.warnings.join()).toMatch(/plan_year_follows_review_year/);
  });
  it('nulls an admin_code that disagrees with the names (admin_code: nullify)', () => {
    const v = validate({ reports: [{ admin_code: '650105' }], indicators: [] });
    expect(v.rows.reports[0].admin_code).toBeNull();
    expect(v.warnings.join()).toMatch(/admin_code_agrees_with_names.*水磨沟区, not 天元区/);
  });
  it('rejects an annual target whose year is not the plan year (year: reject)', () => {
    const v = validate({ indicators: [ind({ year: 2022, year_end: 2022 })] });
    expect(v.rows.indicators).toEqual([]);
    expect(v.rejects[0].reason).toBe('annual_figure_year_matches_report');
  });
  it('warns about implausible growth (growth_pct: warn) and rejects an implausible rate (value: reject)', () => {
    const rate = base.rows.indicators.find((i) => i.indicator === 'urban_surveyed_unemployment_rate')!;
    const v = runChecks([ind({ growth_pct: 180 }), { ...rate, value: 55 }], INDICATOR_CHECKS, () => ({ report: rep }), 'f.txt');
    expect(v.rows.map((r) => r.indicator)).toEqual(["gdp"]);
    expect(v.warnings.join()).toMatch(/growth_plausible/);
    expect(v.rejects.map((r) => r.reason)).toEqual(['rate_plausible']);
  });
  it('rejects a unit that does not fit the indicator (unit: reject)', () => {
    const v = validate({ indicators: [ind({ value: 7.5, unit: '万人' })] });
    expect(v.rejects.map((r) => r.reason)).toEqual(['unit_fits_indicator']);
  });
  it('rejects a span that does not hold the figure', () => {
    const v = validate({ indicators: [ind({ char_start: 0, char_end: 4 })] });
    expect(v.rejects.map((r) => r.reason)).toEqual(['offset_mismatch']);
  });
  it('rejects a restatement of a figure and keeps the fuller statement, wherever it stands', () => {
    const a = ind({});
    const v = dropDuplicateFigures([a, { ...a }], 'f.txt');
    expect(v.rows).toEqual([a]);
    expect(v.rejects.map((r) => r.reason)).toEqual(['duplicate_figure']);
    const level = ind({ value: 3920, unit: '亿斤', value_normalized: 196000000000, unit_normalized: 'kg', growth_pct: null, indicator: 'grain_output' });
    const both = { ...level, growth_pct: 5.9 };
    for (const order of [[level, both], [both, level]]) {
      const w = dropDuplicateFigures(order, 'f.txt');
      expect(w.rows).toEqual([both]);
      expect(w.rejects.map((r) => r.reason)).toEqual(['duplicate_figure']);
    }
  });
  it('leaves out both statements of a claim that disagree, with both sentences in rejects', () => {
    const a = ind({});
    const v = dropDuplicateFigures([a, { ...a, growth_pct: 8, sentence: '地区生产总值增长8%。' }], 'f.txt');
    expect(v.rows).toEqual([]);
    expect(v.rejects.map((r) => r.reason)).toEqual(['conflicting_figures', 'conflicting_figures']);
    expect(v.rejects[0].detail).toMatch(/增长8%/);
    expect(v.warnings.join()).toMatch(/conflicting_figures/);
  });
  it('keeps the targets list\'s figure over a stretch goal (力争) that differs; a target does not cover another by its bound', () => {
    const listed = ind({ kind: 'target', growth_pct: 8, qualifier: 'exact', label: '规模以上工业增加值', sentence: '明年主要预期目标是：地区生产总值增长7.5%左右；规模以上工业增加值增长8%。' });
    const stretch = { ...listed, growth_pct: 10, sentence: '实施制造业“双倍增”行动，力争全市规模以上工业增加值增长10%。' };
    const v = dropDuplicateFigures([listed, stretch], 'f.txt');
    expect(v.rows).toEqual([listed]);
    expect(v.rejects.map((r) => r.reason)).toEqual(['target_beside_list']);
    // a zone's target the clause did not name again: 力争开发区…、固定资产投资增长20% beside 增长10%以上
    const fai = ind({ kind: 'target', growth_pct: 10, qualifier: 'at_least', label: '固定资产投资', sentence: '明年主要预期目标是：固定资产投资增长10%以上。' });
    const zone = { ...fai, growth_pct: 20, qualifier: 'exact' as const, sentence: '力争开发区规模以上工业增加值增长18%以上、固定资产投资增长20%。' };
    for (const order of [[fai, zone], [zone, fai]]) {
      const w = dropDuplicateFigures(order, 'f.txt');
      expect(w.rows).toEqual([fai]);
      expect(w.rejects.map((r) => r.reason)).toEqual(['target_beside_list']);
    }
    // 力争 right after the name
    const after = { ...listed, growth_pct: 20, sentence: '大力培育五大产业集群，全年规模以上工业增加值力争增长20%。' };
    expect(dropDuplicateFigures([listed, after], 'f.txt').rows).toEqual([listed]);
    // without 力争 the two disagree: both out
    const firm = { ...stretch, sentence: '今年，确保全市规模以上工业增加值增长10%。' };
    expect(dropDuplicateFigures([listed, firm], 'f.txt').rejects.map((r) => r.reason)).toEqual(['conflicting_figures', 'conflicting_figures']);
  });
  it('a result rounded in one statement is a restatement of the precise one, not a conflict', () => {
    const precise = ind({ kind: 'actual', growth_pct: 8, value: 102398, unit: '亿元', value_normalized: 1.02398e13, unit_normalized: 'yuan', sentence: '去年国内生产总值达到102398亿元，比上年增长8%。' });
    const rounded = { ...precise, growth_pct: null, value: 10.2, unit: '万亿元', value_normalized: 1.02e13, sentence: '国内生产总值从1997年的7.4万亿元增加到2002年的10.2万亿元。' };
    for (const order of [[precise, rounded], [rounded, precise]]) {
      const v = dropDuplicateFigures(order, 'f.txt');
      expect(v.rows).toEqual([precise]);
      expect(v.rejects.map((r) => r.reason)).toEqual(['duplicate_figure']);
    }
    // 10.5万亿元 is not 102398亿元 rounded: a conflict
    const other = { ...rounded, value: 10.5, value_normalized: 1.05e13 };
    expect(dropDuplicateFigures([precise, other], 'f.txt').rejects.map((r) => r.reason)).toEqual(['conflicting_figures', 'conflicting_figures']);
  });
  it('keeps figures of different claims: another basis, other years, another scope, a level beside a growth', () => {
    const a = ind({});
    const rows = [a, { ...a, basis: 'average_annual' as const, year: 2021, year_end: 2025, growth_pct: 5.9 }, { ...a, scope: '高新区', growth_pct: 9 }, { ...a, growth_pct: null, value: 300, unit: '亿元', value_normalized: 3e10, unit_normalized: 'yuan' }];
    const v = dropDuplicateFigures(rows, 'f.txt');
    expect(v.rows).toHaveLength(4);
    expect(v.rejects).toEqual([]);
  });
});

describe('duplicate reports', () => {
  const text = report({ plan: 2023, review: ['全年地区生产总值增长4%。'], planText: ['地区生产总值增长7%。'] });
  it('keeps one copy of the same bytes', () => {
    const { kept, duplicates } = dropDuplicateReports([summaryOf(text, 'b.txt'), summaryOf(text, 'a.txt')]);
    expect(kept.map((k) => k.sourceFile)).toEqual(['a.txt']);
    expect(duplicates[0]).toMatchObject({ source_file: 'b.txt', reason: 'duplicate' });
    expect(duplicates[0].detail).toMatch(/^duplicate_of a.txt: the same bytes/);
  });
  it('keeps the cleaner of two sources of the same government and year, whatever the file order', () => {
    const noisy = text.replace(/，/g, ' , ').replace(/。/g, '。\n\n— 2 —\n\n');
    for (const names of [['a.txt', 'z.txt'], ['z.txt', 'a.txt']]) {
      const { kept, duplicates } = dropDuplicateReports([summaryOf(noisy, names[0]), summaryOf(text, names[1])]);
      expect(kept.map((k) => k.sourceFile)).toEqual([names[1]]);
      expect(duplicates[0].detail).toMatch(new RegExp(`^duplicate_of ${names[1]}: the same government and plan year \\(430211 2023\\)`));
    }
  });
  it('prefers a whole text to a truncated one', () => {
    const long = report({ plan: 2023, review: Array(12).fill('全年地区生产总值增长4%，城乡面貌持续改善，社会大局保持稳定，民生福祉不断增进，改革开放持续深化，营商环境不断优化。'), planText: ['地区生产总值增长7%。'] });
    const cut = long.slice(0, Math.floor(long.length * 0.6));
    expect(run(cut).rows.reports[0].truncated).toBe(true);
    const { kept } = dropDuplicateReports([summaryOf(cut, 'a.txt'), summaryOf(long.replace(/，/g, ' , '), 'b.txt')]);
    expect(kept.map((k) => k.sourceFile)).toEqual(['b.txt']);
  });
});
