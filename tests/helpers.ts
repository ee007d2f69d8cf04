/** Shared helpers for tests: run texts through the stages without touching the disk. */
import { clean } from '../pipeline/clean/index.ts';
import { extractMetadata } from '../pipeline/extract/metadata/index.ts';
import { decode } from '../pipeline/ingest/index.ts';
import { processDoc } from '../pipeline/process.ts';
import { segment } from '../pipeline/segment/index.ts';

export function metaOf(raw: string) {
  const c = clean(raw);
  const s = segment(c.text, c.hints);
  return extractMetadata(c.text, raw, s);
}

export function run(raw: string, name = 'fixture.txt') {
  const d = decode(name, Buffer.from(raw, 'utf8'));
  if (!d.ok) throw new Error(d.reject.detail);
  return processDoc(d.doc);
}

const FILLER = '各项工作扎实推进，经济社会发展取得新成效，人民群众获得感、幸福感、安全感不断增强。';

/**
 * A whole report around the given review and plan paragraphs, for extraction tests: a header
 * naming the region and meeting, the salutation, a review part and a plan part.
 */
export function report(opts: {
  region?: string; office?: string; speaker?: string; plan: number; date?: string; review: string[]; planText: string[]; extra?: string;
}): string {
  const region = opts.region ?? '株洲市天元区';
  const review = opts.plan - 1;
  return [
    `${opts.plan}年${region}政府工作报告`,
    `——${opts.date ?? `${opts.plan}年1月9日`}在${region}第六届人民代表大会第三次会议上`,
    `${region}人民政府${opts.office ?? '区长'} ${opts.speaker ?? '张明远'}`,
    '各位代表：',
    '现在，我代表区人民政府，向大会报告工作，请予审议。',
    `一、${review}年工作回顾`,
    ...opts.review,
    FILLER.repeat(20),
    `二、${opts.plan}年工作安排`,
    ...opts.planText,
    FILLER.repeat(20),
    '各位代表，让我们团结奋斗，再创佳绩！',
    opts.extra ?? '',
  ].join('\n');
}

/** What the duplicate rule looks at, for a text run in memory. */
export function summaryOf(raw: string, name: string) {
  const r = run(raw, name);
  return { sourceFile: name, sha256: r.reportId, report: r.rows.reports[0] ?? null, repairKinds: r.repairKinds, fingerprint: r.fingerprint };
}
