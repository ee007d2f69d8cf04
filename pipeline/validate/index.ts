/**
 * validate: every record passes its table's zod schema before it is written; a record that
 * fails goes to rejects with the schema's message, never silently away. Cross-record checks
 * run here too, each marked reject or warn by the severity its column declares.
 */
import { TABLES, type Reject, type TableName } from '../../schemas/index.ts';

export interface Validated<T> { rows: T[]; rejects: Reject[]; warnings: string[] }

export function validateRows<T extends TableName>(table: T, rows: Array<Record<string, unknown>>, sourceFile: string): Validated<Record<string, unknown>> {
  const schema = TABLES[table];
  const ok: Array<Record<string, unknown>> = [];
  const rejects: Reject[] = [];
  for (const row of rows) {
    const r = schema.safeParse(row);
    if (r.success) ok.push(r.data as Record<string, unknown>);
    else {
      const issues = r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
      rejects.push({ source_file: sourceFile, stage: 'validate', reason: `schema_${table}`, detail: `${issues} in ${JSON.stringify(row).slice(0, 300)}` });
    }
  }
  return { rows: ok, rejects, warnings: [] };
}

/** Every span must hold what the record says it holds; returns the rows that do. */
export function checkSpans<R extends { char_start: number; char_end: number }>(
  table: string, rows: R[], cleanText: string, expected: (r: R) => string | RegExp, sourceFile: string,
): Validated<R> {
  const cps = Array.from(cleanText);
  const ok: R[] = [];
  const rejects: Reject[] = [];
  for (const r of rows) {
    const span = cps.slice(r.char_start, r.char_end).join('');
    const want = expected(r);
    const good = r.char_start >= 0 && r.char_end <= cps.length && r.char_start <= r.char_end && (typeof want === 'string' ? span === want : want.test(span));
    if (good) ok.push(r);
    else rejects.push({ source_file: sourceFile, stage: 'validate', reason: 'offset_mismatch', detail: `${table} [${r.char_start}, ${r.char_end}) holds ${JSON.stringify(span.slice(0, 60))}, not ${String(want).slice(0, 60)}` });
  }
  return { rows: ok, rejects, warnings: [] };
}
