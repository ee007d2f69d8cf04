/**
 * problems: the shortcomings a report admits, one row per item, in reading order.
 *
 * The admission opens with a lead-in (在肯定成绩的同时，我们也清醒看到，…还存在一些困难和问题) and
 * lists its items in one of the genre's forms: after a colon or a lead word (主要是：, 主要表现在：,
 * 如), as the clauses that follow the lead-in in the same sentence, or in the sentences after it;
 * split by 一是/二是…, （1）/①…, by ；, by sentence, one per paragraph (enumerated, bulleted ——/●,
 * or plain), or as a comma chain of shortcomings. A second group may follow (除…外，…问题也比较突出 /
 * 政府自身建设方面，… in the same paragraph or the next), national reports may admit more in their
 * plan part (我们也清醒地看到…), and the closing (对此/对于这些问题，我们将…) ends a passage and is
 * never an item. Items that name nothing falling short (tasks, plans) end a list, and a passage
 * about the outside world only (外部环境更趋复杂严峻…) is the report's setting, not an admission.
 */
import type { Problem } from '../../../schemas/index.ts';
import { PROBLEM_CUES as CUE, PROBLEM_PREDICATE } from '../../../schemas/longtailCues.ts';
import type { ParagraphNode } from '../../segment/index.ts';
import type { ExtractContext } from '../context.ts';

interface Span { start: number; end: number }
/** A sentence without its final 。！？ (UTF-16 offsets in the clean text). */
interface Sentence extends Span { text: string }
interface Para extends Span { text: string; readonly sentences: Sentence[] }
interface Item extends Span { text: string }

/** The trigger words of reflective lead-ins and asides (the others are problem nouns). */
const REFLECTIVE_WORD = /清醒|清楚|深刻|同时|看到/;
const HAN = '一二三四五六七八九十';
const hanOrdinal = (n: number) => (n <= 10 ? HAN[n - 1] : n < 20 ? '十' + HAN[n - 11] : '');
/** ① … ⑳ for n from 1 to 20; past 20, an expression that matches nothing. */
const circled = (n: number) => (n >= 1 && n <= 20 ? String.fromCharCode(0x245f + n) : '(?!)');
/** The enumerators of an item list, for the n-th item (from 1): 一是, （一）, 1., （1）, ①, 第一. */
const enumerator = (n: number) =>
  (ENUMERATORS[n] ??= new RegExp(`^(?:${hanOrdinal(n)}是|[（(]${hanOrdinal(n)}[）)]|${n}[.．、](?![0-9])|[（(]${n}[）)]|${circled(n)}|第${hanOrdinal(n)}[，,、：:])\\s*`));
/** Made once for each n: the list reader asks for them paragraph after paragraph. */
const ENUMERATORS: RegExp[] = [];
const LONE_MARKER = /^(?:[一二三四五六七八九十]{1,2}是|[（(](?:[一二三四五六七八九十]{1,2}|[0-9]{1,2})[）)]|[0-9]{1,2}[.．、]|[①-⑳]|第[一二三四五六七八九十]{1,2})[：:，,]?$/;
/** Words that join an item to the one before it and belong to neither. */
const CONNECTIVE = /^(?:此外|另外|同时|还有|再加上|再者|其次|最后|特别是|尤其是)[，,]?/;
const TRAILING = /(?:[，,、]?\s*等等)?[；;。，,、：:！!\s]*$/;
/** What TRAILING can take: its marks, blanks and 等. */
const TRAILING_CHAR = /[；;。，,、：:！!\s等]/;

/**
 * `s` without TRAILING. Having no anchor at its start, the expression alone is tried from every
 * character of `s`; it is tried here only on the tail of `s` made of what it can take.
 */
function dropTrailing(s: string): string {
  let from = s.length;
  while (from > 0 && TRAILING_CHAR.test(s[from - 1])) from--;
  return from === s.length ? s : s.slice(0, from) + s.slice(from).replace(TRAILING, '');
}

export function extractProblems(ctx: ExtractContext): Problem[] {
  const paras = Paragraphs.of(ctx);
  // Headings over the problems: the segment stage's `problems` sections, and heading lines of
  // the same words it may have left in another part.
  const problemHeadings = new Set(ctx.seg.sections.filter((s) => s.part === 'problems').map((s) => s.start));
  const isHeading = (p: Para) => problemHeadings.has(p.start) || (p.text.length <= 30 && !/[，,。；;！]./.test(p.text) && CUE.heading.test(p.text.replace(/[。：:]$/, '')));
  // Every passage a lead-in opens, in reading order, with the strength of its lead-in. Lead-ins
  // are looked for only in sentences holding one of the trigger words, found in one scan of the
  // text (this runs on every report: most of a report is passed over at that cost).
  const passages: Array<Passage & { from: number; kind: 'strong' | 'summary' | 'aside' }> = [];
  const trigger = new RegExp(CUE.trigger.source, 'g');
  trigger.lastIndex = paras.length ? paras.startOf(0) : 0;
  const end = paras.length ? paras.endOf(paras.length - 1) : 0;
  let k = 0;
  for (let m; (m = trigger.exec(ctx.text)) && m.index < end; ) {
    while (paras.endOf(k) < m.index) k++;
    if (paras.startOf(k) > m.index) { trigger.lastIndex = paras.startOf(k); continue; }
    // A problem noun leads in only with a word of admission near it (还存在一些问题, 存在的问题,
    // 问题仍然不少) or as a heading; the many other 问题 of a report are passed over here.
    if (!REFLECTIVE_WORD.test(m[0]) && paras.endOf(k) - paras.startOf(k) > 30 && !problemHeadings.has(paras.startOf(k)) && !CUE.summaryWord.test(ctx.text.slice(Math.max(paras.startOf(k), m.index - 24), m.index + 12))) continue;
    const sentences = paras.at(k).sentences;
    const s = sentences.findIndex((x) => x.end >= m!.index);
    if (s === -1) { trigger.lastIndex = paras.at(k).end; continue; }
    const sentence = sentences[s];
    trigger.lastIndex = Math.max(trigger.lastIndex, sentence.end + 1); // one look per sentence
    const heading = s === 0 && isHeading(paras.at(k));
    // …还存在着不少缺点和错误，必须认真地加以检查和改正。主要是：: a lead word standing alone after
    // the sentence makes the whole sentence its lead-in
    const leadFollows = isLoneLead(sentences[s + 1]?.text) && clausesOf(sentence.text).some((c) => isSummary(c.text.trim()));
    // 行署在工作中还有不少不足，有些决策调查研究不够，…: the government admits its own faults
    const selfAdmits = CUE.selfWork.test(sentence.text) && (clausesOf(sentence.text).some((c) => isSummary(c.text.trim())) || shortfallLead(sentence.text) !== null);
    const kind = heading || CUE.reflective.test(sentence.text) || selfAdmits ? 'strong' : opensWithSummary(sentence.text) || leadFollows ? 'summary' : opensWithAside(sentence.text) ? 'aside' : null;
    if (!kind) continue;
    if (!heading && CUE.closing.test(sentence.text)) continue; // 我们必须清醒地看到和认真地解决好这些问题
    const found = readPassage(paras, k, s, heading);
    // 我们也要清醒看到，当前外部环境更趋复杂严峻，世界经济增长动能不足…: a passage about the
    // outside world only is the setting of the report, not an admission (an outside-world item
    // in a list of the report's own shortcomings stays).
    if (!found.items.length || found.items.every((it) => CUE.outsideWorld.test(it.text))) continue;
    // 过去五年的实践，使我们深刻认识到：必须始终坚持…；必须…: lessons drawn, not problems admitted
    if (found.items.every((it) => CUE.lessonItem.test(it.text))) continue;
    passages.push({ ...found, from: k, kind });
    const last = paras.at(found.para).sentences[found.sentence];
    trigger.lastIndex = Math.max(trigger.lastIndex, (last ?? paras.at(found.para)).end + 1);
  }
  // A reflective lead-in (清醒认识到…) or a heading opens a passage wherever it stands. A lead-in
  // that only says problems exist (还存在一些问题) opens the first passage, or one right after an
  // admission (the government's own shortcomings); elsewhere it is a passing remark. An aside
  // (也要看到，…) counts only in a report that admits nothing else.
  const items: Item[] = [];
  let lastPara = -2;
  for (const p of passages) {
    // an aside (也要看到，…) or a summary counts right after an admission: it goes on admitting
    // (every item falling short: 当前…处于爬坡过坎的关键阶段。一方面…另一方面… weighs, it does not admit)
    const goesOn = items.length > 0 && p.from === lastPara + 1 && p.items.every((it) => isDeficient(it.text) && !BALANCE.test(it.text));
    if ((p.kind === 'aside' && !goesOn) || (p.kind === 'summary' && items.length && p.from > lastPara + 1)) continue;
    items.push(...p.items);
    lastPara = p.para;
  }
  if (!items.length) for (const p of passages) items.push(...p.items);
  return items.map((it, i) => ({
    report_id: ctx.reportId, ordinal: i + 1, text: it.text, char_start: ctx.cp(it.start), char_end: ctx.cp(it.end),
  }));
}

/**
 * The body's paragraphs up to the glossary (the segment stage's, one per line). A paragraph is
 * made into a `Para` — trimmed, and cut into sentences — only when first read: most never are.
 */
class Paragraphs {
  readonly length: number;
  private readonly made: Array<Para | undefined>;
  constructor(private readonly nodes: readonly ParagraphNode[]) {
    this.length = nodes.length;
    this.made = new Array(nodes.length);
  }
  static of(ctx: ExtractContext): Paragraphs {
    const { seg } = ctx;
    const glossary = seg.sections.find((s) => s.part === 'glossary');
    const end = glossary ? glossary.start : ctx.text.length;
    return new Paragraphs(seg.paragraphs.filter((p) => p.start >= seg.bodyStart && p.start < end && p.text.trim()));
  }
  /** Where paragraph k starts and ends, without making it. */
  startOf(k: number): number { return this.nodes[k].start; }
  endOf(k: number): number { return this.nodes[k].end; }
  at(k: number): Para {
    const done = this.made[k];
    if (done) return done;
    const p = this.nodes[k];
    const lead = p.text.length - p.text.trimStart().length;
    const body = p.text.trim();
    const start = p.start + lead;
    let sentences: Sentence[] | null = null;
    return (this.made[k] = { start, end: start + body.length, text: body, get sentences() { return (sentences ??= sentencesOf(body, start)); } });
  }
}

function sentencesOf(para: string, base: number): Sentence[] {
  const out: Sentence[] = [];
  let from = 0;
  const re = /[。！？!?]+[”’」]?/g;
  for (let m; (m = re.exec(para)); ) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, para.length);
  return out;
  function push(s: number, e: number) {
    const raw = para.slice(s, e);
    const lead = raw.length - raw.trimStart().length;
    const t = raw.trim();
    if (t) out.push({ start: base + s + lead, end: base + s + lead + t.length, text: t });
  }
}

/** Clauses of a sentence, split at ，；： (offsets relative to the sentence). */
function clausesOf(s: string): Array<Span & { text: string; delimiter: string }> {
  const out: Array<Span & { text: string; delimiter: string }> = [];
  let from = 0;
  const re = /[，,；;：:]/g;
  for (let m; (m = re.exec(s)); ) { out.push({ start: from, end: m.index, text: s.slice(from, m.index), delimiter: m[0] }); from = m.index + 1; }
  out.push({ start: from, end: s.length, text: s.slice(from), delimiter: '' });
  return out.filter((c) => c.text.trim());
}

/**
 * A summary admission ends on a problem noun or a few words after one (困难和问题, 问题是, 新挑战仍然
 * 不少): the clause's last characters are looked at first, the whole expression only then.
 */
const isSummary = (clause: string) => {
  const tail = clause.slice(-12);
  if (!CUE.trigger.test(tail)) return false;
  return CUE.summary.test(dropTrailing(clause).trim());
};
const isDeficient = (s: string) => CUE.deficiency.test(s);

/** A sentence whose lead-in admits problems in general: it may open a passage. */
function opensWithSummary(s: string): boolean {
  if (!CUE.summaryWord.test(s)) return false;
  const clauses = clausesOf(s);
  return clauses.some((c, i) => isSummary(c.text) && (i === clauses.length - 1 || /[：:]/.test(c.delimiter) || CUE.lead.test(clauses[i + 1].text)));
}

/**
 * 同时也要看到，我国经济恢复的基础尚不牢固，…三重压力仍然较大: an aside opens a passage when
 * what follows it in the sentence is shortcomings, clause after clause — not a caveat (这些目标
 * 毕竟还是粗线条的) or a lesson (脱离现实条件的可能，盲目追求过高的速度…).
 */
function opensWithAside(s: string): boolean {
  if (!CUE.aside.test(s)) return false;
  const clauses = clausesOf(s);
  const at = clauses.findIndex((c) => CUE.aside.test(c.text));
  if (at === -1) return false;
  const rest = clauses.slice(at + 1);
  return rest.length > 0 && isDeficient(rest[0].text) && rest.filter((c) => isDeficient(c.text)).length / rest.length >= 0.7;
}

/**
 * Where the items of a lead-in sentence begin: after its colon, after a lead word, or after the
 * clauses that lead in (the reflective cue, a summary admission, context between them). `null`
 * when the sentence is all lead-in; -1 when it is not a lead-in at all.
 */
function listStartIn(s: string): number | null {
  const clauses = clausesOf(s);
  // 国务院在过去五年的工作中，…，总的来说是正确的，但是也有缺点和错误。: a sentence that ends on its
  // admission, however many clauses of context come first, is all lead-in
  const lastClause = clauses[clauses.length - 1]?.text.trim() ?? '';
  if (clauses.length > 3 && isSummary(lastClause) && CUE.generic.test(lastClause)) return null;
  let last = -1;
  for (let i = 0; i < clauses.length; i++) {
    const c = clauses[i].text.trim();
    if (CUE.reflective.test(c) || CUE.aside.test(c) || isSummary(c) || (i === 0 && CUE.turn.test(c))) last = i;
    else if (last >= 0 && CUE.lead.test(c) && i > 0) {
      // …还存在一些短板和不足，主要是：(end of sentence): the lead word ends the lead-in, and the
      // items are in the paragraphs after it.
      const at = clauses[i].start + CUE.lead.exec(c)![0].length + (clauses[i].text.length - clauses[i].text.trimStart().length);
      return /^[\s：:，,]*$/.test(s.slice(at)) ? null : at;
    }
    else if (i - last > 2) break;
    if (last === i && /[：:]/.test(clauses[i].delimiter)) return clauses[i].end + 1 < s.length ? clauses[i].end + 1 : null;
  }
  if (last === -1) return shortfallLead(s) ?? -1;
  if (last === clauses.length - 1) return null;
  const next = clauses[last + 1];
  const lead = CUE.lead.exec(next.text.trimStart());
  return next.start + (next.text.length - next.text.trimStart().length) + (lead ? lead[0].length : 0);
}

interface Passage { items: Item[]; para: number; sentence: number }

/** Reads the passage whose lead-in is sentence `s` of paragraph `k`. */
function readPassage(paras: Paragraphs, k: number, s: number, heading = false): Passage {
  const items: Item[] = [];
  const cue = paras.at(k).sentences[s];
  const start = heading || isLoneLead(paras.at(k).sentences[s + 1]?.text) ? null : listStartIn(cue.text);
  if (start === -1) return { items, para: k, sentence: s };
  // The list material of the cue's paragraph: from the list's start to the paragraph's end.
  let pending: Sentence[] = [];
  if (start !== null) {
    // 我们清醒认识到，只有坚持改革开放，才能…: what follows the lead-in must say what falls short.
    if (!isDeficient(cue.text.slice(start))) return { items, para: k, sentence: s };
    pending.push({ start: cue.start + start, end: cue.end, text: cue.text.slice(start) });
  }
  let mode: 'list' | 'one' | 'paragraphs' = 'list';
  let para = k;
  let idx = s + 1;
  let expect = 1; // the next enumerator of item paragraphs
  let closed = false;
  let leadOpen = start === null; // a lead-in waits for its items
  let atEnd = { para: k, sentence: s };
  let lastLeadIn: Sentence | null = null;
  let bulleted = false; // the items so far are bullet paragraphs (——…)
  /** Whether a paragraph goes on with items: enumerated, bulleted, or a lead-in of its own. */
  const continues = (next: Para) => enumerator(expect).test(next.text) || LONE_MARKER.test(next.text) || CUE.bullet.test(next.text) || (next.sentences[0] !== undefined && isLeadIn(next.sentences[0].text));

  for (;;) {
    const p = paras.at(para);
    // Sentences of this paragraph, after the ones already read.
    for (; idx < p.sentences.length; idx++) {
      const sen = p.sentences[idx];
      if (CUE.closing.test(sen.text)) { closed = true; break; }
      if (CUE.lesson.test(sen.text)) continue;
      const one = CUE.leadOne.exec(sen.text);
      if (one) {
        flush();
        items.push(...itemsOf([{ start: sen.start + one[0].length, end: sen.end, text: sen.text.slice(one[0].length) }]));
        mode = 'one';
        leadOpen = false;
        atEnd = { para, sentence: idx };
        continue;
      }
      const lead = CUE.lead.exec(sen.text);
      if (lead && sen.text.length > lead[0].length && (leadOpen || !/^(?:如|比如|例如|诸如)/.test(lead[0]))) {
        // 我们也清醒地看到，…不可持续的问题依然突出。主要是：…: the sentence the list spells out
        // right after it states the problems in general; it leads in, it is not an item.
        if (para === k && idx === s + 1 && items.length === 0 && pending.length === 1 && pending[0].start > cue.start && /^(?:主要|具体|集中|突出)/.test(lead[0]) && CUE.generalBeforeLead.test(pending[0].text.trim())) pending = [];
        pending.push({ start: sen.start + lead[0].length, end: sen.end, text: sen.text.slice(lead[0].length) });
        mode = 'list'; leadOpen = false; atEnd = { para, sentence: idx };
        continue;
      }
      if (isLeadIn(sen.text)) {
        flush();
        lastLeadIn = sen;
        // 除物价问题外，农业和国有企业的问题也比较突出。: a turn names the next group, its items follow.
        const colon = sen.text.search(/[：:]/);
        const from = CUE.turn.test(sen.text) ? (colon === -1 ? null : colon + 1) : listStartIn(sen.text);
        mode = 'list';
        leadOpen = from === null || from === -1;
        if (from !== null && from >= 0) pending.push({ start: sen.start + from, end: sen.end, text: sen.text.slice(from) });
        atEnd = { para, sentence: idx };
        continue;
      }
      // 政府自身建设方面，一些部门职能转变还不到位…: the group about the government itself, its
      // items after the frame.
      const frame = CUE.selfFrame.exec(sen.text);
      if (frame && isDeficient(sen.text.slice(frame[0].length))) {
        flush();
        pending.push({ start: sen.start + frame[0].length, end: sen.end, text: sen.text.slice(frame[0].length) });
        mode = 'list'; leadOpen = false; lastLeadIn = null; atEnd = { para, sentence: idx };
        continue;
      }
      if (mode === 'one') continue; // the sentences that explain the one problem named
      if (!isDeficient(sen.text)) {
        if (items.length || pending.length) { closed = true; break; }
        if (!leadOpen) break;
        continue;
      }
      pending.push(sen);
      leadOpen = false;
      lastLeadIn = null;
      atEnd = { para, sentence: idx };
    }
    // 政府自身建设还存在一些不足。 as the last sentence before the closing: no items follow it, so
    // it is not a lead-in but the last item.
    if (lastLeadIn && leadOpen && (closed || para + 1 >= paras.length || !continues(paras.at(para + 1)))) {
      pending.push(lastLeadIn);
      leadOpen = false;
      atEnd = { para, sentence: p.sentences.indexOf(lastLeadIn) };
    }
    lastLeadIn = null;
    flush();
    if (closed || para + 1 >= paras.length) break;
    // Does the passage go on in the next paragraph?
    const next = paras.at(para + 1);
    const marker = enumerator(expect).exec(next.text);
    if (marker && (expect > 1 || leadOpen || items.length === 0)) {
      // An item paragraph (一是…。 / （二）…), or a lone marker whose item is the paragraph after it.
      let body = next;
      let skip = marker[0].length;
      if (LONE_MARKER.test(next.text) && para + 2 < paras.length) { body = paras.at(para + 2); skip = 0; para++; }
      const item = enumeratedItem(body, skip);
      para++;
      idx = body.sentences.length;
      // 一是…提升。二是…薄弱，…五是…有待提高。: the paragraph of the first item may hold the next
      // ones inline.
      const run = item && skip > 0 ? byEnumerators({ start: body.start, end: item.end, text: body.text.slice(0, item.end - body.start) }, expect) : null;
      if (run && run.length > 1) { items.push(...run); expect += run.length; atEnd = { para, sentence: body.sentences.length - 1 }; }
      else if (item) { items.push(item); expect++; atEnd = { para, sentence: body.sentences.length - 1 }; }
      if (item?.closedAfter) { atEnd = { para, sentence: item.closedAfter }; break; }
      mode = 'list';
      continue;
    }
    // ——经济恢复基础尚不牢固…。: a bullet paragraph right after the lead-in, or after another, is
    // an item. Bullets after other words (今后五年的主要目标是：) are that sentence's list.
    const bullet = !marker && (bulleted || (leadOpen && endsOnLeadIn(p, para === k && heading))) ? CUE.bullet.exec(next.text) : null;
    if (bullet) {
      const item = enumeratedItem(next, bullet[0].length);
      para++;
      idx = next.sentences.length;
      if (!item) break;
      items.push(item);
      bulleted = true; leadOpen = false; mode = 'list';
      atEnd = { para, sentence: next.sentences.length - 1 };
      if (item.closedAfter !== undefined) { atEnd = { para, sentence: item.closedAfter }; break; }
      continue;
    }
    expect = items.length && expect > 1 ? expect : 1;
    const first = next.sentences[0];
    // A paragraph that admits more (a lead-in of its own, a turn to the next group, the group
    // about the government itself) goes on with the passage.
    // 政府职能转变还不到位，…: after the items, a paragraph on the government's own faults goes on
    const frame = first && (CUE.selfFrame.exec(first.text) ?? (items.length ? CUE.addOn.exec(first.text) ?? CUE.governmentOpens.exec(first.text) : null));
    if (first && (isLeadIn(first.text) || (expect > 1 && CUE.turn.test(first.text)) || (frame && isDeficient(first.text.slice(frame[0].length))))) { para++; idx = 0; mode = 'list'; continue; }
    if ((leadOpen && !items.length && endsOnLeadIn(p, para === k && heading)) || mode === 'paragraphs') {
      // Items one per paragraph after a lead-in that ended its own paragraph.
      if (CUE.closing.test(next.text) || !isDeficient(next.text) || next.text.length > 400) break;
      para++;
      idx = 0;
      mode = 'paragraphs';
      leadOpen = false;
      continue;
    }
    break;
  }
  return { items, para: atEnd.para, sentence: atEnd.sentence };

  function flush() {
    if (pending.length) items.push(...itemsOf(pending));
    pending = [];
  }
}

/**
 * Whether paragraph `p` ends on a lead-in that leaves its items to the paragraphs after it: a
 * heading over the problems, a sentence all lead-in (…还存在一些短板和不足，主要是：), or a lead word
 * alone (主要是：).
 */
function endsOnLeadIn(p: Para, heading: boolean): boolean {
  if (heading) return true;
  const last = p.sentences[p.sentences.length - 1]?.text ?? '';
  const lead = CUE.lead.exec(last);
  return (lead !== null && lead[0].length === last.length) || listStartIn(last) === null;
}

/** A sentence that leads in to (more) items: all lead-in, or a turn to another group. */
/**
 * 市政府在领导经济工作方面还很不适应，主要是：…: where the items start when a clause that falls short
 * is followed by a lead word and a colon; null when there is none.
 */
function shortfallLead(s: string): number | null {
  const m = CUE.leadAfterShortfall.exec(s);
  if (!m) return null;
  const before = s.slice(0, m.index);
  const clause = before.slice(Math.max(before.lastIndexOf('，'), before.lastIndexOf(',')) + 1);
  return isDeficient(clause) && m.index + m[0].length < s.length ? m.index + m[0].length : null;
}

/** A sentence that weighs both sides (一方面…另一方面…): no admission. */
const BALANCE = /^(?:一方面|另一方面)/;

/** A sentence that is a lead word alone (主要是：, 主要表现在：): the list follows it. */
function isLoneLead(s: string | undefined): boolean {
  if (s === undefined) return false;
  const m = CUE.lead.exec(s.trim());
  return m !== null && /^[\s：:，,]*$/.test(s.trim().slice(m[0].length)) && /^(?:主要|具体|突出|集中)/.test(m[0]);
}

function isLeadIn(s: string): boolean {
  if (CUE.turn.test(s)) return true;
  const clauses = clausesOf(s);
  const last = clauses[clauses.length - 1]?.text ?? '';
  return (isSummary(last) && CUE.generic.test(last)) || (clauses.length > 1 && /[：:]/.test(s) && clauses.some((c) => isSummary(c.text) || CUE.reflective.test(c.text)));
}

/** The item of an enumerated paragraph: its sentences up to a closing or a lesson. */
function enumeratedItem(p: Para, skip: number): (Item & { closedAfter?: number }) | null {
  let end = -1;
  let closedAfter: number | undefined;
  for (let i = 0; i < p.sentences.length; i++) {
    const t = i === 0 ? p.sentences[i].text.slice(Math.max(0, skip - (p.sentences[i].start - p.start))) : p.sentences[i].text;
    if (CUE.closing.test(t)) { closedAfter = i; break; }
    if (CUE.lesson.test(t)) break;
    end = p.sentences[i].end;
  }
  if (end === -1) return null;
  const item = trimItem({ start: p.start + skip, end, text: p.text.slice(skip, end - p.start) });
  return item && { ...item, closedAfter };
}

/**
 * Splits list material (consecutive sentences of one paragraph) into items: by inline
 * enumerators (一是…二是…), by ；, by sentence, or — a list of one or two sentences — as a comma
 * chain where every clause says what falls short.
 */
function itemsOf(sentences: Sentence[]): Item[] {
  if (!sentences.length) return [];
  const base = sentences[0].start;
  const whole = sentences.map((x) => x.text).join('。'); // offsets kept: one 。 between sentences
  const joined: Sentence = { start: base, end: sentences[sentences.length - 1].end, text: whole };
  const aligned = sentences.every((x, i) => i === 0 || x.start === sentences[i - 1].end + 1);
  const marked = aligned ? byEnumerators(joined) : null;
  if (marked) return marked;
  const out: Item[] = [];
  const parts = sentences.map((sen) => splitAt(sen, /[；;]/g));
  // A list of one or two sentences may be a comma chain: the chain of each sentence not split at ；.
  const chains = sentences.map((sen, i) => (sentences.length < 3 && parts[i].length === 1 ? commaChain(sen) : null));
  // Once the list is written as a comma chain (of three clauses or more), its shorter sentences are
  // split the same way (…，重点领域风险隐患较多。一些地方和干部推动高质量发展能力亟待提高，作风建设还需进一步加强。).
  const chained = chains.some((c) => c !== null && c.clauses >= 3);
  sentences.forEach((sen, i) => {
    if (parts[i].length > 1) { out.push(...parts[i]); return; }
    const chain = chains[i];
    out.push(...(chain && (chained || chain.clauses >= 3) ? chain.items : [sen]));
  });
  return out.map(trimItem).filter((x): x is Item => x !== null);
}

/**
 * 一是…二是…三是… (or （一）…（二）…, （1）…（2）…, ①…②…) inside the material, its markers counted
 * from `first`: one item from each marker to the next, the last to its sentence's end.
 */
function byEnumerators(s: Sentence, first = 1): Item[] | null {
  const marks: Array<{ at: number; len: number }> = [];
  let from = 0;
  for (let n = first; n <= 20; n++) {
    const ord = hanOrdinal(n);
    if (!ord) break;
    const re = (ENUMERATORS_INSIDE[n] ??= new RegExp(`(?:^|[：:；;。，,\\s])(${ord}是|[（(]${ord}[）)]|[（(]${n}[）)]|${circled(n)}|第${ord}[，,、])`, 'g'));
    re.lastIndex = from;
    const m = re.exec(s.text);
    // 十一是 must not be read as 一是: the marker stands after punctuation or at the start.
    if (!m) break;
    const at = m.index + m[0].length - m[1].length;
    marks.push({ at, len: m[1].length });
    from = at + m[1].length;
  }
  if (marks.length < 2) return null;
  const items: Item[] = [];
  for (let i = 0; i < marks.length; i++) {
    const a = marks[i].at + marks[i].len;
    let b = i + 1 < marks.length ? marks[i + 1].at : s.text.indexOf('。', a);
    if (b === -1) b = s.text.length;
    const it = trimItem({ start: s.start + a, end: s.start + b, text: s.text.slice(a, b) });
    if (it) items.push(it);
  }
  return items;
}

/** byEnumerators' expressions, made once for each n. */
const ENUMERATORS_INSIDE: RegExp[] = [];

function splitAt(s: Sentence, re: RegExp): Item[] {
  const out: Item[] = [];
  let from = 0;
  for (const m of s.text.matchAll(re)) { out.push({ start: s.start + from, end: s.start + m.index!, text: s.text.slice(from, m.index) }); from = m.index! + m[0].length; }
  out.push({ start: s.start + from, end: s.end, text: s.text.slice(from) });
  return out.filter((x) => x.text.trim());
}

/**
 * 经济运行中不确定因素较多，有效需求依然不足，一些企业生产经营困难…: one sentence of shortcomings
 * separated by commas, each saying what falls short, is a list of them. A clause that says nothing
 * wrong is the subject of the next one (企业特别是小微企业，生产经营面临多重困难). Two clauses at
 * least; their number is returned with the items, since a list asks for three unless it is chained.
 */
function commaChain(s: Sentence): { items: Item[]; clauses: number } | null {
  const body = dropTrailing(s.text);
  const clauses = splitAt({ ...s, text: body, end: s.start + body.length }, /[，,]/g);
  if (clauses.length < 2) return null;
  // 除了A，B，C以外，比较突出的问题是，D: clauses that frame the sentence are no list of items.
  if (clauses.some((c) => /(?:问题|矛盾)是$|[以之]外$/.test(c.text.trim()))) return null;
  // What each clause says, read once.
  const deficient = clauses.map((c) => isDeficient(c.text));
  const says = clauses.map((c, i) => deficient[i] || PROBLEM_PREDICATE.test(c.text.trim()));
  if (clauses.length < 3 && !says.every(Boolean)) return null;
  if (says.filter(Boolean).length / clauses.length < 0.7 || !says[clauses.length - 1]) return null;
  const out: Item[] = [];
  let pending: Item | null = null;
  for (const [i, c] of clauses.entries()) {
    // 政府工作也存在一些不足，一些部门…，…: the chain's first clause admits in general and leads in
    if (i === 0 && clauses.length >= 3 && isSummary(c.text)) continue;
    const prev = out[out.length - 1];
    if (!pending && prev && PROBLEM_PREDICATE.test(c.text.trim())) {
      out[out.length - 1] = { start: prev.start, end: c.end, text: s.text.slice(prev.start - s.start, c.end - s.start) };
      continue;
    }
    const cur: Item = pending ? { start: pending.start, end: c.end, text: s.text.slice(pending.start - s.start, c.end - s.start) } : c;
    if (deficient[i]) { out.push(cur); pending = null; } else pending = cur;
  }
  if (pending && out.length) {
    const last = out[out.length - 1];
    out[out.length - 1] = { start: last.start, end: pending.end, text: s.text.slice(last.start - s.start, pending.end - s.start) };
  }
  return { items: out, clauses: clauses.length };
}

/** Drops the enumerator or bullet, a joining word and the trailing punctuation (and 等等) of an item. */
function trimItem(it: Item): Item | null {
  let { start, text } = it;
  for (;;) {
    const lead = /^[\s，,；;：:]+/.exec(text) ?? enumeratorAtStart(text) ?? CUE.bullet.exec(text) ?? CONNECTIVE.exec(text);
    if (!lead || !lead[0].length) break;
    start += lead[0].length;
    text = text.slice(lead[0].length);
  }
  const t = dropTrailing(text);
  if (!t || !/[\u4e00-\u9fff]/.test(t)) return null;
  return { start, end: start + t.length, text: t };
}

const enumeratorAtStart = (t: string) => /^(?:[一二三四五六七八九十]{1,2}是|[（(](?:[一二三四五六七八九十]{1,2}|[0-9]{1,2})[）)]|[0-9]{1,2}[.．、](?![0-9])|[①-⑳]|第[一二三四五六七八九十]{1,2}[，,、：:])\s*/.exec(t);
