/**
 * review_year and plan_year from every cue the text gives, weighed and checked against each
 * other (plan_year = review_year + 1): the title's year, section headings (2022年工作回顾,
 * 2023年重点工作), the 总体要求/预期目标 paragraphs, and the meeting date (a report given in
 * December is for the next year). A forum or web header date is never used: the cleaner has
 * removed it, and the meeting date comes only from the meeting line.
 */
export interface Years { review_year: number | null; plan_year: number | null; warnings: string[] }

interface Vote { plan: number; weight: number; cue: string }

export function findYears(opts: { title: string; headings: Array<{ heading: string; part: string }>; body: string; meetingDate: string | null }): Years {
  const votes: Vote[] = [];
  const add = (plan: number, weight: number, cue: string) => { if (plan >= 1950 && plan <= 2100) votes.push({ plan, weight, cue }); };
  const t = /((?:19|20)\d{2})\s*年[^\n]{0,30}政府工作报告/.exec(opts.title);
  if (t) add(Number(t[1]), 3, 'title');
  if (opts.meetingDate) {
    const [y, m] = opts.meetingDate.split('-').map(Number);
    add(m >= 11 ? y + 1 : y, 2, 'meeting date');
  }
  for (const h of opts.headings) {
    const y = /((?:19|20)\d{2})\s*年/.exec(h.heading);
    if (!y) continue;
    const year = Number(y[1]);
    if (h.part === 'review') add(year + 1, 3, `heading ${h.heading}`);
    else if (h.part === 'plan') add(year, 3, `heading ${h.heading}`);
  }
  for (const m of opts.body.matchAll(/((?:19|20)\d{2})\s*年(?:[^。\n]{0,12})(?:政府工作的总体要求|经济社会发展的?主要预期目标|主要预期目标|发展的主要预期目标|重点工作|主要工作|工作安排)/g)) add(Number(m[1]), 2, 'plan paragraph');
  for (const m of opts.body.matchAll(/((?:19|20)\d{2})\s*年(?:工作回顾|政府工作回顾|工作总结)/g)) add(Number(m[1]) + 1, 2, 'review paragraph');

  const warnings: string[] = [];
  if (votes.length === 0) return { review_year: null, plan_year: null, warnings: ['no cue for the report\'s years'] };
  const tally = new Map<number, number>();
  for (const v of votes) tally.set(v.plan, (tally.get(v.plan) ?? 0) + v.weight);
  const ranked = [...tally.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0]);
  const plan = ranked[0][0];
  if (ranked.length > 1) {
    const against = votes.filter((v) => v.plan !== plan).map((v) => `${v.cue} → ${v.plan}`).join('; ');
    warnings.push(`year cues disagree, plan_year ${plan} chosen by weight; against: ${against}`);
  }
  return { review_year: plan - 1, plan_year: plan, warnings };
}
