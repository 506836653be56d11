/**
 * The pieces every guard is made of: the context a guard reads, a finding (blocking or a warning), who is who in
 * the case, and the working-day clocks guards consult (computed by deadlines/, never re-counted here).
 */
import { toLocalDate, type LocalDate } from '../calendar/local-date.ts';
import type { Citation } from '../citation.ts';
import type { ClockDefinition } from '../deadlines/clock-definition.ts';
import { computeDeadline, type Deadline } from '../deadlines/compute-deadline.ts';
import type { Extension, Suspension } from '../deadlines/clock-changes.ts';
import type { Role } from '../identity/roles.ts';
import { twoOfficerRule, type Officer } from '../officers/eligibility.ts';
import type { CaseActionName } from './actions.ts';
import type { ProcedureConfig } from './config.ts';
import type { ProcedureCode } from './codes.ts';
import type { CaseInvestigator, CaseSnapshot, PersonRef, Recusal } from './snapshot.ts';
import { ENFORCING_OFFICERS } from './sources.ts';

/** The user taking the action, as the server knows them. */
export interface CaseActor {
  userId: string;
  name: string;
  roles: readonly Role[];
  /** The officer record, when the user is an officer. */
  officer: Officer | null;
  /** 主要负责人 (局长). */
  principal: boolean;
  /** Departments whose cases this leader is in charge of (分管). */
  leaderOf: readonly string[];
  /** Departments this person heads (科室负责人). */
  headOf: readonly string[];
  legalProfessionQualification: boolean;
  /** First day the person reviewed penalty decisions (for 第五十八条's "初次从事"); null if never. */
  firstReviewedOn: LocalDate | null;
}

export interface GuardContext {
  snapshot: CaseSnapshot;
  actor: CaseActor;
  now: Date;
  today: LocalDate;
  config: ProcedureConfig;
}

export interface Finding {
  level: 'block' | 'warn';
  code: ProcedureCode;
  reason: string;
  basis: Citation;
  /** The action to take instead (e.g. fileCase when the simple procedure is refused). */
  suggestedAction?: CaseActionName;
}

export type Guard = (ctx: GuardContext) => Finding[];

export const block = (code: ProcedureCode, reason: string, basis: Citation, suggestedAction?: CaseActionName): Finding =>
  suggestedAction ? { level: 'block', code, reason, basis, suggestedAction } : { level: 'block', code, reason, basis };
export const warn = (code: ProcedureCode, reason: string, basis: Citation): Finding => ({ level: 'warn', code, reason, basis });

export function actorRef(actor: CaseActor): PersonRef {
  return { userId: actor.userId, officerId: actor.officer?.id ?? null, name: actor.name };
}

export function investigatorRef(i: CaseInvestigator): PersonRef {
  return { userId: i.userId, officerId: i.officer.id, name: i.officer.name };
}

export function samePerson(a: PersonRef, b: PersonRef): boolean {
  return (a.userId !== null && a.userId === b.userId) || (a.officerId !== null && a.officerId === b.officerId);
}

/** The person's recusal standing for a role: granted beats pending; null when none is on record. */
export function recusalOf(snapshot: CaseSnapshot, person: PersonRef, role: Recusal['role']): Recusal['status'] | null {
  const mine = snapshot.recusals.filter((r) => r.role === role && samePerson(r.person, person));
  if (mine.some((r) => r.status === 'granted')) return 'granted';
  if (mine.some((r) => r.status === 'pending')) return 'pending';
  return mine.length > 0 ? 'refused' : null;
}

/** Investigators still on the case: assigned and not recused. */
export function activeInvestigators(snapshot: CaseSnapshot): CaseInvestigator[] {
  return snapshot.investigators.filter((i) => recusalOf(snapshot, investigatorRef(i), 'investigator') !== 'granted');
}

export function isActiveInvestigator(snapshot: CaseSnapshot, person: PersonRef): CaseInvestigator | undefined {
  return activeInvestigators(snapshot).find((i) => samePerson(investigatorRef(i), person));
}

/** Current or former investigator — who may not review the case or preside over its hearing. */
export function everInvestigated(snapshot: CaseSnapshot, person: PersonRef): boolean {
  return (
    snapshot.investigators.some((i) => samePerson(investigatorRef(i), person)) ||
    snapshot.formerInvestigators.some((p) => samePerson(p, person))
  );
}

/** 第四十二条 through officers/twoOfficerRule: at least two active investigators eligible today for this power. */
export function twoOfficerFinding(ctx: GuardContext): Finding | null {
  const { snapshot, today, config } = ctx;
  const active = activeInvestigators(snapshot);
  const r = twoOfficerRule(
    active.map((i) => i.officer),
    snapshot.enforcementScope,
    today,
    config.officerRules,
  );
  if (r.ok) return null;
  const details = r.entries
    .filter((e) => !e.allowed)
    .map((e) => {
      const name = active.find((i) => i.officer.id === e.officerId)?.officer.name ?? e.officerId;
      return `${name}：${e.reasons.map((x) => x.message).join('、')}`;
    });
  const recused = snapshot.investigators.length - active.length;
  const extra = [...details, ...(recused > 0 ? [`${recused}人已回避`] : [])];
  return block('TWO_OFFICER_RULE', extra.length ? `${r.reason}（${extra.join('；')}）` : r.reason, {
    ...ENFORCING_OFFICERS,
    note: r.basis.note ?? '',
  });
}

export function dayOf(instant: Date): LocalDate {
  return toLocalDate(instant);
}

/** A clock's deadline; the clock data come from the config (or deadlines/), the counting from computeDeadline. */
export function deadlineOf(
  clock: ClockDefinition,
  startDate: LocalDate,
  config: ProcedureConfig,
  changes: { suspensions?: readonly Suspension[]; extensions?: readonly Extension[] } = {},
): Deadline {
  return computeDeadline({ clock, startDate, calendar: config.calendar, ...changes });
}

/** The period has run out by `today` (a due date in the past); a held clock has not. */
export function hasEnded(deadline: Deadline, today: LocalDate): boolean {
  return deadline.dueDate !== null && today > deadline.dueDate;
}

/** A warning that a date was computed on a year whose holidays are not yet entered. */
export function provisionalWarning(deadline: Deadline): Finding[] {
  if (!deadline.provisional) return [];
  return [
    warn(
      'CLOCK_PROVISIONAL',
      `${deadline.label}的到期日${deadline.dueDate ?? ''}按未录入节假日安排的年份（${deadline.provisionalYears.join('、')}）暂定，录入后可能变化`,
      deadline.basis[0] ?? ENFORCING_OFFICERS,
    ),
  ];
}

export function isBlank(text: string | null | undefined): boolean {
  return text === null || text === undefined || text.trim() === '';
}
