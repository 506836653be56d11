/** The only place the supervision tables are read and written outside the session file. */
import { and, eq, sql } from 'drizzle-orm';
import { inScope, type Actor } from '../../platform/auth/actor.ts';
import type { Executor, Tx } from '../../platform/db.ts';
import { notFound, versionConflict } from '../../platform/errors.ts';
import {
  socialSupervisors,
  supervisionObservations,
  supervisorAccounts,
  type ObservationRow,
  type SocialSupervisorRow,
  type SupervisorAccountRow,
} from './supervision.table.ts';

/** The registry is the bureau's: only bureau-wide scope sees a supervisor (out of scope → 404). */
function supervisorVisible(actor: Actor, row: SocialSupervisorRow): boolean {
  return inScope(actor, { bureauId: row.bureauId, departmentId: null, ownerId: null });
}

export function observationVisible(actor: Actor, row: ObservationRow): boolean {
  return inScope(actor, { bureauId: row.bureauId, departmentId: row.departmentId, ownerId: null });
}

export async function findAccountByLoginName(db: Executor, loginName: string): Promise<SupervisorAccountRow | undefined> {
  const [a] = await db
    .select()
    .from(supervisorAccounts)
    .where(sql`lower(${supervisorAccounts.loginName}) = lower(${loginName})`);
  return a;
}

export async function accountOf(db: Executor, supervisorId: string): Promise<SupervisorAccountRow | undefined> {
  const [a] = await db.select().from(supervisorAccounts).where(eq(supervisorAccounts.supervisorId, supervisorId));
  return a;
}

export async function lockAccount(tx: Tx, id: string): Promise<SupervisorAccountRow> {
  const [a] = await tx.select().from(supervisorAccounts).where(eq(supervisorAccounts.id, id)).for('update');
  if (!a) throw notFound('监督员账号');
  return a;
}

export async function supervisorById(db: Executor, id: string): Promise<SocialSupervisorRow | undefined> {
  const [s] = await db.select().from(socialSupervisors).where(eq(socialSupervisors.id, id));
  return s;
}

export async function visibleSupervisor(db: Executor, actor: Actor, id: string): Promise<SocialSupervisorRow> {
  const s = await supervisorById(db, id);
  if (!s || !supervisorVisible(actor, s)) throw notFound('社会监督员');
  return s;
}

/** Locks the supervisor row for a change at the version the editor saw. */
export async function lockSupervisor(tx: Tx, actor: Actor, id: string, version: number | null): Promise<SocialSupervisorRow> {
  const [s] = await tx.select().from(socialSupervisors).where(eq(socialSupervisors.id, id)).for('update');
  if (!s || !supervisorVisible(actor, s)) throw notFound('社会监督员');
  if (version !== null && s.version !== version) throw versionConflict();
  return s;
}

export async function lockObservation(tx: Tx, actor: Actor, id: string, version: number): Promise<ObservationRow> {
  const [o] = await tx.select().from(supervisionObservations).where(eq(supervisionObservations.id, id)).for('update');
  if (!o || !observationVisible(actor, o)) throw notFound('监督意见');
  if (o.version !== version) throw versionConflict();
  return o;
}

export async function documentNumberTaken(db: Executor, bureauId: string, documentNumber: string, exceptId: string | null): Promise<boolean> {
  const rows = await db
    .select({ id: socialSupervisors.id })
    .from(socialSupervisors)
    .where(and(eq(socialSupervisors.bureauId, bureauId), eq(socialSupervisors.documentNumber, documentNumber)));
  return rows.some((r) => r.id !== exceptId);
}
