import { and, asc, count, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db.ts';
import { departments } from '../org/index.ts';
import { users } from './identity.table.ts';

export type UserRow = typeof users.$inferSelect;
export type UserWithDept = UserRow & { departmentName: string | null };

export async function findUserByUsername(db: Executor, username: string): Promise<UserRow | undefined> {
  const [u] = await db.select().from(users).where(sql`lower(${users.username}) = lower(${username})`);
  return u;
}

/** Row lock for a state change: the caller is inside a transaction. */
export async function lockUser(tx: Executor, id: string): Promise<UserRow | undefined> {
  const [u] = await tx.select().from(users).where(eq(users.id, id)).for('update');
  return u;
}

export async function getUserWithDept(db: Executor, id: string): Promise<UserWithDept | undefined> {
  const [r] = await db
    .select({ u: users, departmentName: departments.name })
    .from(users)
    .leftJoin(departments, eq(departments.id, users.departmentId))
    .where(eq(users.id, id));
  return r ? { ...r.u, departmentName: r.departmentName } : undefined;
}

export interface UserFilter {
  bureauId: string;
  departmentId?: string | undefined;
  onlyUserId?: string | undefined;
  q?: string | undefined;
  page: number;
  pageSize: number;
}

export async function listUsers(db: Executor, f: UserFilter): Promise<{ items: UserWithDept[]; total: number }> {
  const conds: SQL[] = [eq(users.bureauId, f.bureauId)];
  if (f.departmentId) conds.push(eq(users.departmentId, f.departmentId));
  if (f.onlyUserId) conds.push(eq(users.id, f.onlyUserId));
  if (f.q) {
    const like = `%${f.q.replace(/[\\%_]/g, (c) => '\\' + c)}%`;
    conds.push(or(ilike(users.username, like), ilike(users.displayName, like))!);
  }
  const where = and(...conds);
  const rows = await db
    .select({ u: users, departmentName: departments.name })
    .from(users)
    .leftJoin(departments, eq(departments.id, users.departmentId))
    .where(where)
    .orderBy(asc(users.username))
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize);
  const [c] = await db.select({ n: count() }).from(users).where(where);
  return { items: rows.map((r) => ({ ...r.u, departmentName: r.departmentName })), total: c?.n ?? 0 };
}

/** Administrator roles no active account of the bureau holds yet (the first appointment after installation). */
export async function vacantAdminRoles(db: Executor, bureauId: string): Promise<('securityAdmin' | 'auditAdmin')[]> {
  const rows = await db
    .select({ roles: users.roles })
    .from(users)
    .where(and(eq(users.bureauId, bureauId), eq(users.status, 'active'), sql`${users.roles} && array['securityAdmin','auditAdmin']::text[]`));
  const held = new Set(rows.flatMap((r) => r.roles));
  return (['securityAdmin', 'auditAdmin'] as const).filter((r) => !held.has(r));
}
