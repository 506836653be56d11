import type { z } from 'zod';
import type { UserDto } from '@quanze/contracts';
import { maskIdCardNumber, maskMobile, type Role } from '@quanze/domain';
import type { Actor } from '../../platform/auth/actor.ts';
import type { FieldCipher } from '../../platform/crypto.ts';
import type { UserWithDept } from './users.repository.ts';
import { userAbilities } from './users.policy.ts';

/** Personal fields always leave masked; the unmasked value only comes from the audited reveal endpoint. */
export function presentUser(actor: Actor, u: UserWithDept, cipher: FieldCipher, now: Date, vacantAdminRoles: readonly string[] = []): z.infer<typeof UserDto> {
  const locked = u.lockedUntil !== null && u.lockedUntil > now;
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    departmentId: u.departmentId,
    departmentName: u.departmentName,
    roles: u.roles as Role[],
    status: u.status,
    locked,
    lockedUntil: locked ? u.lockedUntil!.toISOString() : null,
    totpEnabled: u.totpEnabled,
    mobile: u.mobileSealed ? maskMobile(cipher.decrypt(u.mobileSealed)) : null,
    idCardNumber: u.idCardSealed ? maskIdCardNumber(cipher.decrypt(u.idCardSealed)) : null,
    lastLoginAt: u.lastLoginAt?.toISOString() ?? null,
    createdAt: u.createdAt.toISOString(),
    version: u.version,
    abilities: userAbilities(actor, u, now, vacantAdminRoles),
  };
}
