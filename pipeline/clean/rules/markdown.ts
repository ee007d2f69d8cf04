/**
 * Markdown left by PDF converters: `#` headings, `**bold**` leads, bullets, rules and tables.
 * The marks go; what they meant is kept as hints for the segmenter; a table's rows become
 * clauses (cells joined by a space, the row closed by ；).
 */
import { splitLines } from '../chars.ts';
import type { Edit, Hint, Rule } from '../engine.ts';

/**
 * A row's cells as one clause: a name and its figure run together (城镇调查失业率 5.5%左右, the space
 * going later), but cells with more figures (| 地区生产总值增长（%） | 3.8 | 7左右 |: last year's
 * result, this year's target) and any two numbers side by side are kept apart by ，, so that no
 * number runs into the next.
 */
function joinCells(cells: string[]): string {
  if (cells.length > 2) return cells.join('，');
  return cells.reduce((acc, c) => (acc && /[0-9.]$/.test(acc) && /^[0-9.]/.test(c) ? `${acc}，${c}` : acc ? `${acc} ${c}` : c), '');
}

/** What every mark below needs: a rule, heading, bullet or table character first, or a bold pair. */
const MAYBE_MARKDOWN = /^\s*[-#*_+•·●▪◆■&|]|\*\*|__/;
/** A table's rule under its header: |---|:---:| */
const TABLE_RULE = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$/;
/** A table row: | 城镇调查失业率 | 5.5%左右 | */
const TABLE_ROW = /^\s*\|(.*\|.*)\|\s*$/;

export const markdown: Rule = {
  name: 'markdown',
  fixpoint: true,
  run(text) {
    const edits: Edit[] = [];
    const hints: Hint[] = [];
    const lines = splitLines(text);
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      const t = line.text;
      if (!MAYBE_MARKDOWN.test(t)) continue; // nearly every line of a report
      if (TABLE_RULE.test(t)) {
        edits.push({ start: line.start, end: line.end, text: '', kind: 'markdown' });
        continue;
      }
      // | 指标 | 目标 | rows read as clauses: 城镇调查失业率 5.5%左右； — a name and its figure, as
      // a targets list writes them, one row a clause (the space between CJK cells goes later)
      const row = TABLE_ROW.exec(t);
      if (row) {
        const cells = row[1].split('|').map((c) => c.trim().replace(/\*\*/g, '')).filter(Boolean);
        // the last row ends the list as a sentence does
        const last = !TABLE_ROW.test(lines[i + 1]?.text ?? '');
        edits.push({ start: line.start, end: line.end, text: cells.length ? `${joinCells(cells)}${last ? '。' : '；'}` : '', kind: 'markdown' });
        continue;
      }
      if (/^\s*([-*_])(\s*\1){2,}\s*$/.test(t)) {
        edits.push({ start: line.start, end: line.end, text: '', kind: 'markdown' });
        continue;
      }
      let bodyStart = line.start;
      const h = /^\s*(#{1,6})(?:[ \t]*#+)*(?:[ \t]+|$)/.exec(t);
      if (h) {
        edits.push({ start: line.start, end: line.start + h[0].length, text: '', kind: 'markdown' });
        bodyStart = line.start + h[0].length;
        hints.push({ start: bodyStart, end: line.end, kind: 'heading', level: h[1].length });
      } else {
        const b = /^\s*(?:[-*+•·●▪◆■]|&bull;)[ \t]+/.exec(t);
        if (b && !/^\s*\*\*/.test(t)) {
          edits.push({ start: line.start, end: line.start + b[0].length, text: '', kind: 'markdown' });
          bodyStart = line.start + b[0].length;
          // - 经济结构不合理的矛盾仍然突出 (no mark at its end): the item ends there, as a list's
          // items end with ；, the last with 。 — so that no later rule runs the items together (a
          // short item, and a web page's · and ● lists of links, are left alone)
          if (/^\s*[-*+]/.test(t) && t.trimEnd().length - b[0].length >= 8 && /[\u4e00-\u9fff0-9%）)”]$/.test(t.trimEnd())) {
            const nextIsItem = /^\s*[-*+][ \t]+/.test(lines[i + 1]?.text ?? '');
            const end = line.start + t.trimEnd().length;
            edits.push({ start: end, end, text: nextIsItem ? '；' : '。', kind: 'markdown' });
          }
        }
      }
      // **bold** and __bold__ spans; one at the start of the line is a lead (a run-in heading).
      const rest = text.slice(bodyStart, line.end);
      for (const m of rest.matchAll(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g)) {
        const s = bodyStart + m.index!;
        const e = s + m[0].length;
        edits.push({ start: s, end: s + 2, text: '', kind: 'markdown' });
        edits.push({ start: e - 2, end: e, text: '', kind: 'markdown' });
        if (m.index === 0 && !h && e < line.end) hints.push({ start: s + 2, end: e - 2, kind: 'bold_lead', level: 0 });
      }
      // stray ** left unmatched
      for (const m of rest.matchAll(/\*\*/g)) {
        const s = bodyStart + m.index!;
        if (!edits.some((x) => x.start <= s && s < x.end)) edits.push({ start: s, end: s + 2, text: '', kind: 'markdown' });
      }
    }
    return { edits, hints };
  },
};
