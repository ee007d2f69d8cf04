export * from './tables.ts';
export * from './columns.ts';
export * from './vocabulary.ts';
export * from './targetOutcomes.ts';
