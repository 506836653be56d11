/**
 * Object-level access (ASVS 8.2.2): a record outside the actor's data scope answers 404, for every role; invalid
 * bodies answer 400 and write nothing.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, login, makeBureau, userRow, type Session, type TestBureau, type TestContext } from './support/test-app.ts';

let ctx: TestContext;
let home: TestBureau;
let other: TestBureau;
const s: Record<string, Session> = {};

beforeAll(async () => {
  ctx = await createTestContext();
  home = await makeBureau(ctx, '本市司法局');
  other = await makeBureau(ctx, '邻市司法局');
  for (const k of Object.keys(home.users)) s[k] = await login(ctx, home.users[k]!);
});

const get = (k: string, id: string) => s[k]!.request({ method: 'GET', url: `/api/users/${id}` });

describe('data scope → 404 outside it', () => {
  it('no role of one bureau sees an account of another bureau', async () => {
    let pairs = 0;
    for (const k of Object.keys(home.users)) {
      for (const target of Object.values(other.users)) {
        const r = await get(k, target.id);
        expect(r.statusCode, `${k} → ${target.username}`).toBe(404);
        pairs++;
      }
    }
    expect(pairs).toBe(121);
  });

  it('a department head sees their own department, not another', async () => {
    expect((await get('headA', home.users['officerA']!.id)).statusCode).toBe(200);
    expect((await get('headA', home.users['officerB']!.id)).statusCode).toBe(404);
    expect((await get('headB', home.users['officerA']!.id)).statusCode).toBe(404);
    const list = await s['headA']!.request({ method: 'GET', url: '/api/users?pageSize=200' });
    const depts = new Set(list.json().items.map((u: { departmentId: string }) => u.departmentId));
    expect([...depts]).toEqual([home.departments.a]);
  });

  it('an officer sees only their own account and gets 404 for a colleague', async () => {
    expect((await get('officerA', home.users['officerA']!.id)).statusCode).toBe(200);
    expect((await get('officerA', home.users['officerA2']!.id)).statusCode).toBe(404);
    expect((await s['officerA']!.request({ method: 'GET', url: '/api/users' })).statusCode).toBe(403);
  });

  it('mutations on another bureau’s account answer 404 and change nothing', async () => {
    const t = other.users['officerA']!;
    const before = await userRow(ctx, t.id);
    const calls: [string, string, object][] = [
      ['sysadmin', `/api/users/${t.id}/disable`, { version: before.version }],
      ['sysadmin', `/api/users/${t.id}/reset-password`, { version: before.version }],
      ['secadmin', `/api/users/${t.id}/unlock`, { version: before.version }],
      ['leader', `/api/users/${t.id}/reveal`, {}],
    ];
    for (const [who, url, payload] of calls) {
      const r = await s[who]!.request({ method: 'POST', url, payload });
      expect(r.statusCode, `${who} ${url}`).toBe(404);
    }
    const roles = await s['secadmin']!.request({ method: 'PUT', url: `/api/users/${t.id}/roles`, payload: { roles: ['leader'], version: before.version } });
    expect(roles.statusCode).toBe(404);
    const after = await userRow(ctx, t.id);
    expect(after.version).toBe(before.version);
    expect(after.status).toBe('active');
  });

  it('lists never show personal numbers unmasked; the reveal is a permission and is audited', async () => {
    const list = await s['leader']!.request({ method: 'GET', url: '/api/users?pageSize=200' });
    expect(list.body).not.toContain('13800138000');
    expect(list.json().items[0].mobile).toMatch(/^138\*{4}8000$/);
    const target = home.users['officerA']!.id;
    const reveal = await s['leader']!.request({ method: 'POST', url: `/api/users/${target}/reveal` });
    expect(reveal.json().mobile).toBe('13800138000');
    const audit = await ctx.sql(`select count(*)::int n from audit_events where action='pii.reveal' and object_id=$1`, [target]);
    expect(audit.rows[0].n).toBe(1);
    expect((await s['officerA']!.request({ method: 'POST', url: `/api/users/${home.users['officerA2']!.id}/reveal` })).statusCode).toBe(404);
    // Seeing one's own account is not the reveal permission.
    expect((await s['officerA']!.request({ method: 'POST', url: `/api/users/${target}/reveal` })).statusCode).toBe(403);
  });

  it('stores personal numbers encrypted: the raw column holds no digits of the number', async () => {
    const r = await ctx.sql('select mobile_sealed, mobile_index from users where id=$1', [home.users['officerA']!.id]);
    expect(r.rows[0].mobile_sealed).not.toContain('13800138000');
    expect(r.rows[0].mobile_sealed).toMatch(/^v1\./);
  });
});

describe('invalid input → 400, nothing written', () => {
  const bad: [string, string, string, unknown][] = [
    ['sysadmin', 'POST', '/api/users', { username: '1bad', displayName: '某' }],
    ['sysadmin', 'POST', '/api/users', { username: 'goodname', displayName: '' }],
    ['sysadmin', 'POST', '/api/users', { username: 'goodname2', displayName: '某', mobile: '12345' }],
    ['sysadmin', 'POST', '/api/users', { username: 'goodname3', displayName: '某', idCardNumber: '110101199003071234' }],
    ['sysadmin', 'POST', '/api/departments', { name: '' }],
    ['sysadmin', 'POST', '/api/departments', 'not json at all'],
    ['secadmin', 'PUT', '/api/security/policy', { minLength: 4 }],
    ['secadmin', 'PUT', `/api/users/00000000-0000-0000-0000-000000000000/roles`, { roles: ['king'], version: 1 }],
  ];
  for (const [who, method, url, payload] of bad) {
    it(`${method} ${url} ${JSON.stringify(payload).slice(0, 60)}`, async () => {
      const before = await ctx.sql('select (select count(*) from users) u, (select count(*) from departments) d, (select count(*) from audit_events) a');
      const r = await s[who]!.request({ method: method, url, payload: payload as object, headers: typeof payload === 'string' ? { 'content-type': 'application/json' } : {} });
      expect(r.statusCode).toBe(400);
      expect(r.json().message).toMatch(/[\u4e00-\u9fa5]/);
      expect(r.body).not.toMatch(/at .*\.ts|SELECT|stack/i);
      const after = await ctx.sql('select (select count(*) from users) u, (select count(*) from departments) d, (select count(*) from audit_events) a');
      expect(after.rows[0]).toEqual(before.rows[0]);
    });
  }

  it('a stale version is a 409 and the newer write stays', async () => {
    const t = home.users['officerA2']!;
    const v = (await userRow(ctx, t.id)).version;
    const first = await s['sysadmin']!.request({ method: 'PATCH', url: `/api/users/${t.id}`, payload: { displayName: '第一次', version: v } });
    expect(first.statusCode).toBe(200);
    const stale = await s['sysadmin']!.request({ method: 'PATCH', url: `/api/users/${t.id}`, payload: { displayName: '过期写入', version: v } });
    expect(stale.statusCode).toBe(409);
    expect((await userRow(ctx, t.id)).displayName).toBe('第一次');
  });
});
