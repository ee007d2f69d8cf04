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
  // Sentence by sentence from the start, only as far as needed. A sentence's Chinese characters
  // are hashed (FNV-1a over their UTF-16 codes) as they are read: no string is made of them, and
  // the text is read once (a synthetic report gives its 40 hashes only some 200 sentences in).
  let hash = FNV_OFFSET;
  let han = 0;
  for (let i = 0; i <= body.length; i++) {
    const c = i < body.length ? body.charCodeAt(i) : -1; // the text's end closes its last sentence
    if (c === -1 || SENTENCE_END[c]) {
      if (han >= MIN_HAN) {
        out.add(hash >>> 0);
        if (out.size >= SENTENCES) break;
      }
      hash = FNV_OFFSET;
      han = 0;
    } else if (c >= 0x4e00 && c <= 0x9fff) {
      hash = Math.imul(hash ^ c, FNV_PRIME);
      han++;
    }
  }
  return [...out].sort((a, b) => a - b);
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
/** What ends a sentence here: 。！？!?；; and the line break. */
const SENTENCE_END = new Uint8Array(0x10000);
for (const c of '。！？!?；;\n') SENTENCE_END[c.charCodeAt(0)] = 1;

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
