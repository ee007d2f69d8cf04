/**
 * glossary: the 名词解释 at the end of a report. Entries come numbered (1. **术语**：…, （1）…, ①…),
 * with page references (“三重压力”（P1）：…), as quoted terms, or as bare 术语：定义 lines;
 * a definition that wraps onto lines of its own is joined to its entry. The glossary starts at a
 * heading on a line of its own (名词解释 named inside a sentence is no glossary) and ends at the
 * next part of the document: an annex, the closing words, a web page's furniture.
 */
import type { GlossaryEntry } from '../../../schemas/index.ts';
import { GLOSSARY_CUES } from '../../../schemas/longtailCues.ts';
import type { ExtractContext } from '../context.ts';

const NUMBER = '(?:(\\d{1,3})[.．、](?![0-9])|[（(](\\d{1,3})[）)]|([①-⑳]))';
const PAGE = '(?:[（(]\\s*((?:P|p|第)\\s*\\d+\\s*页?)\\s*[）)])?';
/** 术语：定义, 术语——定义, 术语，是指… */
const ENTRY = new RegExp(`^(?:${NUMBER}\\s*)?(.{1,40}?)\\s*${PAGE}\\s*(?:[：:]|——|[，,](?=(?:是|即)?指))\\s*(.+)$`);
/** A numbered term on a line of its own, its definition on the lines after it. */
const TERM_LINE = new RegExp(`^${NUMBER}\\s*([^，,。；：:]{1,40}?)\\s*${PAGE}$`);

export function extractGlossary(ctx: ExtractContext): GlossaryEntry[] {
  const { text } = ctx;
  const lines: Array<{ start: number; end: number; text: string }> = [];
  let pos = 0;
  for (const t of text.split('\n')) { lines.push({ start: pos, end: pos + t.length, text: t }); pos += t.length + 1; }
  const h = lines.findIndex((l) => GLOSSARY_CUES.heading.test(l.text.trim()));
  if (h === -1) return [];
  const out: GlossaryEntry[] = [];
  let numbered: boolean | null = null;
  for (const l of lines.slice(h + 1)) {
    const t = l.text.trim();
    if (GLOSSARY_CUES.end.test(t)) break; // the glossary has ended
    const m = ENTRY.exec(t);
    const number = m ? m[1] ?? m[2] ?? m[3] : undefined;
    const isEntry = m && (number !== undefined || numbered !== true) && plausibleTerm(m[4]);
    const alone = !isEntry && numbered !== false ? TERM_LINE.exec(t) : null;
    if (alone && plausibleTerm(alone[4])) {
      numbered = true;
      const lead = l.text.length - l.text.trimStart().length;
      out.push({
        report_id: ctx.reportId, ordinal: out.length + 1, term: alone[4].trim(), definition: '',
        page_ref: pageRef(alone[5]), char_start: ctx.cp(l.start + lead), char_end: ctx.cp(l.start + lead + t.length),
      });
    } else if (isEntry) {
      numbered ??= number !== undefined;
      const lead = l.text.length - l.text.trimStart().length;
      out.push({
        report_id: ctx.reportId,
        ordinal: out.length + 1,
        term: m[4].trim(),
        definition: m[6].trim(),
        page_ref: pageRef(m[5]),
        char_start: ctx.cp(l.start + lead),
        char_end: ctx.cp(l.start + lead + t.length),
      });
    } else if (out.length && t) {
      // A wrapped definition: its own line, not an entry.
      const last = out[out.length - 1];
      last.definition += t;
      last.char_end = ctx.cp(l.start + (l.text.length - l.text.trimStart().length) + t.length);
    } else if (t && !out.length && numbered === null && /[。；]/.test(t)) {
      // Prose right under the heading: a line that names no term is no glossary (a line
      // explaining how the glossary is ordered is let through only when it is short).
      if (t.length > 60) return [];
    }
  }
  // A term on its own line that no definition followed is no entry.
  return out.filter((e) => e.definition).map((e, i) => ({ ...e, ordinal: i + 1 }));
}

/** P1, p 1, 第1页 → P1. */
const pageRef = (ref: string | undefined) => (ref ? ref.replace(/\s+/g, '').toUpperCase().replace(/^第(\d+)页?$/, 'P$1') : null);

function plausibleTerm(term: string): boolean {
  const t = term.trim();
  return t.length > 0 && t.length <= 40 && !/[。；，,！？]/.test(t);
}
