/**
 * Test factories named by state (CONVENTIONS habit 11): makeCase('priorNoticeServed') is a lawyer's case that went
 * through every earlier step on a fixed 2026 timeline, with complete drafts for the next action, so a test breaks one
 * fact at a time. Used only by *.test.ts next to this file.
 */
import type { Certificate } from '../officers/certificate.ts';
import type { Officer } from '../officers/eligibility.ts';
import type { Penalty } from '../penalties/penalty.ts';
import type { CaseActor } from './guard-kit.ts';
import { emptyCaseSteps, type CaseInvestigator, type CaseSnapshot, type CaseSteps, type PersonRef } from './snapshot.ts';
import type { CaseState } from './states.ts';

/** An instant in Asia/Shanghai. */
export const at = (date: string, time = '10:00'): Date => new Date(`${date}T${time}:00+08:00`);

export const DEPT = 'dept-ls';
export const FINE_2000: Penalty = [{ kind: 'fine', amountFen: 200_000 }];
export const STOP_3M: Penalty = [{ kind: 'restrictPractice', months: 3 }];
export const FINE_100: Penalty = [{ kind: 'fine', amountFen: 10_000 }];

export function makeOfficer(id: string, name: string, cert: Partial<Certificate> = {}): Officer {
  const certificate: Certificate = {
    id: `cert-${id}`,
    number: `3201002400${id.length}`,
    issuingAuthority: '南京市人民政府',
    status: 'valid',
    categories: ['LS', 'GZ'],
    areas: ['320100'],
    validFrom: '2024-01-01',
    validTo: '2029-12-31',
    lastReviewedYear: 2025,
    ...cert,
  };
  return { id, name, employmentType: 'civilServant', certificate };
}

export const ZHANG: CaseInvestigator = { userId: 'u-zhang', officer: makeOfficer('o-zhang', '张三') };
export const LI: CaseInvestigator = { userId: 'u-li', officer: makeOfficer('o-li', '李四') };
export const WANG: CaseInvestigator = { userId: 'u-wang', officer: makeOfficer('o-wang', '王五') };

export function makeActor(overrides: Partial<CaseActor> = {}): CaseActor {
  return {
    userId: 'u-nobody',
    name: '某人',
    roles: [],
    officer: null,
    principal: false,
    leaderOf: [],
    headOf: [],
    legalProfessionQualification: false,
    firstReviewedOn: null,
    ...overrides,
  };
}

export const LEADER = makeActor({ userId: 'u-leader', name: '陈副局长', roles: ['leader'], leaderOf: [DEPT] });
export const OTHER_LEADER = makeActor({ userId: 'u-leader2', name: '周副局长', roles: ['leader'], leaderOf: ['dept-gz'] });
export const PRINCIPAL = makeActor({ userId: 'u-chief', name: '局长', roles: ['leader'], principal: true });
export const HEAD = makeActor({ userId: 'u-head', name: '科长', roles: ['departmentHead'], headOf: [DEPT] });
export const REVIEWER = makeActor({
  userId: 'u-rev',
  name: '赵审核',
  roles: ['legalReviewer'],
  legalProfessionQualification: true,
  firstReviewedOn: '2022-03-01',
});
export const PRESIDER_ACTOR = makeActor({
  userId: 'u-presider',
  name: '孙主持',
  roles: ['legalReviewer'],
  legalProfessionQualification: true,
});
export const OFFICER_ZHANG = makeActor({ userId: 'u-zhang', name: '张三', roles: ['officer'], officer: ZHANG.officer });
export const OFFICER_WANG = makeActor({ userId: 'u-wang', name: '王五', roles: ['officer'], officer: WANG.officer });

export const refOf = (a: CaseActor): PersonRef => ({ userId: a.userId, officerId: a.officer?.id ?? null, name: a.name });

const GENERAL: readonly CaseState[] = [
  'lead',
  'filed',
  'investigating',
  'investigationReported',
  'legalReview',
  'collectiveDiscussion',
  'priorNoticeServed',
  'statementAndDefence',
  'decided',
  'served',
  'executing',
  'closed',
  'archived',
];
const HEARING: readonly CaseState[] = [
  ...GENERAL.slice(0, 7),
  'hearingRequested',
  'hearingNoticed',
  'heard',
  'decided',
  'served',
  'executing',
  'closed',
  'archived',
];
const SIMPLE: readonly CaseState[] = ['lead', 'simpleDecided', 'simpleRecorded', 'executing', 'closed', 'archived'];

export type CasePath = 'general' | 'hearing' | 'simple';

export interface CaseOptions {
  path?: CasePath;
  penalty?: Penalty;
}

function pathFor(state: CaseState, options: CaseOptions): CasePath {
  if (options.path) return options.path;
  if (state === 'hearingRequested' || state === 'hearingNoticed' || state === 'heard') return 'hearing';
  if (state === 'simpleDecided' || state === 'simpleRecorded') return 'simple';
  return 'general';
}


/**
 * Timeline (2026): lead 8-03, filed 8-05, investigation 8-06, report 8-20, legal review 8-24, collective discussion
 * 8-26, notice 9-01 (statement and hearing windows end 9-08), statement 9-03 (re-checked 9-04), decision 9-14, served
 * 9-15. Hearing path: request 9-03, notice of hearing 9-03 for 9-15, review 9-17 and discussion 9-18 after it,
 * decision 9-21. Simple path: decided on the spot 9-01.
 */
export function makeCase(state: CaseState, options: CaseOptions = {}): CaseSnapshot {
  const outcome = state === 'noPenalty' || state === 'transferred' || state === 'withdrawn';
  const path = pathFor(state, options);
  const order = path === 'simple' ? SIMPLE : path === 'hearing' ? HEARING : GENERAL;
  const target = outcome ? order.indexOf('investigationReported') : order.indexOf(state);
  if (target < 0) throw new Error(`makeCase: ${state} is not on the ${path} path`);
  const reached = (s: CaseState): boolean => order.indexOf(s) >= 0 && order.indexOf(s) <= target;
  const penalty = options.penalty ?? (path === 'hearing' ? STOP_3M : path === 'simple' ? FINE_100 : FINE_2000);
  const hearing = path === 'hearing';
  const steps = emptyCaseSteps();
  const decidedAt = hearing ? at('2026-09-21') : at('2026-09-14');
  if (reached('filed')) steps.filing = { approvedAt: at('2026-08-05'), approver: refOf(LEADER) };
  if (reached('investigating')) steps.investigationStartedAt = at('2026-08-06');
  if (reached('investigationReported')) steps.report = { submittedAt: at('2026-08-20') };
  if (reached('legalReview'))
    steps.legalReview = { completedAt: at('2026-08-24'), reviewer: refOf(REVIEWER), result: 'agree', reviewedPenalty: penalty };
  if (reached('collectiveDiscussion')) steps.collectiveDiscussion = { heldAt: at('2026-08-26'), approvedPenalty: penalty };
  if (reached('priorNoticeServed')) steps.priorNotice = { servedAt: at('2026-09-01'), penalty, statesHearingRight: hearing };
  if (reached('statementAndDefence')) steps.statement = { recordedAt: at('2026-09-03'), recheckedAt: at('2026-09-04') };
  if (reached('hearingRequested')) {
    steps.hearing = { requestedOn: '2026-09-03', presider: null, scheduledFor: null, noticeServedAt: null, endedAt: null, outcome: null };
  }
  if (reached('hearingNoticed') && steps.hearing) {
    steps.hearing = {
      ...steps.hearing,
      presider: refOf(PRESIDER_ACTOR),
      scheduledFor: '2026-09-15',
      noticeServedAt: at('2026-09-03', '16:00'),
    };
  }
  if (reached('heard') && steps.hearing) steps.hearing = { ...steps.hearing, endedAt: at('2026-09-15', '16:00'), outcome: 'held' };
  if (reached('decided')) {
    if (hearing) {
      steps.legalReview = { completedAt: at('2026-09-17'), reviewer: refOf(REVIEWER), result: 'agree', reviewedPenalty: penalty };
      steps.collectiveDiscussion = { heldAt: at('2026-09-18'), approvedPenalty: penalty };
    }
    steps.decision = { decidedAt, penalty, partyPresent: false };
  }
  if (reached('served')) steps.service = { servedAt: new Date(decidedAt.getTime() + 86_400_000), method: 'direct' };
  if (reached('simpleDecided')) steps.onTheSpot = { decidedAt: at('2026-09-01'), penalty };
  if (reached('simpleRecorded')) steps.filedWithAgencyAt = at('2026-09-02');
  if (reached('executing')) steps.execution = { startedAt: at('2026-09-23'), completedAt: reached('closed') ? at('2026-09-30') : null };
  if (reached('closed')) steps.closedAt = at('2026-10-09');

  return {
    id: 'case-1',
    procedure: state === 'lead' ? null : path === 'simple' ? 'simple' : 'general',
    state,
    departmentId: DEPT,
    power: { code: 'CF-LS-001', sector: 'justiceAdministration' },
    enforcementScope: { category: 'LS', area: '320102' },
    party: { kind: 'citizen', name: '王某某', address: '南京市玄武区某路1号', birthDate: '1985-03-01', lackedCapacityAtAct: false },
    conduct: 'nonBusiness',
    violation: { startedOn: '2026-07-15', endedOn: null, ongoing: false, seriousHarm: false },
    leadReceivedAt: at('2026-08-03'),
    legalBasis: [{ label: '《律师法》第四十七条第（一）项', problems: [] }],
    flags: { majorPublicInterest: false, complex: false, multipleLegalRelations: false, majorViolation: false, reviewRequiredByLaw: false },
    investigators: [ZHANG, LI],
    formerInvestigators: [],
    recusals: [],
    proposedPenalty: reached('investigating') || outcome ? penalty : null,
    steps,
    drafts: {
      priorNotice: {
        penalty,
        facts: '同时在两个律师事务所执业',
        reasons: '违反律师法第十条',
        legalBasis: ['《律师法》第四十七条第（一）项'],
        statesStatementRight: true,
        statesHearingRight: hearing,
      },
      decision: {
        penalty,
        partyName: '王某某',
        partyAddress: '南京市玄武区某路1号',
        facts: '同时在两个律师事务所执业',
        evidence: ['询问笔录', '执业登记材料'],
        legalBasis: ['《律师法》第四十七条第（一）项'],
        performance: '自收到本决定书之日起十五日内缴至指定银行',
        remedies: '可在六十日内向示例市人民政府申请行政复议，或在六个月内向人民法院提起行政诉讼',
        agencyName: '示例市司法局',
        decisionDate: '2026-09-14',
        sealed: true,
        partyPresent: false,
        mitigation: null,
      },
      onTheSpot: {
        penalty: FINE_100,
        factsCertain: true,
        act: '未按规定出示执业证',
        legalBasis: ['《律师法》第四十七条'],
        time: at('2026-09-01'),
        place: '示例市中级人民法院',
        remedies: '可在六十日内向示例市人民政府申请行政复议，对复议决定不服的再提起行政诉讼',
        agencyName: '示例市司法局',
        formNumber: 'No.0001234',
        certificateShown: true,
        officerSigned: true,
        handedOver: 'signed',
        mitigation: null,
      },
      hearingSchedule: { scheduledFor: '2026-09-15', presider: refOf(PRESIDER_ACTOR) },
      newPresider: null,
      hearingRequestReceivedOn: null,
      hearingRecord: { outcome: 'held', recordSigned: true },
      collectiveDiscussion: {
        attendees: [PRINCIPAL, LEADER, OTHER_LEADER].map((a) => ({ person: refOf(a), isLeader: true })),
        approvedPenalty: penalty,
        minutesRecorded: true,
      },
      service: { method: 'direct', electronicConsentSigned: false },
      cashCollection: null,
      closure: null,
      recusalRequest: null,
      recusal: null,
      investigatorChange: null,
      decisionClockChange: null,
      reopenReason: '当事人提出新证据，须补充调查',
      caseFileComplete: true,
      evidence: { items: 3 },
    },
    decisionClock: { suspensions: [], extensions: [] },
  };
}

/** A copy with some fields replaced, steps and drafts merged one level deep. */
export function withCase(
  base: CaseSnapshot,
  change: Partial<Omit<CaseSnapshot, 'steps' | 'drafts'>> & { steps?: Partial<CaseSteps>; drafts?: Partial<CaseSnapshot['drafts']> },
): CaseSnapshot {
  const { steps, drafts, ...rest } = change;
  return { ...base, ...rest, steps: { ...base.steps, ...steps }, drafts: { ...base.drafts, ...drafts } };
}
