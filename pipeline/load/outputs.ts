/**
 * What the output holds — its tables and the database's views — without loading DuckDB: the build
 * fingerprints it (with the explorer page's version) before deciding whether anything is to do.
 */
import { DERIVED_TABLE_NAMES, TABLE_NAMES, type DerivedTableName, type TableName } from '../../schemas/index.ts';
import { projectExamples, type ExplorerConfig } from '../explorer/write.ts';

/** Every table the output holds: the per-report ones and those derived from them in the database. */
export type OutputTable = TableName | DerivedTableName;
export const OUTPUT_TABLES: OutputTable[] = [...TABLE_NAMES, ...DERIVED_TABLE_NAMES];

export const VIEWS: Record<string, string> = {
  targets: `SELECT r.region_name, r.admin_code, r.admin_level, r.plan_year, i.* FROM indicators i JOIN reports r USING (report_id) WHERE i.kind = 'target'`,
  results: `SELECT r.region_name, r.admin_code, r.admin_level, r.review_year, i.* FROM indicators i JOIN reports r USING (report_id) WHERE i.kind IN ('actual', 'estimate')`,
  report_sections: `SELECT r.region_name, r.plan_year, s.* FROM sections s JOIN reports r USING (report_id)`,
};

/** What the explorer page is told about the output: its tables, the database's views, the README's queries. */
export function explorerConfig(): ExplorerConfig {
  return { tables: OUTPUT_TABLES, views: VIEWS, examples: projectExamples() };
}
