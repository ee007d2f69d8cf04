/** What every extractor gets: the cleaned text, its structure and the report's years. */
import { sectionAt, type Segmented } from '../segment/index.ts';
import type { ToCodePoint } from '../shared/offsets.ts';

export interface ExtractContext {
  reportId: string;
  text: string;
  seg: Segmented;
  reviewYear: number | null;
  planYear: number | null;
  /** Given late in the year before its plan year (it says 明年 for its plan year); null: unknown. */
  givenLate: boolean | null;
  regionName: string | null;
  county: string | null;
  /** UTF-16 offset → code point offset, for the rows' char_start/char_end. */
  cp: ToCodePoint;
}

/** Id of the innermost section holding a UTF-16 offset. */
export const sectionIdAt = (seg: Segmented, pos: number): number | null => sectionAt(seg.sections, pos)?.id ?? null;
