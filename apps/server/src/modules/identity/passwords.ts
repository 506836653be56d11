import { hash, verify } from '@node-rs/argon2';
import crypto from 'node:crypto';
import { desc, eq } from 'drizzle-orm';
import { checkPassword, PASSWORD_BASIS, PASSWORD_PROBLEM_MESSAGES, type PasswordPolicy } from '@quanze/domain';
import { AppError } from '../../platform/errors.ts';
import type { Executor } from '../../platform/db.ts';
import { passwordHistory } from './identity.table.ts';

// argon2id, OWASP's second recommended setting (19 MiB, t=2) keeps a login under ~50 ms on the 2-core box.
const ARGON2 = { memoryCost: 19_456, timeCost: 2, parallelism: 1, algorithm: 2 as const };

export const hashPassword = (pw: string): Promise<string> => hash(pw, ARGON2);
export const verifyPassword = (stored: string, pw: string): Promise<boolean> => verify(stored, pw).catch(() => false);

/** Used when the username is unknown, so that the response takes as long as a real check (no user enumeration). */
let dummyHash: Promise<string> | null = null;
export async function burnPasswordCheck(pw: string): Promise<void> {
  dummyHash ??= hashPassword(crypto.randomBytes(16).toString('hex'));
  await verifyPassword(await dummyHash, pw);
}

/** Throws PASSWORD_POLICY with the Chinese reasons if the new password breaks the policy or repeats a recent one. */
export async function assertAcceptablePassword(
  db: Executor,
  userId: string | null,
  username: string,
  candidate: string,
  policy: PasswordPolicy,
): Promise<void> {
  const problems = checkPassword(candidate, username, policy);
  if (problems.length === 0 && userId) {
    const recent = await db
      .select({ h: passwordHistory.passwordHash })
      .from(passwordHistory)
      .where(eq(passwordHistory.userId, userId))
      .orderBy(desc(passwordHistory.createdAt))
      .limit(policy.historyCount);
    for (const r of recent) {
      if (await verifyPassword(r.h, candidate)) {
        problems.push('reused');
        break;
      }
    }
  }
  if (problems.length > 0) {
    const messages = problems.map((p) => PASSWORD_PROBLEM_MESSAGES[p](policy));
    throw new AppError('PASSWORD_POLICY', messages.join('；'), {
      basis: PASSWORD_BASIS,
      fieldErrors: { newPassword: messages },
    });
  }
}

/** A one-time initial password that always satisfies the default policy: 4 classes, 14 characters. */
export function generateInitialPassword(): string {
  const sets = ['ABCDEFGHJKLMNPQRSTUVWXYZ', 'abcdefghijkmnpqrstuvwxyz', '23456789', '@#%+=!?'];
  const all = sets.join('');
  const chars = sets.map((s) => s[crypto.randomInt(s.length)]!);
  while (chars.length < 14) chars.push(all[crypto.randomInt(all.length)]!);
  for (let i = chars.length - 1; i > 0; i--) {
    const j = crypto.randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j]!, chars[i]!];
  }
  return chars.join('');
}
