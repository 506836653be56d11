/**
 * 执法公示 of licences and other results (issue 6): the 公示 editor registers a 行政许可决定 or another enforcement
 * result into the queue with its clock on the shared working-day calendar (7 / 20 working days, LAW.md §2), it is
 * masked, leak-scanned and published like a penalty decision and found by the portal's search under 行政许可; when
 * its publication period ends the expiry job takes it off the portal (410 公示期满), once, audited.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Deps } from '../src/platform/deps.ts';
import { runJobOnce } from '../src/platform/jobs.ts';
import { loadConfig } from '../src/platform/config.ts';
import { createFieldCipher } from '../src/platform/crypto.ts';
import { expirePublications, expirePublicationsJob } from '../src/modules/disclosure/index.ts';
import { bureauSubject } from './support/officer-factory.ts';
import { assign, makeLaw, publishList } from './support/power-factory.ts';
import { createTestContext, login, makeBureau, type Session, type TestBureau, type TestContext } from './support/test-app.ts';

let ctx: TestContext;
let b: TestBureau;
let deps: Deps;
let editor: Session;
let officer: Session;
let powers: Record<string, string>;
/** Published licence of a citizen, used by the tests that move the clock forward. */
let citizenLicence = '';

beforeAll(async () => {
  ctx = await createTestContext();
  b = await makeBureau(ctx);
  deps = {
    db: ctx.db,
    clock: ctx.clock,
    config: loadConfig({ QUANZE_DEMO: '1', LOG_LEVEL: 'silent', QUANZE_WEB_DIST: '/nonexistent' }),
    cipher: createFieldCipher(ctx.dataKey),
  };
  editor = await login(ctx, b.users['leader']!);
  officer = await login(ctx, b.users['officerA']!);
  const supervisor = await login(ctx, b.users['supervisor']!);
  const reviewer = await login(ctx, b.users['reviewer']!);
  await bureauSubject(ctx, b);
  await makeLaw(reviewer, { title: '中华人民共和国律师法', articles: [{ address: { article: 5 }, text: '申请律师执业，应当具备下列条件' }] });
  const basis = [{ law: '中华人民共和国律师法', article: '第五条' }];
  const list = await publishList(supervisor, editor, [
    { code: 'XK-LS-001', name: '律师执业核准', basis },
    { code: 'JC-LS-001', name: '律师事务所年度检查考核', basis },
    { code: 'CF-LS-001', name: '律师违法执业的处罚', basis },
  ]);
  powers = list.powerIds;
}, 60_000);

const licence = (over: Record<string, unknown> = {}) => ({
  resultType: 'licence',
  decisionNumber: `13201202610${Math.floor(Math.random() * 1e6)}`,
  powerId: powers['XK-LS-001'],
  departmentId: b.departments.a,
  partyKind: 'citizen',
  partyName: '陈立明',
  partyIdNumber: '320102198503010014',
  partyAddress: '南京市玄武区中山路18号3幢501室',
  partyBirthDate: '1985-03-01',
  // decided Thursday 2026-02-12, just before the 2026 Spring Festival (2-15 … 2-23 off, 2-14 and 2-28 worked)
  decidedOn: '2026-02-12',
  content: '准予陈立明律师执业，执业机构为南京某律师事务所，颁发律师执业证书',
  legalBasis: ['《中华人民共和国律师法》第五条'],
  ...over,
});

const register = (body: Record<string, unknown>, as: Session = editor) => as.request({ method: 'POST', url: '/api/disclosure/results', payload: body });
const portal = (url: string) => ctx.app.inject({ method: 'GET', url });
const search = async (q: string) => (await portal(`/api/public/decisions?q=${encodeURIComponent(q)}&pageSize=50`)).json();
const idsOf = (list: { items: { id: string }[] }) => list.items.map((i) => i.id);

async function publish(id: string) {
  const cur = await editor.request({ method: 'GET', url: `/api/disclosure/items/${id}` });
  const r = await editor.request({ method: 'POST', url: `/api/disclosure/items/${id}/publish`, payload: { version: cur.json().version } });
  expect(r.statusCode, r.body).toBe(200);
  return r.json();
}

describe('registering a licence or another result', () => {
  it('a licence enters the queue due 7 working days later, counted across the Spring Festival on the shared calendar', async () => {
    const r = await register(licence());
    expect(r.statusCode, r.body).toBe(201);
    const d = r.json();
    // 2-13, 2-14 (make-up workday), [holiday 2-15 … 2-23], 2-24, 2-25, 2-26, 2-27, 2-28 (make-up workday)
    expect(d).toMatchObject({
      caseId: null,
      resultType: 'licence',
      resultTypeLabel: '行政许可决定',
      matterName: '律师执业核准',
      state: 'pending',
      dueOn: '2026-02-28',
      overdue: true, // today is 2026-03-02
      partyDisplay: '陈某',
      publishable: true,
      leaks: [],
    });
    for (const secret of ['陈立明', '320102198503010014', '中山路18号']) expect(d.text).not.toContain(secret);
    expect(d.title).toContain('行政许可决定');
    // the licence number is public: shown as written although 17 digits look like a card number to the detector
    const numbered = (await register(licence({ decisionNumber: '13201201910123456' }))).json();
    expect(numbered.text).toContain('13201201910123456');
    expect(numbered.leaks).toEqual([]);
    const audit = await ctx.sql(`select action, summary from audit_events where object_id = $1`, [d.id]);
    expect(audit.rows).toHaveLength(1);
    expect(audit.rows[0]).toMatchObject({ action: 'disclosure.register', summary: { dueOn: '2026-02-28', dueWorkingDays: 7 } });
    expect(JSON.stringify(audit.rows)).not.toContain('陈立明');
    const queue = (await editor.request({ method: 'GET', url: '/api/disclosure/queue?resultType=licence&pageSize=100' })).json();
    expect(queue.items.map((i: { id: string }) => i.id)).toContain(d.id);
  });

  it('another result (检查结果) is due 20 working days after it is made', async () => {
    const r = await register({
      ...licence(),
      resultType: 'other',
      resultLabel: '检查结果',
      powerId: powers['JC-LS-001'],
      partyKind: 'organisation',
      partyName: '南京德润律师事务所',
      partyIdNumber: null,
      partyBirthDate: null,
      content: '2025年度检查考核结果：合格',
    });
    expect(r.statusCode, r.body).toBe(201);
    expect(r.json()).toMatchObject({ resultType: 'other', dueOn: '2026-03-18', overdue: false, partyDisplay: '南京德润律师事务所' });
    const audit = await ctx.sql(`select summary from audit_events where object_id = $1`, [r.json().id]);
    expect(audit.rows[0].summary).toMatchObject({ dueWorkingDays: 20, dueOn: '2026-03-18' });
  });

  it('refuses a matter that is not a licence, a second entry under the same number, a future date, a missing birth date', async () => {
    const wrong = await register(licence({ powerId: powers['CF-LS-001'] }));
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().fieldErrors.powerId[0]).toContain('行政许可事项');
    const first = licence();
    expect((await register(first)).statusCode).toBe(201);
    const again = await register(first);
    expect(again.statusCode).toBe(409);
    expect(again.json().message).toContain('已登记');
    expect((await register(licence({ decidedOn: '2026-03-03' }))).json().fieldErrors.decidedOn).toEqual(['决定日期不能晚于今天']);
    const noBirth = await register(licence({ partyBirthDate: null }));
    expect(noBirth.statusCode).toBe(400);
    expect(JSON.stringify(noBirth.json())).toContain('出生日期');
  });

  it('without a department named, a bureau-wide editor registers under the department the matter is assigned to', async () => {
    const unassigned = await register(licence({ departmentId: null }));
    expect(unassigned.statusCode).toBe(400);
    expect(unassigned.json().fieldErrors.departmentId[0]).toContain('请选择承办科室');
    const supervisor = await login(ctx, b.users['supervisor']!);
    const a = await assign(supervisor, powers['XK-LS-001']!, { departmentId: b.departments.b, effectiveFrom: '2026-03-02' });
    expect(a.statusCode, a.body).toBe(200);
    const r = await register(licence({ departmentId: null }));
    expect(r.statusCode, r.body).toBe(201);
    const row = await ctx.sql(`select department_id from decision_publications where id = $1`, [r.json().id]);
    expect(row.rows[0].department_id).toBe(b.departments.b);
  });

  it('withholds a licence of a minor applicant; refuses without the permission (403)', async () => {
    const r = await register(licence({ partyName: '孙小北', partyBirthDate: '2010-05-01' }));
    expect(r.statusCode, r.body).toBe(201);
    expect(r.json()).toMatchObject({ state: 'withheld', refusals: [{ code: 'PARTY_IS_MINOR' }], publishable: false });
    expect((await register(licence(), officer)).statusCode).toBe(403);
    expect((await officer.request({ method: 'GET', url: '/api/disclosure/queue' })).statusCode).toBe(403);
  });
});

describe('publishing a licence', () => {
  it('the portal search finds it under 行政许可 with the applicant masked; refused while the edited text leaks', async () => {
    const d = (await register(licence({ content: '准予陈立明律师执业，执业机构为南京鼎信律师事务所' }))).json();
    const edit = await editor.request({
      method: 'PUT',
      url: `/api/disclosure/items/${d.id}/masking`,
      payload: { version: d.version, extraPersons: [], extraHidden: [], editedText: `${d.text}\n申请人陈立明，电话13912345678` },
    });
    expect(edit.json().leaks.map((l: { kind: string }) => l.kind)).toEqual(expect.arrayContaining(['partyName', 'mobile']));
    const refused = await editor.request({ method: 'POST', url: `/api/disclosure/items/${d.id}/publish`, payload: { version: edit.json().version } });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().code).toBe('PII_REMAINS');
    await editor.request({
      method: 'PUT',
      url: `/api/disclosure/items/${d.id}/masking`,
      payload: { version: edit.json().version, extraPersons: [], extraHidden: [], editedText: null },
    });
    const pub = await publish(d.id);
    expect(pub).toMatchObject({ state: 'published', publishedOn: '2026-03-02', expiresOn: '2028-03-02' });
    citizenLicence = d.id;

    for (const q of ['鼎信', '鼎信律师', '执业核准']) {
      const found = (await search(q)).items.find((i: { id: string }) => i.id === d.id);
      expect(found, q).toMatchObject({ resultType: 'licence', resultTypeLabel: '行政许可', partyDisplay: '陈某' });
    }
    expect(idsOf(await search('陈立明'))).not.toContain(d.id);
    const page = await portal(`/api/public/decisions/${d.id}`);
    expect(page.statusCode).toBe(200);
    expect(page.json().text).not.toContain('320102198503010014');
    expect(page.json().penaltySummary).toBe('行政许可：律师执业核准');
    expect((await portal('/sitemap.xml')).body).toContain(`/portal/decisions/${d.id}`);
    const csv = (await portal('/api/public/decisions/export.csv')).body;
    expect(csv).toContain(d.id);
    expect(csv).toContain('行政许可');
  });
});

describe('expiry job (publication periods end by configuration)', () => {
  it('does nothing before the last day shown', async () => {
    ctx.clock.set('2028-03-02T10:00:00Z');
    expect(await expirePublications(deps)).toEqual({ expired: 0 });
    expect(idsOf(await search('鼎信'))).toContain(citizenLicence);
  });

  it('ends it the day after: 410 公示期满, gone from search, list, sitemap and export, audited, idempotent', async () => {
    ctx.clock.set('2028-03-03T01:00:00Z');
    const r = await runJobOnce(deps, expirePublicationsJob);
    expect(r).toMatchObject({ expired: expect.any(Number) });
    expect((r as { expired: number }).expired).toBeGreaterThanOrEqual(1);
    const row = (await ctx.sql(`select state, expired_at from decision_publications where id = $1`, [citizenLicence])).rows[0];
    expect(row.state).toBe('expired');
    expect(new Date(row.expired_at).toISOString()).toBe('2028-03-03T01:00:00.000Z');
    const api = await portal(`/api/public/decisions/${citizenLicence}`);
    expect(api.statusCode).toBe(410);
    expect(api.json().code).toBe('DECISION_EXPIRED');
    const html = await portal(`/portal/decisions/${citizenLicence}`);
    expect(html.statusCode).toBe(410);
    expect(html.body).toContain('公示期已届满');
    expect(idsOf(await search('鼎信'))).not.toContain(citizenLicence);
    expect(idsOf((await portal('/api/public/decisions?pageSize=50')).json())).not.toContain(citizenLicence);
    expect((await portal('/sitemap.xml')).body).not.toContain(citizenLicence);
    expect((await portal('/api/public/decisions/export.csv')).body).not.toContain(citizenLicence);
    const audit = await ctx.sql(`select action, actor_name, summary from audit_events where object_id = $1 and action = 'disclosure.expire'`, [
      citizenLicence,
    ]);
    expect(audit.rows).toEqual([
      expect.objectContaining({ actor_name: '系统', summary: expect.objectContaining({ expiresOn: '2028-03-02', to: 'expired' }) }),
    ]);
    // a second run, the next hour: nothing more, no second audit row
    ctx.clock.set('2028-03-03T02:00:00Z');
    expect(await expirePublications(deps)).toEqual({ expired: 0 });
    const again = await ctx.sql(`select count(*)::int as n from audit_events where object_id = $1 and action = 'disclosure.expire'`, [citizenLicence]);
    expect(again.rows[0].n).toBe(1);
    // the console shows it as 公示期满 and refuses to withdraw it (two years on: the password is renewed first)
    await ctx.sql(`update users set password_changed_at = $2 where id = $1`, [b.users['leader']!.id, ctx.clock.now()]);
    editor = await login(ctx, b.users['leader']!);
    const item = (await editor.request({ method: 'GET', url: `/api/disclosure/items/${citizenLicence}` })).json();
    expect(item).toMatchObject({ state: 'expired', stateLabel: '公示期满' });
    const w = await editor.request({
      method: 'POST',
      url: `/api/disclosure/items/${citizenLicence}/withdraw`,
      payload: { version: item.version, ground: 'revoked', publicReason: '该许可被依法撤销', alteredOn: '2028-03-03' },
    });
    expect(w.statusCode).toBe(409);
  });

  it('runs once across nodes: skipped while another node holds the lock', async () => {
    await ctx.sql('select pg_advisory_lock($1)', [expirePublicationsJob.lockKey]);
    try {
      expect(await runJobOnce(deps, expirePublicationsJob)).toBe('skipped');
    } finally {
      await ctx.sql('select pg_advisory_unlock($1)', [expirePublicationsJob.lockKey]);
    }
    expect(await runJobOnce(deps, expirePublicationsJob)).toEqual({ expired: 0 });
  });
});
