/**
 * pledges: numbered commitment lists — the 民生实事 (1.新建一批电力配套路由；2.…) and
 * 十件民生实事 lists — written inline in a paragraph or one item per line. A numbered list
 * counts when it runs 1, 2, 3 … without a gap and the words before it speak of 实事, 民生,
 * 承诺, 项目 or 工程; the glossary, also numbered, is not a list of pledges.
 */
import type { Pledge } from '../../../schemas/index.ts';
import { sectionIdAt, type ExtractContext } from '../context.ts';

const PLEDGE_CONTEXT = /实事|民生|承诺|惠民|项目|工程|好事|任务清单|为民办/;
const MARKER = /(^|[：:；;。\s])(\d{1,2})[.．、](?!\d)/g;

export function extractPledges(ctx: ExtractContext): Pledge[] {
  const { text, seg } = ctx;
  const out: Pledge[] = [];
  const glossaryStart = seg.sections.find((s) => s.part === 'glossary')?.start ?? text.length;
  // Paragraph by paragraph; a list may also continue over consecutive lines.
  const body = text.slice(0, glossaryStart);
  const found = [...body.matchAll(MARKER)].map((m) => ({ n: Number(m[2]), at: m.index! + m[1].length, after: m.index! + m[0].length }));
  let i = 0;
  while (i < found.length) {
    if (found[i].n !== 1) { i++; continue; }
    const run = [found[i]];
    let j = i + 1;
    while (j < found.length && found[j].n === run[run.length - 1].n + 1) { run.push(found[j]); j++; }
    if (run.length >= 3) {
      const lineStart = body.lastIndexOf('\n', run[0].at - 1) + 1;
      const intro = body.slice(Math.max(lineStart, run[0].at - 200), run[0].at);
      const prevLine = lineStart > 0 ? body.slice(body.lastIndexOf('\n', lineStart - 2) + 1, lineStart - 1) : '';
      const heading = (intro.trim() ? intro : prevLine).split(/[。！？]/).pop()!.split(/[，,]/).pop()!.replace(/[：:\s]+$/, '').trim();
      if (PLEDGE_CONTEXT.test(intro + prevLine)) {
        run.forEach((r, k) => {
          const limit = k + 1 < run.length ? run[k + 1].at : endOfLast(body, r.after);
          const raw = body.slice(r.after, limit);
          const item = raw.replace(/[；;。，,\s]+$/, '');
          const lead = item.length - item.trimStart().length;
          out.push({
            report_id: ctx.reportId, ordinal: r.n, text: item.trim(), section_id: sectionIdAt(seg, r.at),
            list_heading: heading || null,
            char_start: ctx.cp(r.after + lead), char_end: ctx.cp(r.after + item.length),
          });
        });
      }
    }
    i = Math.max(j, i + 1);
  }
  return out;
}

/** The last item ends with its sentence (。) or its line. */
function endOfLast(text: string, from: number): number {
  const dot = text.indexOf('。', from);
  const nl = text.indexOf('\n', from);
  const candidates = [dot === -1 ? Infinity : dot + 1, nl === -1 ? Infinity : nl, text.length];
  return Math.min(...candidates);
}
