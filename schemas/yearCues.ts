/**
 * Cues of a report's plan year (the year its annual targets are for; the review year is the one
 * before), as data. Each cue has a name, a weight and what it says; pipeline/extract/metadata/
 * years.ts tallies the weighted votes, and when cues disagree the warning names each one with
 * the year it gave. Weights: 3 for a cue that names the year of the report itself (its title,
 * its meeting, the plan it submits, the year it reviews), 2 for a cue read from a sentence about
 * the year (今年即…, …是不平凡的一年), 1 for a cue that holds in most reports but not all.
 * Years are read in digits or in Chinese numerals (一九八三年, 一九八○年).
 */

/** A year in digits or Chinese numerals, as the first group. */
export const YEAR = '(1[89][0-9]{2}|20[0-9]{2}|[一二三四五六七八九][〇零○一二三四五六七八九]{3})';

export interface YearCue {
  name: string;
  weight: number;
  /** Group 1 is the year read. */
  pattern: RegExp;
  /** plan year = the year read + shift. */
  shift: number;
  means: string;
}

const re = (s: string) => new RegExp(s, 'g');

/** Cues read from sentences of the report's body. */
export const BODY_YEAR_CUES: YearCue[] = [
  { name: '刚刚过去的…年', weight: 3, shift: 1, pattern: re(`刚刚?过去的\\s*${YEAR}\\s*年`), means: 'the year just past is the review year (刚刚过去的１９８４年)' },
  { name: '首先报告…年的工作', weight: 3, shift: 1, pattern: re(`首先[，,]?\\s*(?:我)?(?:向大会)?(?:报告|回顾)(?:一下)?\\s*${YEAR}\\s*年`), means: 'the report first reviews the year\'s work (首先报告1996年的工作)' },
  { name: '计划草案', weight: 3, shift: 0, pattern: re(`${YEAR}\\s*年度?的?(?:[^。，；\\n执0-9]{0,14}?)(?:计划|预算)(?:草案|要点|（草案）|\\(草案\\))`), means: 'the plan or budget draft submitted with the report is for the plan year (一九八三年国民经济和社会发展的年度计划草案)' },
  { name: '今年即…年', weight: 2, shift: 0, pattern: re(`今年(?:[（(]|，即|即|，也就是|也就是)\\s*${YEAR}\\s*年`), means: '今年 names the plan year' },
  { name: '明年即…年', weight: 2, shift: 0, pattern: re(`明年(?:[（(]|，即|即|，也就是|也就是)\\s*${YEAR}\\s*年`), means: 'a report given late in a year plans for 明年' },
  { name: '去年即…年', weight: 2, shift: 1, pattern: re(`去年(?:[（(]|，即|即|，也就是|也就是)\\s*${YEAR}\\s*年`), means: '去年 names the review year' },
  { name: '主要预期目标', weight: 2, shift: 0, pattern: re(`${YEAR}\\s*年(?:[^。\\n]{0,12})(?:政府工作的总体要求|经济社会发展的?主要预期目标|主要预期目标|发展的主要预期目标|重点工作|工作安排|工作的总体要求)`), means: 'a paragraph sets the year\'s targets or tasks' },
  { name: '…年工作回顾', weight: 2, shift: 1, pattern: re(`${YEAR}\\s*年(?:工作回顾|政府工作回顾|工作总结|国内工作的回顾)`), means: 'a paragraph reviews the year' },
];

/**
 * 今年是…成立N周年: the anniversary names the year (新中国成立75周年 → 2024). Base years of the
 * anniversaries reports count.
 */
export const ANNIVERSARIES: Array<{ name: string; pattern: RegExp; base: number }> = [
  { name: '今年是建国N周年', pattern: /今年[^。\n]{0,24}?(?:中华人民共和国|新中国|共和国)成立([0-9]{1,3}|[一二三四五六七八九十]{1,4})周年/g, base: 1949 },
  { name: '今年是建党N周年', pattern: /今年[^。\n]{0,24}?(?:中国共产党|党)(?:成立|诞生)([0-9]{1,3}|[一二三四五六七八九十]{1,4})周年/g, base: 1921 },
];

/** Words of a heading that reviews (its year is the review year) or plans (the plan year). */
export const REVIEW_HEADING = /回顾|总结|成就|胜利|执行情况|进展|成绩|基本情况/;
export const PLAN_HEADING = /计划|任务|安排|目标|要求|打算|建议|方针|预算|工作要点|重点工作/;

/** 1986年是开始执行…并取得显著成就的一年: words that make such a sentence a review. */
export const YEAR_WAS = re(`${YEAR}\\s*年(?:，)?是[^。\\n]{2,80}?(?:的一年|之年)`);
export const ACHIEVED = /取得|成就|胜利|不平凡|不寻常|很不容易|经受|实现了|完成了/;

export { fiveYearPlanStart } from './fiveYearPlans.ts';
export const FIVE_YEAR_PLAN_NAMED = /“([一二三四五六七八九十]{1,3})五”(?:计划|规划|时期|期间)?|第([一二三四五六七八九十]{1,3})个五年(?:计划|规划)|([一二三四五六七八九十]{1,3})五(?:计划|规划|时期|期间)/;

/**
 * The year a report mentions most often (in digits or Chinese numerals) is most often the year it
 * reviews — not in every report (a five-year plan's report dwells on its end year), hence the
 * least weight, and only when it clearly leads: at least this many mentions, and this many times
 * those of the next year.
 */
export const MOST_MENTIONED = { minCount: 3, lead: 1.5 };
