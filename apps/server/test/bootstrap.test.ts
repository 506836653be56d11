/**
 * A real installation (QUANZE_DEMO=0): only sysadmin exists, with a one-time password and a forced change; the
 * system administrator may appoint the first security and audit administrators, once each.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { generateTotp } from '../src/modules/identity/index.ts';
import { createFieldCipher } from '../src/platform/crypto.ts';
import { seedIfEmpty } from '../src/seed/seed.ts';
import { createTestContext, sessionCookieOf, sessionFrom, type Session, type TestContext } from './support/test-app.ts';

let ctx: TestContext;
let initial: string;

beforeAll(async () => {
  ctx = await createTestContext();
  const r = await seedIfEmpty(ctx.db, ctx.clock, createFieldCipher(ctx.dataKey), false);
  initial = r.initialAdminPassword!;
});

const loginAs = async (username: string, password: string, totp?: string) =>
  ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password, ...(totp ? { totp } : {}) } });

describe('first installation', () => {
  it('creates only sysadmin, with a strong one-time password that must be changed at first login', async () => {
    const users = await ctx.sql('select username, roles, must_change_password from users');
    expect(users.rows).toEqual([{ username: 'sysadmin', roles: ['systemAdmin'], must_change_password: true }]);
    expect(initial).toMatch(/^.{14}$/);
    expect(initial).not.toBe('Quanze@2026');
    expect((await loginAs('sysadmin', 'Quanze@2026')).statusCode).toBe(401);
    const r = await loginAs('sysadmin', initial);
    expect(r.json().mustChangePassword).toBe(true);
    const s = sessionFrom(ctx, sessionCookieOf(r), r.json());
    expect((await s.request({ method: 'GET', url: '/api/users' })).json().code).toBe('PASSWORD_CHANGE_REQUIRED');
  });

  it('lets the system administrator appoint the first security administrator once, and never a second', async () => {
    let r = await loginAs('sysadmin', initial);
    let s: Session = sessionFrom(ctx, sessionCookieOf(r), r.json());
    r = await s.request({ method: 'POST', url: '/api/auth/password', payload: { currentPassword: initial, newPassword: 'Sys#Admin2026!' } });
    s = sessionFrom(ctx, sessionCookieOf(r), r.json());
    // TOTP enrolment first: administrators have no permissions before the second factor.
    const setup = await s.request({ method: 'POST', url: '/api/auth/totp/setup' });
    expect((await s.request({ method: 'POST', url: '/api/auth/totp/enable', payload: { code: generateTotp(setup.json().secret, ctx.clock.now()) } })).statusCode).toBe(200);

    const a = (await s.request({ method: 'POST', url: '/api/users', payload: { username: 'anquan', displayName: '安全员甲' } })).json().user;
    const b = (await s.request({ method: 'POST', url: '/api/users', payload: { username: 'anquan2', displayName: '安全员乙' } })).json().user;
    expect(a.abilities).toContain('appointAdmin');
    const ok = await s.request({ method: 'POST', url: `/api/users/${a.id}/appoint-admin`, payload: { role: 'securityAdmin', version: a.version } });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().roles).toEqual(['securityAdmin']);
    // The role is no longer vacant: a second appointment is refused, and assigning roles stays the security administrator's.
    const again = await s.request({ method: 'POST', url: `/api/users/${b.id}/appoint-admin`, payload: { role: 'securityAdmin', version: b.version } });
    expect(again.statusCode).toBe(403);
    expect((await s.request({ method: 'PUT', url: `/api/users/${b.id}/roles`, payload: { roles: ['leader'], version: b.version } })).statusCode).toBe(403);
    // The audit role is still vacant.
    const c = await s.request({ method: 'POST', url: `/api/users/${b.id}/appoint-admin`, payload: { role: 'auditAdmin', version: b.version } });
    expect(c.statusCode).toBe(200);
    const audit = await ctx.sql(`select count(*)::int n from audit_events where action = 'user.admin_appoint'`);
    expect(audit.rows[0].n).toBe(2);
  });
});
