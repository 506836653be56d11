/**
 * What the guards need to know about a case: a plain value the server builds from the case row, its step rows and
 * the officers, plus — under `drafts` — the content of the command being checked (the notice about to be served, the
 * decision about to be signed …). Instants are `Date`s (timestamps of steps); dates of the law are LocalDates.
 */
import type { LocalDate } from '../calendar/local-date.ts';
import type { Citation } from '../citation.ts';
import type { Extension, Suspension } from '../deadlines/clock-changes.ts';
import type { EnforcementScope, Officer } from '../officers/eligibility.ts';
import type { CashCollectionInput } from '../penalties/cash-collection.ts';
import type { ConductKind } from '../penalties/hearing-thresholds.ts';
import type { ViolationPeriod } from '../penalties/limitation.ts';
import type { MitigationTier } from '../penalties/party.ts';
import type { PartyKind, Penalty } from '../penalties/penalty.ts';
import type { CaseProcedure, CaseState } from './states.ts';

/** A person by user account and/or officer record: the server has both id spaces, and either identifies. */
export interface PersonRef {
  userId: string | null;
  officerId: string | null;
  name: string;
}

/** An assigned investigator: the officer row (with its current certificate) and the user account, if any. */
export interface CaseInvestigator {
  userId: string | null;
  officer: Officer;
}

export type RecusalRole = 'investigator' | 'presider' | 'reviewer';
/** Who asked: the party (recorded by an officer), an officer of the case about another, or the person himself. */
export type RecusalRequester = 'party' | 'officer' | 'self';

export interface Recusal {
  person: PersonRef;
  role: RecusalRole;
  status: 'pending' | 'granted' | 'refused';
}

/** A change of the 90-day decision clock (第六十条) being recorded: 中止, 恢复, or an approved 延期. */
export type DecisionClockChange =
  | { kind: 'suspend'; from: LocalDate; reason: string }
  | { kind: 'resume'; resumedOn: LocalDate }
  | { kind: 'extend'; days: number; reason: string; collectiveDecision: boolean };

/**
 * A legal basis entered for the case with the legal-basis module's verdict on it (checkBasisArticles and the
 * 第三十七条 choice of version, at the act date): its problems, empty when sound. A BasisProblem fits as is.
 */
export interface CaseLegalBasis {
  label: string;
  problems: readonly { code: string; message: string; basis: Citation }[];
  /**
   * 第三十七条 for each linked article between the act and the decision: which text applies (act-time, or the lighter
   * newer one) or that the change must be judged by the legal reviewer. Absent when nothing was linked.
   */
  applied?: readonly AppliedVersion[];
}

/** The text of a cited article that applies under 第三十七条 (从旧兼从轻). */
export interface AppliedVersion {
  article: string;
  rule: 'actTime' | 'lighterNewer' | 'needsReview';
  /** The applying text's first day in force (null when the reviewer must decide). */
  versionEffectiveFrom: LocalDate | null;
  message: string;
  basis: Citation;
}

export interface CaseParty {
  kind: PartyKind;
  name: string;
  address: string | null;
  birthDate: LocalDate | null;
  lackedCapacityAtAct: boolean;
}

/** Facts that make legal review (第五十八条) or collective discussion (第五十七条) mandatory. */
export interface CaseFlags {
  /** 涉及重大公共利益. */
  majorPublicInterest: boolean;
  /** 情节复杂 / 案件情况疑难复杂. */
  complex: boolean;
  /** 涉及多个法律关系. */
  multipleLegalRelations: boolean;
  /** 重大违法行为 (as the bureau's own rule defines it). */
  majorViolation: boolean;
  /** 法律、法规规定应当进行法制审核的其他情形. */
  reviewRequiredByLaw: boolean;
}

export type HearingOutcome = 'held' | 'partyAbsent' | 'partyWalkedOut' | 'requestWithdrawn';
export type ServiceMethod = 'onTheSpot' | 'direct' | 'leftAtResidence' | 'entrusted' | 'mail' | 'electronic' | 'publicNotice';
export type NoPenaltyGround =
  'minorCorrected' | 'firstViolation' | 'noFault' | 'factsNotEstablished' | 'limitationExpired' | 'partyNotPunishable';

/** Steps already taken: their time and what they recorded (the latest one where a step can repeat). */
export interface CaseSteps {
  filing: { approvedAt: Date; approver: PersonRef } | null;
  investigationStartedAt: Date | null;
  /** Latest return to investigation (补充调查). */
  investigationReopenedAt: Date | null;
  report: { submittedAt: Date } | null;
  legalReview: { completedAt: Date; reviewer: PersonRef; result: 'agree' | 'problems'; reviewedPenalty: Penalty } | null;
  collectiveDiscussion: { heldAt: Date; approvedPenalty: Penalty } | null;
  priorNotice: { servedAt: Date; penalty: Penalty; statesHearingRight: boolean } | null;
  statement: { recordedAt: Date; recheckedAt: Date | null } | null;
  statementWaivedAt: Date | null;
  hearingWaivedAt: Date | null;
  hearing: {
    requestedOn: LocalDate;
    presider: PersonRef | null;
    scheduledFor: LocalDate | null;
    noticeServedAt: Date | null;
    endedAt: Date | null;
    outcome: HearingOutcome | null;
  } | null;
  decision: { decidedAt: Date; penalty: Penalty; partyPresent: boolean } | null;
  service: { servedAt: Date; method: ServiceMethod } | null;
  onTheSpot: { decidedAt: Date; penalty: Penalty } | null;
  filedWithAgencyAt: Date | null;
  execution: { startedAt: Date; completedAt: Date | null } | null;
  closedAt: Date | null;
}

/** A case no step has been taken on yet: the server's starting point and the test factories'. */
export function emptyCaseSteps(): CaseSteps {
  return {
    filing: null,
    investigationStartedAt: null,
    investigationReopenedAt: null,
    report: null,
    legalReview: null,
    collectiveDiscussion: null,
    priorNotice: null,
    statement: null,
    statementWaivedAt: null,
    hearingWaivedAt: null,
    hearing: null,
    decision: null,
    service: null,
    onTheSpot: null,
    filedWithAgencyAt: null,
    execution: null,
    closedAt: null,
  };
}

/** 行政处罚事先告知书 (第四十四条). */
export interface PriorNoticeDraft {
  penalty: Penalty;
  facts: string;
  reasons: string;
  legalBasis: readonly string[];
  statesStatementRight: boolean;
  statesHearingRight: boolean;
}

/** 行政处罚决定书 (第五十九条). */
export interface DecisionDraft {
  penalty: Penalty;
  partyName: string;
  partyAddress: string;
  facts: string;
  evidence: readonly string[];
  legalBasis: readonly string[];
  /** 履行方式和期限; may be empty for a warning alone. */
  performance: string;
  /** 申请行政复议、提起行政诉讼的途径和期限. */
  remedies: string;
  agencyName: string;
  decisionDate: LocalDate | null;
  sealed: boolean;
  partyPresent: boolean;
  /** 从轻 / 减轻 applied (required for a minor, 第三十条). */
  mitigation: MitigationTier | null;
}

/** The pre-numbered on-the-spot form (第五十二条). */
export interface OnTheSpotDraft {
  penalty: Penalty;
  factsCertain: boolean;
  act: string;
  legalBasis: readonly string[];
  time: Date | null;
  place: string;
  remedies: string;
  agencyName: string;
  formNumber: string | null;
  certificateShown: boolean;
  officerSigned: boolean;
  handedOver: 'signed' | 'refusalNoted' | null;
  mitigation: MitigationTier | null;
}

/** Content of the command being checked; the server overlays the request onto the snapshot. */
export interface CaseDrafts {
  priorNotice: PriorNoticeDraft | null;
  decision: DecisionDraft | null;
  onTheSpot: OnTheSpotDraft | null;
  hearingSchedule: { scheduledFor: LocalDate; presider: PersonRef } | null;
  /** The presider named in place of one whose recusal was granted (另行指定听证主持人). */
  newPresider: PersonRef | null;
  /** Day the party's hearing request reached the agency (defaults to today). */
  hearingRequestReceivedOn: LocalDate | null;
  hearingRecord: { outcome: HearingOutcome; recordSigned: boolean } | null;
  collectiveDiscussion: {
    attendees: readonly { person: PersonRef; isLeader: boolean }[];
    approvedPenalty: Penalty;
    minutesRecorded: boolean;
  } | null;
  service: { method: ServiceMethod; electronicConsentSigned: boolean } | null;
  cashCollection: Omit<CashCollectionInput, 'procedure' | 'fineFen'> | null;
  /** Why a case ends without a penalty decision (不予立案, 撤销立案, 不予处罚, 移送). */
  closure: { reason: string; noPenaltyGround: NoPenaltyGround | null; receivingOrgan: string | null } | null;
  /** The recusal request being recorded (第四十三条). */
  recusalRequest: { person: PersonRef; role: RecusalRole; requestedBy: RecusalRequester; reason: string } | null;
  /** The recusal being decided. */
  recusal: { person: PersonRef; role: RecusalRole; granted: boolean } | null;
  /** Investigators being added or taken off (the snapshot's investigators are already the new team). */
  investigatorChange: { added: readonly CaseInvestigator[]; removed: readonly PersonRef[]; reason: string } | null;
  decisionClockChange: DecisionClockChange | null;
  /** Why the investigation is reopened (补充调查). */
  reopenReason: string | null;
  /** 案卷 complete: every required document and the full-process record listed (第四十七条). */
  caseFileComplete: boolean;
  /** The case's 证据目录 as the server read it for 调查终结 (第四十条、第五十四条); null when not read. */
  evidence: { items: number } | null;
}

/** Drafts of no command: the snapshot as read from the database. */
export function emptyCaseDrafts(): CaseDrafts {
  return {
    priorNotice: null,
    decision: null,
    onTheSpot: null,
    hearingSchedule: null,
    newPresider: null,
    hearingRequestReceivedOn: null,
    hearingRecord: null,
    collectiveDiscussion: null,
    service: null,
    cashCollection: null,
    closure: null,
    recusalRequest: null,
    recusal: null,
    investigatorChange: null,
    decisionClockChange: null,
    reopenReason: null,
    caseFileComplete: false,
    evidence: null,
  };
}

export interface CaseSnapshot {
  id: string;
  procedure: CaseProcedure | null;
  state: CaseState;
  departmentId: string;
  /** The power (执法事项): its code in the power list and its sector (selects the 较大数额 tables). */
  power: { code: string; sector: string | null };
  /** 执法类别 of the power and the area (division code) where the act took place: what certificates must cover. */
  enforcementScope: EnforcementScope;
  party: CaseParty;
  conduct: ConductKind;
  /** null until the act's dates are entered. */
  violation: ViolationPeriod | null;
  leadReceivedAt: Date;
  legalBasis: readonly CaseLegalBasis[];
  flags: CaseFlags;
  investigators: readonly CaseInvestigator[];
  /** Everyone who was ever an investigator and has been taken off the case. */
  formerInvestigators: readonly PersonRef[];
  recusals: readonly Recusal[];
  /** The current proposal (investigation report, discretion calculator). */
  proposedPenalty: Penalty | null;
  steps: CaseSteps;
  drafts: CaseDrafts;
  /** Recorded 中止 / 延期 of the 90-day decision clock (第六十条). */
  decisionClock: { suspensions: readonly Suspension[]; extensions: readonly Extension[] };
}
