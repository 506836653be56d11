/**
 * 三员分立 as a matrix (GB/T 22239 8.1.5.1–3): each administrator role × each other administrator's actions → refused.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, login, makeBureau, userRow, type Session, type TestBureau, type TestContext } from './support/test-app.ts';

let ctx: TestContext;
let bureau: TestBureau;
const sessions: Record<string, Session> = {};

beforeAll(async () => {
  ctx = await createTestContext();
  bureau = await makeBureau(ctx);
  for (const k of ['sysadmin', 'secadmin', 'auditor']) sessions[k] = await login(ctx, bureau.users[k]!);
});

type Action = { name: string; run: (s: Session) => ReturnType<Session['request']> };
const target = () => bureau.users['officerA']!;

const ACTIONS: Record<'sysadmin' | 'secadmin' | 'auditor', Action[]> = {
  sysadmin: [
    { name: '新建用户', run: (s) => s.request({ method: 'POST', url: '/api/users', payload: { username: `u${Math.random().toString(36).slice(2, 8)}`, displayName: '某某' } }) },
    { name: '新建科室', run: (s) => s.request({ method: 'POST', url: '/api/departments', payload: { name: `科${Math.random().toString(36).slice(2, 6)}` } }) },
    { name: '停用用户', run: async (s) => s.request({ method: 'POST', url: `/api/users/${target().id}/disable`, payload: { version: (await userRow(ctx, target().id)).version } }) },
  ],
  secadmin: [
    { name: '分配角色', run: async (s) => s.request({ method: 'PUT', url: `/api/users/${target().id}/roles`, payload: { roles: ['officer'], version: (await userRow(ctx, target().id)).version } }) },
    { name: '修改安全策略', run: async (s) => s.request({ method: 'GET', url: '/api/security/policy' }) },
  ],
  auditor: [
    { name: '查阅审计日志', run: (s) => s.request({ method: 'GET', url: '/api/audit' }) },
    { name: '校验审计链', run: (s) => s.request({ method: 'GET', url: '/api/audit/verify' }) },
  ],
};

describe('三员分立 matrix', () => {
  for (const owner of Object.keys(ACTIONS) as (keyof typeof ACTIONS)[]) {
    for (const action of ACTIONS[owner]) {
      it(`${owner} may ${action.name}`, async () => {
        const r = await action.run(sessions[owner]!);
        expect(r.statusCode, r.body).toBeLessThan(300);
        // put the target back to active for the next rows of the matrix
        if (action.name === '停用用户') {
          const row = await userRow(ctx, target().id);
          await sessions['sysadmin']!.request({ method: 'POST', url: `/api/users/${target().id}/enable`, payload: { version: row.version } });
        }
      });
      for (const other of Object.keys(ACTIONS).filter((k) => k !== owner)) {
        it(`${other} may not ${action.name}`, async () => {
          const before = await ctx.sql('select count(*)::int n from audit_events');
          const r = await action.run(sessions[other]!);
          // 403, or 404 where the other administrator may not even see the object (the auditor and user accounts)
          expect([403, 404]).toContain(r.statusCode);
          const after = await ctx.sql('select count(*)::int n from audit_events');
          expect(after.rows[0].n).toBe(before.rows[0].n);
        });
      }
    }
  }

  it('refuses to give one account two administrator roles, or an administrator a business role, citing 三员分立', async () => {
    const t = target();
    for (const roles of [['systemAdmin', 'auditAdmin'], ['securityAdmin', 'systemAdmin'], ['auditAdmin', 'officer']]) {
      const r = await sessions['secadmin']!.request({ method: 'PUT', url: `/api/users/${t.id}/roles`, payload: { roles, version: (await userRow(ctx, t.id)).version } });
      expect(r.statusCode).toBe(400);
      expect(r.json().code).toBe('ROLE_SEPARATION');
      expect(r.json().basis.article).toContain('8.1.5');
    }
    expect((await userRow(ctx, t.id)).roles).toEqual(['officer']);
  });

  it('does not let the security administrator grant roles to themselves', async () => {
    const me = bureau.users['secadmin']!;
    const r = await sessions['secadmin']!.request({ method: 'PUT', url: `/api/users/${me.id}/roles`, payload: { roles: ['securityAdmin', 'leader'], version: (await userRow(ctx, me.id)).version } });
    expect(r.statusCode).toBe(400); // separation is checked first
    const r2 = await sessions['secadmin']!.request({ method: 'PUT', url: `/api/users/${me.id}/roles`, payload: { roles: ['securityAdmin'], version: (await userRow(ctx, me.id)).version } });
    expect(r2.statusCode).toBe(403);
  });

  it('the security administrator cannot read business data such as personal numbers', async () => {
    const r = await sessions['secadmin']!.request({ method: 'POST', url: `/api/users/${target().id}/reveal` });
    expect(r.statusCode).toBe(403);
  });

  it('a revoked role takes effect on the next request', async () => {
    const head = bureau.users['headB']!;
    const s = await login(ctx, head);
    expect((await s.request({ method: 'GET', url: '/api/users' })).statusCode).toBe(200);
    const r = await sessions['secadmin']!.request({ method: 'PUT', url: `/api/users/${head.id}/roles`, payload: { roles: ['officer'], version: (await userRow(ctx, head.id)).version } });
    expect(r.statusCode).toBe(200);
    expect((await s.request({ method: 'GET', url: '/api/users' })).statusCode).toBe(401);
    const again = await login(ctx, head);
    expect((await again.request({ method: 'GET', url: '/api/users' })).statusCode).toBe(403);
  });
});
