/**
 * `govreports score` on small hand-made builds (a reports.csv and indicators.csv in a temp
 * folder), and its faithfulness to the Python scorers it was ported from: on the build frozen in
 * tests/fixtures/real/scored-build it must print what they printed (their output is committed
 * beside it, so this needs neither Python nor ../shared).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { byCodePoint, num, pyFixed, pyRound } from '../pipeline/score/gold.ts';
import { runScoreCommand, scoreBuild, type ScoreSummary } from '../pipeline/score/index.ts';
import { figureMissLine, figureSummaryLines, formatText, spanSummaryLine } from '../pipeline/score/report.ts';
import { coverage, normalize, spanMissLine } from '../pipeline/score/spans.ts';

type Cells = Record<string, string | number>;
const FIGURE_COLUMNS = ['file', 'row', 'indicator', 'kind', 'year', 'year_end', 'basis', 'value', 'unit', 'growth_pct', 'growth_pct_high', 'qualifier', 'is_report', 'plan_year', 'review_year', 'evidence', 'note'];
const INDICATOR_COLUMNS = ['report_id', 'indicator', 'label', 'kind', 'year', 'year_end', 'basis', 'value', 'unit', 'growth_pct', 'growth_pct_high', 'qualifier', 'scope', 'sentence'];
const REPORT_COLUMNS = ['report_id', 'source_file', 'province', 'admin_code', 'review_year', 'plan_year', 'meeting_date', 'congress_term', 'congress_session', 'speaker_name', 'speaker_title'];

const writeCsv = (path: string, columns: string[], rows: Cells[]) =>
  writeFileSync(path, `${Papa.unparse({ fields: columns, data: rows.map((r) => columns.map((c) => r[c] ?? '')) })}\n`);

/** A build folder with the given rows and the gold files beside it. */
function scene(opts: { reports?: Cells[]; indicators?: Cells[]; problems?: Cells[]; pledges?: Cells[]; glossary?: Cells[]; gold?: Cells[]; meta?: Cells[]; goldProblems?: Cells[] }) {
  const dir = mkdtempSync(join(tmpdir(), 'gr-score-'));
  mkdirSync(join(dir, 'out', 'csv'), { recursive: true });
  const out = join(dir, 'out');
  writeCsv(join(out, 'csv/reports.csv'), REPORT_COLUMNS, opts.reports ?? []);
  writeCsv(join(out, 'csv/indicators.csv'), INDICATOR_COLUMNS, opts.indicators ?? []);
  writeCsv(join(out, 'csv/problems.csv'), ['report_id', 'ordinal', 'text', 'char_start', 'char_end'], opts.problems ?? []);
  writeCsv(join(out, 'csv/pledges.csv'), ['report_id', 'ordinal', 'text', 'section_id', 'list_heading', 'char_start', 'char_end'], opts.pledges ?? []);
  writeCsv(join(out, 'csv/glossary.csv'), ['report_id', 'ordinal', 'term', 'definition', 'page_ref', 'char_start', 'char_end'], opts.glossary ?? []);
  const paths = { out, gold: join(dir, 'figures.csv'), meta: join(dir, 'reports.csv'), problems: join(dir, 'problems.csv') };
  writeCsv(paths.gold, FIGURE_COLUMNS, opts.gold ?? []);
  if (opts.meta) writeCsv(paths.meta, Object.keys(opts.meta[0]), opts.meta);
  writeCsv(paths.problems, ['file', 'ordinal', 'text', 'note'], opts.goldProblems ?? []);
  return paths;
}

const report = (file: string, extra: Cells = {}): Cells => ({ report_id: `id-${file}`, source_file: `prov/${file}`, plan_year: 2026, review_year: 2025, ...extra });
const isReport = (file: string, plan = 2026): Cells => ({ file, row: 'meta', is_report: 1, plan_year: plan, review_year: plan - 1 });
const notReport = (file: string): Cells => ({ file, row: 'meta', is_report: 0 });
const target = (file: string, indicator: string, f: Cells): Cells => ({ file, row: 'figure', indicator, kind: 'target', year: 2026, basis: 'annual', evidence: `${indicator} 的句子`, ...f });
const row = (file: string, indicator: string, f: Cells): Cells => ({ report_id: `id-${file}`, indicator, kind: 'target', year: 2026, year_end: 2026, basis: 'annual', sentence: `${indicator} 增长的句子`, ...f });

function figures(opts: Parameters<typeof scene>[0]) {
  const p = scene(opts);
  return scoreBuild({ outDir: p.out, gold: [p.gold], meta: opts.meta ? p.meta : undefined }).figures!;
}

describe('annual targets', () => {
  it('counts a hit once and nothing false', () => {
    const f = figures({ reports: [report('a.txt')], indicators: [row('a.txt', 'gdp', { growth_pct: 5, qualifier: 'about' })], gold: [isReport('a.txt'), target('a.txt', 'gdp', { growth_pct: 5, qualifier: 'about' })] });
    expect(f.annual_targets).toMatchObject({ right: 1, total: 1, false: 0, recall: 1, precision: 1 });
    expect(f.gdp_targets).toEqual({ right: 1, total: 1, false: 0 });
    expect(f.misses).toEqual([]);
  });

  it('counts a miss, and says what was coded with its evidence', () => {
    const f = figures({ reports: [report('a.txt')], gold: [isReport('a.txt'), target('a.txt', 'cpi', { value: 2, unit: '%', qualifier: 'about', evidence: '居民消费价格涨幅2%左右' })] });
    expect(f.annual_targets).toMatchObject({ right: 0, total: 1, false: 0, recall: 0, precision: 0 });
    expect(f.annual_targets.by_indicator.cpi).toMatchObject({ right: 0, total: 1 });
    expect(f.misses.map(figureMissLine)).toEqual(['a.txt: cpi target missed: coded target 2026 annual: 2% about «居民消费价格涨幅2%左右»; build has []']);
  });

  it('counts a wrong value as a miss and a false target', () => {
    const f = figures({ reports: [report('a.txt')], indicators: [row('a.txt', 'gdp', { growth_pct: 5.5, qualifier: 'about', sentence: '去年全省生产总值增长5.5%左右。' })], gold: [isReport('a.txt'), target('a.txt', 'gdp', { growth_pct: 5, qualifier: 'about' })] });
    expect(f.annual_targets).toMatchObject({ right: 0, total: 1, false: 1 });
    expect(f.gdp_targets).toEqual({ right: 0, total: 1, false: 1 });
    expect(f.misses.map((m) => m.measure)).toEqual(['target_missed', 'false_target']);
    expect(figureMissLine(f.misses[1])).toBe('a.txt: gdp false target: target 2026 annual: growth 5.5% about «去年全省生产总值增长5.5%左右。»');
  });

  it('counts an extra target of a scored key as false, and ignores keys that are not scored', () => {
    const f = figures({
      reports: [report('a.txt')],
      indicators: [row('a.txt', 'gdp', { growth_pct: 5 }), row('a.txt', 'retail_sales', { growth_pct: 4 }), row('a.txt', 'marine_gdp', { growth_pct: 6 })],
      gold: [isReport('a.txt'), target('a.txt', 'gdp', { growth_pct: 5 })],
    });
    expect(f.annual_targets).toMatchObject({ right: 1, total: 1, false: 1, precision: 0.5 });
    expect(f.annual_targets.by_indicator.retail_sales).toMatchObject({ right: 0, total: 0, false: 1 });
    expect(Object.keys(f.annual_targets.by_indicator)).not.toContain('marine_gdp');
  });

  it('takes as the plan year\'s targets only rows of that year, annual, with no other end year', () => {
    const f = figures({
      reports: [report('a.txt')],
      indicators: [row('a.txt', 'gdp', { growth_pct: 5, year: 2025, year_end: 2025 }), row('a.txt', 'gdp', { growth_pct: 5, year: 2026, year_end: 2030 }), row('a.txt', 'gdp', { growth_pct: 5, basis: 'average_annual' }), row('a.txt', 'gdp', { growth_pct: 5, kind: 'actual' })],
      gold: [isReport('a.txt'), target('a.txt', 'gdp', { growth_pct: 5 })],
    });
    expect(f.annual_targets).toMatchObject({ right: 0, total: 1, false: 0 });
  });

  it('matches a target stated twice once, and counts the second row as false', () => {
    const f = figures({ reports: [report('a.txt')], indicators: [row('a.txt', 'gdp', { growth_pct: 5 }), row('a.txt', 'gdp', { growth_pct: 5 })], gold: [isReport('a.txt'), target('a.txt', 'gdp', { growth_pct: 5 })] });
    expect(f.annual_targets).toMatchObject({ right: 1, false: 1 });
  });

  it('wants the same qualifier, an empty one being exact', () => {
    const gold = [isReport('a.txt'), target('a.txt', 'gdp', { growth_pct: 5, qualifier: 'at_least' }), target('a.txt', 'cpi', { value: 3, unit: '%', qualifier: '' })];
    const f = figures({ reports: [report('a.txt')], indicators: [row('a.txt', 'gdp', { growth_pct: 5, qualifier: 'about' }), row('a.txt', 'cpi', { value: 3, unit: '%', qualifier: 'exact' })], gold });
    expect(f.annual_targets.by_indicator.gdp).toMatchObject({ right: 0, false: 1 });
    expect(f.annual_targets.by_indicator.cpi).toMatchObject({ right: 1, false: 0 });
  });

  it('wants both ends of a range, and no upper end where none was coded', () => {
    const gold = [isReport('a.txt'), target('a.txt', 'gdp', { growth_pct: 8, growth_pct_high: 9, qualifier: 'range' }), target('a.txt', 'fixed_asset_investment', { growth_pct: 10, qualifier: 'range' })];
    const indicators = [row('a.txt', 'gdp', { growth_pct: 8, growth_pct_high: 9, qualifier: 'range' }), row('a.txt', 'fixed_asset_investment', { growth_pct: 10, growth_pct_high: 12, qualifier: 'range' })];
    const f = figures({ reports: [report('a.txt')], indicators, gold });
    expect(f.annual_targets.by_indicator.gdp).toMatchObject({ right: 1, false: 0 });
    expect(f.annual_targets.by_indicator.fixed_asset_investment).toMatchObject({ right: 0, false: 1 });
    const wrongHigh = figures({ reports: [report('a.txt')], indicators: [row('a.txt', 'gdp', { growth_pct: 8, growth_pct_high: 10, qualifier: 'range' })], gold: gold.slice(0, 2) });
    expect(wrongHigh.annual_targets).toMatchObject({ right: 0, false: 1 });
  });

  it('compares numbers as numbers rounded to 4 decimals, and a level with its value', () => {
    const gold = [isReport('a.txt'), target('a.txt', 'new_urban_jobs', { value: '60', unit: '万人', qualifier: 'at_least' }), target('a.txt', 'gdp', { growth_pct: '5.0' })];
    const indicators = [row('a.txt', 'new_urban_jobs', { value: '60.00001', unit: '人', qualifier: 'at_least' }), row('a.txt', 'gdp', { growth_pct: '5' })];
    expect(figures({ reports: [report('a.txt')], indicators, gold }).annual_targets).toMatchObject({ right: 2, false: 0 });
  });

  it('does not count a coded row with neither value nor growth as found', () => {
    const f = figures({ reports: [report('a.txt')], indicators: [row('a.txt', 'gdp', {})], gold: [isReport('a.txt'), target('a.txt', 'gdp', {})] });
    expect(f.annual_targets).toMatchObject({ right: 0, total: 1, false: 1 });
  });
});

describe('GDP results and five-year figures', () => {
  const actual = (f: Cells): Cells => ({ file: 'a.txt', row: 'figure', indicator: 'gdp', kind: 'actual', year: 2025, basis: 'annual', ...f });
  it('finds the review year\'s result by growth and kind', () => {
    const gold = [isReport('a.txt'), actual({ growth_pct: 5.4, value: 5.67, unit: '万亿元' })];
    expect(figures({ reports: [report('a.txt')], indicators: [row('a.txt', 'gdp', { kind: 'actual', year: 2025, growth_pct: 5.4 })], gold }).gdp_results).toEqual({ right: 1, total: 1 });
    expect(figures({ reports: [report('a.txt')], indicators: [row('a.txt', 'gdp', { kind: 'estimate', year: 2025, growth_pct: 5.4 })], gold }).gdp_results).toEqual({ right: 0, total: 1 });
    expect(figures({ reports: [report('a.txt')], indicators: [row('a.txt', 'gdp', { kind: 'actual', year: 2024, growth_pct: 5.4 })], gold }).gdp_results).toEqual({ right: 0, total: 1 });
  });

  it('finds a five-year figure by its years and growth; target or result must agree', () => {
    const gold = [isReport('a.txt'), actual({ year: 2021, year_end: 2025, basis: 'average_annual', growth_pct: 5.5 }), { ...actual({ year: 2026, year_end: 2030, basis: 'average_annual', growth_pct: 5 }), kind: 'target' }];
    const indicators = [
      row('a.txt', 'gdp', { kind: 'actual', year: 2021, year_end: 2025, basis: 'average_annual', growth_pct: 5.5 }),
      row('a.txt', 'gdp', { kind: 'actual', year: 2026, year_end: 2030, basis: 'average_annual', growth_pct: 5 }),
    ];
    const f = figures({ reports: [report('a.txt')], indicators, gold });
    expect(f.five_year_gdp).toEqual({ right: 1, total: 2 });
    expect(f.misses.map(figureMissLine)).toEqual(['a.txt: gdp five-year figure missed: coded target 2026–2030 average_annual: growth 5% exact; build has [actual 2021–2025 average_annual: growth 5.5% exact; actual 2026–2030 average_annual: growth 5% exact]']);
    // a five-year figure never counts as the plan year's target
    expect(f.annual_targets).toMatchObject({ total: 0, false: 0 });
  });
});

describe('reports and not-reports', () => {
  it('counts a not-report kept out, and one let in', () => {
    const kept = figures({ reports: [], gold: [notReport('cpc.txt')] });
    expect(kept.not_reports_kept_out).toEqual({ right: 1, total: 1 });
    const letIn = figures({ reports: [report('cpc.txt')], gold: [notReport('cpc.txt')] });
    expect(letIn.not_reports_kept_out).toEqual({ right: 0, total: 1 });
    expect(letIn.misses.map(figureMissLine)).toEqual(['cpc.txt: not a work report, yet in reports']);
    expect(letIn.reports).toBe(0);
  });

  it('scores plan and review year, and a report missing from the build loses all its figures', () => {
    const gold = [isReport('a.txt'), target('a.txt', 'gdp', { growth_pct: 5 }), isReport('b.txt'), target('b.txt', 'gdp', { growth_pct: 6 }), { ...target('b.txt', 'gdp', { growth_pct: 4.8 }), kind: 'actual', year: 2025 }];
    const f = figures({ reports: [report('a.txt', { plan_year: '2026.0', review_year: 2024 })], indicators: [row('a.txt', 'gdp', { growth_pct: 5 })], gold });
    expect(f.years).toEqual({ right: 1, total: 4 });
    expect(f.annual_targets).toMatchObject({ right: 1, total: 2 });
    expect(f.gdp_results).toEqual({ right: 0, total: 1 });
    expect(f.misses.map(figureMissLine)).toEqual(['a.txt: review_year is 2024, coded 2025', 'b.txt: 0 report rows (want 1): nothing of it scored']);
  });

  it('scores nothing of a file the build made two reports of', () => {
    const f = figures({ reports: [report('a.txt'), report('a.txt', { report_id: 'other', source_file: 'other/a.txt' })], indicators: [row('a.txt', 'gdp', { growth_pct: 5 })], gold: [isReport('a.txt'), target('a.txt', 'gdp', { growth_pct: 5 })] });
    expect(f.annual_targets).toMatchObject({ right: 0, total: 1 });
    expect(f.years).toEqual({ right: 0, total: 2 });
  });
});

describe('report metadata', () => {
  const meta = [{ file: 'a.txt', province: '上海市', admin_code: '310000', review_year: 2025, plan_year: 2026, meeting_date: '2026-02-03', congress_term: 16, congress_session: 4, speaker_name: '龚正', speaker_title: '市长' }];
  it('compares each field as the gold\'s rules say', () => {
    const f = figures({
      reports: [report('a.txt', { province: ' 上海市 ', admin_code: '310000', review_year: '2025.0', plan_year: 2026, meeting_date: '2026-02-03T00:00:00', congress_term: '16', congress_session: 4, speaker_name: '龚 正', speaker_title: '代市长' })],
      gold: [isReport('a.txt')], meta,
    });
    expect(f.metadata?.by_field).toEqual({
      province: { right: 1, total: 1 }, admin_code: { right: 1, total: 1 }, review_year: { right: 1, total: 1 }, plan_year: { right: 1, total: 1 },
      meeting_date: { right: 1, total: 1 }, congress_term: { right: 1, total: 1 }, congress_session: { right: 1, total: 1 },
      speaker_name: { right: 0, total: 1 }, speaker_title: { right: 1, total: 1 },
    });
    expect(f.misses.map(figureMissLine)).toEqual(['a.txt: speaker_name is 龚 正, coded 龚正']);
  });

  it('scores only the columns the gold has, and only files of the figures gold', () => {
    const f = figures({ reports: [report('a.txt', { province: '上海市' })], gold: [isReport('a.txt')], meta: [{ file: 'a.txt', province: '上海市' }, { file: 'z.txt', province: '浙江省' }] });
    expect(f.metadata).toEqual({ right: 1, total: 1, by_field: { province: { right: 1, total: 1 } } });
  });
});

describe('text items (problems, pledges, glossary)', () => {
  const spans = (gold: Cells[], built: Cells[], reports = [report('a.txt')]) => {
    const p = scene({ reports, problems: built, goldProblems: gold });
    return scoreBuild({ outDir: p.out, spans: { problems: p.problems } }).spans.problems!;
  };
  const item = (text: string, file = 'a.txt') => ({ file, ordinal: 1, text, note: '' });
  const built = (text: string, id = 'id-a.txt') => ({ report_id: id, ordinal: 1, text, char_start: 0, char_end: 1 });

  it('finds an item the build split in two, and counts both halves right', () => {
    const s = spans([item('经济回升向好的基础还不稳固，内需动能不足，消费场景供需适配性不强')], [built('经济回升向好的基础还不稳固'), built('内需动能不足，消费场景供需适配性不强')]);
    expect(s).toMatchObject({ gold_items: 1, gold_items_found: 1, built_items: 2, built_items_right: 2, passages_found: 1, recall: 1, precision: 1 });
  });

  it('finds items the coder split where the build took one', () => {
    const s = spans([item('科技创新与产业创新深度融合还存在不少堵点'), item('全面深化改革的任务艰巨繁重')], [built('科技创新与产业创新深度融合还存在不少堵点，全面深化改革的任务艰巨繁重。')]);
    expect(s).toMatchObject({ gold_items_found: 2, built_items_right: 1 });
  });

  it('ignores spaces and punctuation', () => {
    expect(normalize('“十四五”时期， 经济（总量）：增长；')).toBe('十四五时期经济总量增长');
    const s = spans([item('民生领域还有不少短板，群众“急难愁盼”问题仍需下力气解决')], [built('民生领域还有不少短板 群众急难愁盼问题仍需下力气解决。')]);
    expect(s).toMatchObject({ gold_items_found: 1, built_items_right: 1 });
  });

  it('needs 80% of an item, in stretches of at least 4 characters', () => {
    expect(coverage('abcdefghij', 'xxabcdefghxx')).toBe(0.8);
    expect(coverage('abcdefghij', 'xxabcdefgxx')).toBe(0.7);
    expect(coverage('abcabc', 'abcxabc')).toBe(0); // stretches of 3 are chance
    expect(coverage('', 'anything')).toBe(1);
    const s = spans([item('政府自身建设还有不足，一些干部担当作为不够')], [built('政府自身建设还有不足'), built('营商环境仍需优化提升')]);
    expect(s).toMatchObject({ gold_items_found: 0, built_items: 2, built_items_right: 1 });
    expect(s.misses.map(spanMissLine)).toEqual(['a.txt: missed: 政府自身建设还有不足一些干部担当作为不够', 'a.txt: wrong item: 营商环境仍需优化提升']);
  });

  it('finds the passage of a report admitting none when the build has none, and not otherwise', () => {
    expect(spans([{ file: 'a.txt', ordinal: 0, text: '', note: 'none' }], [])).toMatchObject({ gold_items: 0, passages_found: 1, built_items: 0 });
    const s = spans([{ file: 'a.txt', ordinal: 0, text: '', note: 'none' }], [built('外部环境变化影响加深')]);
    expect(s).toMatchObject({ passages_found: 0, built_items: 1, built_items_right: 0, precision: 0 });
  });

  it('scores the items of every report row of a file, and nothing of a file not built', () => {
    const s = spans([item('外部环境变化影响加深'), item('外部环境变化影响加深', 'b.txt')], [built('外部环境变化影响加深')]);
    expect(s).toMatchObject({ reports: 2, passages_found: 1, gold_items: 2, gold_items_found: 1 });
    expect(s.by_file.map((f) => [f.file, f.found])).toEqual([['a.txt', 1], ['b.txt', 0]]);
  });

  it('scores pledges and glossary entries the same way, an entry as "term：definition"', () => {
    const p = scene({
      reports: [report('a.txt')],
      pledges: [built('新增养老护理员1万人，70周岁以上户籍老年人意外伤害保险全覆盖')],
      glossary: [{ report_id: 'id-a.txt', ordinal: 1, term: '两重', definition: '国家重大战略实施和重点领域安全能力建设' }, { report_id: 'id-a.txt', ordinal: 2, term: '两新', definition: '新一轮大规模设备更新和消费品以旧换新' }],
    });
    const gold = join(p.out, '..', 'items.csv');
    writeCsv(gold, ['file', 'ordinal', 'text', 'note'], [item('新增养老护理员1万人'), item('70周岁以上户籍老年人意外伤害保险全覆盖'), item('两重：国家重大战略实施和重点领域安全能力建设')]);
    const s = scoreBuild({ outDir: p.out, spans: { pledges: gold, glossary: gold } });
    expect(s.spans.pledges).toMatchObject({ gold_items: 3, gold_items_found: 2, built_items: 1, built_items_right: 1 });
    expect(s.spans.glossary).toMatchObject({ gold_items: 3, gold_items_found: 1, built_items: 2, built_items_right: 1 });
    expect(formatText(s, { quiet: true }).trim().split('\n')).toEqual([
      'pledges: passages found 1/1; items recall 2/3 = 0.667; precision 1/1 = 1.000',
      'glossary: passages found 1/1; items recall 1/3 = 0.333; precision 1/2 = 0.500',
    ]);
  });

  it('has a coverage between 0 and 1 that is whole for any text inside the other', () => {
    fc.assert(fc.property(fc.string({ minLength: 4, maxLength: 40 }), fc.string({ maxLength: 20 }), fc.string({ maxLength: 20 }), (part, before, after) => {
      expect(coverage(part, before + part + after)).toBe(1);
      const x = coverage(before + part, after);
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(1);
    }));
  });
});

describe('numbers, rounding and order as in the Python tools', () => {
  it('reads numbers as float() does and rounds them as round(x, 4)', () => {
    expect([num(''), num(undefined), num('abc'), num(' 5 '), num('５'), num('1_0'), num('1e1'), num('.5'), num('5.'), num('1__0'), num('0x10')]).toEqual([null, null, null, 5, 5, 10, 10, 0.5, 5, null, null]);
    expect(Number.isNaN(num('nan'))).toBe(true);
    expect(num('-inf')).toBe(-Infinity);
    expect([pyRound(0.03125, 4), pyRound(0.09375, 4), pyRound(2.00005, 4), pyRound(5.00001, 4)]).toEqual([0.0312, 0.0938, 2, 5]);
  });
  it('prints shares as format(x, ".3f") does: a tie goes to the even digit', () => {
    expect([pyFixed(1 / 16, 3), pyFixed(3 / 16, 3), pyFixed(63 / 71, 3), pyFixed(0, 3), pyFixed(1, 3), pyFixed(0.0005, 3)]).toEqual(['0.062', '0.188', '0.887', '0.000', '1.000', '0.001']);
  });
  it('sorts files by code point', () => {
    expect(['\uff21.txt', '𠀀.txt', 'b.txt', '上海.txt'].sort(byCodePoint)).toEqual(['b.txt', '上海.txt', '\uff21.txt', '𠀀.txt']);
  });
});

describe('floors and exit code', () => {
  const p = scene({ reports: [report('a.txt')], indicators: [row('a.txt', 'gdp', { growth_pct: 5 }), row('a.txt', 'cpi', { value: 9, unit: '%' })], gold: [isReport('a.txt'), target('a.txt', 'gdp', { growth_pct: 5 }), target('a.txt', 'retail_sales', { growth_pct: 4 })] });
  const run = (minRecall: number | null, minPrecision: number | null) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = runScoreCommand({ outDir: p.out, gold: [p.gold], minRecall, minPrecision }, { out: (s) => out.push(s), err: (s) => err.push(s) });
    return { code, out: out.join(''), err: err.join('') };
  };
  it('exits 0 at or above the floors and 1 below, naming the measure', () => {
    expect(run(0.5, 0.5).code).toBe(0);
    const low = run(0.6, null);
    expect(low.code).toBe(1);
    expect(low.err).toBe('govreports score: below --min-recall 0.6: annual targets recall is 0.500\n');
    const both = run(0.6, 0.9);
    expect(both.err.trim().split('\n')).toEqual(['govreports score: below --min-recall 0.6: annual targets recall is 0.500', 'govreports score: below --min-precision 0.9: annual targets precision is 0.500']);
    expect(low.out.trim().split('\n').at(-1)).toBe('figures: GDP targets 1/1 = 1.000 (false 0); all targets recall 0.500 precision 0.500');
  });

  it('runs from the command line, with --json for scripts', () => {
    const cli = (args: string[]) => spawnSync(process.execPath, ['bin/govreports.mjs', 'score', '--out', p.out, '--gold', p.gold, ...args], { encoding: 'utf8' });
    const low = cli(['--min-recall', '0.9']);
    expect(low.status).toBe(1);
    expect(low.stderr).toContain('below --min-recall 0.9: annual targets recall is 0.500');
    expect(low.stdout).toContain('retail_sales target missed');
    const json = cli(['--json']);
    expect(json.status).toBe(0);
    const s = JSON.parse(json.stdout) as ScoreSummary;
    expect(s.figures?.annual_targets).toMatchObject({ right: 1, total: 2, false: 1 });
    expect(cli(['--min-recall', '2']).status).not.toBe(0);
    const none = spawnSync(process.execPath, ['bin/govreports.mjs', 'score', '--out', p.out], { encoding: 'utf8' });
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('nothing to score against');
    const noBuild = spawnSync(process.execPath, ['bin/govreports.mjs', 'score', '--out', join(p.out, 'nowhere'), '--gold', p.gold], { encoding: 'utf8' });
    expect(noBuild.status).toBe(2);
    expect(noBuild.stderr).toContain('is nowhere the output folder of a build'.replace('nowhere', join(p.out, 'nowhere')));
  });
});

describe('the same numbers as the Python scorers on a build of the real texts', () => {
  const FIXTURE = 'tests/fixtures/real/scored-build';
  const GOLD = 'tests/fixtures/real/gold';
  const summary = scoreBuild({ outDir: FIXTURE, gold: [`${GOLD}/figures.csv`], meta: `${GOLD}/reports.csv`, spans: { problems: `${GOLD}/problems.csv` } });
  const python = (name: string) => readFileSync(join(FIXTURE, name), 'utf8').split('\n').filter((l) => l.trim());

  it('prints score-figures.py\'s summary lines', () => {
    expect(figureSummaryLines(summary.figures!)).toEqual(python('score-figures.py.txt').slice(-5));
  });

  it('has score-figures.py\'s misses, one by one in its order', () => {
    // the Python lines, reduced to file, measure and key (both tools word the details their own way)
    const kindOf = (line: string) => {
      const m = /^(.+?): (?:(not a work report)|(\d+) report rows|(\w+): \d+ report rows|(\w+) '.*' != |(\w+) (?:.+) != |(\w+) target missed|(\w+) false target|gdp (?:actual|estimate) .*? missed|gdp five-year)/.exec(line);
      if (!m) return `unparsed: ${line}`;
      const [, file, notReport, rows, metaRows, field1, field2, missed, wrong] = m;
      if (notReport) return `${file} not_report_let_in`;
      if (rows) return `${file} report_rows`;
      if (metaRows || field1 || field2) return `${file} field ${metaRows ?? field1 ?? field2}`;
      if (missed) return `${file} target_missed ${missed}`;
      if (wrong) return `${file} false_target ${wrong}`;
      return `${file} ${line.includes('five-year') ? 'five_year' : 'gdp_result'} gdp`;
    };
    const mine = summary.figures!.misses.map((m) => `${m.file} ${m.measure === 'year' || m.measure === 'metadata' ? `field ${m.key}` : `${m.measure}${m.key ? ` ${m.key}` : ''}`}`);
    expect(mine).toEqual(python('score-figures.py.txt').slice(0, -5).map(kindOf));
  });

  it('prints score-problems.py\'s misses and summary line, word for word', () => {
    const s = summary.spans.problems!;
    expect([...s.misses.map(spanMissLine), spanSummaryLine('problems', s)]).toEqual(python('score-problems.py.txt'));
  });

  it('ends its text output with the headline', () => {
    const text = formatText(summary).trim().split('\n');
    expect(text.at(-1)).toBe(python('score-figures.py.txt').at(-1));
  });
});
