/**
 * Flow charts of the two 行政强制 items a justice bureau holds (justice-powers.json QZ-TY-001/002): 加处罚款 and
 * 申请人民法院强制执行 (行政强制法 第五章 — the bureau has no power of enforcement of its own). Built from the
 * execution clocks and SURCHARGE_RULE the payments module computes with. 行政强制措施 (查封、扣押, 第十八条) is not
 * in the catalogue and has no chart.
 */
import type { Citation } from '../citation.ts';
import { statutoryDayType, type ClockLength } from '../deadlines/clock-definition.ts';
import { EXECUTION_CLOCKS } from '../deadlines/execution-clocks.ts';
import { SURCHARGE_RULE } from '../deadlines/surcharge.ts';
import { flowClock, periodText, type FlowChart, type FlowClock, type FlowStep } from './flow-chart-types.ts';

const coercionLaw = (article: string, note: string): Citation => ({ law: '行政强制法', article, note });

/** The court's part (行政强制法 第五十六至五十八条); periods of ten days or less are working days (第六十九条). */
export const COURT_ENFORCEMENT_SOURCES = {
  APPLICATION_CONDITION: coercionLaw(
    '第五十三条',
    '当事人在法定期限内不申请行政复议或者提起行政诉讼，又不履行行政决定的，没有行政强制执行权的行政机关可以申请人民法院强制执行',
  ),
  // [U] the article number: the 5-day acceptance was found only in a secondary summary that does not number it.
  COURT_ACCEPTANCE: coercionLaw('第五十六条', '人民法院接到行政机关强制执行的申请，应当在五日内受理'),
  COURT_RULING: coercionLaw(
    '第五十七条',
    '人民法院对申请进行书面审查，符合规定且行政决定具备法定执行效力的，应当自受理之日起七日内作出执行裁定',
  ),
  COURT_DOUBTS: coercionLaw(
    '第五十八条',
    '明显缺乏事实根据、法律法规依据或者其他明显违法的，可以听取意见，自受理之日起三十日内作出是否执行的裁定',
  ),
} as const satisfies Record<string, Citation>;

function courtClock(id: string, value: number, basis: Citation, verified: FlowClock['verified'], say: (p: string) => string): FlowClock {
  const length: ClockLength = { value, unit: 'days' };
  return { id, text: say(periodText(length, statutoryDayType('行政强制法', length).dayType)), basis, verified, setByBureau: false };
}

const payment = flowClock(EXECUTION_CLOCKS.finePayment, (p) => `自收到处罚决定书之日起${p}内缴纳罚款`);
const reminder = flowClock(EXECUTION_CLOCKS.reminderWaitingPeriod, (p) => `催告书送达${p}后当事人仍未履行的，方可申请`);
const application = flowClock(EXECUTION_CLOCKS.courtEnforcementApplication, (p) => `自复议、诉讼期限届满之日起${p}内申请`);

function s(step: Omit<FlowStep, 'seeAlso' | 'condition' | 'branches' | 'clocks'> & Partial<FlowStep>): FlowStep {
  return { seeAlso: [], condition: null, branches: [], clocks: [], ...step };
}

export function courtEnforcementFlowChart(): FlowChart {
  const c = COURT_ENFORCEMENT_SOURCES;
  return {
    id: 'coercion.courtEnforcement',
    title: '申请人民法院强制执行',
    applies: { text: c.APPLICATION_CONDITION.note ?? '', basis: c.APPLICATION_CONDITION },
    steps: [
      s({
        id: 'due',
        label: '履行期限届满',
        actor: '当事人',
        description: '当事人未在处罚决定书载明的期限内履行',
        basis: EXECUTION_CLOCKS.finePayment.basis,
        clocks: [payment],
      }),
      s({
        id: 'remediesExpired',
        label: '复议、诉讼期限届满',
        actor: '当事人',
        description: '当事人在法定期限内不申请行政复议或者提起行政诉讼，又不履行处罚决定',
        basis: c.APPLICATION_CONDITION,
        clocks: [
          flowClock(EXECUTION_CLOCKS.reconsiderationWindow, (p) => `自知道处罚决定之日起${p}内可以申请行政复议`),
          flowClock(EXECUTION_CLOCKS.litigationWindow, (p) => `自知道处罚决定之日起${p}内可以提起行政诉讼`),
        ],
      }),
      s({
        id: 'remind',
        label: '催告',
        actor: '行政机关',
        description: '申请人民法院强制执行前，书面催告当事人履行义务',
        basis: EXECUTION_CLOCKS.reminderWaitingPeriod.basis,
        clocks: [reminder],
      }),
      s({
        id: 'apply',
        label: '申请人民法院强制执行',
        actor: '行政机关',
        description: '向所在地有管辖权的人民法院提出申请；行政机关申请强制执行不缴纳申请费',
        basis: EXECUTION_CLOCKS.courtEnforcementApplication.basis,
        clocks: [application],
      }),
      s({
        id: 'court',
        label: '人民法院受理、审查、裁定',
        actor: '人民法院',
        description: '书面审查；裁定执行的，由人民法院执行；裁定不予执行的，行政机关可以向上一级人民法院申请复议',
        basis: c.COURT_RULING,
        seeAlso: [c.COURT_DOUBTS],
        clocks: [
          courtClock('courtAcceptance', 5, c.COURT_ACCEPTANCE, 'U', (p) => `人民法院接到申请后${p}内受理`),
          courtClock('courtRuling', 7, c.COURT_RULING, 'V', (p) => `自受理之日起${p}内作出执行裁定`),
        ],
      }),
    ],
    notes: [
      {
        text: '本法中十日以内期限的规定是指工作日，不含法定节假日',
        basis: statutoryDayType('行政强制法', { value: 10, unit: 'days' }).basis,
      },
    ],
  };
}

export function surchargeFlowChart(): FlowChart {
  const deferral = EXECUTION_CLOCKS.finePayment.extendable;
  return {
    id: 'coercion.surcharge',
    title: '加处罚款',
    applies: { text: '当事人到期不缴纳罚款的', basis: SURCHARGE_RULE.basis },
    steps: [
      s({
        id: 'tell',
        label: '告知加处罚款标准',
        actor: '行政机关',
        description: '作出罚款决定时，告知当事人到期不缴纳的加处罚款标准',
        basis: SURCHARGE_RULE.noticeBasis,
      }),
      s({
        id: 'due',
        label: '缴纳期限届满',
        actor: '当事人',
        description: '当事人未在期限内缴纳罚款',
        basis: EXECUTION_CLOCKS.finePayment.basis,
        clocks: [payment],
        branches: deferral
          ? [
              {
                id: 'defer',
                label: '暂缓或者分期缴纳',
                when: deferral.approval,
                basis: deferral.basis,
                leadsTo: { kind: 'aside' },
                clocks: [],
              },
            ]
          : [],
      }),
      s({
        id: 'accrue',
        label: '每日加处罚款',
        actor: '行政机关',
        description: `自缴纳期限届满次日起，每日按罚款数额的${SURCHARGE_RULE.percentPerDay}%加处罚款，加处罚款的数额不得超出罚款数额；行政复议或者行政诉讼期间不予计算`,
        basis: SURCHARGE_RULE.basis,
        seeAlso: [SURCHARGE_RULE.pauseBasis],
      }),
      s({
        id: 'enforce',
        label: '催告、申请人民法院强制执行',
        actor: '行政机关',
        description: '仍不缴纳的，经催告后，依法申请人民法院强制执行罚款和加处的罚款',
        basis: EXECUTION_CLOCKS.courtEnforcementApplication.basis,
        clocks: [reminder, application],
      }),
    ],
    notes: [],
  };
}
