/**
 * clean: raw text → clean text, with a repair record for every change and hints about the
 * structure whose marks were removed. Rules run in a fixed order, each a small pure transform
 * (see rules/); running the cleaner on its own output changes nothing.
 */
import type { Repair, SourceKind } from '../../schemas/index.ts';
import { codePointIndex } from '../shared/offsets.ts';
import { runRules, startDraft, type Hint, type Rule } from './engine.ts';
import { blankLines } from './rules/blankLines.ts';
import { chrome } from './rules/chrome.ts';
import { html } from './rules/html.ts';
import { invisible } from './rules/invisible.ts';
import { lineJoin } from './rules/lineJoin.ts';
import { markdown } from './rules/markdown.ts';
import { markJoin } from './rules/markJoin.ts';
import { pageFurniture } from './rules/pageFurniture.ts';
import { punctuation } from './rules/punctuation.ts';
import { spaces } from './rules/spaces.ts';
import { traditional } from './rules/traditional.ts';
import { trim } from './rules/trim.ts';
import { width } from './rules/width.ts';

export type { Hint } from './engine.ts';
export { replay } from './engine.ts';
export { looksLikeHeading } from './rules/lineJoin.ts';

export const RULES: readonly Rule[] = [
  html, invisible, width, traditional, markdown, trim, pageFurniture, chrome, markJoin, lineJoin, punctuation, spaces, blankLines,
];

export interface CleanDoc {
  text: string;
  /** Structure hints in UTF-16 offsets of `text`. */
  hints: Hint[];
  repairs: Omit<Repair, 'report_id'>[];
  /** The same changes in the order made, with UTF-16 positions: `replay(raw, steps)` gives `text`. */
  steps: Array<{ at: number; before: string; after: string }>;
  sourceKind: SourceKind;
}

export function clean(raw: string): CleanDoc {
  const d = runRules(startDraft(raw), RULES);
  const cp = codePointIndex(raw);
  const repairs = d.repairs.map((r, i) => ({
    repair_no: i + 1,
    kind: r.kind,
    raw_start: cp(r.rawStart),
    raw_end: cp(r.rawEnd),
    before: r.before,
    after: r.after,
  }));
  const steps = d.repairs.map(({ at, before, after }) => ({ at, before, after }));
  return { text: d.text, hints: d.hints, repairs, steps, sourceKind: sourceKindOf(raw, d.repairs.map((r) => r.kind)) };
}

/** Just the text: for idempotence checks and callers that do not need the repairs. */
export const cleanText = (raw: string): string => runRules(startDraft(raw), RULES).text;

function sourceKindOf(raw: string, kinds: string[]): SourceKind {
  const n = (k: string) => kinds.filter((x) => x === k).length;
  if (/发表于\s*\d{4}|查看[:：]\s*\d+\s*[|｜]\s*回复|Powered by Discuz|Powered by .{0,30}X\d\.\d|只看该作者|显示全部楼层|签到天数|本版积分规则/.test(raw)) return 'forum';
  if (/^#{1,6}\s/m.test(raw) && (raw.match(/^#{1,6}\s/gm) ?? []).length >= 2) return 'markdown';
  if (/字号[:：]?\s*[大中小]|您(?:现在)?的?位置[:：]|当前位置[:：]|分享到[:：]|打印本页|关闭窗口|来源[:：].{0,40}(?:时间|日期)[:：]/.test(raw)) return 'web';
  if (n('line_join') + n('page_repeat') >= 3 || n('page_number') >= 2 || n('space') >= 20) return 'pdf_text';
  return 'plain';
}
