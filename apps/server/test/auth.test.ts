import { beforeAll, describe, expect, it } from 'vitest';
import { generateTotp } from '../src/modules/identity/index.ts';
import { createTestContext, login, makeBureau, PASSWORD, sessionCookieOf, sessionFrom, userRow, type TestBureau, type TestContext } from './support/test-app.ts';

let ctx: TestContext;
let bureau: TestBureau;

beforeAll(async () => {
  ctx = await createTestContext();
  bureau = await makeBureau(ctx);
});

const attempt = (username: string, password: string, extra: Record<string, unknown> = {}) =>
  ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password, ...extra } });

async function auditActions(objectId: string): Promise<string[]> {
  const r = await ctx.sql('select action, result from audit_events where object_id = $1 order by seq', [objectId]);
  return r.rows.map((x) => `${x.action}:${x.result}`);
}

describe('login and lockout (等保 8.1.4.1 b)', () => {
  it('locks the account after 5 wrong passwords, refuses even the right one, and unlocks after 15 minutes', async () => {
    const u = bureau.users['officerA2']!;
    for (let i = 1; i <= 4; i++) {
      const r = await attempt(u.username, 'Wrong#Pass1');
      expect(r.statusCode).toBe(401);
      expect(r.json().code).toBe('AUTH_INVALID_CREDENTIALS');
    }
    const fifth = await attempt(u.username, 'Wrong#Pass1');
    expect(fifth.statusCode).toBe(423);
    expect(fifth.json().code).toBe('AUTH_LOCKED');
    expect(fifth.json().basis.article).toContain('8.1.4.1');

    const right = await attempt(u.username, PASSWORD);
    expect(right.statusCode).toBe(423);

    ctx.clock.advanceMinutes(14);
    expect((await attempt(u.username, PASSWORD)).statusCode).toBe(423);
    ctx.clock.advanceMinutes(1);
    const after = await attempt(u.username, PASSWORD);
    expect(after.statusCode).toBe(200);

    const actions = await auditActions(u.id);
    expect(actions.filter((a) => a === 'auth.login:failure')).toHaveLength(7); // 5 wrong + 2 while locked
    expect(actions).toContain('auth.lock:success');
    expect(actions).toContain('auth.unlock:success');
    expect(actions.at(-1)).toBe('auth.login:success');
  });

  it('tells the user how many attempts remain once few are left', async () => {
    const u = bureau.users['headB']!;
    await attempt(u.username, 'Wrong#Pass1');
    const second = await attempt(u.username, 'Wrong#Pass1');
    expect(second.json().message).toContain('再错 3 次');
    expect((await attempt(u.username, PASSWORD)).statusCode).toBe(200);
    expect((await userRow(ctx, u.id)).failedLoginCount).toBe(0);
  });

  it('gives the same answer for an unknown user and a wrong password, and audits both', async () => {
    const unknown = await attempt('nobody_here', 'Wrong#Pass1');
    const wrong = await attempt(bureau.users['leader']!.username, 'Wrong#Pass1');
    expect(unknown.statusCode).toBe(wrong.statusCode);
    expect(unknown.json().message).toBe('用户名或密码错误');
    const r = await ctx.sql(`select count(*)::int n from audit_events where action='auth.login' and result='failure' and summary->>'username' = 'nobody_here'`);
    expect(r.rows[0].n).toBe(1);
  });

  it('issues a new session id at every login', async () => {
    const a = await login(ctx, bureau.users['reviewer']!);
    const b = await login(ctx, bureau.users['reviewer']!);
    expect(a.cookie).not.toBe(b.cookie);
  });
});

describe('sessions (ASVS 7.3, 7.4)', () => {
  it('ends a session after 30 idle minutes but keeps an active one alive', async () => {
    const s = await login(ctx, bureau.users['supervisor']!);
    ctx.clock.advanceMinutes(29);
    expect((await s.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(200);
    ctx.clock.advanceMinutes(29);
    expect((await s.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(200);
    ctx.clock.advanceMinutes(31);
    const expired = await s.request({ method: 'GET', url: '/api/auth/me' });
    expect(expired.statusCode).toBe(401);
    expect(expired.json().code).toBe('AUTH_SESSION_EXPIRED');
  });

  it('ends a session at its absolute lifetime even when active', async () => {
    const s = await login(ctx, bureau.users['leader']!);
    for (let i = 0; i < 25; i++) {
      ctx.clock.advanceMinutes(29);
      if ((await s.request({ method: 'GET', url: '/api/auth/me' })).statusCode !== 200) break;
    }
    expect((await s.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
  });

  it('kills the session at logout: the old cookie gets 401', async () => {
    const s = await login(ctx, bureau.users['officerB']!);
    expect((await s.request({ method: 'POST', url: '/api/auth/logout' })).statusCode).toBe(204);
    expect((await s.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
  });

  it('kills every session of a user the system administrator disables', async () => {
    const victim = bureau.users['officerB']!;
    const s1 = await login(ctx, victim);
    const s2 = await login(ctx, victim);
    const admin = await login(ctx, bureau.users['sysadmin']!);
    const row = await userRow(ctx, victim.id);
    const r = await admin.request({ method: 'POST', url: `/api/users/${victim.id}/disable`, payload: { version: row.version } });
    expect(r.statusCode).toBe(200);
    expect((await s1.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
    expect((await s2.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
    expect((await attempt(victim.username, PASSWORD)).json().code).toBe('AUTH_DISABLED');
    const en = await admin.request({ method: 'POST', url: `/api/users/${victim.id}/enable`, payload: { version: row.version + 1 } });
    expect(en.statusCode).toBe(200);
  });

  it('changing the password kills the other sessions and enforces the history', async () => {
    const u = bureau.users['officerA']!;
    const other = await login(ctx, u);
    const s = await login(ctx, u);
    const reuse = await s.request({ method: 'POST', url: '/api/auth/password', payload: { currentPassword: PASSWORD, newPassword: PASSWORD } });
    expect(reuse.statusCode).toBe(400);
    expect(reuse.json().fieldErrors.newPassword[0]).toContain('最近 5 次');
    const weak = await s.request({ method: 'POST', url: '/api/auth/password', payload: { currentPassword: PASSWORD, newPassword: 'abcdefgh' } });
    expect(weak.statusCode).toBe(400);
    const ok = await s.request({ method: 'POST', url: '/api/auth/password', payload: { currentPassword: PASSWORD, newPassword: 'New#Secret2026' } });
    expect(ok.statusCode).toBe(200);
    const fresh = sessionFrom(ctx, sessionCookieOf(ok), ok.json());
    expect((await fresh.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(200);
    expect((await other.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
    expect((await s.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
  });

  it('forces a password change 90 days after the last one', async () => {
    const s = await login(ctx, bureau.users['headA']!);
    expect(s.me['mustChangePassword']).toBe(false);
    ctx.clock.advanceDays(91);
    const again = await login(ctx, bureau.users['headA']!);
    expect(again.me['mustChangePassword']).toBe(true);
    const blocked = await again.request({ method: 'GET', url: '/api/departments' });
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().code).toBe('PASSWORD_CHANGE_REQUIRED');
  });
});

describe('CSRF (ASVS 3.5)', () => {
  it('refuses a state change without the session token, with a wrong one, or from another origin', async () => {
    const s = await login(ctx, bureau.users['leader']!);
    const noToken = await ctx.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: s.cookie } });
    expect(noToken.statusCode).toBe(403);
    expect(noToken.json().code).toBe('CSRF_REJECTED');
    const wrong = await ctx.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: s.cookie, 'x-csrf-token': 'forged' } });
    expect(wrong.statusCode).toBe(403);
    const crossOrigin = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { origin: 'https://evil.example', host: 'quanze.local' },
      payload: { username: 'x', password: 'y' },
    });
    expect(crossOrigin.statusCode).toBe(403);
    const form = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'username=a&password=b',
    });
    expect(form.statusCode).toBe(403);
    // The session survived all of that.
    expect((await s.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(200);
  });
});

describe('second factor for administrators (等保 8.1.4.1 d)', () => {
  it('asks administrators for the TOTP code and refuses a code that was already used', async () => {
    const u = bureau.users['auditor']!;
    const noCode = await attempt(u.username, PASSWORD);
    expect(noCode.statusCode).toBe(401);
    expect(noCode.json().code).toBe('AUTH_TOTP_REQUIRED');
    ctx.clock.advance(60_000);
    const code = generateTotp(u.totpSecret!, ctx.clock.now());
    expect((await attempt(u.username, PASSWORD, { totp: code })).statusCode).toBe(200);
    const reused = await attempt(u.username, PASSWORD, { totp: code });
    expect(reused.statusCode).toBe(401);
    expect(reused.json().code).toBe('AUTH_TOTP_INVALID');
    const r = await ctx.sql(`select summary->>'reason' reason from audit_events where object_id=$1 and action='auth.login' order by seq desc limit 1`, [u.id]);
    expect(r.rows[0].reason).toBe('reused_totp');
  });

  it('gives an administrator without an enrolled factor no admin API until TOTP is set up', async () => {
    const fresh = await makeBureau(ctx, '另一个司法局'); // own bureau: earlier tests moved the clock past password expiry
    const admin = await login(ctx, fresh.users['sysadmin']!);
    const created = await admin.request({ method: 'POST', url: '/api/users', payload: { username: 'newsec01', displayName: '新安全员' } });
    expect(created.statusCode).toBe(201);
    const grant = await login(ctx, fresh.users['secadmin']!);
    const newUser = created.json().user;
    expect((await grant.request({ method: 'PUT', url: `/api/users/${newUser.id}/roles`, payload: { roles: ['securityAdmin'], version: newUser.version } })).statusCode).toBe(200);

    const first = await attempt('newsec01', created.json().initialPassword);
    expect(first.statusCode).toBe(200);
    const s = sessionFrom(ctx, sessionCookieOf(first), first.json());
    expect(first.json().mustChangePassword).toBe(true);
    const changed = await s.request({ method: 'POST', url: '/api/auth/password', payload: { currentPassword: created.json().initialPassword, newPassword: 'Sec#Admin2026x' } });
    expect(changed.statusCode).toBe(200);
    const s2 = sessionFrom(ctx, sessionCookieOf(changed), changed.json());
    expect(changed.json().secondFactorRequired).toBe(true);
    expect(changed.json().permissions).toEqual([]);
    const denied = await s2.request({ method: 'GET', url: '/api/security/policy' });
    expect(denied.statusCode).toBe(403);
    expect(denied.json().code).toBe('AUTH_SECOND_FACTOR_REQUIRED');

    const setup = await s2.request({ method: 'POST', url: '/api/auth/totp/setup' });
    expect(setup.statusCode).toBe(200);
    const bad = await s2.request({ method: 'POST', url: '/api/auth/totp/enable', payload: { code: '000000' } });
    expect(bad.statusCode).toBe(401);
    const enable = await s2.request({ method: 'POST', url: '/api/auth/totp/enable', payload: { code: generateTotp(setup.json().secret, ctx.clock.now()) } });
    expect(enable.statusCode).toBe(200);
    expect(enable.json().recoveryCodes).toHaveLength(10);
    expect((await s2.request({ method: 'GET', url: '/api/security/policy' })).statusCode).toBe(200);

    // A recovery code works once.
    const rc = enable.json().recoveryCodes[0];
    expect((await attempt('newsec01', 'Sec#Admin2026x', { totp: rc })).statusCode).toBe(200);
    expect((await attempt('newsec01', 'Sec#Admin2026x', { totp: rc })).statusCode).toBe(401);
  });
});
