/**
 * Statements that a report sets no number for an indicator: each cue of schemas/noTargetCues.ts
 * with the sentences it must find (and the row each gives) and the sentences it must leave alone,
 * in reports of several levels. Offsets are checked against the clean text.
 */
import { describe, expect, it } from 'vitest';
import { NO_TARGET_CUES } from '../schemas/noTargetCues.ts';
import { report, run } from './helpers.ts';

interface Case {
  /** Where the sentence goes: the plan part (default) or the review part. */
  part?: 'plan' | 'review';
  sentence: string;
  /** Rows expected: indicator, year, year_end, basis; none for a sentence that must give no row. */
  rows: Array<[string, number, number, string]>;
  /** Heading of the plan part, when the period is named there. */
  planHeading?: string;
  region?: string;
  office?: string;
}

const PLAN = 2020;
const FIXTURES: Record<string, { valid: Case[]; invalid: Case[] }> = {
  not_set_target: {
    valid: [
      { sentence: '需要说明的是，我们没有提出全年经济增速具体目标，主要因为全球疫情和经贸形势不确定性很大。', rows: [['gdp', 2020, 2020, 'annual']], region: '国务院', office: '总理' },
      { sentence: '综合考虑各方面因素，今年不提出地区生产总值增长的具体目标。', rows: [['gdp', 2020, 2020, 'annual']], region: '湖北省', office: '省长' },
      { sentence: '今年不再设定GDP增速目标，引导各方面把工作重点放在提高发展质量上。', rows: [['gdp', 2020, 2020, 'annual']], region: '郴州市', office: '市长' },
      { sentence: '我们不设定地区生产总值和一般公共预算收入增长目标。', rows: [['gdp', 2020, 2020, 'annual'], ['general_budget_revenue', 2020, 2020, 'annual']] },
      // In the review, about the year reviewed; 去年 in the plan part too.
      { part: 'review', sentence: '面对前所未有的冲击，我们没有提出全年经济增速具体目标，集中精力抓好六稳六保。', rows: [['gdp', 2019, 2019, 'annual']] },
      { sentence: '去年未提出经济增速具体目标，今年的预期目标是增长6%以上。', rows: [['gdp', 2019, 2019, 'annual']] },
    ],
    invalid: [
      // A target is set, only not a high one.
      { sentence: '今年我们不提出过高的经济增长目标，地区生产总值增长6%左右。', rows: [] },
      { sentence: '不提出不切实际的增长目标，把工作重点放在提高质量效益上。', rows: [] },
      // Not a target at all, or no indicator named.
      { sentence: '不再把地区生产总值增速作为考核的唯一指标。', rows: [] },
      { sentence: '今年不提出具体目标的任务，由各部门根据实际确定。', rows: [] },
      { sentence: '地区不设革命委员会，工厂不是一级政权。', rows: [] },
    ],
  },
  subject_not_given: {
    valid: [
      { sentence: '对全年经济增速不作具体要求，重点抓好稳就业保民生。', rows: [['gdp', 2020, 2020, 'annual']], region: '江西省', office: '省长' },
      { sentence: '就地区生产总值增长目标，不设具体量化指标。', rows: [['gdp', 2020, 2020, 'annual']] },
      { sentence: '对经济增长不作具体量化，着力稳住经济基本盘。', rows: [['gdp', 2020, 2020, 'annual']], region: '郴州市', office: '市长' },
    ],
    invalid: [
      // 对 … 不作要求 without a number word is a different statement.
      { sentence: '对地区生产总值不作排名，不搞层层加码。', rows: [] },
      { sentence: '对企业不作具体要求，由市场决定。', rows: [] },
    ],
  },
  set_each_year: {
    valid: [
      { sentence: '“十四五”时期主要目标是：地区生产总值年均增长保持在合理区间、各年度视情提出，全员劳动生产率增长高于地区生产总值增长。', rows: [['gdp', 2021, 2025, 'average_annual']], region: '北京市', office: '市长' },
      // The period named in the heading above.
      { sentence: '经济增长保持在合理区间、各年度视情提出，创新能力显著提升。', planHeading: '二、“十四五”时期发展的主要目标', rows: [['gdp', 2021, 2025, 'average_annual']] },
      { sentence: '第十五个五年规划期间，经济增速各年度视情确定。', rows: [['gdp', 2026, 2030, 'average_annual']] },
    ],
    invalid: [
      // No plan period named anywhere: no row, rather than a guessed period.
      { sentence: '地区生产总值增长保持在合理区间、各年度视情提出。', rows: [] },
      { sentence: '各年度视情提出具体工作安排。', rows: [] },
    ],
  },
};

function statementsOf(c: Case) {
  const planText = [c.planHeading ?? `二、${PLAN}年工作安排`, ...(c.part === 'review' ? [] : [c.sentence])];
  const text = report({
    plan: PLAN, region: c.region ?? '株洲市天元区', office: c.office,
    review: c.part === 'review' ? [c.sentence] : ['全年地区生产总值增长3.9%。'], planText: planText.slice(1),
  }).replace(`二、${PLAN}年工作安排`, planText[0]);
  const r = run(text);
  expect(r.reportId, 'the fixture is a report').not.toBeNull();
  const cps = Array.from(r.cleanText!);
  for (const s of r.rows.no_target_statements) {
    expect(cps.slice(s.char_start, s.char_end).join('')).toBe(s.text);
    expect(s.sentence).toContain(s.text);
  }
  return r.rows.no_target_statements;
}

describe('no_target_statements', () => {
  it('has fixtures for every cue', () => {
    expect(Object.keys(FIXTURES).sort()).toEqual(NO_TARGET_CUES.map((c) => c.name).sort());
  });
  for (const [cue, { valid, invalid }] of Object.entries(FIXTURES)) {
    describe(cue, () => {
      for (const c of valid) {
        it(`finds: ${c.sentence.slice(0, 40)}`, () => {
          const rows = statementsOf(c);
          expect(rows.map((r) => [r.indicator, r.year, r.year_end, r.basis])).toEqual(c.rows);
          expect(rows.every((r) => r.cue === cue)).toBe(true);
        });
      }
      for (const c of invalid) {
        it(`leaves alone: ${c.sentence.slice(0, 40)}`, () => {
          expect(statementsOf(c)).toEqual([]);
        });
      }
    });
  }

  it('gives no row in a report that sets its targets', () => {
    expect(statementsOf({ sentence: '今年经济社会发展的主要预期目标是：地区生产总值增长6%左右，城镇调查失业率控制在5.5%以内。', rows: [] })).toEqual([]);
  });
});
