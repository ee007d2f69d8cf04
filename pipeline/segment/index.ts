/**
 * segment: clean text → paragraphs (one per line) and the section tree from headings.
 * Headings are recognised by their numbering style (一、 （一） 1.), as short unnumbered
 * lines (2022年工作回顾, 名词解释), or by the markdown marks the cleaner saw (hints).
 * A style's level is its rank among the styles the report uses, so a report that starts at
 * （一） gets the same tree shape as one that starts at 一、.
 */
import type { Part } from '../../schemas/index.ts';
import type { Hint } from '../clean/index.ts';
import { SALUTATION } from '../../schemas/reportGenre.ts';
import { parseChineseNumber } from '../shared/numerals.ts';

export interface SectionNode {
  id: number;
  parentId: number | null;
  level: number;
  label: string | null;
  heading: string;
  part: Part;
  start: number; // UTF-16 offsets in the clean text
  end: number;
}

export interface ParagraphNode {
  no: number;
  sectionId: number | null;
  start: number;
  end: number;
  text: string;
}

export interface Segmented {
  sections: SectionNode[];
  paragraphs: ParagraphNode[];
  /** Offset where the body starts (the salutation 各位代表), or 0 when there is none. */
  bodyStart: number;
}

type Style = 'plain' | 'han' | 'paren_han' | 'arabic' | 'bold';
const STYLE_RANK: Record<Style, number> = { plain: 0, han: 1, paren_han: 2, arabic: 3, bold: 4 };

interface Candidate { style: Style; label: string | null; heading: string; start: number }

const HAN_NUM = '[一二三四五六七八九十]{1,3}';
const RE_HAN = new RegExp(`^(${HAN_NUM}、)\\s*(.*)$`);
const RE_PAREN_HAN = new RegExp(`^([（(]\\s*${HAN_NUM}\\s*[）)])\\s*(.*)$`);
const RE_PART = new RegExp(`^(第${HAN_NUM}(?:部分|篇|章))\\s*(.*)$`);
const RE_ARABIC = /^([0-9]{1,2}[.．、])(?![0-9])\s*(.*)$/;
const SALUTATION_LEAD = /^(?:各位代表|同志们|代表们)/;

export function segment(text: string, hints: readonly Hint[]): Segmented {
  const lines: Array<{ start: number; end: number; text: string }> = [];
  let pos = 0;
  for (const t of text.split('\n')) {
    lines.push({ start: pos, end: pos + t.length, text: t });
    pos += t.length + 1;
  }
  const salutationLine = lines.findIndex((l) => SALUTATION.test(l.text));
  const bodyStart = salutationLine === -1 ? 0 : lines[salutationLine].start;

  const candidates: Candidate[] = [];
  for (const l of lines) {
    if (l.start < bodyStart || !l.text) continue;
    const c = headingOf(l.text, l.start, l.end, hints);
    if (c) candidates.push(c);
  }
  restoreLostNumbers(candidates, text);
  const used = [...new Set(candidates.map((c) => c.style))].sort((a, b) => STYLE_RANK[a] - STYLE_RANK[b]);
  const levelOf = (s: Style) => used.indexOf(s) + 1;

  const sections: SectionNode[] = [];
  const stack: SectionNode[] = [];
  for (const c of candidates) {
    const level = levelOf(c.style);
    while (stack.length && stack[stack.length - 1].level >= level) stack.pop();
    const parent = stack[stack.length - 1];
    const node: SectionNode = {
      id: sections.length + 1, parentId: parent?.id ?? null, level, label: c.label, heading: c.heading,
      part: 'other', start: c.start, end: text.length,
    };
    sections.push(node);
    stack.push(node);
  }
  // A section ends where the next one at its level or above begins.
  for (let i = 0; i < sections.length; i++) {
    for (let j = i + 1; j < sections.length; j++) {
      if (sections[j].level <= sections[i].level) { sections[i].end = sections[j].start; break; }
    }
  }
  assignParts(sections);

  const paragraphs: ParagraphNode[] = [];
  for (const l of lines) {
    if (!l.text.trim()) continue;
    paragraphs.push({ no: paragraphs.length + 1, sectionId: sectionAt(sections, l.start)?.id ?? null, start: l.start, end: l.end, text: l.text });
  }
  return { sections, paragraphs, bodyStart };
}

/**
 * Numbering counts siblings from 一: when the first 一、 heading of a report is 二、 or later and is
 * itself a part heading (二、2021年工作安排), the unnumbered part heading on its own line before it
 * (2020年工作回顾) is the 一、 the copy lost, a peer of the numbered parts and not their parent. A
 * topic under a part (过去一年的主要工作 / 二、民生改善) or a line between them that opens with 一
 * (一、经济发展。… run into its paragraph) leaves the heading the parent.
 */
function restoreLostNumbers(candidates: Candidate[], text: string): void {
  const firstHan = candidates.findIndex((c) => c.style === 'han');
  if (firstHan <= 0) return;
  const second = candidates[firstHan];
  if ((parseChineseNumber(second.label!.replace('、', '')) ?? 1) < 2) return;
  const secondPart = classify(second.heading);
  if (secondPart !== 'review' && secondPart !== 'plan') return;
  for (let k = firstHan - 1; k >= 0; k--) {
    const c = candidates[k];
    if (c.style !== 'plain') continue;
    if (c.label !== null) return;
    const part = classify(c.heading);
    if (part !== 'review' && part !== 'plan') return;
    if (/(?:^|\n)[ \t　]*一[、.．，,]/.test(text.slice(c.start, second.start))) return;
    c.style = 'han';
    return;
  }
}

/** The innermost section holding an offset (sections come in reading order, parents first). */
export function sectionAt(sections: readonly SectionNode[], pos: number): SectionNode | null {
  let found: SectionNode | null = null;
  for (const s of sections) {
    if (s.start > pos) break;
    if (pos < s.end) found = s;
  }
  return found;
}

function headingOf(t: string, start: number, end: number, hints: readonly Hint[]): Candidate | null {
  const hinted = hints.find((h) => h.kind === 'heading' && h.start <= start + 1 && h.end >= end - 1);
  const lead = hints.find((h) => h.kind === 'bold_lead' && h.start === start);
  const c = numbered(t, start, hinted, RE_HAN, 'han') ?? numbered(t, start, hinted, RE_PAREN_HAN, 'paren_han') ?? numbered(t, start, hinted, RE_PART, 'plain');
  if (c) return c;
  const a = RE_ARABIC.exec(t);
  if (a && ((t.length <= 30 && !/[，。；：！？,;:]/.test(a[2])) || (hinted && t.length <= 60))) {
    return { style: 'arabic', label: a[1], heading: stripEnd(a[2]), start };
  }
  if (lead && !SALUTATION_LEAD.test(t) && !/[：:！!]$/.test(t.slice(lead.start - start, lead.end - start))) return { style: 'bold', label: null, heading: stripEnd(t.slice(lead.start - start, lead.end - start)), start };
  // 一是 / 第一 alone on a line: an enumerator the copy broke from its sentence, not a heading
  if (SALUTATION.test(t) || !/[\u4e00-\u9fff]/.test(t) || /^(?:[一二三四五六七八九十]是|第[一二三四五六七八九十]+|首先|其次|最后)[，,、：:]?$/.test(t)) return null;
  if ((hinted && t.length <= 40 && !/[。；]./.test(t)) || (t.length <= 25 && !/[，。；：！？、,;:!?]/.test(t))) {
    return { style: 'plain', label: null, heading: stripEnd(t), start };
  }
  return null;
}

/** A heading numbered in the style `re` reads (一、 （一） 第一部分) on line `t`. */
function numbered(t: string, start: number, hinted: Hint | undefined, re: RegExp, style: Style): Candidate | null {
  const m = re.exec(t);
  if (!m) return null;
  const rest = m[2];
  // Whole line is the heading, or the heading is the first sentence of a run-in paragraph.
  if (t.length <= 60 && !/[。；！？]./.test(rest)) return { style, label: m[1].replace(/\s+/g, ''), heading: stripEnd(rest), start };
  const first = /^([^。！？；]{2,40})[。！？]/.exec(rest);
  if (first && (style === 'han' || style === 'paren_han' || hinted)) return { style, label: m[1].replace(/\s+/g, ''), heading: first[1], start };
  return null;
}

const stripEnd = (s: string) => s.replace(/[。：:；;，,\s]+$/, '').replace(/\s+/g, '');

const GLOSSARY = /^名\s*词\s*(解\s*释|注\s*释)$|^(附件?[:：]?\s*)?[【\[]?名词(解释|注释)|^注\s*释$/;
const REVIEW = /回顾|过去.{0,4}(一年|五年|的一年)|成绩|成就|一年来|五年来|工作总结|主要工作进展|年工作情况|(?:完成|执行|进展)情况/;
const PLAN = /[0-9]{4}\s*年.{0,10}(工作|任务|安排|目标|要求|打算)|重点工作|主要工作|工作安排|主要任务|总体要求|目标任务|今年.{0,6}工作|工作的?建议|发展目标|奋斗目标/;
const PROBLEMS = /(存在|面临|突出)的?(主要)?(问题|困难|不足)|问题(和|与)不足|困难和问题|不足之处/;
const CLOSING = /^结束语$|^结语$/;

function classify(heading: string): Part | null {
  if (GLOSSARY.test(heading)) return 'glossary';
  if (CLOSING.test(heading)) return 'closing';
  if (PROBLEMS.test(heading)) return 'problems';
  if (REVIEW.test(heading)) return 'review';
  if (PLAN.test(heading)) return 'plan';
  return null;
}

/**
 * Parts once the report's years are known: a heading about the review year or earlier
 * (2025年主要工作, 2025年工作情况) is review, one about the plan year is plan. Headings without a
 * year keep the part they had; children follow their parents as before.
 */
export function partsWithYears(sections: readonly SectionNode[], years: { reviewYear: number | null; planYear: number | null }): SectionNode[] {
  if (years.planYear === null || years.reviewYear === null) return [...sections];
  const out = sections.map((s) => ({ ...s }));
  const byId = new Map(out.map((s) => [s.id, s]));
  for (const s of out) {
    const own = classify(s.heading);
    const y = /((?:19|20)\d{2})\s*年/.exec(s.heading);
    const year = y ? Number(y[1]) : null;
    if (own !== 'glossary' && own !== 'closing' && own !== 'problems' && year !== null && !/和|及|与/.test(s.heading)) {
      if (year <= years.reviewYear && own === 'plan') s.part = 'review';
      else if (year === years.planYear && own === 'review') s.part = 'plan';
    }
    if (!own && s.parentId !== null) s.part = byId.get(s.parentId)!.part;
  }
  return out;
}

/**
 * A section's part comes from its own heading, else from its parent; a top-level section
 * with no cue continues the part of the one before it (三、加强政府自身建设 after the plan).
 */
function assignParts(sections: SectionNode[]): void {
  const byId = new Map(sections.map((s) => [s.id, s]));
  let previousTop: Part | null = null;
  for (const s of sections) {
    const own = classify(s.heading);
    if (own) s.part = own;
    else if (s.parentId !== null) s.part = byId.get(s.parentId)!.part;
    else s.part = previousTop && previousTop !== 'glossary' ? previousTop : 'other';
    if (s.parentId === null) previousTop = s.part;
  }
}
