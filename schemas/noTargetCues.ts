/**
 * How a report says that it sets no number for an indicator: 我们没有提出全年经济增速具体目标
 * (the 2020 national report), 对经济增速不作具体要求, and, for a five-year plan, 地区生产总值
 * 年均增长保持在合理区间、各年度视情提出. Data, read by pipeline/extract/noTargets/; each cue's
 * fixtures (sentences it must and must not match) are in tests/noTargets.test.ts beside its name.
 *
 * A cue is a pattern of named pieces: {SUBJECT} is any indicator alias of the vocabulary or a
 * SUBJECT_WORDS entry, captured so that the statement can name its indicator; the other pieces
 * are the word lists below. A statement that only tempers a number (不提出过高的增长目标 — a
 * target will be stated, just not a high one) matches no cue: the words allowed between the verb
 * and 目标 are the subject, its growth word, a time word and an adjective that means "a number"
 * (具体, 量化, 明确, 硬性).
 */

/** What a statement covers: the year it is made for, or the years of a plan period. */
export type NoTargetScope = 'year' | 'plan_period';

export interface NoTargetCue {
  /** Name of the cue, written to no_target_statements.cue. */
  name: string;
  /** The pattern, with {PIECE} placeholders for the word lists below. */
  pattern: string;
  scope: NoTargetScope;
  /** What the cue is for, in a sentence. */
  note: string;
}

/** Words for the growth of an indicator that are not its name (经济增速 is GDP growth). */
export const SUBJECT_WORDS: Record<string, string> = {
  经济增速: 'gdp',
  经济增长速度: 'gdp',
  经济发展速度: 'gdp',
  经济增长率: 'gdp',
  经济总量增速: 'gdp',
};

/** Word lists the patterns are made of (regex alternatives, longest first where they overlap). */
export const NO_TARGET_PIECES: Record<string, string> = {
  /** Saying no. */
  NOT: '(?:没有|暂不|不再|不|未|没)',
  /** Setting a target. */
  SET: '(?:提出|设定|设置|设立|确定|规定|下达|制定|提|设|定)',
  /** Giving a requirement, in the subject-first form (对经济增速不作具体要求). */
  GIVE: '(?:作出|做出|提出|设定|设置|确定|作|做|提|设|定)',
  /** When: the year the statement is about. */
  WHEN: '(?:今年|全年|本年度|本年|年度|当年)',
  /** The growth of the subject, when the subject names the indicator itself. */
  GROWTH: '(?:增长速度|增长率|增长|增速)',
  /** Adjectives that mean "a number". */
  NUMBER: '(?:具体|量化|明确|硬性|数字化|数字)',
  /** The target itself. */
  TARGET: '(?:目标值|目标|指标)',
  /** A requirement, in the subject-first form. */
  REQUIREMENT: '(?:要求|目标|指标|规定)',
};

export const NO_TARGET_CUES: NoTargetCue[] = [
  {
    name: 'not_set_target',
    pattern: '{NOT}{SET}{WHEN}?{SUBJECT}{GROWTH}?的?{NUMBER}?{TARGET}',
    scope: 'year',
    note: 'The verb first: 没有提出全年经济增速具体目标, 不设定地区生产总值增长目标, 不再设GDP增速目标.',
  },
  {
    name: 'subject_not_given',
    pattern: '(?:对|就){WHEN}?的?{SUBJECT}{GROWTH}?(?:目标)?[，,]?{NOT}{GIVE}{NUMBER}+{REQUIREMENT}?',
    scope: 'year',
    note: 'The subject first, introduced by 对/就: 对经济增速不作具体要求, 对全年地区生产总值增长不设具体目标, 对经济增长不作具体量化.',
  },
  {
    name: 'set_each_year',
    pattern: '{SUBJECT}[^，。；！？\\n]{0,16}?(?:各年度|每年|年度)视情(?:况)?(?:提出|确定|设定|而定)',
    scope: 'plan_period',
    note: 'A plan period whose yearly figures are left to each year: 地区生产总值年均增长保持在合理区间、各年度视情提出.',
  },
];

export { fiveYearPlanYears } from './fiveYearPlans.ts';
