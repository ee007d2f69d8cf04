/**
 * Cross-record checks a careful researcher would run, one object per check (textlint-style).
 * What a failure does — reject the record, warn, or null the doubtful value — is not decided
 * here: it is the severity the schema declares next to the column the check is about.
 */
import { columnsOf, RATE_BOUNDS, unitFits, type Indicator, type Report, type Severity, type TableName } from '../../schemas/index.ts';
import { divisions } from '../shared/divisions.ts';

export interface CheckContext { report: Report | undefined }

export interface Check<R> {
  name: string;
  table: TableName;
  column: string;
  /** null when the row passes, else what is wrong. */
  test(row: R, ctx: CheckContext): string | null;
}

export const severityOf = (table: TableName, column: string): Severity =>
  columnsOf(table).find((c) => c.name === column)?.severity ?? 'reject';

export const REPORT_CHECKS: Array<Check<Report>> = [
  {
    name: 'plan_year_follows_review_year', table: 'reports', column: 'plan_year',
    test: (r) => (r.review_year !== null && r.plan_year !== null && r.plan_year !== r.review_year + 1 ? `plan_year ${r.plan_year} is not review_year ${r.review_year} + 1` : null),
  },
  {
    name: 'admin_code_agrees_with_names', table: 'reports', column: 'admin_code',
    test: (r) => {
      if (r.admin_code === null) return null;
      const { byCode } = divisions();
      const d = byCode.get(r.admin_level === 'county' ? r.admin_code : r.admin_code.replace(/(00)+$/, ''));
      if (!d) return `admin_code ${r.admin_code} is not in GB/T 2260`;
      const want = r.admin_level === 'county' ? r.county : r.admin_level === 'prefecture' ? r.prefecture : r.province;
      if (d.name !== want) return `admin_code ${r.admin_code} is ${d.name}, not ${want}`;
      if (r.province && (d.province ?? d).name !== r.province) return `admin_code ${r.admin_code} lies in ${(d.province ?? d).name}, not ${r.province}`;
      return null;
    },
  },
];

export const INDICATOR_CHECKS: Array<Check<Indicator>> = [
  {
    name: 'annual_figure_year_matches_report', table: 'indicators', column: 'year',
    test: (i, { report }) => {
      if (!report || i.basis !== 'annual') return null;
      const want = i.kind === 'target' ? report.plan_year : report.review_year;
      return want !== null && i.year !== want ? `${i.kind} for ${i.year}, but the report's ${i.kind === 'target' ? 'plan' : 'review'} year is ${want}` : null;
    },
  },
  {
    name: 'growth_plausible', table: 'indicators', column: 'growth_pct',
    test: (i) => (i.growth_pct !== null && (i.growth_pct < -50 || i.growth_pct > 100) ? `growth ${i.growth_pct}% is outside -50…100%` : null),
  },
  {
    name: 'rate_plausible', table: 'indicators', column: 'value',
    test: (i) => {
      const b = RATE_BOUNDS[i.indicator];
      return b && i.value !== null && (i.value < b[0] || i.value > b[1]) ? `${i.indicator} ${i.value}% is outside ${b[0]}…${b[1]}%` : null;
    },
  },
  {
    name: 'unit_fits_indicator', table: 'indicators', column: 'unit',
    test: (i) => (i.unit !== null && !unitFits(i.indicator, i.unit) ? `${i.indicator} cannot be measured in ${i.unit}` : null),
  },
];
