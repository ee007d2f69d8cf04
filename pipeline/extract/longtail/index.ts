import type { GlossaryEntry, Pledge, Problem, Quantity } from '../../../schemas/index.ts';
import type { ExtractContext } from '../context.ts';
export function extractLongTail(_ctx: ExtractContext): { quantities: Quantity[]; glossary: GlossaryEntry[]; problems: Problem[]; pledges: Pledge[] } {
  return { quantities: [], glossary: [], problems: [], pledges: [] };
}
