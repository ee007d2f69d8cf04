/**
 * Column builders: every table column is a zod schema carrying its documentation.
 * The same object drives TypeScript types (z.infer), record validation, DuckDB and
 * Parquet column types, CSV headers and the datapackage.json field list, so a column
 * is declared once, here and in tables.ts, and nowhere else.
 */
import { z } from 'zod';

/**
 * What a failed cross-record check on this column does: drop the record (reject), keep it and
 * warn (warn), or keep the record without the doubtful value and warn (nullify).
 */
export type Severity = 'reject' | 'warn' | 'nullify';

export interface ColumnMeta {
  description: string;
  /** Semantic format for strings that need a richer storage type. */
  format?: 'date';
  severity?: Severity;
  [k: string]: unknown;
}

const meta = <T extends z.ZodType>(s: T, m: ColumnMeta): T => s.meta(m) as T;

export const text = (description: string, extra: Partial<ColumnMeta> = {}) =>
  meta(z.string(), { description, ...extra });
export const textOrNull = (description: string, extra: Partial<ColumnMeta> = {}) =>
  meta(z.string().nullable(), { description, ...extra });
export const int = (description: string, extra: Partial<ColumnMeta> = {}) =>
  meta(z.int(), { description, ...extra });
export const intOrNull = (description: string, extra: Partial<ColumnMeta> = {}) =>
  meta(z.int().nullable(), { description, ...extra });
export const num = (description: string, extra: Partial<ColumnMeta> = {}) =>
  meta(z.number().refine(Number.isFinite, 'must be finite'), { description, ...extra });
export const numOrNull = (description: string, extra: Partial<ColumnMeta> = {}) =>
  meta(z.number().refine(Number.isFinite, 'must be finite').nullable(), { description, ...extra });
export const oneOf = <const T extends readonly [string, ...string[]]>(values: T, description: string) =>
  meta(z.enum(values), { description: `${description} One of: ${values.join(', ')}.` });
export const oneOfOrNull = <const T extends readonly [string, ...string[]]>(values: T, description: string) =>
  meta(z.enum(values).nullable(), { description: `${description} One of: ${values.join(', ')}; or null.` });
export const dateOrNull = (description: string) =>
  meta(z.iso.date().nullable(), { description, format: 'date' });

/** Storage-neutral column type derived from a column's zod schema. */
export type ColumnType = 'string' | 'integer' | 'number' | 'boolean' | 'date';

export interface ColumnInfo {
  name: string;
  type: ColumnType;
  nullable: boolean;
  description: string;
  severity: Severity | undefined;
  enumValues: string[] | undefined;
}

function unwrap(s: z.ZodType): { inner: z.ZodType; nullable: boolean } {
  let cur: any = s;
  let nullable = false;
  for (;;) {
    const t = cur._zod.def.type;
    if (t === 'nullable' || t === 'optional') { nullable = true; cur = cur._zod.def.innerType; continue; }
    if (t === 'pipe') { cur = cur._zod.def.in; continue; }
    return { inner: cur, nullable };
  }
}

export function columnInfo(name: string, schema: z.ZodType): ColumnInfo {
  const m = (z.globalRegistry.get(schema) ?? {}) as Partial<ColumnMeta>;
  const { inner, nullable } = unwrap(schema);
  const def: any = (inner as any)._zod.def;
  let type: ColumnType;
  let enumValues: string[] | undefined;
  switch (def.type) {
    case 'string': type = m.format === 'date' || (inner as any).format === 'date' ? 'date' : 'string'; break;
    case 'number': type = (inner as any).isInt ? 'integer' : 'number'; break;
    case 'boolean': type = 'boolean'; break;
    case 'enum': type = 'string'; enumValues = Object.values(def.entries) as string[]; break;
    default: throw new Error(`column ${name}: unsupported zod type ${def.type}`);
  }
  if (!m.description) throw new Error(`column ${name} has no description`);
  return { name, type, nullable, description: m.description, severity: m.severity, enumValues };
}

export const DUCKDB_TYPE: Record<ColumnType, string> = {
  string: 'VARCHAR', integer: 'BIGINT', number: 'DOUBLE', boolean: 'BOOLEAN', date: 'DATE',
};
/** Frictionless Table Schema field types. */
export const FRICTIONLESS_TYPE: Record<ColumnType, string> = {
  string: 'string', integer: 'integer', number: 'number', boolean: 'boolean', date: 'date',
};
