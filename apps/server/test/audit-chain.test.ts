/**
 * The audit trail is tamper-evident: modify, delete or reorder a row with SQL and the verifier names the first
 * broken link (SECURITY.md battery item 21). The append-only trigger is disabled here as a superuser could.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { createTestContext, login, makeBureau, type Session, type TestBureau, type TestContext } from './support/test-app.ts';

let ctx: TestContext;
let bureau: TestBureau;
let auditor: Session;

async function freshTrail() {
  ctx = await createTestContext();
  bureau = await makeBureau(ctx);
  // A few real events: logins, a failed login, a department.
  const admin = await login(ctx, bureau.users['sysadmin']!);
  await admin.request({ method: 'POST', url: '/api/departments', payload: { name: '新科室' } });
  await ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: bureau.users['leader']!.username, password: 'Wrong#Pass1' } });
  await login(ctx, bureau.users['leader']!);
  auditor = await login(ctx, bureau.users['auditor']!);
}

const verify = async () => (await auditor.request({ method: 'GET', url: '/api/audit/verify' })).json();
const tamper = (sql: string) => ctx.sql(`begin; alter table audit_events disable trigger user; ${sql}; alter table audit_events enable trigger user; commit;`);

describe('audit chain verification', () => {
  beforeEach(freshTrail);

  it('an untouched chain verifies', async () => {
    const r = await verify();
    expect(r.ok).toBe(true);
    expect(r.checked).toBeGreaterThanOrEqual(5);
    expect(r.firstBroken).toBeNull();
  });

  it('a modified row is named', async () => {
    await tamper(`update audit_events set actor_name = '他人' where seq = 3`);
    const r = await verify();
    expect(r.ok).toBe(false);
    expect(r.firstBroken).toMatchObject({ seq: 3, problem: 'hash_mismatch' });
    expect(r.firstBroken.message).toContain('第 3 条');
  });

  it('a modified row whose hash was recomputed still breaks the next link', async () => {
    await tamper(`update audit_events set result = 'success', hash = repeat('a', 64) where seq = 2`);
    const r = await verify();
    expect(r.firstBroken.seq).toBe(2);
  });

  it('a deleted row is named as missing', async () => {
    await tamper(`delete from audit_events where seq = 4`);
    const r = await verify();
    expect(r.firstBroken).toMatchObject({ seq: 4, problem: 'missing_row' });
  });

  it('two swapped rows are named at the first of them', async () => {
    await tamper(`update audit_events set seq = -1 where seq = 2; update audit_events set seq = 2 where seq = 3; update audit_events set seq = 3 where seq = -1`);
    const r = await verify();
    expect(r.firstBroken.seq).toBe(2);
    expect(r.ok).toBe(false);
  });

  it('the application cannot update or delete audit rows: the trigger refuses', async () => {
    await expect(ctx.sql(`update audit_events set action = 'x' where seq = 1`)).rejects.toThrow(/append-only/);
    await expect(ctx.sql(`delete from audit_events where seq = 1`)).rejects.toThrow(/append-only/);
    await expect(ctx.sql(`truncate audit_events`)).rejects.toThrow(/append-only/);
  });

  it('each row carries UTC time, actor, IP, action, object and result', async () => {
    const search = await auditor.request({ method: 'GET', url: `/api/audit?action=department.create` });
    const item = search.json().items[0];
    expect(item).toMatchObject({ action: 'department.create', objectType: 'department', result: 'success' });
    expect(item.occurredAt).toMatch(/Z$/);
    expect(item.actorName).toContain('sysadmin');
    expect(item.ip).toBeTruthy();
    const byActor = await auditor.request({ method: 'GET', url: `/api/audit?actor=${encodeURIComponent('leader')}&action=auth.login` });
    expect(byActor.json().items.map((i: { result: string }) => i.result).sort()).toEqual(['failure', 'success']);
  });
});
