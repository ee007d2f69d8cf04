/**
 * quantities: every number with a unit — 443.71亿元, 1.8万余人, 近千万, 超500万元, 十七连增,
 * 两个, 三年, 25%, 2022年 — with the approximation word as written and the words before it
 * that say what is counted. One pass of two regular expressions over the text: this is the
 * pipeline's hottest path.
 */
import type { Quantity } from '../../../schemas/index.ts';
import { parseChineseNumber } from '../../shared/numerals.ts';
import { round, UNIT_PATTERN, unitInfo } from '../../shared/units.ts';
import { sectionIdAt, type ExtractContext } from '../context.ts';

// Numbers are found with a cheap scan; what follows them (余, 万, the unit) is read with sticky
// expressions at the number's end only, and the approximation word is looked up just before it.
const ARABIC = /\d+(?:\.\d+)?/g;
const isDigitOrPoint = (c: number) => (c >= 0x30 && c <= 0x39) || c === 0x2e;
const ARABIC_TAIL = new RegExp(`(余|多)?(千万|百万|万|亿)?(余|多)?(${UNIT_PATTERN})?`, 'y');
const CHINESE = /[零〇一二两三四五六七八九十百千万亿]+/g;
const CHINESE_NUMERAL = charTable('零〇一二两三四五六七八九十百千万亿');
const CHINESE_TAIL = new RegExp(`(余|多)?(${UNIT_PATTERN})`, 'y');
const approxBefore = (text: string, at: number): string | undefined => {
  if (text.startsWith('超过', at - 2)) return '超过';
  const c = text[at - 1];
  return c && '近约超逾达'.includes(c) ? c : undefined;
};

/**
 * The characters a Chinese numeral's tail can start with (余, 多, a unit's first character): the
 * sticky unit expression runs only after one of them. Numerals are everywhere in Chinese prose
 * (一是, 统一, 进一步), units after them are not.
 */
const CHINESE_TAIL_START = charTable(['余', '多', ...UNIT_PATTERN.split('|').map((u) => u.replace(/\\/g, '')[0])].join(''));
/** Inside a code or a longer number (PM2.5, 5G): a digit, point or Latin letter just before. */
const isCodeChar = (c: number) => (c >= 0x30 && c <= 0x39) || c === 0x2e || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

const APPROX_OF: Record<string, Quantity['approx']> = { 近: '近', 约: '约', 超过: '超', 超: '超', 逾: '逾', 余: '余', 多: '多' };
const MULT: Record<string, number> = { 万: 1e4, 亿: 1e8, 千万: 1e7, 百万: 1e6 };
/** Where the words before a quantity stop: punctuation and line ends. */
const SUBJECT_STOP = charTable('，。；：、！？（）()“”‘’《》\n,;:');

/**
 * A set of characters as a table indexed by UTF-16 code (1 for a member): the loops below test
 * every character they step over, some hundred thousand a report, and a table lookup costs a
 * fraction of a Set's (whose keys are hashed) and makes no one-character string.
 */
function charTable(chars: string): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] = 1;
  return table;
}

export function extractQuantities(ctx: ExtractContext): Quantity[] {
  const { text } = ctx;
  const out: Quantity[] = [];
  const taken = new Uint8Array(text.length);
  const push = (start: number, end: number, value: number, unit: string, approx: Quantity['approx'], multiplier = 1) => {
    for (let i = start; i < end; i++) if (taken[i]) return;
    for (let i = start; i < end; i++) taken[i] = 1;
    const direct = unitInfo(unit);
    const info = direct ?? (unit.length > 1 ? unitInfo(unit.slice(1)) : null);
    const factor = direct ? info!.factor : info ? info.factor * (MULT[unit[0]] ?? 1) : MULT[unit] ?? 1;
    let base = info?.base ?? (unit === '万' || unit === '亿' ? 'number' : null);
    if (unit === '年' && value >= 1900 && value <= 2100 && Number.isInteger(value)) base = 'calendar_year';
    out.push({
      report_id: ctx.reportId,
      char_start: ctx.cp(start),
      char_end: ctx.cp(end),
      text: text.slice(start, end),
      value,
      unit,
      value_normalized: base ? round(value * multiplier * (base === 'calendar_year' ? 1 : factor)) : null,
      unit_normalized: base,
      approx,
      subject: subjectBefore(text, start),
      section_id: sectionIdAt(ctx.seg, start),
    });
  };
  // Numbers are found with `test`, which makes no match object (most numbers are not kept), and
  // their start is found by stepping back over what the expression took: a match starts at the
  // first digit after the previous match.
  ARABIC.lastIndex = 0;
  for (let searchedFrom = 0; ARABIC.test(text); searchedFrom = ARABIC.lastIndex) {
    const end = ARABIC.lastIndex;
    let at = end - 1;
    while (at > searchedFrom && isDigitOrPoint(text.charCodeAt(at - 1))) at--;
    while (text.charCodeAt(at) === 0x2e) at++;
    if (at > 0 && isCodeChar(text.charCodeAt(at - 1))) continue;
    ARABIC_TAIL.lastIndex = end;
    const [tail, after1, mult, after2, unit] = ARABIC_TAIL.exec(text)!;
    const before = approxBefore(text, at);
    if (!unit && !(mult && (before || after1 || after2))) continue; // a bare number is not a quantity
    const start = before && before !== '达' ? at - before.length : at;
    const approx = APPROX_OF[(before !== '达' ? before : undefined) ?? after1 ?? after2 ?? ''] ?? null;
    push(start, end + tail.length, Number(text.slice(at, end)), (mult ?? '') + (unit ?? ''), approx);
  }
  CHINESE.lastIndex = 0;
  for (let searchedFrom = 0; CHINESE.test(text); searchedFrom = CHINESE.lastIndex) {
    const end = CHINESE.lastIndex;
    let at = end - 1;
    while (at > searchedFrom && CHINESE_NUMERAL[text.charCodeAt(at - 1)]) at--;
    if (text[at - 1] === '第' || !CHINESE_TAIL_START[text.charCodeAt(end)]) continue;
    const num = text.slice(at, end);
    CHINESE_TAIL.lastIndex = end;
    const t = CHINESE_TAIL.exec(text);
    if (!t) continue;
    const [tail, after, unit] = t;
    const value = parseChineseNumber(num);
    if (value === null || !/[一二两三四五六七八九十百千零〇]/.test(num)) continue;
    if (isWordPart(text, at, num, unit)) continue;
    const before = approxBefore(text, at);
    const start = before && before !== '达' ? at - before.length : at;
    const approx = APPROX_OF[(before !== '达' ? before : undefined) ?? after ?? ''] ?? null;
    push(start, at + num.length + tail.length, value, unit, approx);
  }
  // 近千万 / 超百万 with no unit after them
  for (const m of text.matchAll(/(近|约|超|逾)([一二两三四五六七八九十百千]*)(万|亿)(?![\u4e00-\u9fff]*[元人户])/g)) {
    const v = parseChineseNumber(m[2] || '一');
    if (v === null) continue;
    push(m.index!, m.index! + m[0].length, v, m[3], APPROX_OF[m[1]] ?? null);
  }
  out.sort((a, b) => a.char_start - b.char_start);
  return out;
}

/** 一是, 统一, 十四五, 一体化 …: a numeral that is part of a word, not a count. */
function isWordPart(text: string, start: number, num: string, unit: string): boolean {
  const prev = text[start - 1] ?? '';
  if (/[一二三四五六七八九十统唯万千百单同]/.test(prev)) return true;
  if (num.length === 1 && /^(一)$/.test(num) && /^(体|流|线|批|道|同|起|直|致|带|举|定|般|切|律|手|心|些|样|点)/.test(text.slice(start + 1, start + 3))) return true;
  return unit === '是';
}

function subjectBefore(text: string, pos: number): string | null {
  let i = pos;
  const min = Math.max(0, pos - 24);
  while (i > min && !SUBJECT_STOP[text.charCodeAt(i - 1)]) i--;
  const s = text.slice(i, pos).replace(/^(全年|共|累计|其中|新增了?|达到|达|为|实现|完成|超过|近|约|逾|超)+$/, '').trim();
  return s || null;
}
