import type { Indicator } from '../../../schemas/index.ts';
import type { ExtractContext } from '../context.ts';
export function extractIndicators(_ctx: ExtractContext): { rows: Indicator[]; warnings: string[] } { return { rows: [], warnings: [] }; }
