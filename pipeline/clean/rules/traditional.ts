/**
 * Traditional characters → simplified, with OpenCC's Hong Kong/Taiwan → mainland tables.
 * Runs only on texts where traditional-only characters are common (at least 20 in the first
 * 20,000 characters, and one in 500), so a stray 後 or 著 or a quoted name in a simplified
 * report is left alone.
 */
import * as OpenCC from 'opencc-js';
import type { Edit, Rule } from '../engine.ts';

let converter: ((s: string) => string) | null = null;
const toSimplified = (s: string) => (converter ??= OpenCC.Converter({ from: 'tw', to: 'cn' }))(s);

// Frequent characters that exist only in traditional script.
const TRADITIONAL_ONLY = new Set('們個來這會對時國說為經發區與產業濟務開關長門間問題實現進當於體過還點從動價將縣蘭賓陽鄉');

export const traditional: Rule = {
  name: 'traditional',
  run(text) {
    if (text.search(/[們個來這會對時國說為經發區與產業]/) === -1) return { edits: [] }; // the common case: simplified text
    const sample = text.slice(0, 20000);
    let hits = 0;
    let han = 0;
    for (let i = 0; i < sample.length; i++) {
      const c = sample.charCodeAt(i);
      if (c >= 0x4e00 && c <= 0x9fff) { han++; if (TRADITIONAL_ONLY.has(sample[i])) hits++; }
    }
    // 20 such characters in a sample are never strays. Transcriptions of the 1950s mix the
    // scripts (会議, 們, 經济 beside simplified text: one character in 150 or so), and are
    // converted as well as texts wholly in traditional script.
    if (han === 0 || hits < 20 || hits / han < 0.002) return { edits: [] };
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
