/** The long tail of a report: every quantity, the glossary, the problems it admits, its pledges. */
import type { GlossaryEntry, Pledge, Problem, Quantity } from '../../../schemas/index.ts';
import type { ExtractContext } from '../context.ts';
import { extractGlossary } from './glossary.ts';
import { extractPledges } from './pledges.ts';
import { extractProblems } from './problems.ts';
import { extractQuantities } from './quantities.ts';

export { extractGlossary, extractPledges, extractProblems, extractQuantities };

export function extractLongTail(ctx: ExtractContext): { quantities: Quantity[]; glossary: GlossaryEntry[]; problems: Problem[]; pledges: Pledge[] } {
  return { quantities: extractQuantities(ctx), glossary: extractGlossary(ctx), problems: extractProblems(ctx), pledges: extractPledges(ctx) };
}
