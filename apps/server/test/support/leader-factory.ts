/**
 * Extra 负责人 accounts (role leader) for a test bureau: a collective discussion (第五十七条) needs several leaders,
 * and the server counts an attendee as one only when their account holds the leader role.
 */
import { hashPassword, passwordHistory, users } from '../../src/modules/identity/index.ts';
import { PASSWORD, type TestBureau, type TestContext, type TestUser } from './test-app.ts';

export async function makeLeaders(ctx: TestContext, b: TestBureau, names: readonly string[]): Promise<TestUser[]> {
  const now = ctx.clock.now();
  const hash = await hashPassword(PASSWORD);
  const out: TestUser[] = [];
  for (const name of names) {
    const username = `${name}_${b.id.slice(0, 6)}`;
    const [u] = await ctx.db
      .insert(users)
      .values({
        bureauId: b.id,
        departmentId: null,
        username,
        displayName: name,
        passwordHash: hash,
        passwordChangedAt: now,
        mustChangePassword: false,
        roles: ['leader'],
        totpEnabled: false,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await ctx.db.insert(passwordHistory).values({ userId: u!.id, passwordHash: hash, createdAt: now });
    const user: TestUser = { id: u!.id, username, roles: ['leader'], departmentId: null, totpSecret: null };
    b.users[name] = user;
    out.push(user);
  }
  return out;
}
