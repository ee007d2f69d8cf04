/**
 * glossary: the 名词解释 at the end of a report. Entries come numbered (1. **术语**：…),
 * with page references (“三重压力”（P1）：…), as quoted terms, or as bare 术语：定义 lines;
 * a definition that wraps onto lines of its own is joined to its entry.
 */
import type { GlossaryEntry } from '../../../schemas/index.ts';
import type { ExtractContext } from '../context.ts';

const HEADING = /^(?:附件?[:：]?\s*)?名\s*词\s*(?:解\s*释|注\s*释)[:：]?$|^注\s*释[:：]?$/;
const ENTRY = /^(?:(\d{1,3})[.．、]\s*)?(.{1,40}?)\s*(?:[（(]\s*((?:P|p|第)\s*\d+\s*页?)\s*[）)])?\s*[：:]\s*(.+)$/;

export function extractGlossary(ctx: ExtractContext): GlossaryEntry[] {
  const { text } = ctx;
  const lines: Array<{ start: number; end: number; text: string }> = [];
  let pos = 0;
  for (const t of text.split('\n')) { lines.push({ start: pos, end: pos + t.length, text: t }); pos += t.length + 1; }
  const h = lines.findIndex((l) => HEADING.test(l.text.trim()));
  if (h === -1) return [];
  const out: GlossaryEntry[] = [];
  let numbered: boolean | null = null;
  for (const l of lines.slice(h + 1)) {
    const t = l.text;
    if (/^(各位代表|同志们|附件|附表)/.test(t.trim())) break; // the glossary has ended
    const m = ENTRY.exec(t);
    const isEntry = m && (m[1] !== undefined || numbered !== true) && plausibleTerm(m[2]);
    if (isEntry) {
      numbered ??= m[1] !== undefined;
      out.push({
        report_id: ctx.reportId,
        ordinal: out.length + 1,
        term: m[2].trim(),
        definition: m[4].trim(),
        page_ref: m[3] ? m[3].replace(/\s+/g, '').toUpperCase().replace(/^第(\d+)页?$/, 'P$1') : null,
        char_start: ctx.cp(l.start),
        char_end: ctx.cp(l.end),
      });
    } else if (out.length && t.trim()) {
      // A wrapped definition: its own line, not an entry.
      const last = out[out.length - 1];
      last.definition += t.trim();
      last.char_end = ctx.cp(l.end);
    }
  }
  return out;
}

function plausibleTerm(term: string): boolean {
  const t = term.trim();
  return t.length > 0 && t.length <= 40 && !/[。；]/.test(t);
}
