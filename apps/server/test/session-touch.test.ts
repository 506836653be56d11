/**
 * The session's last-seen time is written at most once a minute (not on every request: issue 5 bench), and the
 * idle timeout still holds: it counts from the last recorded activity, so a session ends at most one minute before
 * the policy's idle minutes after the user's last request — never after — and a user who keeps working stays in.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { sm3Hex } from '../src/platform/crypto.ts';
import { createTestContext, login, makeBureau, type Session, type TestBureau, type TestContext } from './support/test-app.ts';

let ctx: TestContext;
let bureau: TestBureau;

beforeAll(async () => {
  ctx = await createTestContext();
  bureau = await makeBureau(ctx);
});

/** The session row of a logged-in client (the table keeps the SM3 hash of the cookie's token). */
async function row(s: Session): Promise<{ last_seen_at: Date; revoke_reason: string | null }> {
  const r = await ctx.sql(`select last_seen_at, revoke_reason from sessions where id = $1`, [sm3Hex(s.cookie.split('=')[1]!)]);
  return r.rows[0] as { last_seen_at: Date; revoke_reason: string | null };
}
const lastSeen = async (s: Session) => (await row(s)).last_seen_at.getTime();
const me = (s: Session) => s.request({ method: 'GET', url: '/api/auth/me' });

describe('session last-seen, written at most once a minute', () => {
  it('does not write last-seen for requests within a minute of the last write, and writes it after', async () => {
    const s = await login(ctx, bureau.users['officerA']!);
    const t0 = await lastSeen(s);
    ctx.clock.advance(30_000);
    expect((await me(s)).statusCode).toBe(200);
    expect(await lastSeen(s)).toBe(t0);
    ctx.clock.advance(29_000);
    expect((await me(s)).statusCode).toBe(200);
    expect(await lastSeen(s)).toBe(t0);
    ctx.clock.advance(1_000);
    expect((await me(s)).statusCode).toBe(200);
    expect(await lastSeen(s)).toBe(ctx.clock.now().getTime());
  });

  it('keeps a user who makes a request every 50 seconds signed in for hours', async () => {
    const s = await login(ctx, bureau.users['officerB']!);
    for (let i = 0; i < 200; i++) {
      ctx.clock.advance(50_000);
      expect((await me(s)).statusCode).toBe(200);
    }
  });

  it('ends the session 30 minutes after the last recorded activity, never later', async () => {
    const s = await login(ctx, bureau.users['headA']!);
    // A request 59 s after the login is not recorded; the idle clock runs from the login.
    ctx.clock.advance(59_000);
    expect((await me(s)).statusCode).toBe(200);
    ctx.clock.advance(30 * 60_000 - 59_000 - 1);
    expect((await me(s)).statusCode).toBe(200); // 1 ms before 30 idle minutes from the login: recorded now
    ctx.clock.advance(30 * 60_000);
    const expired = await me(s);
    expect(expired.statusCode).toBe(401);
    expect(expired.json().code).toBe('AUTH_SESSION_EXPIRED');
    expect((await row(s)).revoke_reason).toBe('idle_timeout');
  });
});
