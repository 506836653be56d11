/**
 * 常用筛选 (saved views of the case list): a user saves the current filters under a name, lists, renames, changes
 * and deletes (soft) their own; a view shared with the department is seen by colleagues there but changed only by
 * its owner; nobody else sees it. Each change writes an audit row; a stale version is a 409.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditEvents } from '../src/platform/audit/audit.table.ts';
import { caseListViews } from '../src/modules/cases/cases.table.ts';
import { createTestContext, login, makeBureau, type Session, type TestBureau, type TestContext } from './support/test-app.ts';

let ctx: TestContext;
let b: TestBureau;
let s: Record<'officerA' | 'officerA2' | 'headA' | 'officerB' | 'leader', Session>;

beforeAll(async () => {
  ctx = await createTestContext();
  b = await makeBureau(ctx);
  s = {
    officerA: await login(ctx, b.users['officerA']!),
    officerA2: await login(ctx, b.users['officerA2']!),
    headA: await login(ctx, b.users['headA']!),
    officerB: await login(ctx, b.users['officerB']!),
    leader: await login(ctx, b.users['leader']!),
  };
}, 60_000);

const views = async (as: Session) => {
  const r = await as.request({ method: 'GET', url: '/api/case-views' });
  expect(r.statusCode, r.body).toBe(200);
  return r.json<{
    items: {
      id: string;
      name: string;
      filters: Record<string, unknown>;
      shared: boolean;
      mine: boolean;
      ownerName: string;
      version: number;
    }[];
  }>().items;
};
const save = (as: Session, payload: Record<string, unknown>) => as.request({ method: 'POST', url: '/api/case-views', payload });

describe('saved views of the case list', () => {
  it('saves the filters under a name and gives them back as the list query reads them', async () => {
    const r = await save(s.officerA, {
      name: '我的调查中案件',
      filters: { state: 'investigating,filed', leadSource: 'complaint', receivedFrom: '2026-01-01', q: '' },
    });
    expect(r.statusCode, r.body).toBe(201);
    expect(r.json()).toMatchObject({
      name: '我的调查中案件',
      shared: false,
      mine: true,
      version: 1,
      filters: { state: ['investigating', 'filed'], leadSource: 'complaint', receivedFrom: '2026-01-01' },
    });
    expect(r.json().filters).not.toHaveProperty('q');
    const mine = await views(s.officerA);
    expect(mine.map((v) => v.name)).toEqual(['我的调查中案件']);
    // The saved filters are a valid list query.
    const list = await s.officerA.request({
      method: 'GET',
      url: '/api/cases',
      query: { ...mine[0]!.filters, state: (mine[0]!.filters['state'] as string[]).join(',') },
    });
    expect(list.statusCode, list.body).toBe(200);
    const audit = await ctx.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'caseView.create'), eq(auditEvents.objectId, r.json().id)));
    expect(audit).toHaveLength(1);
  });

  it('refuses a duplicate name, an empty name and filters that are not filters', async () => {
    expect((await save(s.officerA, { name: '我的调查中案件', filters: {} })).statusCode).toBe(409);
    expect((await save(s.officerA, { name: '  ', filters: {} })).statusCode).toBe(400);
    expect((await save(s.officerA, { name: '坏条件', filters: { procedure: 'fast' } })).statusCode).toBe(400);
    // Another user may use the same name.
    expect((await save(s.officerA2, { name: '我的调查中案件', filters: {} })).statusCode).toBe(201);
  });

  it('renames and changes its own view with the version, refusing a stale one', async () => {
    const created = (await save(s.officerA, { name: '待改名', filters: { procedure: 'general' } })).json();
    const renamed = await s.officerA.request({
      method: 'PATCH',
      url: `/api/case-views/${created.id}`,
      payload: { version: 1, name: '普通程序案件', filters: { procedure: 'simple' } },
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json()).toMatchObject({ name: '普通程序案件', version: 2, filters: { procedure: 'simple' } });
    const stale = await s.officerA.request({
      method: 'PATCH',
      url: `/api/case-views/${created.id}`,
      payload: { version: 1, name: '又改' },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('VERSION_CONFLICT');
    const clash = await s.officerA.request({
      method: 'PATCH',
      url: `/api/case-views/${created.id}`,
      payload: { version: 2, name: '我的调查中案件' },
    });
    expect(clash.statusCode).toBe(409);
    expect((await views(s.officerA)).map((v) => v.name).sort()).toEqual(['我的调查中案件', '普通程序案件'].sort());
  });

  it('deletes softly: gone from the list, the row kept, the name free again', async () => {
    const created = (await save(s.officerA, { name: '临时', filters: {} })).json();
    const del = await s.officerA.request({ method: 'DELETE', url: `/api/case-views/${created.id}` });
    expect(del.statusCode, del.body).toBe(204);
    expect((await views(s.officerA)).map((v) => v.id)).not.toContain(created.id);
    const [row] = await ctx.db.select().from(caseListViews).where(eq(caseListViews.id, created.id));
    expect(row!.deletedAt).not.toBeNull();
    expect((await s.officerA.request({ method: 'DELETE', url: `/api/case-views/${created.id}` })).statusCode).toBe(404);
    expect((await save(s.officerA, { name: '临时', filters: {} })).statusCode).toBe(201);
  });

  it('a view shared with the department is seen by colleagues there, changed only by its owner, unseen elsewhere', async () => {
    const shared = (await save(s.headA, { name: '本科室案件', filters: { departmentId: b.departments.a }, shared: true })).json();
    const privateView = (await save(s.headA, { name: '科长自用', filters: {} })).json();
    const forA2 = await views(s.officerA2);
    expect(forA2.find((v) => v.id === shared.id)).toMatchObject({ mine: false, shared: true, ownerName: 'headA' });
    expect(forA2.map((v) => v.id)).not.toContain(privateView.id);
    expect((await views(s.officerB)).map((v) => v.id)).not.toContain(shared.id);
    expect((await views(s.leader)).map((v) => v.id)).not.toContain(shared.id);

    // A colleague may not change or delete it (403: they see it); another department does not see it (404).
    expect(
      (await s.officerA2.request({ method: 'PATCH', url: `/api/case-views/${shared.id}`, payload: { version: 1, name: '改掉' } }))
        .statusCode,
    ).toBe(403);
    expect((await s.officerA2.request({ method: 'DELETE', url: `/api/case-views/${shared.id}` })).statusCode).toBe(403);
    expect((await s.officerB.request({ method: 'DELETE', url: `/api/case-views/${shared.id}` })).statusCode).toBe(404);
    expect((await s.officerA2.request({ method: 'DELETE', url: `/api/case-views/${privateView.id}` })).statusCode).toBe(404);

    // Unshared, it disappears from the colleagues' list.
    const unshare = await s.headA.request({ method: 'PATCH', url: `/api/case-views/${shared.id}`, payload: { version: 1, shared: false } });
    expect(unshare.statusCode, unshare.body).toBe(200);
    expect((await views(s.officerA2)).map((v) => v.id)).not.toContain(shared.id);
  });

  it('a user without a department cannot share', async () => {
    const r = await save(s.leader, { name: '全局共享', filters: {}, shared: true });
    expect(r.statusCode).toBe(400);
    expect((await save(s.leader, { name: '全局自用', filters: { state: ['decided'] } })).statusCode).toBe(201);
  });
});
