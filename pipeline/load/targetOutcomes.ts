/**
 * target_outcomes: what a government promised for a year against what it later reported for that
 * year, computed in DuckDB from reports, indicators and no_target_statements once they are
 * complete (a few hundred milliseconds at 10,000 reports). The rules, in the order the SQL
 * applies them:
 * - A government is its admin_code; the national one is its level (its code is null). Reports of
 *   neither (a region whose name stayed ambiguous) cannot be joined and are left out. A report's
 *   year is its plan year (else its review year + 1); one report per government and year (two
 *   copies of one report, or a report and a later version): the one with a plan year of its own
 *   first, then a whole one before a truncated one, then the longest, then by report_id.
 * - Only annual figures of the whole region count: basis annual, year = year_end, and no scope
 *   but one that names the whole region (全县, 全市; 预计全区 as the extractor may read it).
 * - The target of year Y: the first (in the text) target for Y in the report of year Y. Failing
 *   one, a statement of that report that it sets no number for Y gives target_stated = false.
 * - The outcome of year Y: from the nearest later report (Y + 1 first) that gives one; within it,
 *   figures carrying the target's measure (growth or value; for a year without a target, the
 *   value for rates such as unemployment, else the growth), then actuals before estimates, then
 *   the first in the text.
 * - met and difference by the rule in schemas/targetOutcomes.ts (MET_RULE).
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { DERIVED_DESCRIPTIONS, DUCKDB_TYPE, derivedColumnsOf, VOCABULARY } from '../../schemas/index.ts';

/** A scope that is the whole region after all: 全县, 本市, 预计全区. */
const WHOLE_REGION_SCOPE = '(预计|初步统计|初步核算|据初步统计)?(全|本)(国|省|自治区|市|州|盟|县|区|旗)';
const RATE_KEYS = VOCABULARY.filter((d) => d.rate).map((d) => `'${d.key}'`).join(', ');
/** Two figures parsed from the same decimal are equal; normalized ones may differ in the last bits. */
const EPS = (x: string) => `1e-9 * greatest(1, abs(${x}))`;

export const TARGET_OUTCOMES_SQL = `
WITH rep AS (
  SELECT report_id, admin_level, admin_code, region_name,
    CASE WHEN admin_level = 'national' THEN 'national' ELSE admin_code END AS region_key,
    coalesce(plan_year, review_year + 1) AS report_year,
    plan_year IS NULL AS year_inferred, truncated, chars
  FROM reports
  WHERE (admin_level = 'national' OR admin_code IS NOT NULL) AND coalesce(plan_year, review_year + 1) IS NOT NULL
),
year_report AS (
  SELECT * FROM (
    SELECT *, row_number() OVER (PARTITION BY region_key, report_year ORDER BY year_inferred, truncated, chars DESC, report_id) AS nth_report FROM rep
  ) WHERE nth_report = 1
),
region AS (
  SELECT region_key, admin_code, region_name, admin_level FROM (
    SELECT *, row_number() OVER (PARTITION BY region_key ORDER BY report_year DESC, report_id) AS nth_latest FROM year_report
  ) WHERE nth_latest = 1
),
figure AS (
  SELECT y.region_key, y.report_year, i.report_id, i.indicator, i.kind, i.year, i.year_end, i.basis, i.value, i.unit, i.value_normalized,
    i.unit_normalized, i.growth_pct, i.growth_pct_high, i.value_high, i.qualifier, i.scope, i.sentence, i.char_start, i.char_end
  FROM indicators i JOIN year_report y USING (report_id)
  WHERE i.basis = 'annual' AND i.year = i.year_end AND (i.scope IS NULL OR regexp_full_match(i.scope, '${WHOLE_REGION_SCOPE}'))
),
target AS (
  SELECT * FROM (
    SELECT *, row_number() OVER (PARTITION BY region_key, indicator, year ORDER BY char_start, char_end, growth_pct, value) AS nth_target
    FROM figure WHERE kind = 'target' AND year = report_year
  ) WHERE nth_target = 1
),
unstated AS (
  SELECT * FROM (
    SELECT y.region_key, s.report_id, s.indicator, s.year, s.sentence, s.char_start, s.char_end,
      row_number() OVER (PARTITION BY y.region_key, s.indicator, s.year ORDER BY s.char_start) AS nth_statement
    FROM no_target_statements s JOIN year_report y USING (report_id)
    WHERE s.basis = 'annual' AND s.year = s.year_end AND s.year = y.report_year
  ) WHERE nth_statement = 1
),
outcome AS (
  SELECT * FROM figure WHERE kind IN ('actual', 'estimate') AND report_year > year
),
row_key AS (
  SELECT region_key, indicator, year FROM target
  UNION SELECT region_key, indicator, year FROM unstated
  UNION SELECT region_key, indicator, year FROM outcome
),
with_target AS (
  SELECT k.region_key, k.indicator, k.year,
    t.report_id AS t_report_id, t.growth_pct AS t_growth_pct, t.growth_pct_high AS t_growth_pct_high, t.value AS t_value, t.value_high AS t_value_high, t.unit AS t_unit,
    t.value_normalized AS t_value_normalized, t.unit_normalized AS t_unit_normalized, t.qualifier AS t_qualifier,
    t.sentence AS t_sentence, t.char_start AS t_char_start, t.char_end AS t_char_end,
    s.report_id AS s_report_id, s.sentence AS s_sentence, s.char_start AS s_char_start, s.char_end AS s_char_end,
    CASE WHEN t.growth_pct IS NOT NULL THEN 'growth_pct' WHEN t.value IS NOT NULL THEN 'value' END AS measure
  FROM row_key k
  LEFT JOIN target t ON t.region_key = k.region_key AND t.indicator = k.indicator AND t.year = k.year
  LEFT JOIN unstated s ON s.region_key = k.region_key AND s.indicator = k.indicator AND s.year = k.year
),
best_outcome AS (
  SELECT * FROM (
    SELECT w.region_key, w.indicator, w.year, o.kind, o.report_id, o.growth_pct, o.value, o.unit, o.value_normalized, o.unit_normalized, o.sentence, o.char_start, o.char_end,
      row_number() OVER (PARTITION BY w.region_key, w.indicator, w.year ORDER BY
        o.report_year,
        CASE coalesce(w.measure, CASE WHEN w.indicator IN (${RATE_KEYS}) THEN 'value' ELSE 'growth_pct' END)
          WHEN 'growth_pct' THEN o.growth_pct IS NULL ELSE o.value IS NULL END,
        o.kind = 'estimate', o.char_start, o.char_end) AS nth_outcome
    FROM with_target w JOIN outcome o ON o.region_key = w.region_key AND o.indicator = w.indicator AND o.year = w.year
  ) WHERE nth_outcome = 1
),
compared AS (
  SELECT w.*, o.kind AS o_kind, o.report_id AS o_report_id, o.growth_pct AS o_growth_pct, o.value AS o_value, o.unit AS o_unit,
    o.value_normalized AS o_value_normalized, o.unit_normalized AS o_unit_normalized, o.sentence AS o_sentence, o.char_start AS o_char_start, o.char_end AS o_char_end,
    (w.t_value_normalized IS NOT NULL AND o.value_normalized IS NOT NULL AND w.t_unit_normalized = o.unit_normalized) AS by_normalized,
    (w.t_value IS NOT NULL AND o.value IS NOT NULL AND w.t_unit = o.unit) AS by_written
  FROM with_target w LEFT JOIN best_outcome o ON o.region_key = w.region_key AND o.indicator = w.indicator AND o.year = w.year
),
measured AS (
  SELECT *,
    CASE WHEN measure = 'growth_pct' AND o_growth_pct IS NOT NULL THEN 'growth_pct'
         WHEN measure = 'value' AND (by_normalized OR by_written) THEN 'value' END AS compared_on,
    CASE WHEN measure = 'growth_pct' THEN t_growth_pct WHEN by_normalized THEN t_value_normalized ELSE t_value END AS tx,
    CASE WHEN measure = 'growth_pct' THEN t_growth_pct_high
         WHEN by_normalized AND t_value_high IS NOT NULL THEN t_value_high * (t_value_normalized / t_value) ELSE t_value_high END AS thi,
    CASE WHEN measure = 'growth_pct' THEN o_growth_pct WHEN by_normalized THEN o_value_normalized ELSE o_value END AS ox,
    (measure = 'growth_pct' OR coalesce(t_unit_normalized, '') = 'percent' OR coalesce(t_unit, '') = '%') AS in_points
  FROM compared
)
SELECT
  g.admin_code, g.region_name, g.admin_level, m.indicator, m.year,
  CASE WHEN m.t_report_id IS NOT NULL THEN true WHEN m.s_report_id IS NOT NULL THEN false END AS target_stated,
  m.t_growth_pct AS target_growth_pct, m.t_growth_pct_high AS target_growth_pct_high, m.t_value AS target_value, m.t_unit AS target_unit, m.t_value_high AS target_value_high,
  m.t_value_normalized AS target_value_normalized, m.t_unit_normalized AS target_unit_normalized, m.t_qualifier AS target_qualifier,
  coalesce(m.t_report_id, m.s_report_id) AS target_report_id,
  CASE WHEN m.t_report_id IS NOT NULL THEN m.t_sentence ELSE m.s_sentence END AS target_sentence,
  CASE WHEN m.t_report_id IS NOT NULL THEN m.t_char_start ELSE m.s_char_start END AS target_char_start,
  CASE WHEN m.t_report_id IS NOT NULL THEN m.t_char_end ELSE m.s_char_end END AS target_char_end,
  m.o_growth_pct AS outcome_growth_pct, m.o_value AS outcome_value, m.o_unit AS outcome_unit,
  m.o_value_normalized AS outcome_value_normalized, m.o_unit_normalized AS outcome_unit_normalized, m.o_kind AS outcome_kind,
  m.o_report_id AS outcome_report_id, m.o_sentence AS outcome_sentence, m.o_char_start AS outcome_char_start, m.o_char_end AS outcome_char_end,
  m.compared_on,
  CASE WHEN m.compared_on IS NOT NULL THEN round(m.ox - m.tx, 6) END AS difference,
  CASE
    WHEN m.compared_on IS NULL THEN NULL
    WHEN m.t_qualifier = 'about' THEN CASE WHEN m.in_points THEN abs(m.ox - m.tx) <= 0.5 + ${EPS('m.tx')} END
    WHEN m.t_qualifier = 'at_least' THEN m.ox >= m.tx - ${EPS('m.tx')}
    WHEN m.t_qualifier = 'at_most' THEN m.ox <= m.tx + ${EPS('m.tx')}
    WHEN m.t_qualifier = 'range' THEN CASE WHEN m.thi IS NOT NULL THEN m.ox >= m.tx - ${EPS('m.tx')} AND m.ox <= m.thi + ${EPS('m.thi')} END
    WHEN m.t_qualifier = 'exact' THEN abs(m.ox - m.tx) <= ${EPS('m.tx')}
  END AS met
FROM measured m JOIN region g USING (region_key)
ORDER BY g.admin_code NULLS FIRST, m.indicator, m.year`;

const sqlString = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** (Re)creates target_outcomes from the tables as they now are, with its schema's types and comments. */
export async function writeTargetOutcomes(con: DuckDBConnection): Promise<number> {
  const columns = derivedColumnsOf('target_outcomes');
  await con.run('DROP TABLE IF EXISTS target_outcomes');
  await con.run(`CREATE TABLE target_outcomes (${columns.map((c) => `${c.name} ${DUCKDB_TYPE[c.type]}${c.nullable ? '' : ' NOT NULL'}`).join(', ')})`);
  await con.run(`INSERT INTO target_outcomes SELECT ${columns.map((c) => c.name).join(', ')} FROM (${TARGET_OUTCOMES_SQL})`);
  await con.run(`COMMENT ON TABLE target_outcomes IS ${sqlString(DERIVED_DESCRIPTIONS.target_outcomes)}`);
  for (const c of columns) await con.run(`COMMENT ON COLUMN target_outcomes.${c.name} IS ${sqlString(c.description)}`);
  return Number((await con.runAndReadAll('SELECT count(*) FROM target_outcomes')).getRows()[0][0]);
}

/** The order target_outcomes is exported in (unique: one row per government, indicator and year). */
export const TARGET_OUTCOMES_ORDER = 'admin_code NULLS FIRST, indicator, year';
