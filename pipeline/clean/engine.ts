/**
 * The editing engine behind the cleaner: rules propose edits on the current text, the engine
 * applies them and keeps, for every character, the position in the raw text it came from.
 * That map is what lets every repair say exactly which raw span it changed.
 */
export interface Edit {
  start: number;
  end: number;
  text: string;
  kind: string;
}

/** Structure the cleaner saw and removed the marks of (markdown headings, bold leads). */
export interface Hint {
  start: number;
  end: number;
  kind: 'heading' | 'bold_lead';
  level: number;
}

export interface RepairDraft {
  kind: string;
  rawStart: number; // UTF-16 offsets into the raw text
  rawEnd: number;
  before: string;
  after: string;
  /** UTF-16 offset of the change in the text as it was when the change was made. */
  at: number;
}

export interface Draft {
  raw: string;
  text: string;
  /** origin[i] = raw offset of text[i]; origin[text.length] = raw.length. */
  origin: Int32Array;
  hints: Hint[];
  repairs: RepairDraft[];
}

export interface RuleResult {
  edits: Edit[];
  hints?: Hint[];
}

export interface Rule {
  name: string;
  /** Its own removals can expose more of the same (`**## `): run it again until it changes nothing. */
  fixpoint?: boolean;
  /**
   * Later rules can make work for it (removing a mark or a line break joins the pieces of an
   * HTML entity): it is asked again after the whole list, and should it find anything, the list
   * runs again, so that a second run of the list changes nothing.
   */
  revisit?: boolean;
  run(text: string, hints: readonly Hint[]): RuleResult;
}

export function startDraft(raw: string): Draft {
  const origin = new Int32Array(raw.length + 1);
  for (let i = 0; i <= raw.length; i++) origin[i] = i;
  return { raw, text: raw, origin, hints: [], repairs: [] };
}

/** Applies non-overlapping edits (overlaps are resolved first come, first served). */
export function applyEdits(d: Draft, proposed: Edit[], newHints: Hint[] = []): Draft {
  const edits = normalise(proposed, d.text);
  if (edits.length === 0) {
    return newHints.length ? { ...d, hints: sortHints([...d.hints, ...newHints]) } : d;
  }
  const parts: string[] = [];
  let newLength = d.text.length;
  for (const e of edits) newLength += e.text.length - (e.end - e.start);
  const origin = new Int32Array(newLength + 1);
  let w = 0;
  let pos = 0;
  const repairs = d.repairs.slice();
  let shift = 0;
  for (const e of edits) {
    parts.push(d.text.slice(pos, e.start));
    origin.set(d.origin.subarray(pos, e.start), w);
    w += e.start - pos;
    const rawStart = d.origin[e.start];
    origin.fill(rawStart, w, w + e.text.length);
    w += e.text.length;
    parts.push(e.text);
    repairs.push({
      kind: e.kind,
      rawStart,
      rawEnd: d.origin[e.end],
      before: d.text.slice(e.start, e.end),
      after: e.text,
      at: e.start + shift,
    });
    shift += e.text.length - (e.end - e.start);
    pos = e.end;
  }
  parts.push(d.text.slice(pos));
  origin.set(d.origin.subarray(pos, d.text.length + 1), w);
  const map = (p: number, side: 'start' | 'end') => mapPosition(edits, p, side);
  const hints = [...d.hints, ...newHints]
    .map((h) => ({ ...h, start: map(h.start, 'start'), end: map(h.end, 'end') }))
    .filter((h) => h.end > h.start);
  return { raw: d.raw, text: parts.join(''), origin, hints: sortHints(hints), repairs };
}

function normalise(edits: Edit[], text: string): Edit[] {
  const sorted = edits
    .filter((e) => e.start >= 0 && e.end <= text.length && e.start <= e.end)
    .filter((e) => text.slice(e.start, e.end) !== e.text)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Edit[] = [];
  let last = -1;
  for (const e of sorted) {
    if (e.start < last || (e.start === last && e.start === e.end && out.length && out[out.length - 1].end === e.start)) continue;
    out.push(e);
    last = e.end;
  }
  return out;
}

/** Where an old position lands after the edits. */
export function mapPosition(edits: readonly Edit[], p: number, side: 'start' | 'end'): number {
  let delta = 0;
  for (const e of edits) {
    if (e.end <= p && !(e.start === e.end && e.start === p && side === 'start')) {
      delta += e.text.length - (e.end - e.start);
      continue;
    }
    if (e.start < p && p < e.end) return side === 'start' ? e.start + delta : e.start + delta + e.text.length;
    break;
  }
  return p + delta;
}

function sortHints(h: Hint[]): Hint[] {
  return h.sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * Runs the rules in order; a rule marked `fixpoint` is repeated until it has nothing more to
 * change, and the rules marked `revisit` are asked again after the list (see Rule), so that the
 * cleaner's output is a fixed point of every rule.
 */
export function runRules(d: Draft, rules: readonly Rule[]): Draft {
  d = runList(d, rules);
  const revisited = rules.filter((r) => r.revisit);
  for (let pass = 1; pass < MAX_PASSES && revisited.length; pass++) {
    const before = d.repairs.length;
    d = runList(d, revisited);
    if (d.repairs.length === before) break;
    d = runList(d, rules);
  }
  return d;
}

/** Passes over the whole list, at most: one more each time a revisited rule finds work. */
const MAX_PASSES = 4;

function runList(d: Draft, rules: readonly Rule[]): Draft {
  for (const rule of rules) {
    for (let round = 0; round < (rule.fixpoint ? 4 : 1); round++) {
      const r = rule.run(d.text, d.hints);
      const before = d.repairs.length;
      d = applyEdits(d, r.edits, r.hints ?? []);
      if (d.repairs.length === before) break;
    }
  }
  return d;
}

/** Re-applies recorded repairs to the raw text: the proof that every change was recorded. */
export function replay(raw: string, repairs: ReadonlyArray<Pick<RepairDraft, 'at' | 'before' | 'after'>>): string {
  let text = raw;
  for (const r of repairs) {
    if (text.slice(r.at, r.at + r.before.length) !== r.before) throw new Error(`repair at ${r.at} does not match the text: ${JSON.stringify(r.before)}`);
    text = text.slice(0, r.at) + r.after + text.slice(r.at + r.before.length);
  }
  return text;
}
