/**
 * Chinese numerals → numbers: 十七 → 17, 二〇二三 → 2023, 一千二百万 → 12000000, 两 → 2.
 * A small hand scanner: measured against `nzh` in bench/numerals.ts (see README), it is
 * several times faster on the short numerals reports use and has no dependencies.
 */
const DIGIT: Record<string, number> = {
  '零': 0, '〇': 0, '○': 0, 'Ｏ': 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 两: 2, 三: 3, 叁: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
const SMALL_UNIT: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };

export const CHINESE_NUMERAL_CHARS = '零〇○一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟';

/** Parses a whole string of Chinese numerals; null when it is not one. */
export function parseChineseNumber(s: string): number | null {
  if (!s) return null;
  // Digit-by-digit form (years, codes): 二〇二三
  if (/^[零〇○一二三四五六七八九]+$/.test(s) && s.length > 1 && !/^[一二三四五六七八九]$/.test(s)) {
    if (/[零〇○]/.test(s) || s.length >= 3) return Number(Array.from(s, (c) => DIGIT[c]).join(''));
  }
  // 八五, 二三 (abbreviations, not numbers) and 十百千 are not numerals.
  if (/[一二两三四五六七八九][一二两三四五六七八九]|[十拾百佰千仟][十拾百佰千仟]/.test(s)) return null;
  let total = 0; // everything already multiplied by 万 or 亿
  let section = 0; // below 万
  let digit: number | null = null;
  for (const c of s) {
    if (c in DIGIT) {
      digit = DIGIT[c];
    } else if (c in SMALL_UNIT) {
      section += (digit ?? 1) * SMALL_UNIT[c];
      digit = null;
    } else if (c === '万') {
      section += digit ?? 0;
      total += (section || (total === 0 ? 1 : 0)) * 1e4;
      section = 0;
      digit = null;
    } else if (c === '亿') {
      section += digit ?? 0;
      total = (total + (section || (total === 0 ? 1 : 0))) * 1e8;
      section = 0;
      digit = null;
    } else {
      return null;
    }
  }
  return total + section + (digit ?? 0);
}

/** Arabic or Chinese numeral → integer, for years, terms and sessions. */
export function toInt(s: string): number | null {
  const t = s.trim();
  if (/^\d+$/.test(t)) return Number(t);
  const n = parseChineseNumber(t);
  return n !== null && Number.isInteger(n) ? n : null;
}

/** 十二点三 → 12.3; 六百五十 → 650; a whole numeral without 点 as parseChineseNumber reads it. */
export function chineseDecimal(s: string): number | null {
  const [int, frac] = s.split('点');
  const whole = int ? parseChineseNumber(int) : 0;
  if (whole === null) return null;
  if (frac === undefined) return whole;
  const digits = Array.from(frac, (c) => DIGIT[c]);
  if (!frac || digits.some((d) => d === undefined)) return null;
  return Number(`${whole}.${digits.join('')}`);
}

const NUMERAL_RUN = /[零〇○一二两三四五六七八九十百千万亿点]+/g;

/**
 * Whether a span holds a number as written, in Arabic digits (4.0, 34,250) or in Chinese
 * numerals (百分之十二点三, 六百五十亿元 → 650 in 亿元, 五亿二千万吨 → 52000 in 万吨).
 */
export function spanHoldsNumber(span: string, figure: number): boolean {
  // a fall is stored negative (下降0.5% → -0.5); the text writes the number without a sign
  const n = Math.abs(figure);
  const [int, frac] = String(n).split('.');
  const arabic = new RegExp(`(?<![0-9.])${int}${frac ? `\\.${frac}0*` : '(?:\\.0+)?'}(?![0-9])`);
  if (arabic.test(span.replace(/([0-9])[，,](?=[0-9]{3})/g, '$1'))) return true;
  for (const [run] of span.matchAll(NUMERAL_RUN)) {
    for (let cut = run.length; cut > 0; cut--) {
      const head = run.slice(0, cut);
      // 四亿零七百多万吨: the unit's 万 after 多 belongs to the number, read in 万吨
      for (const unit of ['', '万', '亿']) {
        const v = chineseDecimal(head + unit);
        if (v !== null && [v, v / 1e4, v / 1e8].some((x) => Math.abs(x - n) < 1e-9 * Math.max(1, n))) return true;
      }
    }
  }
  return false;
}
