/**
 * 执法公示 of penalty decisions (issue 6, first slice), through the API: a decision enters the publication queue when
 * made (7 WD clock), the editor sees exactly the public text, publication is refused while the leak scan finds
 * anything or the decision may not be published (minor, privacy), withdrawal answers 410 with its reason and takes
 * the decision out of search, listings, sitemap and export, expiry takes it out too; permissions and scope hold.
 */
import crypto from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { usccCheckChar } from '@quanze/domain';
import { FINE_500, decisionBody, makeCase, makeCaseWorld, ok, type CaseWorld } from './support/case-factory.ts';
import { createTestContext, login, makeBureau, type Session, type TestBureau, type TestContext } from './support/test-app.ts';

let ctx: TestContext;
let b: TestBureau;
let w: CaseWorld;
let editor: Session;
/** Kept for the tests at the end that move the clock forward (sessions do not survive a jump back). */
let firstPending = '';
let searchable = '';

beforeAll(async () => {
  ctx = await createTestContext();
  b = await makeBureau(ctx);
  w = await makeCaseWorld(ctx, b);
  editor = w.s.leader;
});

type Lead = Record<string, unknown>;

/** A case decided with a fine (warning-only decisions are not published by default). */
async function decided(lead: Lead = {}, decision: Record<string, unknown> = {}): Promise<string> {
  const id = await makeCase(w, 'partyHeard', FINE_500, { lead });
  await ok(w.s.leader, id, 'decide', { ...decisionBody(FINE_500), ...decision });
  return id;
}

async function queueItem(caseId: string, as: Session = editor) {
  const r = await as.request({ method: 'GET', url: '/api/disclosure/queue?pageSize=100' });
  expect(r.statusCode, r.body).toBe(200);
  const item = r.json().items.find((i: { caseId: string }) => i.caseId === caseId);
  expect(item, 'queue item').toBeTruthy();
  return item as { id: string; version: number; state: string; dueOn: string; overdue: boolean; refusals: { code: string }[] };
}

async function item(id: string, as: Session = editor) {
  const r = await as.request({ method: 'GET', url: `/api/disclosure/items/${id}` });
  expect(r.statusCode, r.body).toBe(200);
  return r.json();
}

const publish = (id: string, version: number, as: Session = editor) =>
  as.request({ method: 'POST', url: `/api/disclosure/items/${id}/publish`, payload: { version } });

async function published(caseId: string): Promise<string> {
  const q = await queueItem(caseId);
  const r = await publish(q.id, q.version);
  expect(r.statusCode, r.body).toBe(200);
  return q.id;
}

const portal = (url: string) => ctx.app.inject({ method: 'GET', url });
const search = async (q: string) => (await portal(`/api/public/decisions?q=${encodeURIComponent(q)}&pageSize=50`)).json();
const idsOf = (list: { items: { id: string }[] }) => list.items.map((i) => i.id);

describe('publication queue', () => {
  it('enters a decision when made, due 7 working days later (T11), audited', async () => {
    const caseId = await decided();
    const q = await queueItem(caseId);
    // decided Mon 2026-03-02: 7 working days → Wed 2026-03-11 (LAW.md §11 T11)
    expect(q).toMatchObject({ state: 'pending', dueOn: '2026-03-11', overdue: false });
    const audit = await ctx.sql(`select action, summary->>'dueOn' as due from audit_events where object_id = $1`, [q.id]);
    expect(audit.rows).toEqual([{ action: 'disclosure.enqueue', due: '2026-03-11' }]);
    firstPending = caseId;
  });

  it('the editor sees exactly the text the portal shows; the party is 张某, the ID and address are hidden; publishing is audited', async () => {
    const caseId = await decided({
      party: {
        kind: 'citizen',
        name: '王小明',
        idNumber: '320102198503010014',
        address: '南京市玄武区中山路18号3幢501室',
        birthDate: '1985-03-01',
      },
    });
    const q = await queueItem(caseId);
    const preview = await item(q.id);
    expect(preview.partyDisplay).toBe('王某');
    expect(preview.leaks).toEqual([]);
    expect(preview.publishable).toBe(true);
    for (const secret of ['王小明', '320102198503010014', '中山路18号']) expect(preview.text).not.toContain(secret);
    expect(preview.findings.map((f: { kind: string }) => f.kind)).toEqual(expect.arrayContaining(['partyName', 'idCard', 'address']));

    const r = await publish(q.id, preview.version);
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({ state: 'published', publishedOn: '2026-03-02', text: preview.text });
    const pub = await portal(`/api/public/decisions/${q.id}`);
    expect(pub.statusCode).toBe(200);
    expect(pub.json().text).toBe(preview.text);
    expect(pub.json().partyDisplay).toBe('王某');
    expect(pub.headers['cache-control']).toBe('public, max-age=60');
    const audit = await ctx.sql(`select action, actor_id, summary from audit_events where object_id = $1 order by seq`, [q.id]);
    expect(audit.rows.map((a) => a.action)).toEqual(['disclosure.enqueue', 'disclosure.publish']);
    expect(audit.rows[1].actor_id).toBe(b.users['leader']!.id);
    expect(JSON.stringify(audit.rows)).not.toContain('王小明');
    // published once: not again
    expect((await publish(q.id, r.json().version)).statusCode).toBe(409);
  });

  it('refuses to publish while the leak scan finds personal data in a hand-edited text, and after the fix publishes', async () => {
    const caseId = await decided();
    const q = await queueItem(caseId);
    const base = await item(q.id);
    const edit = await editor.request({
      method: 'PUT',
      url: `/api/disclosure/items/${q.id}/masking`,
      payload: {
        version: base.version,
        extraPersons: [],
        extraHidden: [],
        editedText: `${base.text}\n当事人联系电话13912345678，邮箱wxm@qq.com`,
      },
    });
    expect(edit.statusCode, edit.body).toBe(200);
    expect(edit.json().leaks.map((l: { kind: string }) => l.kind)).toEqual(['mobile', 'email']);
    expect(edit.json().publishable).toBe(false);
    const refused = await publish(q.id, edit.json().version);
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ code: 'PII_REMAINS', basis: { law: expect.stringContaining('裁判文书') } });
    expect(refused.body).not.toContain('13912345678');
    expect((await portal(`/api/public/decisions/${q.id}`)).statusCode).toBe(404);
    expect(idsOf(await search('联系电话'))).not.toContain(q.id);

    const fixed = await editor.request({
      method: 'PUT',
      url: `/api/disclosure/items/${q.id}/masking`,
      payload: { version: edit.json().version, extraPersons: [], extraHidden: [], editedText: null },
    });
    expect(fixed.json().leaks).toEqual([]);
    expect((await publish(q.id, fixed.json().version)).statusCode).toBe(200);
  });

  it('never publishes a decision about a party who was a minor at the act, nor one flagged for privacy', async () => {
    // born 2008-06-01: 17 at the act (2026-02-10), 17 now
    const minorCase = await decided(
      { party: { kind: 'citizen', name: '赵小刚', idNumber: null, address: '示例市某路2号', birthDate: '2008-06-01' } },
      { mitigation: 'mitigated' },
    );
    const m = await queueItem(minorCase);
    expect(m.state).toBe('withheld');
    expect(m.refusals.map((r) => r.code)).toEqual(['PARTY_IS_MINOR']);
    const refused = await publish(m.id, m.version);
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ code: 'NOT_PUBLISHABLE', basis: { law: '未成年人保护法' } });
    // clearing every flag does not help: the age comes from the case
    const flags = { minor: false, privacy: false, stateSecret: false, commercialSecret: false, securityRisk: false };
    const cleared = await editor.request({
      method: 'PUT',
      url: `/api/disclosure/items/${m.id}/flags`,
      payload: { version: m.version, flags },
    });
    expect(cleared.json()).toMatchObject({ state: 'withheld', publishable: false });
    expect((await publish(m.id, cleared.json().version)).statusCode).toBe(422);

    const privateCase = await decided();
    const p = await queueItem(privateCase);
    const flagged = await editor.request({
      method: 'PUT',
      url: `/api/disclosure/items/${p.id}/flags`,
      payload: { version: p.version, flags: { ...flags, privacy: true } },
    });
    expect(flagged.json()).toMatchObject({
      state: 'withheld',
      stateLabel: '不予公开',
      refusals: [{ code: 'PRIVACY', basis: { article: '第十五条' } }],
    });
    expect((await publish(p.id, flagged.json().version)).json()).toMatchObject({ code: 'NOT_PUBLISHABLE' });
    for (const id of [m.id, p.id]) {
      expect((await portal(`/api/public/decisions/${id}`)).statusCode).toBe(404);
      expect(idsOf((await portal('/api/public/decisions?pageSize=50')).json())).not.toContain(id);
    }
  });

  it('refuses without the permission (403) and outside the bureau (404)', async () => {
    const caseId = await decided();
    const q = await queueItem(caseId);
    for (const who of [w.s.officerA, w.s.headA, w.s.reviewer]) {
      expect((await who.request({ method: 'GET', url: '/api/disclosure/queue' })).statusCode).toBe(403);
      expect((await who.request({ method: 'GET', url: `/api/disclosure/items/${q.id}` })).statusCode).toBe(403);
      expect((await publish(q.id, q.version, who)).statusCode).toBe(403);
    }
    const auditor = await login(ctx, b.users['auditor']!);
    expect((await publish(q.id, q.version, auditor)).statusCode).toBe(403);
    const other = await makeBureau(ctx, '另一市司法局');
    const otherLeader = await login(ctx, other.users['leader']!);
    expect((await otherLeader.request({ method: 'GET', url: `/api/disclosure/items/${q.id}` })).statusCode).toBe(404);
    expect((await publish(q.id, q.version, otherLeader)).statusCode).toBe(404);
    expect((await otherLeader.request({ method: 'GET', url: '/api/disclosure/queue' })).json().items).toEqual([]);
    // the supervisor (执法监督) holds the permission too; a stale version is a conflict
    expect((await publish(q.id, q.version + 1, w.s.supervisor)).statusCode).toBe(409);
    expect((await publish(q.id, q.version, w.s.supervisor)).statusCode).toBe(200);
    expect((await ctx.sql(`select state from decision_publications where id = $1`, [q.id])).rows[0].state).toBe('published');
  });
});

describe('portal search', () => {
  it('finds two- and four-character terms in the published text only', async () => {
    const caseId = await decided({}, { facts: '当事人违规收取代理费用并拒不退还，情节较重' });
    const id = await published(caseId);
    searchable = id;
    expect(idsOf(await search('代理'))).toContain(id);
    expect(idsOf(await search('收取代理'))).toContain(id);
    expect(idsOf(await search('拒不退还'))).toContain(id);
    expect(idsOf(await search('代理退还'))).not.toContain(id);
    expect(idsOf(await search('律师法'))).toContain(id);
    const one = await search('罚');
    expect(one).toMatchObject({ items: [], message: '请至少输入两个字进行检索' });
    // the party's real name is not in the published text, so it finds nothing
    expect(idsOf(await search('王某某'))).not.toContain(id);
  });
});

describe('withdrawal (第四十八条)', () => {
  it('answers 410 with the reason and leaves search, listings, sitemap and export', async () => {
    const caseId = await decided({}, { facts: '当事人以不正当手段承揽业务' });
    const id = await published(caseId);
    expect(idsOf(await search('承揽业务'))).toContain(id);
    expect((await portal('/sitemap.xml')).body).toContain(`/portal/decisions/${id}`);
    expect((await portal('/api/public/decisions/export.csv')).body).toContain(id);

    const cur = await item(id);
    const short = await editor.request({
      method: 'POST',
      url: `/api/disclosure/items/${id}/withdraw`,
      payload: { version: cur.version, ground: 'revoked', publicReason: '已撤销', alteredOn: '2026-03-02' },
    });
    expect(short.statusCode).toBe(422);
    expect(short.json().code).toBe('WITHDRAWAL_REASON_REQUIRED');
    const leaky = await editor.request({
      method: 'POST',
      url: `/api/disclosure/items/${id}/withdraw`,
      payload: { version: cur.version, ground: 'revoked', publicReason: '经复议撤销，复议申请人电话13800138000', alteredOn: '2026-03-02' },
    });
    expect(leaky.json()).toMatchObject({ code: 'PII_REMAINS' });
    const reason = '该决定经行政复议被依法撤销，现予撤回';
    const done = await editor.request({
      method: 'POST',
      url: `/api/disclosure/items/${id}/withdraw`,
      payload: { version: cur.version, ground: 'revoked', publicReason: reason, alteredOn: '2026-03-02' },
    });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({
      state: 'withdrawn',
      withdrawalDueOn: '2026-03-05',
      withdrawal: { groundLabel: '被依法撤销', reason, late: false },
    });

    const gone = await portal(`/api/public/decisions/${id}`);
    expect(gone.statusCode).toBe(410);
    expect(gone.json()).toMatchObject({ code: 'DECISION_WITHDRAWN', details: { reason, groundLabel: '被依法撤销' } });
    expect(gone.headers['cache-control']).toBe('no-store');
    const page = await portal(`/portal/decisions/${id}`);
    expect(page.statusCode).toBe(410);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain(reason);
    expect(idsOf(await search('承揽业务'))).not.toContain(id);
    expect(idsOf((await portal('/api/public/decisions?pageSize=50')).json())).not.toContain(id);
    expect((await portal('/sitemap.xml')).body).not.toContain(id);
    expect((await portal('/api/public/decisions/export.csv')).body).not.toContain(id);
    const audit = await ctx.sql(`select summary from audit_events where object_id = $1 and action = 'disclosure.withdraw'`, [id]);
    expect(audit.rows[0].summary).toMatchObject({ ground: 'revoked', dueOn: '2026-03-05', late: false });
    // a published decision's page that is still published hands over to the app (no web build here: 404 JSON)
    expect((await portal(`/portal/decisions/${crypto.randomUUID()}`)).statusCode).toBe(404);
  });
});

describe('settings and expiry', () => {
  it('applies the bureau’s party-name policy; organisations keep name and credit code', async () => {
    const s = (await editor.request({ method: 'GET', url: '/api/disclosure/settings' })).json();
    expect(s).toMatchObject({ partyNameStyle: 'surnameMou', expiryPreset: 'default', version: 0 });
    const caseId = await decided({
      party: { kind: 'citizen', name: '钱多多', idNumber: null, address: '示例市某路3号', birthDate: '1980-01-01' },
    });
    const q = await queueItem(caseId);
    expect((await item(q.id)).partyDisplay).toBe('钱某');
    const put = await editor.request({ method: 'PUT', url: '/api/disclosure/settings', payload: { ...s, partyNameStyle: 'surnameStars' } });
    expect(put.statusCode, put.body).toBe(200);
    expect((await item(q.id)).partyDisplay).toBe('钱**');
    expect(
      (await editor.request({ method: 'PUT', url: '/api/disclosure/settings', payload: { ...s, partyNameStyle: 'full' } })).statusCode,
    ).toBe(409);
    await editor.request({ method: 'PUT', url: '/api/disclosure/settings', payload: { ...s, version: 1 } });

    const uscc = `91320102MA1W2X3Y4${usccCheckChar('91320102MA1W2X3Y4')}`;
    const org = await decided({
      party: { kind: 'organisation', name: '南京德润商贸有限公司', idNumber: uscc, address: '南京市鼓楼区汉中路1号', birthDate: null },
    });
    const oq = await queueItem(org);
    const detail = await item(oq.id);
    expect(detail).toMatchObject({ state: 'pending', partyDisplay: '南京德润商贸有限公司', leaks: [] });
    expect(detail.text).toContain('南京市鼓楼区汉中路1号');
    expect(detail.text).toContain(uscc);
  });
});

describe('later: the clock moves forward (sessions are logged in again after each jump)', () => {
  it('shows a decision still waiting after its due date as overdue', async () => {
    ctx.clock.set('2026-03-12T02:00:00Z');
    editor = await login(ctx, b.users['leader']!);
    const late = await queueItem(firstPending);
    expect(late).toMatchObject({ state: 'pending', dueOn: '2026-03-11', overdue: true });
    const overdue = (await editor.request({ method: 'GET', url: '/api/disclosure/queue?overdue=true' })).json();
    expect(overdue.overdueCount).toBeGreaterThanOrEqual(1);
    expect(overdue.items.length).toBeGreaterThanOrEqual(1);
    expect(overdue.items.every((i: { overdue: boolean; state: string }) => i.overdue && i.state === 'pending')).toBe(true);
  });

  it('publication periods end by configuration: an expired decision leaves listings, search and sitemap and answers 410', async () => {
    // published 2026-03-02, default preset: natural persons 2 years — last day shown 2028-03-02
    ctx.clock.set('2028-03-02T10:00:00Z');
    expect(idsOf(await search('代理'))).toContain(searchable);
    ctx.clock.set('2028-03-03T10:00:00Z');
    expect(idsOf(await search('代理'))).not.toContain(searchable);
    expect(idsOf((await portal('/api/public/decisions?pageSize=50')).json())).not.toContain(searchable);
    expect((await portal('/sitemap.xml')).body).not.toContain(searchable);
    expect((await portal('/api/public/decisions/export.csv')).body).not.toContain(searchable);
    const r = await portal(`/api/public/decisions/${searchable}`);
    expect(r.statusCode).toBe(410);
    expect(r.json().code).toBe('DECISION_EXPIRED');
  });
});
