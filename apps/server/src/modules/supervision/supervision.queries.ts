/** Read models: the registry, the observations queue (in the actor's scope), and a supervisor's own observations. */
import { and, count, desc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import { OBSERVATION_CATEGORIES, OBSERVATION_CATEGORY_LABELS, toLocalDate } from '@quanze/domain';
import type { MyObservationsDto, ObservationDto, ObservationQueueDto, SupervisorDto, SupervisorListDto } from '@quanze/contracts';
import type { Actor } from '../../platform/auth/actor.ts';
import type { Deps } from '../../platform/deps.ts';
import { notFound } from '../../platform/errors.ts';
import { departments } from '../org/index.ts';
import { observationVisible, visibleSupervisor } from './supervision.repository.ts';
import { presentMyObservation, presentObservation, presentSupervisor } from './supervision.presenter.ts';
import { socialSupervisors, supervisionObservations, supervisorAccounts } from './supervision.table.ts';
import type { SupervisorActor } from './supervisor-session.ts';

const observationCount = sql<number>`(select count(*)::int from ${supervisionObservations} where ${supervisionObservations.supervisorId} = ${socialSupervisors.id})`;

export async function listSupervisors(
  deps: Deps,
  actor: Actor,
  q: { status?: 'active' | 'suspended' | 'ended' | undefined; q?: string | undefined; page: number; pageSize: number },
): Promise<SupervisorListDto> {
  if (actor.scope !== 'bureau') return { items: [], total: 0, page: q.page, pageSize: q.pageSize };
  const where: SQL[] = [eq(socialSupervisors.bureauId, actor.bureauId)];
  if (q.status) where.push(eq(socialSupervisors.status, q.status));
  if (q.q) {
    const like = `%${q.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    where.push(or(ilike(socialSupervisors.name, like), ilike(socialSupervisors.documentNumber, like), ilike(supervisorAccounts.loginName, like))!);
  }
  const cond = and(...where);
  const [rows, [total]] = await Promise.all([
    deps.db
      .select({ s: socialSupervisors, a: supervisorAccounts, n: observationCount })
      .from(socialSupervisors)
      .leftJoin(supervisorAccounts, eq(supervisorAccounts.supervisorId, socialSupervisors.id))
      .where(cond)
      .orderBy(desc(socialSupervisors.createdAt), desc(socialSupervisors.id))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    deps.db
      .select({ n: count() })
      .from(socialSupervisors)
      .leftJoin(supervisorAccounts, eq(supervisorAccounts.supervisorId, socialSupervisors.id))
      .where(cond),
  ]);
  const now = deps.clock.now();
  const today = toLocalDate(now);
  return {
    items: rows.map((r) => presentSupervisor(deps.cipher, actor, r.s, r.a, r.n, now, today)),
    total: total?.n ?? 0,
    page: q.page,
    pageSize: q.pageSize,
  };
}

export async function supervisorDetail(deps: Deps, actor: Actor, id: string): Promise<SupervisorDto> {
  const s = await visibleSupervisor(deps.db, actor, id);
  const [r] = await deps.db
    .select({ a: supervisorAccounts, n: observationCount })
    .from(socialSupervisors)
    .leftJoin(supervisorAccounts, eq(supervisorAccounts.supervisorId, socialSupervisors.id))
    .where(eq(socialSupervisors.id, s.id));
  const now = deps.clock.now();
  return presentSupervisor(deps.cipher, actor, s, r?.a ?? null, r?.n ?? 0, now, toLocalDate(now));
}

/** Scope: bureau-wide staff see every observation of the bureau; a department head those routed to the department. */
function scopeCondition(actor: Actor): SQL | null {
  const bureau = eq(supervisionObservations.bureauId, actor.bureauId);
  if (actor.scope === 'bureau') return bureau;
  if (actor.scope === 'department' && actor.departmentId) return and(bureau, eq(supervisionObservations.departmentId, actor.departmentId))!;
  return null;
}

export async function observationQueue(
  deps: Deps,
  actor: Actor,
  q: { state?: ObservationDto['state'] | undefined; category?: string | undefined; departmentId?: string | undefined; supervisorId?: string | undefined; page: number; pageSize: number },
): Promise<ObservationQueueDto> {
  const scope = scopeCondition(actor);
  if (!scope) return { items: [], total: 0, page: q.page, pageSize: q.pageSize, openCount: 0 };
  const where: SQL[] = [scope];
  if (q.state) where.push(eq(supervisionObservations.state, q.state));
  if (q.category) where.push(eq(supervisionObservations.category, q.category));
  if (q.departmentId) where.push(eq(supervisionObservations.departmentId, q.departmentId));
  if (q.supervisorId) where.push(eq(supervisionObservations.supervisorId, q.supervisorId));
  const [rows, [total], [open]] = await Promise.all([
    deps.db
      .select({ o: supervisionObservations, supervisorName: socialSupervisors.name, departmentName: departments.name })
      .from(supervisionObservations)
      .innerJoin(socialSupervisors, eq(socialSupervisors.id, supervisionObservations.supervisorId))
      .leftJoin(departments, eq(departments.id, supervisionObservations.departmentId))
      .where(and(...where))
      .orderBy(desc(supervisionObservations.submittedAt), desc(supervisionObservations.id))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    deps.db.select({ n: count() }).from(supervisionObservations).where(and(...where)),
    deps.db
      .select({ n: count() })
      .from(supervisionObservations)
      .where(and(scope, inArray(supervisionObservations.state, ['submitted', 'underReview']))),
  ]);
  return {
    items: rows.map((r) => presentObservation(r.o, r.supervisorName, r.departmentName)),
    total: total?.n ?? 0,
    page: q.page,
    pageSize: q.pageSize,
    openCount: open?.n ?? 0,
  };
}

export async function observationDetail(deps: Deps, actor: Actor, id: string): Promise<ObservationDto> {
  const [r] = await deps.db
    .select({ o: supervisionObservations, supervisorName: socialSupervisors.name, departmentName: departments.name })
    .from(supervisionObservations)
    .innerJoin(socialSupervisors, eq(socialSupervisors.id, supervisionObservations.supervisorId))
    .leftJoin(departments, eq(departments.id, supervisionObservations.departmentId))
    .where(eq(supervisionObservations.id, id));
  if (!r || !observationVisible(actor, r.o)) throw notFound('监督意见');
  return presentObservation(r.o, r.supervisorName, r.departmentName);
}

export async function myObservations(deps: Deps, me: SupervisorActor): Promise<MyObservationsDto> {
  const rows = await deps.db
    .select()
    .from(supervisionObservations)
    .where(eq(supervisionObservations.supervisorId, me.supervisorId))
    .orderBy(desc(supervisionObservations.submittedAt))
    .limit(200);
  return {
    items: rows.map(presentMyObservation),
    categories: OBSERVATION_CATEGORIES.map((value) => ({ value, label: OBSERVATION_CATEGORY_LABELS[value] })),
  };
}
