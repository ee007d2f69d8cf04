/**
 * Tables derived in the database from the per-report tables once they are complete: they have no
 * report of their own, so they are not in TABLES (whose rows travel from the workers). Their
 * schemas are the single source of their column types, the DuckDB comments and the data
 * dictionary in datapackage.json, as for every table; pipeline/load/targetOutcomes.ts holds the SQL.
 */
import { z } from 'zod';
import { columnInfo, int, intOrNull, numOrNull, oneOfOrNull, text, textOrNull, type ColumnInfo } from './columns.ts';
import { ADMIN_LEVELS, QUALIFIERS } from './tables.ts';

/** What `met` compares: the growth in percent, or the value (in unit_normalized when both sides have one). */
export const COMPARED_ON = ['growth_pct', 'value'] as const;
export const OUTCOME_KINDS = ['actual', 'estimate'] as const;

/** The rule `met` follows, written once: the column's description and the README quote it. */
export const MET_RULE = 'true when the outcome meets the target by its qualifier, false when it does not, null when either side is missing or the two cannot be compared. '
  + 'about (左右): within ±0.5 percentage point of the target, for a growth or a value in %; an about-target of any other unit gives null (no tolerance is stated for it). '
  + 'at_least: outcome ≥ target; at_most: outcome ≤ target; range: low ≤ outcome ≤ high; exact: outcome = target (to 1e-9). '
  + 'Compared on growth_pct when the target is a growth, else on the value: in unit_normalized when both sides have the same one, else as written when both have the same unit, else null.';

export const target_outcomes = z.object({
  admin_code: textOrNull('6-digit GB/T 2260 code of the government; null for the national government (joined by its level).'),
  region_name: textOrNull('Name of the region, from its latest report.'),
  admin_level: oneOfOrNull(ADMIN_LEVELS, 'Level of the government.'),
  indicator: text('Key of the indicator in the vocabulary.'),
  year: int('The year the target and the outcome are for.'),
  target_stated: z.boolean().nullable().meta({ description: 'true: the report for that year states a target; false: it says it sets no number (target_sentence holds the statement, from no_target_statements); null: no target found (no report for that year, or none found in it).' }),
  target_growth_pct: numOrNull('Target growth in percent (the lower end of a range).'),
  target_growth_pct_high: numOrNull('Upper end of a target range, else null.'),
  target_value: numOrNull('Target value as written, in target_unit.'),
  target_unit: textOrNull('Unit of target_value as written.'),
  target_value_high: numOrNull('Upper end of a target value range, in target_unit; else null.'),
  target_value_normalized: numOrNull('target_value in target_unit_normalized.'),
  target_unit_normalized: textOrNull('Base unit of target_value_normalized.'),
  target_qualifier: oneOfOrNull(QUALIFIERS, 'How the target is bounded (indicators.qualifier).'),
  target_report_id: textOrNull('The report whose plan year is this year (the target\'s or the statement\'s report).'),
  target_sentence: textOrNull('The sentence the target, or the statement that none is set, was read from.'),
  target_char_start: intOrNull('Start of the target\'s span in clean/<target_report_id>.txt, in code points.'),
  target_char_end: intOrNull('End (exclusive) of the target\'s span.'),
  outcome_growth_pct: numOrNull('Growth reported for the year, in percent.'),
  outcome_value: numOrNull('Value reported for the year, as written, in outcome_unit.'),
  outcome_unit: textOrNull('Unit of outcome_value as written.'),
  outcome_value_normalized: numOrNull('outcome_value in outcome_unit_normalized.'),
  outcome_unit_normalized: textOrNull('Base unit of outcome_value_normalized.'),
  outcome_kind: oneOfOrNull(OUTCOME_KINDS, 'actual, or estimate (预计) when the report gives no actual.'),
  outcome_report_id: textOrNull('The report the outcome was read from: the next year\'s, else the nearest later one that reviews the year. Within it, figures carrying the target\'s measure come first, then actuals before estimates, then the first in the text.'),
  outcome_sentence: textOrNull('The sentence the outcome was read from.'),
  outcome_char_start: intOrNull('Start of the outcome\'s span in clean/<outcome_report_id>.txt, in code points.'),
  outcome_char_end: intOrNull('End (exclusive) of the outcome\'s span.'),
  compared_on: oneOfOrNull(COMPARED_ON, 'What met compares: growth_pct or value; null when there is nothing to compare.'),
  difference: numOrNull('Outcome minus target on compared_on (minus the lower end of a range), in points or in the compared unit; null when met cannot be computed.'),
  met: z.boolean().nullable().meta({ description: `Whether the outcome met the target: ${MET_RULE}` }),
});

export type TargetOutcome = z.infer<typeof target_outcomes>;

export const DERIVED_TABLES = { target_outcomes } as const;
export type DerivedTableName = keyof typeof DERIVED_TABLES;
export const DERIVED_TABLE_NAMES = Object.keys(DERIVED_TABLES) as DerivedTableName[];

export const DERIVED_ORDER_BY: Record<DerivedTableName, string[]> = {
  target_outcomes: ['admin_code', 'indicator', 'year'], // the national government (no code) first
};

export const DERIVED_DESCRIPTIONS: Record<DerivedTableName, string> = {
  target_outcomes: 'One row per government, indicator and year with a target or an outcome: the annual target of the report for that year against the actual (else estimate) a later report gives for it, and whether it was met. Only annual figures of the whole region; governments joined by admin_code, the national one by its level.',
};

export function derivedColumnsOf(table: DerivedTableName): ColumnInfo[] {
  return Object.entries(DERIVED_TABLES[table].shape).map(([name, s]) => columnInfo(name, s as z.ZodType));
}
