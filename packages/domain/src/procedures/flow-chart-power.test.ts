import { describe, expect, it } from 'vitest';
import { POWER_CATEGORIES } from '../powers/power.ts';
import { citationText } from './flow-chart-types.ts';
import { FLOW_CHART_CATEGORIES, flowChartsForPower, type FlowChartPower } from './flow-chart.ts';

/** The 行政强制 items as justice-powers.json cites them. */
const SURCHARGE_ITEM: FlowChartPower = {
  category: 'coercion',
  basis: [
    { law: '中华人民共和国行政处罚法（2021修订）', article: '第七十二条第一款第（一）项' },
    { law: '中华人民共和国行政强制法（2011）', article: '第四十五条' },
  ],
};
const COURT_ITEM: FlowChartPower = {
  category: 'coercion',
  basis: [
    { law: '中华人民共和国行政强制法（2011）', article: '第五十三条、第五十四条' },
    { law: '中华人民共和国行政处罚法（2021修订）', article: '第七十二条第一款第（四）项' },
  ],
};

const ids = (p: FlowChartPower) => flowChartsForPower(p).map((c) => c.id);

describe('which charts a power gets', () => {
  it('gives a penalty power the simple, general and hearing procedures; no hearing chart without a hearing right', () => {
    expect(ids({ category: 'penalty', basis: [], hearingEligible: true })).toEqual([
      'penalty.simple',
      'penalty.general',
      'penalty.hearing',
    ]);
    expect(ids({ category: 'penalty', basis: [], hearingEligible: false })).toEqual(['penalty.simple', 'penalty.general']);
  });

  it('gives a licence the 行政许可法 chart and each 行政强制 item the chart of the procedure it cites', () => {
    expect(ids({ category: 'license', basis: [] })).toEqual(['licence']);
    expect(ids(SURCHARGE_ITEM)).toEqual(['coercion.surcharge']);
    expect(ids(COURT_ITEM)).toEqual(['coercion.courtEnforcement']);
    expect(ids({ category: 'coercion', basis: [{ law: '某条例', article: '第三条' }] })).toEqual([]);
  });

  it('gives no chart to inspection, confirmation, reward and other items', () => {
    for (const category of POWER_CATEGORIES) {
      if (!FLOW_CHART_CATEGORIES.includes(category)) expect(ids({ category, basis: [], hearingEligible: true }), category).toEqual([]);
    }
  });

  it('gives every step of every chart an actor, a description and an article', () => {
    const all = [
      ...flowChartsForPower({ category: 'penalty', basis: [] }),
      ...flowChartsForPower({ category: 'license', basis: [] }),
      ...flowChartsForPower(SURCHARGE_ITEM),
      ...flowChartsForPower(COURT_ITEM),
    ];
    for (const chart of all) {
      expect(new Set(chart.steps.map((s) => s.id)).size, chart.id).toBe(chart.steps.length);
      for (const s of chart.steps) {
        expect(s.actor && s.description, `${chart.id} ${s.id}`).toBeTruthy();
        // Every step names its article in the data; where that article is unverified the public sees the law's name only.
        expect(s.basis.article, `${chart.id} ${s.id}`).not.toBe('');
        expect(citationText(s.basis)).toMatch(/^《.+》/);
        for (const b of s.branches) if (b.leadsTo.kind === 'step') expect(chart.steps.map((x) => x.id)).toContain(b.leadsTo.stepId);
      }
    }
  });
});

describe('the 行政强制 charts', () => {
  it('申请人民法院强制执行: 催告, 10 working days, then apply within 3 months (行政强制法 第五十三、五十四条)', () => {
    const [chart] = flowChartsForPower(COURT_ITEM);
    expect(chart!.steps.map((s) => `${s.label} ${s.basis.article}`)).toEqual([
      '履行期限届满 第六十七条',
      '复议、诉讼期限届满 第五十三条',
      '催告 第五十四条',
      '申请人民法院强制执行 第五十三条',
      '人民法院受理、审查、裁定 第五十七条',
    ]);
    const texts = chart!.steps.flatMap((s) => s.clocks.map((c) => c.text));
    expect(texts).toContain('催告书送达10个工作日后当事人仍未履行的，方可申请');
    expect(texts).toContain('自复议、诉讼期限届满之日起3个月内申请');
    expect(texts).toContain('自受理之日起7个工作日内作出执行裁定');
  });

  it('加处罚款: 3 % a day after the 15 days, capped at the fine, with deferral as a branch', () => {
    const [chart] = flowChartsForPower(SURCHARGE_ITEM);
    const accrue = chart!.steps.find((s) => s.id === 'accrue')!;
    expect(accrue.description).toContain('每日按罚款数额的3%加处罚款，加处罚款的数额不得超出罚款数额');
    expect(citationText(accrue.basis)).toBe('《行政处罚法》第七十二条');
    expect(chart!.steps.find((s) => s.id === 'due')!.branches.map((b) => b.label)).toEqual(['暂缓或者分期缴纳']);
  });
});
