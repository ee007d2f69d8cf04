/**
 * Half-width punctuation inside Chinese text (, : ; ( ) ! ? and straight quotes) becomes
 * full width; 十 typed for + inside codes (“4十3”, “管委会十运营公司”) becomes +; a stray
 * English "and" between Chinese words becomes 和. Decisions look at the neighbours as they
 * will be after conversion, repeated until nothing changes, so a second run finds nothing.
 */
import { isCjk, isDigit, isHan, NUMERAL_CONTEXT, splitLines } from '../chars.ts';
import type { Edit, Rule } from '../engine.ts';

const FULL: Record<string, string> = { ',': '，', ':': '：', ';': '；', '!': '！', '?': '？' };

export const punctuation: Rule = {
  name: 'punctuation',
  run(text) {
    const edits: Edit[] = [];
    for (const line of splitLines(text)) {
      const orig = line.text;
      // Stray English "and" between Chinese words.
      if (orig.includes('and')) {
        for (const m of orig.matchAll(/ *\band\b */g)) {
          if (isHan(orig[m.index! - 1]) && isHan(orig[m.index! + m[0].length])) {
            edits.push({ start: line.start + m.index!, end: line.start + m.index! + m[0].length, text: '和', kind: 'and' });
          }
        }
      }
      // Most lines have none of these marks, and most that do have only 十 (十四五, 第十): each
      // part below looks only for what it can change.
      const hasMarks = /[,:;!?()"]/.test(orig);
      const hasTen = orig.includes('十');
      if (!hasMarks && !hasTen) continue;
      // Decisions are made on the line as it will read: `t` overlays the changes on the original.
      const changes = new Map<number, string>();
      const t = { length: orig.length, at: (i: number) => changes.get(i) ?? orig[i] };
      if (hasMarks) {
        const pairs = [...orig.matchAll(/\(([^()]{0,60})\)/g)];
        // Straight double quotes, paired within the line, around Chinese.
        const quotes = [...orig.matchAll(/"/g)].map((m) => m.index!);
        if (quotes.length >= 2 && quotes.length % 2 === 0 && /[\u3400-\u9fff]/.test(orig)) quotes.forEach((q, k) => changes.set(q, k % 2 ? '”' : '“'));
        // , : ; ! ? next to Chinese (as the line will read once converted), until stable.
        const todo = [...orig.matchAll(/[,:;!?]/g)].map((m) => m.index!);
        for (let changed = todo.length + pairs.length > 0, guard = 0; changed && guard < 10; guard++) {
          changed = false;
          // Parentheses: a pair on one line with Chinese inside or right before it.
          for (const m of pairs) {
            if (changes.has(m.index!)) continue;
            if (/[\u3400-\u9fff]/.test(m[1]) || isCjk(visible(t, m.index!, -1))) {
              changes.set(m.index!, '（');
              changes.set(m.index! + m[0].length - 1, '）');
              changed = true;
            }
          }
          for (const i of todo) {
            const ch = t.at(i);
            if (!(ch in FULL)) continue;
            const p = visible(t, i, -1);
            const n = visible(t, i, +1);
            if ((ch === ',' || ch === ':') && isDigit(p) && isDigit(n)) continue; // 1,234 and 9:00
            if (ch === ':' && /https?$/i.test(orig.slice(Math.max(0, i - 5), i))) continue;
            if (isCjk(p) || isCjk(n) || ((p === '%' || p === ')') && !/[A-Za-z]/.test(n ?? ''))) {
              changes.set(i, FULL[ch]);
              changed = true;
            }
          }
        }
      }
      // 十 for +: between digits anywhere (4十3), or joining words inside quotes (管委会十运营公司, 文旅十).
      if (hasTen) {
        for (let i = orig.indexOf('十'); i !== -1; i = orig.indexOf('十', i + 1)) {
          const p = t.at(i - 1);
          const n = t.at(i + 1);
          let plus = isDigit(visible(t, i, -1)) && isDigit(visible(t, i, +1));
          // the quotes are looked for last: the neighbours rule out nearly every 十 (第十, 十四五)
          if (!plus && isHan(p) && !NUMERAL_CONTEXT.test(p) && (n === '”' || (isHan(n) && !NUMERAL_CONTEXT.test(n) && !/[年月日天届次倍]/.test(n))) && insideQuotes(t, i)) plus = true;
          if (plus) changes.set(i, '+');
        }
      }
      if (changes.size === 0) continue;
      for (const [i, ch] of [...changes].sort((a, b) => a[0] - b[0])) {
        if (ch !== orig[i]) edits.push({ start: line.start + i, end: line.start + i + 1, text: ch, kind: ch === '+' ? 'plus_sign' : 'punctuation' });
      }
    }
    return { edits };
  },
};

interface Overlay { length: number; at(i: number): string | undefined }

function visible(t: Overlay, i: number, step: number): string | undefined {
  let j = i + step;
  while (j >= 0 && j < t.length && t.at(j) === ' ') j += step;
  return t.at(j);
}

function insideQuotes(t: Overlay, i: number): boolean {
  let open = -1;
  for (let j = i - 1; j >= 0 && i - j <= 20; j--) {
    if (t.at(j) === '”') return false;
    if (t.at(j) === '“') { open = j; break; }
  }
  if (open === -1) return false;
  for (let j = i + 1; j < t.length && j - i <= 20; j++) if (t.at(j) === '”') return true;
  return false;
}
