import { eq } from 'drizzle-orm';
import { isValidIdCardNumber } from '@quanze/domain';
import { appendAudit } from '../../../platform/audit/audit-writer.ts';
import { auditContextOf, type Actor } from '../../../platform/auth/actor.ts';
import type { Deps } from '../../../platform/deps.ts';
import { AppError } from '../../../platform/errors.ts';
import { departments } from '../../org/index.ts';
import { passwordHistory, users } from '../identity.table.ts';
import { generateInitialPassword, hashPassword } from '../passwords.ts';
import { findUserByUsername } from '../users.repository.ts';

export interface CreateUserInput {
  username: string;
  displayName: string;
  departmentId?: string | null | undefined;
  mobile?: string | undefined;
  idCardNumber?: string | undefined;
}

/** New accounts hold no role (the security administrator grants roles) and must change the one-time password. */
export async function createUser(deps: Deps, actor: Actor, input: CreateUserInput, ip: string | null) {
  if (input.idCardNumber && !isValidIdCardNumber(input.idCardNumber)) {
    throw new AppError('VALIDATION_FAILED', '身份证号码校验位不正确', { fieldErrors: { idCardNumber: ['身份证号码校验位不正确'] } });
  }
  const initialPassword = generateInitialPassword();
  const passwordHash = await hashPassword(initialPassword);
  const id = await deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    if (await findUserByUsername(tx, input.username)) {
      throw new AppError('DUPLICATE', `用户名 ${input.username} 已被使用`, { fieldErrors: { username: ['用户名已被使用'] } });
    }
    if (input.departmentId) {
      const [d] = await tx.select().from(departments).where(eq(departments.id, input.departmentId));
      if (!d || d.bureauId !== actor.bureauId || d.status !== 'active') {
        throw new AppError('VALIDATION_FAILED', '科室不存在', { fieldErrors: { departmentId: ['科室不存在'] } });
      }
    }
    const { cipher } = deps;
    const [row] = await tx
      .insert(users)
      .values({
        bureauId: actor.bureauId,
        departmentId: input.departmentId ?? null,
        username: input.username,
        displayName: input.displayName,
        passwordHash,
        passwordChangedAt: now,
        mustChangePassword: true,
        roles: [],
        mobileSealed: input.mobile ? cipher.encrypt(input.mobile) : null,
        mobileIndex: input.mobile ? cipher.blindIndex(input.mobile) : null,
        idCardSealed: input.idCardNumber ? cipher.encrypt(input.idCardNumber) : null,
        idCardIndex: input.idCardNumber ? cipher.blindIndex(input.idCardNumber) : null,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: users.id });
    await tx.insert(passwordHistory).values({ userId: row!.id, passwordHash, createdAt: now });
    await appendAudit(tx, auditContextOf(actor, ip), now, {
      action: 'user.create',
      objectType: 'user',
      objectId: row!.id,
      summary: { after: { username: input.username, displayName: input.displayName, departmentId: input.departmentId ?? null } },
    });
    return row!.id;
  });
  return { id, initialPassword };
}
