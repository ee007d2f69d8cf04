export * from './tables.ts';
export * from './columns.ts';
