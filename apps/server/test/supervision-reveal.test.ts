/**
 * Staff reveal of a 社会监督员's full mobile / ID-card number (issue 6): lists stay masked; a reveal needs the registry
 * permission and pii:reveal, a reason, gives one field, is never cacheable, and writes one audit row per reveal naming
 * who, whose, which field and why (个人信息保护法 第五十一条). A refusal (no permission, no reason, out of scope,
 * ended supervisor) shows nothing and writes nothing.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, login, makeBureau, type Session, type TestBureau, type TestContext } from './support/test-app.ts';
import { registerSupervisor, SUPERVISOR_ID_CARD, SUPERVISOR_MOBILE, type Registered } from './supervision-helpers.ts';

let ctx: TestContext;
let b: TestBureau;
let staff: Session;
let reg: Registered;

beforeAll(async () => {
  ctx = await createTestContext();
  b = await makeBureau(ctx);
  staff = await login(ctx, b.users['supervisor']!);
  reg = await registerSupervisor(ctx, b, staff);
});

const revealUrl = (id: string) => `/api/supervision/supervisors/${id}/reveal`;
const reveals = async (objectId: string) =>
  (await ctx.sql(`select actor_id, object_type, object_id, summary, basis from audit_events where action = 'pii.reveal' and object_id = $1 order by seq`, [objectId]))
    .rows;

describe('reveal of a supervisor’s personal numbers', () => {
  it('list and detail stay masked; staff with pii:reveal are offered the reveal', async () => {
    const d = await staff.request({ method: 'GET', url: `/api/supervision/supervisors/${reg.id}` });
    expect(d.json().mobile).toBe('139****5678');
    expect(d.json().idCardNumber).not.toContain('19850301');
    expect(d.json().abilities).toContain('reveal');
    const list = await staff.request({ method: 'GET', url: '/api/supervision/supervisors' });
    expect(list.body).not.toContain(SUPERVISOR_MOBILE);
    expect(list.body).not.toContain(SUPERVISOR_ID_CARD);
  });

  it('without the permission: 403, nothing shown, no audit row', async () => {
    // headA holds pii:reveal but not the registry's permission; officerA holds neither.
    for (const who of ['headA', 'officerA']) {
      const s = await login(ctx, b.users[who]!);
      const r = await s.request({ method: 'POST', url: revealUrl(reg.id), payload: { field: 'mobile', reason: '核实身份' } });
      expect(r.statusCode, who).toBe(403);
      expect(r.body).not.toContain(SUPERVISOR_MOBILE);
    }
    expect(await reveals(reg.id)).toEqual([]);
  });

  it('with it: the plain value of the one field asked for, no-store, and one audit row with who, which field and the reason', async () => {
    const r = await staff.request({ method: 'POST', url: revealUrl(reg.id), payload: { field: 'mobile', reason: '电话通知参加季度座谈会' } });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toEqual({ field: 'mobile', value: SUPERVISOR_MOBILE });
    expect(r.body).not.toContain(SUPERVISOR_ID_CARD);
    expect(r.headers['cache-control']).toBe('no-store');
    const rows = await reveals(reg.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      actor_id: b.users['supervisor']!.id,
      object_type: 'social_supervisor',
      object_id: reg.id,
      summary: { fields: ['mobile'], reason: '电话通知参加季度座谈会' },
      basis: '个人信息保护法 第五十一条',
    });
    // the audit trail itself never holds the number
    expect(JSON.stringify(rows)).not.toContain(SUPERVISOR_MOBILE);

    const id = await staff.request({ method: 'POST', url: revealUrl(reg.id), payload: { field: 'idCardNumber', reason: '核对聘书登记信息' } });
    expect(id.json()).toEqual({ field: 'idCardNumber', value: SUPERVISOR_ID_CARD });
    const after = await reveals(reg.id);
    expect(after).toHaveLength(2); // one row per reveal
    expect(after[1].summary).toMatchObject({ fields: ['idCardNumber'], reason: '核对聘书登记信息' });
  });

  it('an empty or blank reason is a Chinese 400 and writes no audit row', async () => {
    const other = await registerSupervisor(ctx, b, staff);
    for (const payload of [{ field: 'mobile', reason: '' }, { field: 'mobile', reason: '   ' }, { field: 'mobile' }]) {
      const r = await staff.request({ method: 'POST', url: revealUrl(other.id), payload });
      expect(r.statusCode, JSON.stringify(payload)).toBe(400);
      expect(r.json().code).toBe('VALIDATION_FAILED');
      expect(r.json().message).toMatch(/查看原因/);
      expect(r.body).not.toContain(SUPERVISOR_MOBILE);
    }
    const badField = await staff.request({ method: 'POST', url: revealUrl(other.id), payload: { field: 'address', reason: '核实身份' } });
    expect(badField.statusCode).toBe(400);
    expect(await reveals(other.id)).toEqual([]);
  });

  it('a field never registered is a 404 without an audit row; another bureau gets 404', async () => {
    const bare = await registerSupervisor(ctx, b, staff, { mobile: undefined, idCardNumber: undefined });
    const d = await staff.request({ method: 'GET', url: `/api/supervision/supervisors/${bare.id}` });
    expect(d.json().abilities).not.toContain('reveal');
    const r = await staff.request({ method: 'POST', url: revealUrl(bare.id), payload: { field: 'mobile', reason: '核实身份' } });
    expect(r.statusCode).toBe(404);
    expect(r.json().message).toContain('未登记手机号码');
    expect(await reveals(bare.id)).toEqual([]);

    const other = await makeBureau(ctx, '另一个市司法局');
    const foreign = await login(ctx, other.users['supervisor']!);
    const f = await foreign.request({ method: 'POST', url: revealUrl(reg.id), payload: { field: 'mobile', reason: '核实身份' } });
    expect(f.statusCode).toBe(404);
    expect(f.body).not.toContain(SUPERVISOR_MOBILE);
  });

  it('after 解聘 the numbers are kept but no longer revealed (个人信息保护法 第四十七条)', async () => {
    const gone = await registerSupervisor(ctx, b, staff);
    const ended = await staff.request({
      method: 'POST',
      url: `/api/supervision/supervisors/${gone.id}/status`,
      payload: { version: gone.version, status: 'ended', reason: '本人请辞' },
    });
    expect(ended.json().abilities).not.toContain('reveal');
    const r = await staff.request({ method: 'POST', url: revealUrl(gone.id), payload: { field: 'mobile', reason: '核实身份' } });
    expect(r.statusCode).toBe(403);
    expect(r.json()).toMatchObject({ code: 'FORBIDDEN', basis: { law: '个人信息保护法', article: '第四十七条第二款' } });
    expect(r.json().message).toContain('已解聘');
    expect(await reveals(gone.id)).toEqual([]);
    const stored = await ctx.sql('select mobile_sealed from social_supervisors where id = $1', [gone.id]);
    expect(stored.rows[0].mobile_sealed).toBeTruthy();
  });
});
