import { describe, expect, it } from 'vitest';
import { PENALTY_CASE_CLOCKS, isClockId } from '../deadlines/clock-table.ts';
import { CASE_ACTIONS, isCaseActionName, type CaseActionName } from './actions.ts';
import { caseClocks } from './case-clocks.ts';
import { DEFAULT_PROCEDURE_CONFIG, type ProcedureConfig } from './config.ts';
import { generalPenaltyChart, hearingPenaltyChart, simplePenaltyChart } from './flow-chart-penalty.ts';
import { citationsText, citationText, periodText, stepCitations, type FlowChart, type FlowStep } from './flow-chart-types.ts';
import { FINE_2000, makeCase, STOP_3M, type CasePath } from './procedure-fixtures.ts';
import { OUTCOME_STATES, type CaseState } from './states.ts';

const CHARTS: [FlowChart, CasePath][] = [
  [simplePenaltyChart(), 'simple'],
  [generalPenaltyChart(), 'general'],
  [hearingPenaltyChart(), 'hearing'],
];

const actionOf = (s: { action?: string }): CaseActionName => {
  if (!s.action || !isCaseActionName(s.action)) throw new Error(`not an action of the table: ${s.action}`);
  return s.action;
};
const fromStates = (a: CaseActionName): readonly CaseState[] => CASE_ACTIONS[a].from;

/**
 * Walk the main path: the states a case may be in before each step (a conditional step may be skipped, so the state
 * before it stays possible after it).
 */
function walk(chart: FlowChart): { step: FlowStep; before: Set<CaseState>; after: CaseState }[] {
  let possible = new Set<CaseState>(['lead']);
  return chart.steps.map((step) => {
    const to = CASE_ACTIONS[actionOf(step)].to;
    if (to === null) throw new Error(`${step.label}: an action that stays in its state is not a step of the main path`);
    const before = possible;
    possible = new Set(step.condition ? [...before, to] : [to]);
    return { step, before, after: to };
  });
}

describe('the penalty flow charts follow the transition table', () => {
  it.each(CHARTS)('$title: every step is an action, with the very article the table gives it', (chart) => {
    for (const step of chart.steps) {
      // toBe, not toEqual: the chart holds the table's citation, so an article changed in actions.ts changes the chart.
      expect(step.basis, step.label).toBe(CASE_ACTIONS[actionOf(step)].basis);
    }
  });

  it.each(CHARTS)('$title: each step may be taken from every state the previous steps can leave the case in', (chart) => {
    for (const { step, before } of walk(chart)) {
      for (const s of before) expect(fromStates(actionOf(step)), `${step.label} from ${s}`).toContain(s);
    }
    expect(walk(chart).at(-1)?.after).toBe('archived');
  });

  it.each(CHARTS)('$title: steps belong to the procedure of the chart', (chart, path) => {
    const procedure = path === 'simple' ? 'simple' : 'general';
    for (const step of chart.steps) expect(['either', procedure], step.label).toContain(CASE_ACTIONS[actionOf(step)].procedure);
  });

  it.each(CHARTS)('$title: branches are real transitions from where they hang, and go where the table goes', (chart) => {
    for (const { step, before, after } of walk(chart)) {
      for (const b of step.branches) {
        if (b.action === undefined) continue;
        const a = actionOf(b);
        const def = CASE_ACTIONS[a];
        expect(
          [...before, after].some((s) => fromStates(a).includes(s)),
          `${step.label} → ${b.label}`,
        ).toBe(true);
        if (b.leadsTo.kind === 'end') expect(OUTCOME_STATES as readonly (CaseState | null)[]).toContain(def.to);
        if (b.leadsTo.kind === 'step') {
          const target = b.leadsTo.stepId;
          const targetStep = chart.steps.find((s) => s.id === target);
          expect(targetStep, `${b.label} → ${target}`).toBeDefined();
          expect(CASE_ACTIONS[actionOf(targetStep!)].to).toBe(def.to);
        }
        if (b.basis !== def.basis) expect(b.basis.law, `${b.label}: a more specific article of the same law`).toBe(def.basis.law);
      }
    }
  });

  it('offers 不予处罚, 移送 and 撤销 in the general procedures, and ends the case with each', () => {
    for (const chart of [generalPenaltyChart(), hearingPenaltyChart()]) {
      const ends = chart.steps
        .flatMap((s) => s.branches)
        .filter((b) => b.leadsTo.kind === 'end')
        .map((b) => b.action);
      expect(new Set(ends)).toEqual(new Set(['declineFiling', 'withdraw', 'transfer', 'decideNoPenalty']));
    }
    expect(
      simplePenaltyChart()
        .steps.flatMap((s) => s.branches)
        .filter((b) => b.leadsTo.kind === 'end'),
    ).toEqual([]);
  });
});

describe('the clocks on the charts are the clocks the case engine runs', () => {
  it.each(CHARTS)('$title: each clock is a table clock with its own article and its period in the text', (chart) => {
    for (const step of chart.steps) {
      for (const c of [...step.clocks, ...step.branches.flatMap((b) => b.clocks)]) {
        expect(isClockId(c.id), c.id).toBe(true);
        if (!isClockId(c.id)) continue;
        const configured = (DEFAULT_PROCEDURE_CONFIG.clocks as Record<string, (typeof PENALTY_CASE_CLOCKS)[typeof c.id]>)[c.id];
        const def = configured ?? PENALTY_CASE_CLOCKS[c.id];
        expect(c.basis, c.id).toBe(def.basis);
        expect(c.text, c.id).toContain(periodText(def.length, def.dayType));
      }
    }
  });

  it.each(CHARTS)('$title: a clock shown on a step is open in the state the step is taken from', (chart, path) => {
    const computed = new Set([
      'leadVerification',
      'decisionPeriod',
      'statementAndDefence',
      'hearingRequest',
      'decisionService',
      'finePayment',
    ]);
    let checked = 0;
    for (const { step, before } of walk(chart)) {
      for (const c of step.clocks.filter((x) => computed.has(x.id))) {
        // The state right before the step on this path (not a skipped conditional one).
        const state = [...before].at(-1)!;
        // The fixture's hearing case stops practice only; give it a fine too so the payment clock has something to run on.
        const penalty = path === 'hearing' ? [...FINE_2000, ...STOP_3M] : undefined;
        const open = caseClocks(makeCase(state, { path, penalty })).map((x) => x.clockId);
        expect(open, `${step.label}: ${c.id} in ${state}`).toContain(c.id);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('says the periods of the issue in plain Chinese', () => {
    const texts = (chart: FlowChart) =>
      chart.steps.flatMap((s) => [...s.clocks, ...s.branches.flatMap((b) => b.clocks)]).map((c) => c.text);
    const general = texts(generalPenaltyChart());
    const hearing = texts(hearingPenaltyChart());
    expect(general).toContain('先行登记保存的，7个工作日内作出处理决定');
    expect(general).toContain('收到告知书后5个工作日内提出陈述、申辩');
    expect(general).toContain('自立案之日起90日内作出处罚决定');
    expect(general).toContain('当事人不在场的，作出决定后7个工作日内送达');
    expect(general).toContain('自收到处罚决定书之日起15日内缴纳罚款');
    expect(hearing).toContain('收到告知书后5个工作日内提出听证申请');
    expect(hearing).toContain('举行听证的7个工作日前通知当事人听证的时间、地点');
    expect(texts(simplePenaltyChart())).toContain('自收到处罚决定书之日起15日内缴纳罚款');
  });

  it('marks the periods the law leaves to the bureau, and follows a bureau that sets another one', () => {
    const statement = generalPenaltyChart().steps.find((s) => s.id === 'statement')!.clocks[0]!;
    expect(statement.setByBureau).toBe(true);
    expect(generalPenaltyChart().steps.find((s) => s.id === 'decide')!.clocks[0]!.setByBureau).toBe(false);
    const config: ProcedureConfig = {
      ...DEFAULT_PROCEDURE_CONFIG,
      clocks: {
        ...DEFAULT_PROCEDURE_CONFIG.clocks,
        statementAndDefence: { ...PENALTY_CASE_CLOCKS.statementAndDefence, length: { value: 3, unit: 'days' } },
      },
    };
    expect(generalPenaltyChart(config).steps.find((s) => s.id === 'statement')!.clocks[0]!.text).toBe(
      '收到告知书后3个工作日内提出陈述、申辩',
    );
  });
});

describe('conditional steps follow the law and the bureau catalogues', () => {
  const labels = (chart: FlowChart) => chart.steps.map((s) => s.label);

  it('reviews and discusses before the notice by default, after the statement when the bureau says so', () => {
    expect(labels(generalPenaltyChart()).slice(3, 7)).toEqual(['法制审核', '集体讨论', '告知', '陈述、申辩']);
    const late: ProcedureConfig = {
      ...DEFAULT_PROCEDURE_CONFIG,
      legalReview: { ...DEFAULT_PROCEDURE_CONFIG.legalReview, beforePriorNotice: false },
      collectiveDiscussion: { ...DEFAULT_PROCEDURE_CONFIG.collectiveDiscussion, beforePriorNotice: false },
    };
    const chart = generalPenaltyChart(late);
    expect(labels(chart).slice(3, 7)).toEqual(['告知', '陈述、申辩', '法制审核', '集体讨论']);
    // Still a path the server allows.
    for (const { step, before } of walk(chart)) for (const s of before) expect(fromStates(actionOf(step))).toContain(s);
  });

  it('says when review and discussion are required, from 第五十八条 / 第五十七条 and the catalogue', () => {
    const review = generalPenaltyChart().steps.find((s) => s.id === 'review')!;
    expect(review.condition?.basis).toMatchObject({ law: '行政处罚法', article: '第五十八条' });
    expect(review.condition?.text).toContain('经过听证程序');
    expect(review.condition?.text).toContain('吊销许可证件');
    const none: ProcedureConfig = {
      ...DEFAULT_PROCEDURE_CONFIG,
      legalReview: { ...DEFAULT_PROCEDURE_CONFIG.legalReview, sanctionKinds: [], hearingEligible: false },
    };
    expect(generalPenaltyChart(none).steps.find((s) => s.id === 'review')!.condition?.text).not.toContain('本局审核目录');
  });

  it('has the hearing only in the hearing chart, under 第六十三条, with review and discussion after it', () => {
    for (const chart of [simplePenaltyChart(), generalPenaltyChart()]) {
      expect(chart.steps.map((s) => s.action)).not.toContain('requestHearing');
    }
    const chart = hearingPenaltyChart();
    expect(chart.applies.basis).toMatchObject({ law: '行政处罚法', article: '第六十三条' });
    const order = chart.steps.map((s) => s.id);
    expect(order.indexOf('requestHearing')).toBeGreaterThan(order.indexOf('notice'));
    expect(order.slice(order.indexOf('hearing'), order.indexOf('decide') + 1)).toEqual([
      'hearing',
      'reviewAfterHearing',
      'discussAfterHearing',
      'decide',
    ]);
    // Review after a hearing is the law's own requirement (第五十八条第一款第（二）项), never conditional.
    expect(chart.steps.find((s) => s.id === 'reviewAfterHearing')!.condition).toBeNull();
    expect(stepCitations(chart.steps.find((s) => s.id === 'decide')!).map(citationText)).toContain('《行政处罚法》第六十五条');
  });

  it('names each law once for its consecutive articles', () => {
    const investigate = generalPenaltyChart().steps.find((s) => s.id === 'investigate')!;
    expect(citationsText(stepCitations(investigate))).toBe('《行政处罚法》第四十二条、第五十五条、第四十三条');
    expect(
      citationsText([
        { law: '行政强制法', article: '第五十三条' },
        { law: '行政处罚法', article: '第七十二条' },
      ]),
    ).toBe('《行政强制法》第五十三条；《行政处罚法》第七十二条');
  });

  it('lists each article of a step once', () => {
    for (const [chart] of CHARTS) {
      for (const step of chart.steps) {
        const cited = stepCitations(step).map(citationText);
        expect(new Set(cited).size).toBe(cited.length);
        expect(cited[0]).toBe(citationText(step.basis));
      }
    }
  });
});
