/** `make sql`'s results drawn as DuckDB's shell draws them (pipeline/sql/box.ts). */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { displayWidth, formatBox } from '../pipeline/sql/box.ts';

const table = (rows: Array<Array<string | null>>) => ({ names: ['region_name', 'plan_year', 'growth_pct'], types: ['varchar', 'bigint', 'double'], numeric: [false, true, true], rows });

describe('query results in a box', () => {
  it('right-aligns numbers, shows NULL, and gives the types under the names', () => {
    const out = formatBox(table([['乌鲁木齐市水磨沟区', '2023', '7.5'], ['株洲市天元区', '2023', null]])).split('\n');
    expect(out[1]).toMatch(/│ region_name\s+│ plan_year │ growth_pct │/);
    expect(out[2]).toMatch(/│ varchar\s+│ bigint\s+│ double\s+│/);
    expect(out[4]).toBe('│ 乌鲁木齐市水磨沟区 │      2023 │        7.5 │');
    expect(out[5]).toBe('│ 株洲市天元区       │      2023 │       NULL │');
    expect(out.at(-2)).toMatch(/│ 2 rows\s+│/);
  });

  it('keeps every line of the box the same width on the terminal, Chinese text included, and within it', () => {
    const cell = fc.oneof(fc.constant(null), fc.string({ maxLength: 80 }), fc.constantFrom('政府工作报告', '全年实现地区生产总值443.71亿元，增长0.3%'.repeat(3)));
    fc.assert(fc.property(fc.array(fc.tuple(cell, cell, cell), { maxLength: 60 }), fc.integer({ min: 30, max: 160 }), (rows, width) => {
      const lines = formatBox(table(rows.map((r) => [...r])), width).split('\n');
      const w = displayWidth(lines[0]);
      return lines.every((l) => displayWidth(l) === w) && w <= Math.max(width, 40);
    }), { numRuns: 200 });
  });

  it('cuts long text with … to fit the terminal, then leaves out middle columns', () => {
    const long = '坚持稳中求进工作总基调，'.repeat(10);
    const narrow = formatBox(table([[long, '2023', '6.5']]), 60);
    expect(narrow).toMatch(/坚持稳中求进.*…/);
    const many = formatBox({ names: Array.from({ length: 20 }, (_, i) => `column_${i}`), types: Array(20).fill('varchar'), numeric: Array(20).fill(false), rows: [Array(20).fill('x')] }, 80);
    expect(many).toMatch(/│ … │/);
    expect(many).toMatch(/20 columns \(\d+ shown\)/);
    expect(displayWidth(many.split('\n')[0])).toBeLessThanOrEqual(80);
  });

  it('shows the first and last 20 of more than 40 rows', () => {
    const out = formatBox(table(Array.from({ length: 100 }, (_, i) => [`r${i}`, String(2000 + i), null])));
    expect(out).toMatch(/r19 /);
    expect(out).toMatch(/r80 /);
    expect(out).not.toMatch(/r20 /);
    expect(out).toMatch(/100 rows \(40 shown\)/);
  });
});
