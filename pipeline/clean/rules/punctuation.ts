/**
 * Half-width punctuation inside Chinese text (, : ; ( ) ! ? and straight quotes) becomes
 * full width; 十 typed for + inside codes (“4十3”, “管委会十运营公司”) becomes +; a stray
 * English "and" between Chinese words becomes 和.
 */
import { isCjk, isDigit, isHan, NUMERAL_CONTEXT, splitLines } from '../chars.ts';
import type { Edit, Rule } from '../engine.ts';

const FULL: Record<string, string> = { ',': '，', ':': '：', ';': '；', '!': '！', '?': '？' };

export const punctuation: Rule = {
  name: 'punctuation',
  run(text) {
    const edits: Edit[] = [];
    for (const line of splitLines(text)) {
      const t = line.text;
      const at = (i: number) => t[i];
      const prevVisible = (i: number) => { let j = i - 1; while (j >= 0 && t[j] === ' ') j--; return t[j]; };
      const nextVisible = (i: number) => { let j = i + 1; while (j < t.length && t[j] === ' ') j++; return t[j]; };
      for (let i = 0; i < t.length; i++) {
        const c = at(i);
        if (!(c in FULL)) continue;
        const p = prevVisible(i);
        const n = nextVisible(i);
        if ((c === ',' || c === ':') && isDigit(p) && isDigit(n)) continue; // 1,234 and 9:00
        if (c === ':' && /https?$/i.test(t.slice(0, i))) continue;
        if (isCjk(p) || isCjk(n) || (c !== ':' && (p === '%' || p === ')') && !/[A-Za-z]/.test(n ?? ''))) {
          edits.push({ start: line.start + i, end: line.start + i + 1, text: FULL[c], kind: 'punctuation' });
        }
      }
      // Parentheses: a pair on one line with Chinese inside or right before it.
      for (const m of t.matchAll(/\(([^()]{0,60})\)/g)) {
        const before = prevVisible(m.index!);
        if (/[\u3400-\u9fff]/.test(m[1]) || isCjk(before)) {
          const s = line.start + m.index!;
          edits.push({ start: s, end: s + 1, text: '（', kind: 'punctuation' });
          edits.push({ start: s + m[0].length - 1, end: s + m[0].length, text: '）', kind: 'punctuation' });
        }
      }
      // Straight double quotes, paired within the line, around Chinese.
      const quotes = [...t.matchAll(/"/g)].map((m) => m.index!);
      if (quotes.length >= 2 && quotes.length % 2 === 0 && /[\u3400-\u9fff]/.test(t)) {
        quotes.forEach((q, k) => edits.push({ start: line.start + q, end: line.start + q + 1, text: k % 2 ? '”' : '“', kind: 'punctuation' }));
      }
      // Stray English "and" between Chinese words.
      for (const m of t.matchAll(/ ?\band\b ?/g)) {
        if (isHan(t[m.index! - 1]) && isHan(t[m.index! + m[0].length])) {
          edits.push({ start: line.start + m.index!, end: line.start + m.index! + m[0].length, text: '和', kind: 'and' });
        }
      }
      // 十 for + : between digits anywhere (4十3), or joining words inside quotes (管委会十运营公司, 文旅十).
      for (const m of t.matchAll(/十/g)) {
        const i = m.index!;
        const p = t[i - 1];
        const n = t[i + 1];
        let plus = isDigit(p) && isDigit(n);
        if (!plus && insideQuotes(t, i) && isHan(p) && !NUMERAL_CONTEXT.test(p) && (n === '”' || n === '"' || (isHan(n) && !NUMERAL_CONTEXT.test(n) && !/[年月日天届次倍]/.test(n)))) plus = true;
        if (plus) edits.push({ start: line.start + i, end: line.start + i + 1, text: '+', kind: 'plus_sign' });
      }
    }
    return { edits };
  },
};

function insideQuotes(t: string, i: number): boolean {
  const open = Math.max(t.lastIndexOf('“', i), t.lastIndexOf('"', i));
  if (open === -1) return false;
  const close = t.lastIndexOf('”', i);
  if (close > open) return false;
  const nextClose = t.slice(i).search(/[”"]/);
  return nextClose !== -1 && nextClose <= 20 && i - open <= 20;
}
