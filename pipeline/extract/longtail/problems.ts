/**
 * problems: the shortcomings a report admits after its review ("我们也清醒认识到…主要表现在：
 * 一是…二是…", "主要是：…；…；…", or a list of clauses separated by ； after the admission).
 * One row per item, in order.
 */
import type { Problem } from '../../../schemas/index.ts';
import type { ExtractContext } from '../context.ts';

const ADMISSION = /(存在|面临|还有|仍有)[^。]{0,12}(问题|不足|困难|短板|挑战|差距)|(问题|困难|不足|挑战)(和|与|及)(不足|问题|挑战|困难|短板|差距)|清醒(地)?(认识|看到)/;
const MARKERS = /[一二三四五六七八九十]是/g;

export function extractProblems(ctx: ExtractContext): Problem[] {
  const { text, seg } = ctx;
  const planSection = seg.sections.find((s) => s.part === 'plan');
  const limit = planSection ? planSection.start : text.length;
  const paras: Array<{ start: number; text: string }> = [];
  let pos = seg.bodyStart;
  for (const para of text.slice(seg.bodyStart, limit).split('\n')) {
    paras.push({ start: pos, text: para });
    pos += para.length + 1;
  }
  const rows = (items: Item[], base: number) => items.map((it, i) => ({
    report_id: ctx.reportId, ordinal: i + 1, text: it.text,
    char_start: ctx.cp(base + it.start), char_end: ctx.cp(base + it.end),
  }));
  for (let k = 0; k < paras.length; k++) {
    const { start, text: para } = paras[k];
    const cue = ADMISSION.exec(para);
    if (!cue) continue;
    const items = itemsOf(para, cue.index);
    if (items.length) return rows(items, start);
    // The items as paragraphs of their own: 一是…。 / 二是…。 or （一）… (二)…
    const following = itemParagraphs(paras.slice(k + 1));
    if (following.length >= 2) return following.map((it, i) => ({ report_id: ctx.reportId, ordinal: i + 1, text: it.text, char_start: ctx.cp(it.start), char_end: ctx.cp(it.end) }));
  }
  return [];
}

const ORDINALS = '一二三四五六七八九十';

/** Consecutive paragraphs opening with 一是, 二是 … or （一）, （二） … or 1. 2. …, in sequence. */
function itemParagraphs(paras: Array<{ start: number; text: string }>): Item[] {
  const out: Item[] = [];
  for (const p of paras) {
    const n = out.length;
    const m = new RegExp(`^(?:${ORDINALS[n]}是|[（(]${ORDINALS[n]}[）)]|${n + 1}[.．、]|第${ORDINALS[n]}[，,、])\\s*`).exec(p.text);
    if (!m || n >= ORDINALS.length) break;
    const body = p.text.slice(m[0].length).replace(/[；;。，,\s]+$/, '');
    out.push({ start: p.start + m[0].length, end: p.start + m[0].length + body.length, text: body });
  }
  return out;
}

interface Item { start: number; end: number; text: string }

const DEFICIENCY = /亟需|亟待|滞后|不足|困难|偏少|偏低|偏弱|不显著|不明显|还需|仍需|尚需|有待|艰巨|短板|不高|不强|不优|不大|薄弱|较弱|不够|不平衡|不充分|不完善|不牢固|缺乏|压力|风险|挑战|差距|问题|依然|仍然|尚未|较多|较大|突出/;

/** A clause that says nothing wrong is the subject of the next one: keep them together. */
function mergeSubjects(clauses: string[]): string[] {
  const out: string[] = [];
  let pending = '';
  for (const c of clauses) {
    if (DEFICIENCY.test(c)) { out.push(pending + c); pending = ''; } else pending += c + '，';
  }
  if (pending && out.length) out[out.length - 1] += '，' + pending.slice(0, -1);
  return out;
}

function itemsOf(para: string, cueAt: number): Item[] {
  const rest = para.slice(cueAt);
  const offset = cueAt;
  // 一是…二是…: items run from one marker to the next; the last ends with its sentence.
  const markers = [...rest.matchAll(MARKERS)].filter((m, i, all) => i === 0 || m.index! > all[i - 1].index!);
  const sequence = markers.filter((m, i) => m[0][0] === '一二三四五六七八九十'[i]);
  if (sequence.length >= 2) {
    const items: Item[] = [];
    for (let i = 0; i < sequence.length; i++) {
      const s = sequence[i].index! + 2;
      let e = i + 1 < sequence.length ? sequence[i + 1].index! : rest.indexOf('。', s) + 1 || rest.length;
      const body = rest.slice(s, e).replace(/[；;。，,\s]+$/, '');
      e = s + body.length;
      items.push({ start: offset + s, end: offset + e, text: body });
    }
    return items;
  }
  // 主要是：A；B；C。 or, after the admission sentence, A；B；C。
  const colon = /主要(?:表现(?:在|为)|是|有)[：:]/.exec(rest);
  let listStart = colon ? colon.index + colon[0].length : rest.indexOf('。') + 1;
  if (listStart <= 0 || listStart >= rest.length) return [];
  const listEnd = rest.indexOf('。', listStart);
  const list = rest.slice(listStart, listEnd === -1 ? rest.length : listEnd);
  let parts = list.split(/[；;]/);
  // 主要是：A不足，B滞后，C偏少…: one sentence of comma-separated shortcomings, each saying what is wrong.
  if (parts.length < 2 && colon) {
    const clauses = list.split(/[，,]/);
    const saying = clauses.filter((c) => DEFICIENCY.test(c)).length;
    if (clauses.length >= 3 && saying / clauses.length >= 0.8 && DEFICIENCY.test(clauses[clauses.length - 1])) parts = mergeSubjects(clauses);
  }
  if (parts.length < 2 && !colon) return [];
  const items: Item[] = [];
  let p = listStart;
  for (const part of parts) {
    const lead = part.length - part.trimStart().length;
    const body = part.trim();
    if (body) items.push({ start: offset + p + lead, end: offset + p + lead + body.length, text: body });
    p += part.length + 1;
  }
  return items;
}
