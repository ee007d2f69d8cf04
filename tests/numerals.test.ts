import { describe, expect, it } from 'vitest';
import { parseChineseNumber, toInt } from '../pipeline/shared/numerals.ts';
import { normalise } from '../pipeline/shared/units.ts';
import { codePointIndex } from '../pipeline/shared/offsets.ts';

describe('Chinese numerals', () => {
  it.each([
    ['十七', 17], ['二十', 20], ['一百零五', 105], ['三千五百', 3500], ['一千二百万', 12_000_000], ['一亿二千万', 120_000_000],
    ['三万亿', 3e12], ['千万', 1e7], ['万', 1e4], ['两', 2], ['二〇二三', 2023], ['二〇〇八', 2008], ['零', 0],
  ])('%s → %d', (s, n) => expect(parseChineseNumber(s)).toBe(n));
  it.each(['八五', '十四五', '十百千', '二三', '第', ''])('%s is not a number', (s) => expect(parseChineseNumber(s)).toBeNull());
  it('reads terms and years in either script', () => {
    expect(toInt('17')).toBe(17);
    expect(toInt('十七')).toBe(17);
    expect(toInt('二〇二四')).toBe(2024);
  });
});

describe('units', () => {
  it('normalises money, people, areas and rounds away binary noise', () => {
    expect(normalise(1.8, '万人')).toEqual({ value_normalized: 18000, unit_normalized: 'person' });
    expect(normalise(443.71, '亿元')).toEqual({ value_normalized: 44371000000, unit_normalized: 'yuan' });
    expect(normalise(3.1, '万平米')).toEqual({ value_normalized: 31000, unit_normalized: 'm2' });
    expect(normalise(5, '不知道')).toEqual({ value_normalized: null, unit_normalized: null });
  });
});

describe('code-point offsets', () => {
  it('counts astral characters as one', () => {
    const text = '𠮷野家在𠮷林开店';
    const cp = codePointIndex(text);
    expect(cp(text.indexOf('在'))).toBe(3);
    expect(cp(text.length)).toBe(Array.from(text).length);
  });
});
