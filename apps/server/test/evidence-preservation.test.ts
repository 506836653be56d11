/**
 * 先行登记保存 (第五十六条) and the property register through the API: approval only by the agency head (article
 * shown), emergency preservation ratified or released, the 7-working-day disposal clock across National Day 2026,
 * the decision (late flagged), and the property status machine with disposal approval, movements and audit rows.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { decisionBody, makeCase, makeCaseWorld, noticeBody, ok as act, type CaseWorld } from './support/case-factory.ts';
import { auditCount, createTestContext, login, makeBureau, type Session, type TestBureau, type TestContext } from './support/test-app.ts';

let ctx: TestContext;
let b: TestBureau;
let w: CaseWorld;
let caseId: string;

beforeAll(async () => {
  ctx = await createTestContext();
  b = await makeBureau(ctx);
  w = await makeCaseWorld(ctx, b);
  caseId = await makeCase(w, 'investigating');
});

const post = (s: Session, url: string, payload: Record<string, unknown>) => s.request({ method: 'POST', url, payload });
const application = (over: Record<string, unknown> = {}) => ({
  reason: '当事人可能转移执业档案，证据可能灭失',
  items: [
    { name: '执业档案', spec: '2025年度', quantity: '3', unit: '盒' },
    { name: '公章', quantity: '1', unit: '枚' },
  ],
  location: '本局证物保管室',
  holder: '证物管理员',
  ...over,
});
const apply = (s: Session, over: Record<string, unknown> = {}) => post(s, `/api/cases/${caseId}/preservations`, application(over));
const evidenceOf = async (s: Session) => (await s.request({ method: 'GET', url: `/api/cases/${caseId}/evidence` })).json();
const propertyOf = async (s: Session) => (await s.request({ method: 'GET', url: `/api/cases/${caseId}/property` })).json();

describe('先行登记保存 approval', () => {
  it('is approved by the agency head only: a department head or an officer is refused with 第五十六条', async () => {
    const r = await apply(w.s.officerA);
    expect(r.statusCode, r.body).toBe(201);
    const p = r.json();
    expect(p).toMatchObject({ status: 'applied', dueDate: null, daysLeft: null, emergency: false });
    expect((await propertyOf(w.s.officerA)).items).toHaveLength(0);

    for (const s of [w.s.headA, w.s.officerA, w.s.reviewer]) {
      const refused = await post(s, `/api/cases/${caseId}/preservations/${p.id}/approve`, { version: p.version, opinion: '同意' });
      expect(refused.statusCode).toBe(422);
      expect(refused.json()).toMatchObject({ code: 'PRESERVATION_APPROVER', basis: { law: '行政处罚法', article: '第五十六条' } });
    }
    const stale = await post(w.s.leader, `/api/cases/${caseId}/preservations/${p.id}/approve`, { version: p.version + 1, opinion: '同意' });
    expect(stale.statusCode).toBe(409);

    const before = await auditCount(ctx);
    const ok = await post(w.s.leader, `/api/cases/${caseId}/preservations/${p.id}/approve`, { version: p.version, opinion: '同意先行登记保存' });
    expect(ok.statusCode, ok.body).toBe(200);
    // Approved Monday 2026-03-02: seven working days → Wednesday 2026-03-11.
    expect(ok.json()).toMatchObject({ status: 'approved', approvedBy: 'leader', dueDate: '2026-03-11', daysLeft: 7, overdue: false, basis: { article: '第五十六条' } });
    expect(await auditCount(ctx)).toBe(before + 1);
    const property = await propertyOf(w.s.officerA);
    expect(property.items.map((i: { name: string; status: string }) => [i.name, i.status])).toEqual([
      ['执业档案（2025年度）', 'held'],
      ['公章', 'held'],
    ]);
    expect(property.items[0].movements).toEqual([expect.objectContaining({ kind: 'registered', toStatus: 'held', note: '先行登记保存' })]);

    const twice = await post(w.s.leader, `/api/cases/${caseId}/preservations/${p.id}/approve`, { version: p.version + 1, opinion: '再次' });
    expect(twice.json()).toMatchObject({ code: 'PRESERVATION_STATE' });
  });

  it('refuses an application with an empty or non-positive item list', async () => {
    const none = await apply(w.s.officerA, { items: [] });
    expect(none.statusCode).toBe(400);
    const zero = await apply(w.s.officerA, { items: [{ name: '账簿', quantity: '0', unit: '本' }] });
    expect(zero.statusCode).toBe(422);
    expect(zero.json()).toMatchObject({ code: 'PRESERVATION_ITEMS' });
  });

  it('an emergency preservation holds the items at once; when the head refuses to ratify, they are returned', async () => {
    const r = await apply(w.s.officerA2, { emergency: true, items: [{ name: '电脑主机', quantity: '1', unit: '台' }] });
    expect(r.statusCode, r.body).toBe(201);
    const p = r.json();
    expect(p).toMatchObject({ status: 'emergency', dueDate: '2026-03-11', ratificationOverdue: false });
    const held = (await propertyOf(w.s.officerA)).items.filter((i: { preservationId: string }) => i.preservationId === p.id);
    expect(held.map((i: { status: string }) => i.status)).toEqual(['held']);
    ctx.clock.advance(25 * 3_600_000);
    // A day later the sessions have timed out: log everyone in again.
    for (const k of Object.keys(w.s) as (keyof CaseWorld['s'])[]) w.s[k] = await login(ctx, b.users[k]!);
    const { leader, officerA } = w.s;
    expect((await evidenceOf(officerA)).preservations.find((x: { id: string }) => x.id === p.id).ratificationOverdue).toBe(true);
    const rejected = await post(leader, `/api/cases/${caseId}/preservations/${p.id}/reject`, { version: p.version, opinion: '不符合紧急情形，立即解除' });
    expect(rejected.statusCode, rejected.body).toBe(200);
    expect(rejected.json().status).toBe('rejected');
    const after = (await propertyOf(officerA)).items.find((i: { preservationId: string }) => i.preservationId === p.id);
    expect(after.status).toBe('returned');
    expect(after.movements.map((m: { kind: string }) => m.kind)).toEqual(['registered', 'disposed']);
  });

  it('answers 404 to users outside the case', async () => {
    const p = (await evidenceOf(w.s.officerA)).preservations[0];
    const r = await post(w.s.officerB, `/api/cases/${caseId}/preservations/${p.id}/approve`, { version: p.version, opinion: '同意' });
    expect(r.statusCode).toBe(404);
    expect((await post(w.s.headB, `/api/cases/${caseId}/preservations`, application())).statusCode).toBe(404);
  });
});

/** 没收违法所得 of ¥300, below the hearing threshold, with a warning. */
const CONFISCATE = [{ kind: 'warning' }, { kind: 'confiscateIllegalIncome', amountFen: 30_000 }];

describe('property register', () => {
  let item: { id: string; version: number };
  // A case heard and about to be decided with confiscation: auction waits for the decision to be served (第七十四条).
  let confiscating: string;
  beforeAll(async () => {
    // Driven by hand past the report: the report needs an entry in the 证据目录 (第五十四条).
    confiscating = await makeCase(w, 'investigating');
    const ev = await post(w.s.officerA, `/api/cases/${confiscating}/evidence`, {
      kind: 'documentary',
      name: '收费凭证',
      source: '当事人',
      obtainedHow: 'onSiteCollection',
      collectorIds: [w.officerIds.a, w.officerIds.a2],
      collectedAt: '2026-03-02T00:30:00Z',
      place: '示例市玄武区某路1号',
    });
    expect(ev.statusCode, ev.body).toBe(201);
    await act(w.s.officerA, confiscating, 'submitInvestigationReport', { summary: '事实清楚，证据确凿', proposedPenalty: CONFISCATE });
    await act(w.s.reviewer, confiscating, 'completeLegalReview', { opinion: '事实清楚，适用依据正确' });
    await act(w.s.officerA, confiscating, 'servePriorNotice', noticeBody(CONFISCATE));
    await act(w.s.officerA, confiscating, 'recordStatementAndDefence', { statement: '当事人称系初犯', recheck: '经复核，陈述不影响事实认定' });
    await act(w.s.officerA2, confiscating, 'recordStatementWaiver', { note: '当事人书面表示不再陈述申辩' });
  });
  const url = (suffix = '') => `/api/cases/${confiscating}/property${suffix}`;

  it('refuses auction or the treasury before a served confiscation decision, with the reason and 第七十四条; return stays open', async () => {
    const reg = await post(w.s.officerA, url(), { name: '违法收取的代理费', quantity: '1', unit: '笔', location: '本局财务室保险柜', holder: '财务科出纳' });
    expect(reg.statusCode, reg.body).toBe(201);
    let row = reg.json();
    for (const disposal of ['auctioned', 'handedToTreasury']) {
      const r = await post(w.s.leader, url(`/${row.id}/approve-disposal`), { version: row.version, disposal, opinion: '同意' });
      expect(r.statusCode).toBe(422);
      expect(r.json()).toMatchObject({ code: 'PROPERTY_NOT_CONFISCATED', basis: { law: '行政处罚法', article: '第七十四条' } });
      expect(r.json().message).toContain('尚未作出行政处罚决定');
    }
    // An approval given before this rule (or any stale one) does not open the way either.
    await ctx.sql(`update seized_property set approved_disposal = 'handedToTreasury' where id = $1`, [row.id]);
    row = (await propertyOf(w.s.officerA)).items.find((i: { id: string }) => i.id === row.id) ?? row;
    const before = await auditCount(ctx);
    const direct = await post(w.s.officerA, url(`/${row.id}/dispose`), { version: row.version, to: 'handedToTreasury', note: '上缴' });
    expect(direct.json()).toMatchObject({ code: 'PROPERTY_NOT_CONFISCATED' });
    expect(await auditCount(ctx)).toBe(before);

    await act(w.s.leader, confiscating, 'decide', decisionBody(CONFISCATE));
    const notServed = await post(w.s.leader, url(`/${row.id}/approve-disposal`), { version: row.version, disposal: 'auctioned', opinion: '同意' });
    expect(notServed.json()).toMatchObject({ code: 'PROPERTY_NOT_CONFISCATED' });
    expect(notServed.json().message).toContain('尚未送达');

    const returned = await post(w.s.officerA, url(`/${row.id}/dispose`), { version: row.version, to: 'returned', note: '退还当事人' });
    expect(returned.statusCode, returned.body).toBe(200);
    await act(w.s.officerA, confiscating, 'serveDecision', { method: 'direct' });
  });

  it('registers an item and refuses a disposal without the head\'s approval of that very disposal', async () => {
    const r = await post(w.s.officerA, url(), { name: '违法所得现金', quantity: '1', unit: '笔', location: '本局财务室保险柜', holder: '财务科出纳' });
    expect(r.statusCode, r.body).toBe(201);
    item = r.json();
    const noApproval = await post(w.s.officerA, url(`/${item.id}/dispose`), { version: item.version, to: 'destroyed', note: '销毁' });
    expect(noApproval.statusCode).toBe(422);
    expect(noApproval.json()).toMatchObject({ code: 'PROPERTY_APPROVAL_REQUIRED' });
    const byHead = await post(w.s.headA, url(`/${item.id}/approve-disposal`), { version: item.version, disposal: 'auctioned', opinion: '同意' });
    expect(byHead.statusCode).toBe(422);
    expect(byHead.json()).toMatchObject({ code: 'PROPERTY_APPROVAL_REQUIRED' });
  });

  it('moves, approves, disposes once, records proceeds in fen, and refuses anything after a final status', async () => {
    const moved = await post(w.s.officerA, url(`/${item.id}/move`), { version: item.version, location: '市公物仓', holder: '公物仓管理员', note: '移交公物仓集中保管' });
    expect(moved.statusCode, moved.body).toBe(200);
    const stale = await post(w.s.officerA2, url(`/${item.id}/move`), { version: item.version, location: '别处', holder: '别人', note: '同时操作' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('VERSION_CONFLICT');
    const approved = await post(w.s.leader, url(`/${item.id}/approve-disposal`), { version: moved.json().version, disposal: 'auctioned', opinion: '同意依法公开拍卖' });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json()).toMatchObject({ approvedDisposal: 'auctioned', approvedBy: 'leader', status: 'held' });
    const v = approved.json().version;
    const other = await post(w.s.officerA, url(`/${item.id}/dispose`), { version: v, to: 'destroyed', note: '销毁' });
    expect(other.json()).toMatchObject({ code: 'PROPERTY_APPROVAL_REQUIRED' });
    const noProceeds = await post(w.s.officerA, url(`/${item.id}/dispose`), { version: v, to: 'auctioned', note: '拍卖成交' });
    expect(noProceeds.json()).toMatchObject({ code: 'PROPERTY_PROCEEDS' });
    const before = await auditCount(ctx);
    const sold = await post(w.s.officerA, url(`/${item.id}/dispose`), { version: v, to: 'auctioned', proceedsFen: 123_400, note: '拍卖成交，款项缴入国库' });
    expect(sold.statusCode, sold.body).toBe(200);
    expect(sold.json()).toMatchObject({ status: 'auctioned', proceedsFen: 123_400 });
    expect(await auditCount(ctx)).toBe(before + 1);
    expect(sold.json().movements.map((m: { kind: string }) => m.kind)).toEqual(['registered', 'moved', 'disposalApproved', 'disposed']);

    const again = await post(w.s.officerA, url(`/${item.id}/dispose`), { version: sold.json().version, to: 'returned', note: '退还' });
    expect(again.statusCode).toBe(422);
    expect(again.json()).toMatchObject({ code: 'PROPERTY_TRANSITION', basis: { article: '第七十四条' } });
    const move = await post(w.s.officerA, url(`/${item.id}/move`), { version: sold.json().version, location: 'x', holder: 'y', note: 'z' });
    expect(move.json()).toMatchObject({ code: 'PROPERTY_TRANSITION' });
    await expect(ctx.sql('delete from seized_property_movements where property_id = $1', [item.id])).rejects.toThrow(/append-only/);
  });

  it('lists the bureau-wide register within each user\'s scope', async () => {
    const all = await w.s.leader.request({ method: 'GET', url: '/api/property' });
    expect(all.statusCode).toBe(200);
    expect(all.json().items.map((i: { id: string }) => i.id)).toContain(item.id);
    const auctioned = await w.s.leader.request({ method: 'GET', url: '/api/property?status=auctioned' });
    expect(auctioned.json().items.map((i: { status: string }) => i.status)).toEqual(['auctioned']);
    for (const s of [w.s.officerB, w.s.headB]) {
      const r = await s.request({ method: 'GET', url: '/api/property' });
      expect(r.statusCode).toBe(200);
      expect(r.json()).toMatchObject({ items: [], total: 0 });
    }
    expect((await w.s.officerA2.request({ method: 'GET', url: '/api/property' })).json().total).toBeGreaterThan(0);
  });
});

describe('the 7-working-day disposal clock across National Day 2026', () => {
  it('approved on 2026-09-29 → due 2026-10-14 (the 10-10 调休 Saturday counts), overdue on 10-15, decision flagged late', async () => {
    ctx.clock.set('2026-09-29T02:00:00Z');
    await ctx.sql('update users set password_changed_at = $1 where bureau_id = $2', [ctx.clock.now(), b.id]);
    const officerA = await login(ctx, b.users['officerA']!);
    const leader = await login(ctx, b.users['leader']!);
    const p = (await apply(officerA)).json();
    const approved = await post(leader, `/api/cases/${caseId}/preservations/${p.id}/approve`, { version: p.version, opinion: '同意' });
    expect(approved.json()).toMatchObject({ dueDate: '2026-10-14', daysLeft: 7, overdue: false, provisional: false });

    // Friday 10-09: 10-10 (调休 Saturday), 10-12, 10-13 and 10-14 are left.
    ctx.clock.set('2026-10-09T02:00:00Z');
    const s1 = await login(ctx, b.users['officerA']!);
    expect((await evidenceOf(s1)).preservations.find((x: { id: string }) => x.id === p.id)).toMatchObject({ daysLeft: 4, overdue: false });

    ctx.clock.set('2026-10-15T02:00:00Z');
    const s2 = await login(ctx, b.users['officerA']!);
    expect((await evidenceOf(s2)).preservations.find((x: { id: string }) => x.id === p.id)).toMatchObject({ daysLeft: -1, overdue: true });
    const decided = await post(s2, `/api/cases/${caseId}/preservations/${p.id}/decide`, { version: approved.json().version, decision: 'release', note: '经查与本案无关，解除保存' });
    expect(decided.statusCode, decided.body).toBe(200);
    expect(decided.json()).toMatchObject({ status: 'decided', decision: 'release', decidedLate: true, daysLeft: null, overdue: false });
    const [audit] = (await ctx.sql(`select action, summary from audit_events order by seq desc limit 1`)).rows;
    expect(audit).toMatchObject({ action: 'preservation.decide', summary: { late: true, dueDate: '2026-10-14' } });
    const items = (await propertyOf(s2)).items.filter((i: { preservationId: string }) => i.preservationId === p.id);
    expect(items.map((i: { status: string }) => i.status)).toEqual(['returned', 'returned']);
    const twice = await post(s2, `/api/cases/${caseId}/preservations/${p.id}/decide`, { version: decided.json().version, decision: 'seizure', note: 'x' });
    expect(twice.json()).toMatchObject({ code: 'PRESERVATION_STATE' });
  });
});
