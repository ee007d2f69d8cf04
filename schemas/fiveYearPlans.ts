/**
 * China's five-year plans by their ordinal — the one table of them that the year cues, the time
 * frames and the no-target statements all read: the 1st ran 1953–1957, the 2nd 1958–1962; after
 * the years of readjustment the 3rd began in 1966, and one has followed every five years since
 * (the 14th 2021–2025, the 15th 2026–2030).
 */
export function fiveYearPlanStart(n: number): number | null {
  if (!Number.isInteger(n) || n < 1 || n > 30) return null;
  if (n === 1) return 1953;
  if (n === 2) return 1958;
  return 1966 + 5 * (n - 3);
}

/** The first and last year of the Nth five-year plan. */
export function fiveYearPlanYears(n: number): [number, number] | null {
  const start = fiveYearPlanStart(n);
  return start === null ? null : [start, start + 4];
}
