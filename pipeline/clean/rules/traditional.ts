/**
 * Traditional characters → simplified, with OpenCC's Hong Kong/Taiwan → mainland tables.
 * Runs only on texts where traditional-only characters are common, so a stray 後 or 著 in a
 * simplified report is left alone.
 */
import * as OpenCC from 'opencc-js';
import type { Edit, Rule } from '../engine.ts';

let converter: ((s: string) => string) | null = null;
const toSimplified = (s: string) => (converter ??= OpenCC.Converter({ from: 'tw', to: 'cn' }))(s);

// Frequent characters that exist only in traditional script.
const TRADITIONAL_ONLY = /[們個來這會對時國說為經發區與產業濟業務開關長門間問題實現進當於與體過還點從動價將區縣蘭賓陽鄉]/g;

export const traditional: Rule = {
  name: 'traditional',
  run(text) {
    const sample = text.slice(0, 20000);
    const hits = (sample.match(TRADITIONAL_ONLY) ?? []).length;
    const han = (sample.match(/[\u4e00-\u9fff]/g) ?? []).length;
    if (han === 0 || hits < 20 || hits / han < 0.02) return { edits: [] };
    const out = toSimplified(text);
    const edits: Edit[] = [];
    if (out.length !== text.length) return { edits: [{ start: 0, end: text.length, text: out, kind: 'traditional' }] };
    for (let i = 0; i < text.length; i++) {
      if (text[i] === out[i]) continue;
      let j = i + 1;
      while (j < text.length && text[j] !== out[j]) j++;
      edits.push({ start: i, end: j, text: out.slice(i, j), kind: 'traditional' });
      i = j - 1;
    }
    return { edits };
  },
};
