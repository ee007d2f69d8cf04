/**
 * Matching text items (problems a report admits, pledges, glossary entries) with hand-coded ones
 * by text coverage: a port of ../shared/tools/score-problems.py, made generic over the table.
 * Coders split items differently, so items are not paired one to one: a coded item is found when
 * at least 80% of it (in common stretches of at least 4 characters, punctuation and spaces
 * ignored) stands in the items the build extracted for that report, and an extracted item is
 * right when at least 80% of it stands in the coded items.
 */
import difflib, { type SequenceMatcher } from 'difflib';
import { baseName, buildTablePath, byCodePoint, codePoints, PY_SPACE, readTable, type Row } from './gold.ts';

/** The tables scored by text, and the text of one build row that a gold `text` cell codes. */
export const SPAN_TABLES = {
  problems: (r: Row) => r.text ?? '',
  pledges: (r: Row) => r.text ?? '',
  // a glossary gold item is "term：definition"; the colon is ignored in the comparison anyway
  glossary: (r: Row) => `${r.term ?? ''}：${r.definition ?? ''}`,
} as const;
export type SpanTable = keyof typeof SPAN_TABLES;

/** Shares of at least this much count as found (both ways). */
export const COVERAGE_FLOOR = 0.8;
/** Common stretches shorter than this are chance, not the same text. */
export const MIN_STRETCH = 4;

const IGNORED = new RegExp(`[${PY_SPACE}，。；、：:;,.!！？?“”"‘’（）()《》—\\-]`, 'gu');

/** The text as compared: spaces and punctuation removed (norm() of the Python tool). */
export const normalize = (s: string | undefined) => (s ?? '').replace(IGNORED, '');

/**
 * Share of `part` found in `whole` as common stretches of at least MIN_STRETCH characters, the
 * stretches being difflib's matching blocks (autojunk off) over code points.
 */
export function coverage(part: string, whole: string): number {
  const a = Array.from(part);
  if (!a.length) return 1;
  return matchedLength(a, new difflib.SequenceMatcher<string[]>(null, [], Array.from(whole), false)) / a.length;
}

function matchedLength(a: string[], matcher: SequenceMatcher<string[]>): number {
  matcher.setSeq1(a);
  let n = 0;
  for (const [, , size] of matcher.getMatchingBlocks()) if (size >= MIN_STRETCH) n += size;
  return n;
}

/** Coverage of each part in one whole, reusing difflib's index of the whole. */
function coverages(parts: string[], whole: string): number[] {
  const matcher = new difflib.SequenceMatcher<string[]>(null, [], Array.from(whole), false);
  return parts.map((p) => {
    const a = Array.from(p);
    return a.length ? matchedLength(a, matcher) / a.length : 1;
  });
}

export interface SpanMiss { file: string; measure: 'missed' | 'wrong_item'; text: string }

export interface SpanFileScore { file: string; gold: number; found: number; built: number; right: number; passageFound: boolean }

export interface SpanScore {
  table: SpanTable;
  reports: number;
  passagesFound: number;
  goldItems: number;
  goldFound: number;
  builtItems: number;
  builtRight: number;
  byFile: SpanFileScore[];
  misses: SpanMiss[];
}

/** Scores one table of a build against a gold of items (file,ordinal,text,note). */
export function scoreSpans(outDir: string, table: SpanTable, gold: Map<string, string[]>): SpanScore {
  const idsByFile = new Map<string, string[]>();
  for (const r of readTable(buildTablePath(outDir, 'reports')).rows) {
    const f = baseName(r.source_file);
    idsByFile.set(f, [...(idsByFile.get(f) ?? []), r.report_id ?? '']);
  }
  const textOf = SPAN_TABLES[table];
  const mine = new Map<string, string[]>();
  for (const row of readTable(buildTablePath(outDir, table)).rows) {
    const id = row.report_id ?? '';
    mine.set(id, [...(mine.get(id) ?? []), normalize(textOf(row))]);
  }
  const score: SpanScore = { table, reports: 0, passagesFound: 0, goldItems: 0, goldFound: 0, builtItems: 0, builtRight: 0, byFile: [], misses: [] };
  const lines: SpanMiss[] = [];
  for (const [file, coded] of [...gold].sort(([a], [b]) => byCodePoint(a, b))) {
    const items = coded.map(normalize).filter((i) => i);
    const have = (idsByFile.get(file) ?? []).flatMap((id) => mine.get(id) ?? []);
    score.reports++;
    const hit = coverages(items, have.join('')).map((x) => x >= COVERAGE_FLOOR);
    const right = coverages(have, items.join('')).map((x) => x >= COVERAGE_FLOOR);
    const found = hit.filter(Boolean).length;
    const ok = right.filter(Boolean).length;
    score.goldItems += items.length; score.goldFound += found;
    score.builtItems += have.length; score.builtRight += ok;
    // a report admitting none is found when nothing is extracted for it
    const passageFound = (!items.length && !have.length) || (items.length > 0 && found > 0);
    if (passageFound) score.passagesFound++;
    score.byFile.push({ file, gold: items.length, found, built: have.length, right: ok, passageFound });
    items.forEach((i, k) => { if (!hit[k]) lines.push({ file, measure: 'missed', text: i }); });
    have.forEach((x, k) => { if (!right[k]) lines.push({ file, measure: 'wrong_item', text: x }); });
  }
  score.misses = lines;
  return score;
}

/** The Python tool's line for a miss (the item normalized, its first 60 characters). */
export const spanMissLine = (m: SpanMiss) => `${m.file}: ${m.measure === 'missed' ? 'missed' : 'wrong item'}: ${codePoints(m.text, 60)}`;
