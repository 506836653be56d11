/**
 * The three penalty flow charts of the portal — 简易程序 (当场处罚), 普通程序, and 普通程序 with 听证 — read off the
 * transition table (actions.ts): each step of the main path is an action, with the action's article; each clock is
 * the clock the case engine runs (caseClocks / the clock tables, with the bureau's configured lengths); 法制审核 and
 * 集体讨论 say when they are required from the bureau's catalogues. flow-chart.test.ts pins every step to the table.
 */
import type { Citation } from '../citation.ts';
import { WORKING_DAY_RULES } from '../deadlines/clock-definition.ts';
import { EXECUTION_CLOCKS } from '../deadlines/execution-clocks.ts';
import { PROCEDURE_CLOCKS } from '../deadlines/procedure-clocks.ts';
import { SURCHARGE_RULE } from '../deadlines/surcharge.ts';
import { SANCTION_KIND_LABELS } from '../penalties/penalty.ts';
import * as P from '../penalties/sources.ts';
import { CASE_ACTIONS, type CaseActionName } from './actions.ts';
import { DEFAULT_PROCEDURE_CONFIG, type ProcedureConfig } from './config.ts';
import {
  flowClock,
  type FlowBranch,
  type FlowBranchTarget,
  type FlowChart,
  type FlowClock,
  type FlowCondition,
  type FlowStep,
} from './flow-chart-types.ts';
import { NO_PENALTY_GROUNDS } from './guards/decision.ts';
import * as S from './sources.ts';

interface StepSpec {
  id: string;
  action: CaseActionName;
  label: string;
  actor: string;
  description: string;
  clocks?: FlowClock[];
  condition?: FlowCondition | null;
  branches?: FlowBranch[];
  seeAlso?: Citation[];
}

/** A main-path step: the article is the action's, never written here. */
function step(s: StepSpec): FlowStep {
  return {
    id: s.id,
    action: s.action,
    label: s.label,
    actor: s.actor,
    description: s.description,
    basis: CASE_ACTIONS[s.action].basis,
    seeAlso: s.seeAlso ?? [],
    clocks: s.clocks ?? [],
    condition: s.condition ?? null,
    branches: s.branches ?? [],
  };
}

/** A branch that is an action of the table; `basis` only when a more specific article than the action's applies. */
function actionBranch(
  action: CaseActionName,
  label: string,
  when: string,
  leadsTo: FlowBranchTarget,
  extra: { basis?: Citation; clocks?: FlowClock[] } = {},
): FlowBranch {
  return { id: action, action, label, when, basis: extra.basis ?? CASE_ACTIONS[action].basis, leadsTo, clocks: extra.clocks ?? [] };
}

const END: FlowBranchTarget = { kind: 'end' };
const ASIDE: FlowBranchTarget = { kind: 'aside' };
const kindList = (kinds: readonly string[]): string =>
  kinds.map((k) => SANCTION_KIND_LABELS[k as keyof typeof SANCTION_KIND_LABELS] ?? k).join('、');

function clocksOf(config: ProcedureConfig) {
  const c = config.clocks;
  return {
    leadVerification: flowClock(c.leadVerification, (p) => `发现线索或者收到材料后${p}内核查，决定是否立案`),
    evidencePreservation: flowClock(PROCEDURE_CLOCKS.evidencePreservationDisposal, (p) => `先行登记保存的，${p}内作出处理决定`),
    statement: flowClock(c.statementAndDefence, (p) => `收到告知书后${p}内提出陈述、申辩`),
    hearingRequest: flowClock(PROCEDURE_CLOCKS.hearingRequest, (p) => `收到告知书后${p}内提出听证申请`),
    hearingNotice: flowClock(PROCEDURE_CLOCKS.hearingNotice, (p) => `举行听证的${p}前通知当事人听证的时间、地点`),
    decisionPeriod: flowClock(c.decisionPeriod, (p) => `自立案之日起${p}内作出处罚决定`),
    decisionService: flowClock(EXECUTION_CLOCKS.decisionService, (p) => `当事人不在场的，作出决定后${p}内送达`),
    finePayment: flowClock(EXECUTION_CLOCKS.finePayment, (p) => `自收到处罚决定书之日起${p}内缴纳罚款`),
    cashHandover: flowClock(EXECUTION_CLOCKS.cashHandoverToAgency, (p) => `执法人员自收缴罚款之日起${p}内交至行政机关`),
    reconsideration: flowClock(EXECUTION_CLOCKS.reconsiderationWindow, (p) => `自知道处罚决定之日起${p}内可以申请行政复议`),
    litigation: flowClock(EXECUTION_CLOCKS.litigationWindow, (p) => `自知道处罚决定之日起${p}内可以提起行政诉讼`),
    courtApplication: flowClock(EXECUTION_CLOCKS.courtEnforcementApplication, (p) => `复议、诉讼期限届满之日起${p}内申请人民法院强制执行`),
  };
}
type Clocks = ReturnType<typeof clocksOf>;

/** 法制审核 is required for the grounds of 第五十八条 and the bureau's catalogue (guards/review.ts legalReviewGrounds). */
function legalReviewCondition(config: ProcedureConfig): FlowCondition {
  const c = config.legalReview;
  const catalogue = [
    c.allGeneralCases ? '普通程序案件一律审核' : '',
    c.sanctionKinds.length > 0 ? `拟${kindList(c.sanctionKinds)}的` : '',
    c.hearingEligible ? '拟作出的处罚属于听证范围的' : '',
  ].filter(Boolean);
  const text = `涉及重大公共利益、经过听证程序、案件情况疑难复杂或者涉及多个法律关系、法律法规规定应当审核的${
    catalogue.length > 0 ? `；本局审核目录：${catalogue.join('，')}` : ''
  }`;
  return { text, basis: S.LEGAL_REVIEW };
}

/** 集体讨论: 情节复杂或者重大违法行为 (第五十七条), 重大 as the bureau's catalogue reads it (collectiveDiscussionGrounds). */
function collectiveCondition(config: ProcedureConfig): FlowCondition {
  const c = config.collectiveDiscussion;
  const catalogue = [c.sanctionKinds.length > 0 ? `拟${kindList(c.sanctionKinds)}` : '', c.hearingEligible ? '属于听证范围' : ''].filter(
    Boolean,
  );
  const text = `情节复杂或者重大违法行为给予行政处罚的${catalogue.length > 0 ? `；本局规定的重大违法行为：${catalogue.join('或者')}的` : ''}`;
  return { text, basis: S.COLLECTIVE_DISCUSSION };
}

/** How the law counts its short periods (WORKING_DAY_RULES, the rule the clocks are computed with). */
function workingDayNote(): FlowCondition {
  const rule = WORKING_DAY_RULES.find((r) => r.law === '行政处罚法');
  const basis = rule?.basis ?? { law: '行政处罚法', article: '第八十五条' };
  return { text: '本法中“二日”“三日”“五日”“七日”的规定是指工作日，不含法定节假日', basis };
}

const noPenaltyWhen = (): string =>
  Object.values(NO_PENALTY_GROUNDS)
    .map((g) => g.label)
    .join('；');

function afterDecisionSteps(k: Clocks, simple: boolean): FlowStep[] {
  const execution = step({
    id: 'execute',
    action: 'startExecution',
    label: '履行',
    actor: '当事人',
    description: simple
      ? '当事人按当场处罚决定书缴纳罚款；当场收缴的，执法人员出具专用票据'
      : '当事人在处罚决定书载明的期限内履行；罚款到指定银行或者通过电子支付系统缴纳',
    clocks: [k.finePayment],
    branches: [
      {
        id: 'enforce',
        label: '加处罚款、申请强制执行',
        when: `到期不缴纳罚款的，每日按罚款数额的${SURCHARGE_RULE.percentPerDay}%加处罚款（不超过罚款数额），并可依法申请人民法院强制执行`,
        basis: SURCHARGE_RULE.basis,
        leadsTo: ASIDE,
        clocks: [k.courtApplication],
      },
    ],
  });
  return [
    execution,
    step({ id: 'close', action: 'close', label: '结案', actor: '行政机关负责人', description: '执行完毕后制作结案报告，经负责人批准结案' }),
    step({ id: 'archive', action: 'archive', label: '归档', actor: '执法人员', description: '案卷全过程记录归档保存' }),
  ];
}

export function simplePenaltyChart(config: ProcedureConfig = DEFAULT_PROCEDURE_CONFIG): FlowChart {
  const k = clocksOf(config);
  return {
    id: 'penalty.simple',
    title: '简易程序（当场处罚）',
    applies: { text: P.SIMPLE_PROCEDURE.note ?? '', basis: P.SIMPLE_PROCEDURE },
    steps: [
      step({
        id: 'decideOnTheSpot',
        action: 'decideOnTheSpot',
        label: '当场作出处罚决定',
        actor: '执法人员',
        description: '出示执法证件，告知当事人违法事实、处罚理由和依据及陈述、申辩权利，填写预定格式、编有号码的处罚决定书当场交付当事人',
        seeAlso: [S.SHOW_CERTIFICATE, S.PRIOR_NOTICE],
        branches: [
          actionBranch('collectCashOnTheSpot', '当场收缴罚款', '依法给予100元以下罚款或者不当场收缴事后难以执行的', ASIDE, {
            basis: P.CASH_ON_THE_SPOT,
            clocks: [k.cashHandover],
          }),
        ],
      }),
      step({
        id: 'fileWithAgency',
        action: 'fileWithAgency',
        label: '报行政机关备案',
        actor: '执法人员',
        description: '当场作出的处罚决定报所属行政机关备案',
      }),
      ...afterDecisionSteps(k, true),
    ],
    notes: [workingDayNote()],
  };
}

/** Filing to the report: shared by the general and the hearing chart. */
function investigationSteps(k: Clocks): FlowStep[] {
  return [
    step({
      id: 'file',
      action: 'fileCase',
      label: '立案',
      actor: '行政机关负责人批准',
      description: '对符合立案标准的违法行为，经行政机关负责人批准及时立案',
      clocks: [k.leadVerification],
      branches: [actionBranch('declineFiling', '不予立案', '不符合立案标准的，经负责人批准不予立案并说明理由', END)],
    }),
    step({
      id: 'investigate',
      action: 'startInvestigation',
      label: '调查取证',
      actor: '执法人员（不少于两人）',
      description: '全面、客观、公正地调查，收集证据；出示执法证件；与案件有直接利害关系的执法人员应当回避',
      seeAlso: [S.SHOW_CERTIFICATE, S.RECUSAL],
      branches: [
        {
          id: 'preserveEvidence',
          label: '先行登记保存证据',
          when: '证据可能灭失或者以后难以取得，经负责人批准',
          basis: PROCEDURE_CLOCKS.evidencePreservationDisposal.basis,
          leadsTo: ASIDE,
          clocks: [k.evidencePreservation],
        },
        actionBranch('withdraw', '撤销立案', '立案后发现不应立案的，经负责人批准撤销', END),
        actionBranch('transfer', '移送司法机关', '违法行为涉嫌犯罪的', END),
      ],
    }),
    step({
      id: 'report',
      action: 'submitInvestigationReport',
      label: '调查终结',
      actor: '执法人员',
      description: '提交调查终结报告，由行政机关负责人对调查结果进行审查',
      branches: [
        actionBranch('decideNoPenalty', '不予行政处罚', noPenaltyWhen(), END),
        actionBranch('transfer', '移送司法机关', '违法行为涉嫌犯罪的', END),
      ],
    }),
  ];
}

function reviewStep(id: string, condition: FlowCondition | null, description: string, label = '法制审核'): FlowStep {
  return step({
    id,
    action: 'completeLegalReview',
    label,
    actor: '法制审核人员',
    description,
    condition,
    seeAlso: [S.REVIEWER_QUALIFICATION],
    branches: [
      actionBranch('returnLegalReview', '审核退回', '事实不清、证据不足或者适用依据错误的，退回补充调查', {
        kind: 'step',
        stepId: 'investigate',
      }),
    ],
  });
}

function discussionStep(id: string, condition: FlowCondition | null, description: string, label = '集体讨论'): FlowStep {
  return step({ id, action: 'recordCollectiveDiscussion', label, actor: '行政机关负责人', description, condition });
}

function noticeStep(hearing: boolean): FlowStep {
  return step({
    id: 'notice',
    action: 'servePriorNotice',
    label: '告知',
    actor: '执法人员',
    description: hearing
      ? '送达行政处罚事先告知书：拟作出的处罚内容及事实、理由、依据，告知陈述、申辩权利和要求听证的权利'
      : '送达行政处罚事先告知书：拟作出的处罚内容及事实、理由、依据，告知陈述、申辩等权利',
    seeAlso: hearing ? [S.HEARING_RIGHT_NOTICE] : [],
  });
}

function decisionSteps(k: Clocks, hearing: boolean): FlowStep[] {
  return [
    step({
      id: 'decide',
      action: 'decide',
      label: '作出处罚决定',
      actor: '行政机关负责人',
      description: hearing
        ? '听证结束后，根据听证笔录作出决定；制作行政处罚决定书，载明违法事实和证据、处罚种类和依据、履行方式和期限、救济途径和期限'
        : '制作行政处罚决定书，载明违法事实和证据、处罚种类和依据、履行方式和期限、救济途径和期限',
      seeAlso: hearing ? [S.DECISION_ON_RECORD, S.DECISION_ITEMS] : [S.DECISION_ITEMS],
      clocks: [k.decisionPeriod],
      branches: [
        actionBranch(
          'decideNoPenalty',
          '不予行政处罚',
          `${hearing ? '听证' : '陈述、申辩'}后认定有不予处罚情形的（情形见“调查终结”）`,
          END,
        ),
        actionBranch('transfer', '移送司法机关', '违法行为涉嫌犯罪的', END),
      ],
    }),
    step({
      id: 'serve',
      action: 'serveDecision',
      label: '送达',
      actor: '执法人员',
      description: '宣告后当场交付当事人；当事人不在场的，依照民事诉讼法的有关规定送达；当事人同意的可以电子送达',
      clocks: [k.decisionService],
      branches: [
        {
          id: 'remedies',
          label: '申请行政复议或者提起行政诉讼',
          when: '当事人对处罚决定不服的；复议、诉讼期间处罚不停止执行（法律另有规定的除外）',
          basis: EXECUTION_CLOCKS.reconsiderationWindow.basis,
          leadsTo: ASIDE,
          clocks: [k.reconsideration, k.litigation],
        },
      ],
    }),
  ];
}

export function generalPenaltyChart(config: ProcedureConfig = DEFAULT_PROCEDURE_CONFIG): FlowChart {
  const k = clocksOf(config);
  const review = reviewStep(
    'review',
    legalReviewCondition(config),
    '作出决定前，由具有法律职业资格、未参与本案调查的人员审核；未经法制审核或者审核未通过的，不得作出决定',
  );
  const discuss = discussionStep('discuss', collectiveCondition(config), '行政机关负责人集体讨论决定，形成会议记录');
  // Where the bureau reviews and discusses: before the notice (so the notice states a reviewed penalty) or after the
  // party was heard — the table allows both, the catalogues choose (config.ts beforePriorNotice).
  const beforeNotice = [
    ...(config.legalReview.beforePriorNotice ? [review] : []),
    ...(config.collectiveDiscussion.beforePriorNotice ? [discuss] : []),
  ];
  const afterStatement = [
    ...(config.legalReview.beforePriorNotice ? [] : [review]),
    ...(config.collectiveDiscussion.beforePriorNotice ? [] : [discuss]),
  ];
  return {
    id: 'penalty.general',
    title: '普通程序',
    applies: { text: P.GENERAL_PROCEDURE.note ?? '', basis: P.GENERAL_PROCEDURE },
    steps: [
      ...investigationSteps(k),
      ...beforeNotice,
      noticeStep(false),
      step({
        id: 'statement',
        action: 'recordStatementAndDefence',
        label: '陈述、申辩',
        actor: '当事人',
        description: '行政机关充分听取当事人意见，对提出的事实、理由和证据进行复核，成立的应当采纳；不得因陈述、申辩而给予更重的处罚',
        condition: { text: '当事人提出陈述、申辩的（明确放弃的，不影响作出决定）', basis: S.NO_DECISION_WITHOUT_HEARING_PARTY },
        seeAlso: [P.NO_HEAVIER_AFTER_DEFENCE],
        clocks: [k.statement],
        branches: [
          actionBranch('reopenInvestigation', '补充调查', '当事人提出的事实、理由或者证据需要核实的', {
            kind: 'step',
            stepId: 'investigate',
          }),
        ],
      }),
      ...afterStatement,
      ...decisionSteps(k, false),
      ...afterDecisionSteps(k, false),
    ],
    notes: [workingDayNote(), { text: '拟作出的处罚属于听证范围的，见“普通程序（听证）”', basis: S.HEARING_RIGHT_NOTICE }],
  };
}

export function hearingPenaltyChart(config: ProcedureConfig = DEFAULT_PROCEDURE_CONFIG): FlowChart {
  const k = clocksOf(config);
  const r = config.legalReview;
  const d = config.collectiveDiscussion;
  // A penalty in hearing scope is itself a catalogue ground when the bureau lists it (legalReviewGrounds,
  // collectiveDiscussionGrounds): then the step is not conditional in this chart.
  const beforeNotice = [
    ...(r.beforePriorNotice
      ? [
          reviewStep(
            'review',
            r.hearingEligible ? null : legalReviewCondition(config),
            '告知前对拟作出的处罚进行法制审核',
            '法制审核（告知前）',
          ),
        ]
      : []),
    ...(d.beforePriorNotice
      ? [
          discussionStep(
            'discuss',
            d.hearingEligible ? null : collectiveCondition(config),
            '告知前由行政机关负责人集体讨论拟作出的处罚',
            '集体讨论（告知前）',
          ),
        ]
      : []),
  ];
  return {
    id: 'penalty.hearing',
    title: '普通程序（听证）',
    applies: { text: `${P.HEARING_RIGHT.note ?? ''}；当事人要求听证的，行政机关应当组织听证`, basis: P.HEARING_RIGHT },
    steps: [
      ...investigationSteps(k),
      ...beforeNotice,
      noticeStep(true),
      step({
        id: 'requestHearing',
        action: 'requestHearing',
        label: '申请听证',
        actor: '当事人',
        description: '当事人要求听证的，行政机关应当组织听证；当事人不承担组织听证的费用',
        clocks: [k.hearingRequest],
      }),
      step({
        id: 'hearingNotice',
        action: 'serveHearingNotice',
        label: '通知听证',
        actor: '行政机关',
        description: '指定非本案调查人员为听证主持人，通知当事人及有关人员听证的时间、地点',
        seeAlso: [S.HEARING_PRESIDER],
        clocks: [k.hearingNotice],
      }),
      step({
        id: 'hearing',
        action: 'holdHearing',
        label: '举行听证',
        actor: '听证主持人',
        description:
          '除涉及国家秘密、商业秘密或者个人隐私依法予以保密外，公开举行；调查人员提出违法事实、证据和处罚建议，当事人申辩和质证；制作笔录，交当事人核对后签字或者盖章',
        branches: [
          actionBranch(
            'recordHearingWithdrawal',
            '撤回听证申请或者视为放弃',
            '当事人撤回申请，或者无正当理由拒不出席、未经许可中途退出的，终止听证',
            ASIDE,
          ),
        ],
      }),
      // After a hearing the law itself requires review (第五十八条第一款第（二）项), and it must follow the hearing.
      reviewStep('reviewAfterHearing', null, '经过听证程序的，听证结束后、作出决定前应当进行法制审核', '法制审核（听证后）'),
      discussionStep(
        'discussAfterHearing',
        d.hearingEligible ? null : collectiveCondition(config),
        '根据听证笔录，依照第五十七条由行政机关负责人集体讨论决定',
        '集体讨论（听证后）',
      ),
      ...decisionSteps(k, true),
      ...afterDecisionSteps(k, false),
    ],
    notes: [workingDayNote()],
  };
}

export function penaltyFlowCharts(
  config: ProcedureConfig = DEFAULT_PROCEDURE_CONFIG,
  options: { hearing: boolean } = { hearing: true },
): FlowChart[] {
  return [simplePenaltyChart(config), generalPenaltyChart(config), ...(options.hearing ? [hearingPenaltyChart(config)] : [])];
}
