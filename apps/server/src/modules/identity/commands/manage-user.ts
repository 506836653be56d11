/**
 * The small account changes of the system and security administrators. Each is one call of mutateUser — one
 * transaction with its audit row — so they share a file instead of seven near-empty ones.
 */
import { eq, sql } from 'drizzle-orm';
import { checkRoleSet, isValidIdCardNumber, LOCKOUT_BASIS, SEPARATION_OF_DUTIES, type Role } from '@quanze/domain';
import type { Actor } from '../../../platform/auth/actor.ts';
import type { Deps } from '../../../platform/deps.ts';
import { AppError } from '../../../platform/errors.ts';
import { departments } from '../../org/index.ts';
import { passwordHistory } from '../identity.table.ts';
import { generateInitialPassword, hashPassword } from '../passwords.ts';
import { revokeUserSessions } from '../session.ts';
import { mutateUser } from '../users.mutation.ts';
import { vacantAdminRoles } from '../users.repository.ts';

type Ip = string | null;

export function setUserStatus(deps: Deps, actor: Actor, id: string, status: 'active' | 'disabled', version: number, ip: Ip) {
  return mutateUser(deps, actor, id, ip, {
    ability: status === 'disabled' ? 'disable' : 'enable',
    action: status === 'disabled' ? 'user.disable' : 'user.enable',
    version,
    apply: async (tx, u, now) => {
      // Disabling takes effect at once: every session of the account dies (ASVS 7.4.2, 8.3.2).
      if (status === 'disabled') await revokeUserSessions(tx, u.id, now, 'user_disabled');
      return { set: { status }, summary: { before: { status: u.status }, after: { status } }, result: undefined };
    },
  });
}

export async function resetPassword(deps: Deps, actor: Actor, id: string, version: number, ip: Ip) {
  const initialPassword = generateInitialPassword();
  const passwordHash = await hashPassword(initialPassword);
  return mutateUser(deps, actor, id, ip, {
    ability: 'resetPassword',
    action: 'user.password_reset',
    version,
    // TOTP is kept: a system administrator who resets an administrator's password still cannot log in as them.
    apply: async (tx, u, now) => {
      await revokeUserSessions(tx, u.id, now, 'password_reset');
      await tx.insert(passwordHistory).values({ userId: u.id, passwordHash, createdAt: now });
      return { set: { passwordHash, passwordChangedAt: now, mustChangePassword: true, failedLoginCount: 0, lockedUntil: null }, result: { initialPassword } };
    },
  });
}

export function unlockUser(deps: Deps, actor: Actor, id: string, version: number, ip: Ip) {
  return mutateUser(deps, actor, id, ip, {
    ability: 'unlock',
    action: 'auth.unlock',
    version,
    apply: async (_tx, u) => ({
      set: { lockedUntil: null, failedLoginCount: 0 },
      summary: { reason: 'manual', before: { lockedUntil: u.lockedUntil?.toISOString() ?? null } },
      basis: LOCKOUT_BASIS,
      result: undefined,
    }),
  });
}

export function assignRoles(deps: Deps, actor: Actor, id: string, roles: Role[], version: number, ip: Ip) {
  const unique = [...new Set(roles)];
  const check = checkRoleSet(unique);
  if (!check.ok) throw new AppError('ROLE_SEPARATION', check.reason, { basis: check.basis });
  return mutateUser(deps, actor, id, ip, {
    ability: 'assignRoles',
    action: 'user.roles_assign',
    version,
    apply: async (tx, u, now) => {
      // Rights change at once (ASVS 8.3.2): the user logs in again and gets the new menu.
      await revokeUserSessions(tx, u.id, now, 'roles_changed');
      return { set: { roles: unique }, summary: { before: { roles: u.roles }, after: { roles: unique } }, basis: SEPARATION_OF_DUTIES, result: undefined };
    },
  });
}

/** The system administrator's one-time appointment of the first security or audit administrator. */
export function appointAdmin(deps: Deps, actor: Actor, id: string, role: 'securityAdmin' | 'auditAdmin', version: number, ip: Ip) {
  return mutateUser(deps, actor, id, ip, {
    ability: 'appointAdmin',
    action: 'user.admin_appoint',
    version,
    vacantAdminRoles: async (tx) => {
      // Serialise concurrent appointments in one bureau, then re-read the vacancies.
      await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${'appoint:' + actor.bureauId}))`);
      return vacantAdminRoles(tx, actor.bureauId);
    },
    apply: async (tx, u, now) => {
      const vacant = await vacantAdminRoles(tx, actor.bureauId);
      if (!vacant.includes(role)) throw new AppError('FORBIDDEN', '该管理员岗位已有人担任，请由安全管理员分配角色', { basis: SEPARATION_OF_DUTIES });
      await revokeUserSessions(tx, u.id, now, 'roles_changed');
      return { set: { roles: [role] }, summary: { before: { roles: u.roles }, after: { roles: [role] }, firstAppointment: true }, basis: SEPARATION_OF_DUTIES, result: undefined };
    },
  });
}

export interface UpdateUserInput {
  displayName?: string | undefined;
  departmentId?: string | null | undefined;
  mobile?: string | null | undefined;
  idCardNumber?: string | null | undefined;
  version: number;
}

export function updateUser(deps: Deps, actor: Actor, id: string, input: UpdateUserInput, ip: Ip) {
  if (input.idCardNumber && !isValidIdCardNumber(input.idCardNumber)) {
    throw new AppError('VALIDATION_FAILED', '身份证号码校验位不正确', { fieldErrors: { idCardNumber: ['身份证号码校验位不正确'] } });
  }
  const { cipher } = deps;
  return mutateUser(deps, actor, id, ip, {
    ability: 'edit',
    action: 'user.update',
    version: input.version,
    apply: async (tx, u) => {
      if (input.departmentId) {
        const [d] = await tx.select().from(departments).where(eq(departments.id, input.departmentId));
        if (!d || d.bureauId !== u.bureauId || d.status !== 'active') {
          throw new AppError('VALIDATION_FAILED', '科室不存在', { fieldErrors: { departmentId: ['科室不存在'] } });
        }
      }
      const set: Record<string, unknown> = {};
      const changed: string[] = [];
      if (input.displayName !== undefined && input.displayName !== u.displayName) {
        set.displayName = input.displayName;
        changed.push('displayName');
      }
      if (input.departmentId !== undefined && input.departmentId !== u.departmentId) {
        set.departmentId = input.departmentId;
        changed.push('departmentId');
      }
      if (input.mobile !== undefined) {
        set.mobileSealed = input.mobile ? cipher.encrypt(input.mobile) : null;
        set.mobileIndex = input.mobile ? cipher.blindIndex(input.mobile) : null;
        changed.push('mobile');
      }
      if (input.idCardNumber !== undefined) {
        set.idCardSealed = input.idCardNumber ? cipher.encrypt(input.idCardNumber) : null;
        set.idCardIndex = input.idCardNumber ? cipher.blindIndex(input.idCardNumber) : null;
        changed.push('idCardNumber');
      }
      // Personal fields are named as changed, never logged in clear.
      return { set, summary: { changed, before: { displayName: u.displayName, departmentId: u.departmentId }, after: { displayName: set.displayName ?? u.displayName, departmentId: set.departmentId ?? u.departmentId } }, result: undefined };
    },
  });
}
