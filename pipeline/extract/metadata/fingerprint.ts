/**
 * What two copies of one report share and two different reports do not: the hashes of the first
 * sentences of the body, read as their Chinese characters only (so that punctuation, digits,
 * spaces and the cleaner's repairs do not matter). The duplicate rule uses it to tell the same
 * report from two sources (a web copy and a PDF, a whole and a truncated copy) from two reports
 * of one government for one plan year (a report given in December and the next session's, or
 * the plan and budget reports of the planning era).
 */

/** Sentences hashed: enough that a copy cut short still shares most of them. */
const SENTENCES = 40;
/** Shorter sentences are formulas many reports share (请予审议). */
const MIN_HAN = 12;

export function textFingerprint(body: string): number[] {
  const out = new Set<number>();
  // Sentence by sentence from the start, only as far as needed.
  for (const m of body.matchAll(/[^。！？!?；;\n]+/g)) {
    const han = m[0].replace(/[^\u4e00-\u9fff]/g, '');
    if (han.length < MIN_HAN) continue;
    out.add(fnv1a(han));
    if (out.size >= SENTENCES) break;
  }
  return [...out].sort((a, b) => a - b);
}

/**
 * Whether two fingerprints are of the same text: at least half the sentences of the shorter are
 * in the other. Without a fingerprint on either side, nothing tells them apart: the same.
 */
export function sameText(a: readonly number[] | undefined, b: readonly number[] | undefined): boolean {
  if (!a?.length || !b?.length) return true;
  const set = new Set(a);
  const shared = b.filter((h) => set.has(h)).length;
  return shared * 2 >= Math.min(a.length, b.length);
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
