/**
 * Rows → CaseSnapshot (the plain value the domain guards read) and the server's Actor → CaseActor. The step rows
 * are folded in order: the latest step of a kind wins where a step can repeat. Nothing here decides anything.
 */
import {
  JUSTICE_ADMINISTRATION_SECTOR,
  emptyCaseDrafts,
  emptyCaseSteps,
  toLocalDate,
  type CaseActor,
  type CaseDrafts,
  type CaseLegalBasis,
  type CaseSnapshot,
  type CaseSteps,
  type HearingOutcome,
  type LocalDate,
  type Penalty,
  type PersonRef,
  type ServiceMethod,
} from '@quanze/domain';
import type { Actor } from '../../platform/auth/actor.ts';
import type { Executor } from '../../platform/db.ts';
import { allOn } from '../../platform/db-all.ts';
import {
  caseOfficersOf,
  departmentsLedBy,
  isPrincipal,
  officerOfUser,
  officersByIds,
  powerItemOf,
  recusalsOf,
  stepsOf,
  type CaseOfficerRow,
  type CaseRecusalRow,
  type CaseRow,
  type CaseStepRow,
  type OfficerWithCertificate,
  type PowerItem,
} from './cases.repository.ts';
import { legalBasisVerdicts } from './legal-basis-verdict.ts';
import type { CaseDetailRows } from './case-detail.repository.ts';

export interface CaseRecord {
  row: CaseRow;
  steps: CaseStepRow[];
  assignments: CaseOfficerRow[];
  officers: Map<string, OfficerWithCertificate>;
  power: PowerItem | null;
  /** The cited basis with the legal-basis module's verdict at the act date. */
  legalBasis: CaseLegalBasis[];
  /** 回避申请 (optional: readers that only need clocks leave it out). */
  recusals?: CaseRecusalRow[];
}

/** Everything about a case the snapshot and the detail page need, read with one executor (a transaction or the pool). */
/** `today` is the day a decision would be taken: with it the verdict applies 第三十七条 (a lighter newer text wins). */
/** `library: 'cached'` only for views (see legalBasisVerdicts); a command's transaction reads the library itself. */
export async function loadCaseRecord(db: Executor, row: CaseRow, today?: LocalDate, library: 'fresh' | 'cached' = 'fresh'): Promise<CaseRecord> {
  const [steps, assignments, power, recusals] = await allOn(db, [() => stepsOf(db, row.id), () => caseOfficersOf(db, row.id), () => powerItemOf(db, row.powerId), () => recusalsOf(db, row.id)]);
  const [list, legalBasis] = await allOn(db, [
    () => officersByIds(db, [...new Set(assignments.map((a) => a.officerId))]),
    () => legalBasisVerdicts(db, row.bureauId, row.legalBasis, actDateOf(row), today, library),
  ]);
  return { row, steps, assignments, officers: new Map(list.map((o) => [o.officer.id, o])), power, legalBasis, recusals };
}

/** 第三十七条: the basis in force when the act was committed (its end for a continuing act); today without dates. */
const actDateOf = (row: CaseRow): LocalDate => row.violationEndedOn ?? row.violationStartedOn ?? toLocalDate(row.leadReceivedAt);

/**
 * The case page's CaseRecord from its one-statement read (case-detail.repository.ts) and the cached library: the
 * same record loadCaseRecord(db, row, today, 'cached') builds from separate reads. Views only.
 */
export async function caseRecordOfView(db: Executor, d: CaseDetailRows, today: LocalDate): Promise<CaseRecord> {
  const { row } = d;
  const legalBasis = await legalBasisVerdicts(db, row.bureauId, row.legalBasis, actDateOf(row), today, 'cached');
  return { row, steps: d.steps, assignments: d.assignments, officers: new Map(d.officers.map((o) => [o.officer.id, o])), power: d.power, legalBasis, recusals: d.recusals };
}

export function emptyDrafts(): CaseDrafts {
  return emptyCaseDrafts();
}


const personOf = (s: CaseStepRow): PersonRef => ({ userId: s.actorId, officerId: null, name: s.actorName });
/** A PersonRef kept in a step payload (the presider). */
function personIn(v: unknown): PersonRef | null {
  if (typeof v !== 'object' || v === null) return null;
  const o = v as Record<string, unknown>;
  const str = (x: unknown) => (typeof x === 'string' ? x : null);
  return { userId: str(o['userId']), officerId: str(o['officerId']), name: str(o['name']) ?? '' };
}
const penaltyIn = (p: Record<string, unknown>, key: string): Penalty => (Array.isArray(p[key]) ? (p[key] as Penalty) : []);

/** Fold the step rows (in time order) into CaseSteps. */
export function foldSteps(rows: readonly CaseStepRow[]): CaseSteps {
  const s = emptyCaseSteps();
  for (const r of rows) {
    const p = r.payload;
    switch (r.action) {
      case 'fileCase':
        s.filing = { approvedAt: r.at, approver: personOf(r) };
        break;
      case 'startInvestigation':
        s.investigationStartedAt = r.at;
        break;
      case 'reopenInvestigation':
        s.investigationReopenedAt = r.at;
        break;
      case 'submitInvestigationReport':
        s.report = { submittedAt: r.at };
        break;
      case 'completeLegalReview':
      case 'returnLegalReview':
        s.legalReview = {
          completedAt: r.at,
          reviewer: personOf(r),
          result: r.action === 'completeLegalReview' ? 'agree' : 'problems',
          reviewedPenalty: penaltyIn(p, 'reviewedPenalty'),
        };
        if (r.action === 'returnLegalReview') s.investigationReopenedAt = r.at;
        break;
      case 'servePriorNotice':
        s.priorNotice = { servedAt: r.at, penalty: penaltyIn(p, 'penalty'), statesHearingRight: p['statesHearingRight'] === true };
        break;
      case 'recordStatementAndDefence':
        s.statement = { recordedAt: r.at, recheckedAt: typeof p['recheck'] === 'string' && p['recheck'] !== '' ? r.at : null };
        break;
      case 'recordStatementWaiver':
        s.statementWaivedAt = r.at;
        break;
      case 'recordHearingWaiver':
        s.hearingWaivedAt = r.at;
        break;
      case 'recordCollectiveDiscussion':
        s.collectiveDiscussion = { heldAt: r.at, approvedPenalty: penaltyIn(p, 'approvedPenalty') };
        break;
      case 'requestHearing':
        s.hearing = {
          requestedOn: typeof p['receivedOn'] === 'string' ? (p['receivedOn'] as LocalDate) : toLocalDate(r.at),
          presider: null,
          scheduledFor: null,
          noticeServedAt: null,
          endedAt: null,
          outcome: null,
        };
        break;
      case 'serveHearingNotice':
        if (s.hearing) {
          s.hearing = {
            ...s.hearing,
            presider: personIn(p['presider']),
            scheduledFor: typeof p['scheduledFor'] === 'string' ? (p['scheduledFor'] as LocalDate) : null,
            noticeServedAt: r.at,
          };
        }
        break;
      case 'replaceHearingPresider':
        if (s.hearing) s.hearing = { ...s.hearing, presider: personIn(p['presider']) };
        break;
      case 'holdHearing':
        if (s.hearing) s.hearing = { ...s.hearing, endedAt: r.at, outcome: p['outcome'] as HearingOutcome };
        break;
      case 'recordHearingWithdrawal':
        if (s.hearing) s.hearing = { ...s.hearing, endedAt: r.at, outcome: 'requestWithdrawn' };
        break;
      case 'decide':
        s.decision = { decidedAt: r.at, penalty: penaltyIn(p, 'penalty'), partyPresent: p['partyPresent'] === true };
        break;
      case 'serveDecision':
        s.service = { servedAt: r.at, method: p['method'] as ServiceMethod };
        break;
      case 'startExecution':
        s.execution = { startedAt: r.at, completedAt: s.execution?.completedAt ?? null };
        break;
      // Appended by the payments module when the ledger shows everything paid (执行完毕, read by the close guard).
      case 'completeExecution':
        s.execution = { startedAt: s.execution?.startedAt ?? r.at, completedAt: r.at };
        break;
      case 'close':
        s.closedAt = r.at;
        break;
      case 'decideOnTheSpot':
        s.onTheSpot = { decidedAt: r.at, penalty: penaltyIn(p, 'penalty') };
        break;
      case 'fileWithAgency':
        s.filedWithAgencyAt = r.at;
        break;
      default:
        break;
    }
  }
  return s;
}

/** The case as the domain sees it; drafts are empty until a command overlays its input. */
export function buildSnapshot(rec: CaseRecord): CaseSnapshot {
  const { row } = rec;
  const active = rec.assignments.filter((a) => a.removedAt === null);
  const removed = rec.assignments.filter((a) => a.removedAt !== null && !active.some((x) => x.officerId === a.officerId));
  const investigator = (a: CaseOfficerRow) => {
    const o = rec.officers.get(a.officerId);
    return o ? { userId: o.userId, officer: o.officer } : null;
  };
  return {
    id: row.id,
    procedure: row.procedure,
    state: row.state,
    departmentId: row.departmentId,
    power: { code: rec.power?.code ?? '', sector: JUSTICE_ADMINISTRATION_SECTOR },
    enforcementScope: { category: rec.power?.enforcementField ?? '', area: rec.power?.area ?? '' },
    party: {
      kind: row.partyKind,
      name: row.partyName,
      address: row.partyAddress,
      birthDate: row.partyBirthDate,
      lackedCapacityAtAct: row.partyLackedCapacity,
    },
    conduct: row.conduct,
    violation: row.violationStartedOn
      ? { startedOn: row.violationStartedOn, endedOn: row.violationEndedOn, ongoing: row.violationOngoing, seriousHarm: row.violationSeriousHarm }
      : null,
    leadReceivedAt: row.leadReceivedAt,
    legalBasis: rec.legalBasis,
    flags: row.flags,
    investigators: active.flatMap((a) => investigator(a) ?? []),
    formerInvestigators: removed.flatMap((a) => {
      const o = rec.officers.get(a.officerId);
      return o ? [{ userId: o.userId, officerId: o.officer.id, name: o.officer.name }] : [];
    }),
    recusals: (rec.recusals ?? []).map((r) => ({
      person: { userId: r.userId, officerId: r.officerId, name: r.personName },
      role: r.role,
      status: r.status,
    })),
    proposedPenalty: row.proposedPenalty,
    steps: foldSteps(rec.steps),
    drafts: emptyDrafts(),
    decisionClock: { suspensions: row.decisionClockSuspensions, extensions: row.decisionClockExtensions },
  };
}

/** Who the actor is in law: roles, officer record with certificate, 局长, 分管 departments, headed department. */
export async function buildCaseActor(db: Executor, actor: Actor, now: Date, facts: 'fresh' | 'cached' = 'fresh'): Promise<CaseActor> {
  const isLeader = actor.roles.includes('leader');
  const load = () => actorFactsOf(db, actor.userId, isLeader, now);
  const { officer, principal, leaderOf } = facts === 'cached' ? await cachedActorFacts(actor.userId, isLeader, now, load) : await load();
  return {
    userId: actor.userId,
    name: actor.displayName,
    roles: actor.roles,
    officer: officer?.officer ?? null,
    principal,
    leaderOf,
    headOf: actor.roles.includes('departmentHead') && actor.departmentId ? [actor.departmentId] : [],
    legalProfessionQualification: officer?.legalProfessionQualification ?? false,
    firstReviewedOn: null,
  };
}

type ActorFacts = { officer: Awaited<ReturnType<typeof officerOfUser>>; principal: boolean; leaderOf: Awaited<ReturnType<typeof departmentsLedBy>> };

async function actorFactsOf(db: Executor, userId: string, isLeader: boolean, now: Date): Promise<ActorFacts> {
  const [officer, principal, leaderOf] = await allOn(db, [
    () => officerOfUser(db, userId),
    () => (isLeader ? isPrincipal(db, userId, toLocalDate(now)) : Promise.resolve(false)),
    () => (isLeader ? departmentsLedBy(db, userId) : Promise.resolve([])),
  ]);
  return { officer, principal, leaderOf };
}

/**
 * Views only (the case page's offered actions): the actor's officer record, 局长 and 分管 facts are the same for every
 * page a user opens, so they are kept ACTOR_FACTS_TTL_MS per (user, day, leader role) in this process. A certificate
 * suspended or a 分管 changed shows on the page within that time; a case action reads them afresh in its transaction
 * (buildCaseActor without 'cached'), so no action is allowed on a cached fact.
 */
export const ACTOR_FACTS_TTL_MS = 10_000;
const actorFactsCache = new Map<string, { at: number; facts: Promise<ActorFacts> }>();

function cachedActorFacts(userId: string, isLeader: boolean, now: Date, load: () => Promise<ActorFacts>): Promise<ActorFacts> {
  const key = `${userId}|${toLocalDate(now)}|${isLeader ? 'L' : ''}`;
  const hit = actorFactsCache.get(key);
  if (hit && performance.now() - hit.at < ACTOR_FACTS_TTL_MS) return hit.facts;
  if (actorFactsCache.size >= 10_000) actorFactsCache.clear(); // bounded: a busy day's users, not a leak
  const facts = load();
  actorFactsCache.set(key, { at: performance.now(), facts });
  facts.catch(() => actorFactsCache.get(key)?.facts === facts && actorFactsCache.delete(key));
  return facts;
}
