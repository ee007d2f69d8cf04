/** What every extractor gets: the cleaned text, its structure and the report's years. */
import type { Segmented } from '../segment/index.ts';
import type { ToCodePoint } from '../shared/offsets.ts';

export interface ExtractContext {
  reportId: string;
  text: string;
  seg: Segmented;
  reviewYear: number | null;
  planYear: number | null;
  regionName: string | null;
  county: string | null;
  /** UTF-16 offset → code point offset, for the rows' char_start/char_end. */
  cp: ToCodePoint;
}

/** Innermost section holding a UTF-16 offset. */
export function sectionAt(seg: Segmented, pos: number): number | null {
  let id: number | null = null;
  for (const s of seg.sections) if (s.start <= pos && pos < s.end) id = s.id;
  return id;
}
