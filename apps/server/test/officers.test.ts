/**
 * Officer files and the certificate lifecycle through the API (issue 3): every transition goes through the domain's
 * guards, is refused with its article when it may not happen, and leaves an event and an audit row.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { idCardCheckChar, usccCheckChar } from '@quanze/domain';
import { expireCertificates } from '../src/modules/officers/index.ts';
import { loadConfig } from '../src/platform/config.ts';
import { createFieldCipher } from '../src/platform/crypto.ts';
import { runJobOnce } from '../src/platform/jobs.ts';
import { createTestContext, login, makeBureau, type Session, type TestBureau, type TestContext } from './support/test-app.ts';

let ctx: TestContext;
let b: TestBureau;
const s: Record<string, Session> = {};
let seq = 0;
const idCard = () => {
  const first17 = `32010219880101${String(100 + seq++).padStart(3, '0')}`;
  return first17 + idCardCheckChar(first17);
};

beforeAll(async () => {
  ctx = await createTestContext();
  b = await makeBureau(ctx);
  for (const k of ['supervisor', 'leader', 'headA', 'headB', 'officerA', 'reviewer']) s[k] = await login(ctx, b.users[k]!);
  const code = '11320100014349203';
  const r = await s['supervisor']!.request({
    method: 'POST',
    url: '/api/subjects',
    payload: {
      name: '测试市司法局',
      creditCode: code + usccCheckChar(code),
      kind: 'statutory',
      legalBasis: '行政处罚法第十七条',
      domains: ['LS'],
      entrustmentScope: [],
      isBureauItself: true,
    },
  });
  expect(r.statusCode, r.body).toBe(201);
});

async function newOfficer(extra: Record<string, unknown> = {}) {
  const r = await s['supervisor']!.request({
    method: 'POST',
    url: '/api/officers',
    payload: {
      name: '王执法',
      gender: 'male',
      idCardNumber: idCard(),
      employmentType: 'civilServant',
      departmentId: b.departments.a,
      ...extra,
    },
  });
  expect(r.statusCode, r.body).toBe(201);
  return r.json();
}

async function act(who: string, certId: string, version: number, action: string, extra: Record<string, unknown> = {}) {
  return s[who]!.request({ method: 'POST', url: `/api/certificates/${certId}/transition`, payload: { action, version, ...extra } });
}

const ISSUE = {
  number: 'TEST-0001',
  issuingAuthority: '测试市人民政府',
  categories: ['LS'],
  areas: ['320100'],
  validFrom: '2024-01-01',
  validTo: '2029-12-31',
};

describe('certificate lifecycle', () => {
  it('goes applied → exam passed → issued → reviewed → suspended → restored → revoked, each by the right role', async () => {
    const o = await newOfficer();
    let r = await s['supervisor']!.request({
      method: 'POST',
      url: `/api/officers/${o.id}/certificates`,
      payload: { categories: ['LS'], areas: ['320100'] },
    });
    expect(r.statusCode, r.body).toBe(200);
    let cert = r.json().certificate;
    expect(cert.status).toBe('applied');
    expect(cert.abilities).toContain('passExam');

    // The leader may not record the exam; the supervisor may.
    expect((await act('leader', cert.id, cert.version, 'passExam')).json().code).toBe('CERTIFICATE_ACTOR_NOT_ALLOWED');
    r = await act('supervisor', cert.id, cert.version, 'passExam');
    cert = r.json().certificate;
    expect(cert.status).toBe('examPassed');

    // Only the leader issues, and only with the printed details.
    expect((await act('supervisor', cert.id, cert.version, 'issue', { issue: ISSUE })).statusCode).toBe(400);
    const noDetails = await act('leader', cert.id, cert.version, 'issue');
    expect(noDetails.json().code).toBe('CERTIFICATE_ISSUE_DETAILS_INVALID');
    r = await act('leader', cert.id, cert.version, 'issue', { issue: ISSUE });
    expect(r.statusCode, r.body).toBe(200);
    cert = r.json().certificate;
    expect(cert).toMatchObject({ status: 'valid', number: 'TEST-0001', validTo: '2029-12-31' });
    expect(cert.checkUrl).toMatch(/^\/portal\/certificates\/check\?n=TEST-0001&c=[\w-]{12}$/);

    // Review of 2024 (the first full year of validity) without training hours: refused with every reason and the article.
    const short = await act('supervisor', cert.id, cert.version, 'passReview', { reviewYear: 2024 });
    expect(short.statusCode).toBe(400);
    expect(short.json().code).toBe('CERTIFICATE_REVIEW_NOT_PASSED');
    expect(short.json().message).toMatch(/学时/);
    expect(short.json().basis).toBeDefined();
    for (const [course, hours] of [
      ['行政处罚法', 40],
      ['执法文书', 20],
    ] as const) {
      await s['supervisor']!.request({
        method: 'POST',
        url: `/api/officers/${o.id}/trainings`,
        payload: { course, hours, date: '2024-06-01' },
      });
    }
    r = await act('supervisor', cert.id, cert.version, 'passReview', { reviewYear: 2024 });
    expect(r.statusCode, r.body).toBe(200);
    cert = r.json().certificate;
    expect(cert.lastReviewedYear).toBe(2024);

    // Suspension needs a reason; a suspended certificate does not allow enforcement.
    expect((await act('supervisor', cert.id, cert.version, 'suspend')).json().code).toBe('CERTIFICATE_REASON_REQUIRED');
    cert = (await act('supervisor', cert.id, cert.version, 'suspend', { reason: '涉嫌违规执法' })).json().certificate;
    expect(cert.status).toBe('suspended');
    const elig = await s['supervisor']!.request({ method: 'GET', url: `/api/officers/${o.id}/eligibility?category=LS&area=320102` });
    expect(elig.json().allowed).toBe(false);
    expect(elig.json().reasons.map((x: { code: string }) => x.code)).toContain('CERTIFICATE_NOT_VALID');
    expect(elig.json().reasons[0].basis.law).toBeTruthy();

    cert = (await act('supervisor', cert.id, cert.version, 'restore', { reason: '调查结束，未发现违规' })).json().certificate;
    expect(cert.status).toBe('valid');
    const ok = await s['supervisor']!.request({ method: 'GET', url: `/api/officers/${o.id}/eligibility?category=LS&area=320102` });
    expect(ok.json()).toMatchObject({ allowed: true, reasons: [] });
    const wrongArea = await s['supervisor']!.request({ method: 'GET', url: `/api/officers/${o.id}/eligibility?category=GZ&area=330100` });
    expect(
      wrongArea
        .json()
        .reasons.map((x: { code: string }) => x.code)
        .sort(),
    ).toEqual(['AREA_NOT_COVERED', 'CATEGORY_NOT_COVERED']);

    cert = (await act('leader', cert.id, cert.version, 'revoke', { reason: '严重违法执法' })).json().certificate;
    expect(cert.status).toBe('revoked');
    expect(cert.abilities).toEqual([]);
    expect((await act('leader', cert.id, cert.version, 'restore', { reason: '误' })).json().code).toBe(
      'CERTIFICATE_TRANSITION_NOT_ALLOWED',
    );

    const detail = (await s['supervisor']!.request({ method: 'GET', url: `/api/officers/${o.id}` })).json();
    expect(detail.certificates[0].events.map((e: { action: string }) => e.action)).toEqual([
      'apply',
      'passExam',
      'issue',
      'passReview',
      'suspend',
      'restore',
      'revoke',
    ]);
    const audit = await ctx.sql(`select action from audit_events where object_id = $1 order by seq`, [cert.id]);
    expect(audit.rows.map((x) => x.action)).toEqual([
      'certificate.apply',
      'certificate.passExam',
      'certificate.issue',
      'certificate.passReview',
      'certificate.suspend',
      'certificate.restore',
      'certificate.revoke',
    ]);
    // A new certificate may be applied for after a terminal one.
    expect(detail.abilities).toContain('applyCertificate');
  });

  it('refuses a certificate for 合同 and 派遣 staff, with the reason and article', async () => {
    for (const employmentType of ['contract', 'dispatched']) {
      const o = await newOfficer({ employmentType });
      expect(o.abilities).not.toContain('applyCertificate');
      const r = await s['supervisor']!.request({
        method: 'POST',
        url: `/api/officers/${o.id}/certificates`,
        payload: { categories: ['LS'], areas: ['320100'] },
      });
      expect(r.statusCode).toBe(400);
      expect(r.json().code).toBe('CERTIFICATE_HOLDER_NOT_ELIGIBLE');
      expect(r.json().basis.article).toBeTruthy();
    }
  });

  it('refuses a stale version and a duplicate certificate number', async () => {
    const o = await newOfficer();
    let cert = (
      await s['supervisor']!.request({
        method: 'POST',
        url: `/api/officers/${o.id}/certificates`,
        payload: { categories: ['LS'], areas: ['320100'] },
      })
    ).json().certificate;
    cert = (await act('supervisor', cert.id, cert.version, 'passExam')).json().certificate;
    expect((await act('leader', cert.id, cert.version - 1, 'issue', { issue: { ...ISSUE, number: 'TEST-0002' } })).statusCode).toBe(409);
    const dup = await act('leader', cert.id, cert.version, 'issue', { issue: ISSUE });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().code).toBe('DUPLICATE');
  });
});

describe('officer files', () => {
  it('rejects a bad ID number and a duplicate person, writing nothing', async () => {
    const before = await ctx.sql('select count(*)::int n from officers');
    const bad = await s['supervisor']!.request({
      method: 'POST',
      url: '/api/officers',
      payload: {
        name: '错号',
        gender: 'male',
        idCardNumber: '320102198801011231',
        employmentType: 'civilServant',
        departmentId: b.departments.a,
      },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fieldErrors.idCardNumber[0]).toContain('校验位');
    const id = idCard();
    await newOfficer({ idCardNumber: id });
    const dup = await s['supervisor']!.request({
      method: 'POST',
      url: '/api/officers',
      payload: { name: '重复', gender: 'male', idCardNumber: id, employmentType: 'civilServant', departmentId: b.departments.a },
    });
    expect(dup.statusCode).toBe(409);
    expect((await ctx.sql('select count(*)::int n from officers')).rows[0].n).toBe(before.rows[0].n + 1);
  });

  it('keeps history instead of overwriting, and masks the ID number everywhere but the audited reveal', async () => {
    const id = idCard();
    const o = await newOfficer({ idCardNumber: id });
    ctx.clock.advance(60_000);
    const r = await s['supervisor']!.request({
      method: 'PATCH',
      url: `/api/officers/${o.id}`,
      payload: { education: '法学博士', version: o.version, changeReason: '学历更新' },
    });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json().history.map((h: { action: string }) => h.action)).toEqual(['officer.update', 'officer.create']);
    expect(r.json().history[0].changes.education).toEqual({ before: null, after: '法学博士' });
    const list = await s['leader']!.request({ method: 'GET', url: '/api/officers?pageSize=200' });
    expect(list.body).not.toContain(id);
    expect(r.body).not.toContain(id);
    const reveal = await s['leader']!.request({ method: 'POST', url: `/api/officers/${o.id}/reveal` });
    expect(reveal.json().idCardNumber).toBe(id);
    const raw = await ctx.sql('select id_card_sealed from officers where id = $1', [o.id]);
    expect(raw.rows[0].id_card_sealed).not.toContain(id);
    expect((await s['reviewer']!.request({ method: 'POST', url: `/api/officers/${o.id}/reveal` })).statusCode).toBe(403);
  });

  it('scopes files: a department head sees only their department, an officer only their own file', async () => {
    const o = await newOfficer();
    expect((await s['headA']!.request({ method: 'GET', url: `/api/officers/${o.id}` })).statusCode).toBe(200);
    expect((await s['headB']!.request({ method: 'GET', url: `/api/officers/${o.id}` })).statusCode).toBe(404);
    expect((await s['officerA']!.request({ method: 'GET', url: `/api/officers/${o.id}` })).statusCode).toBe(404);
    const headBList = await s['headB']!.request({ method: 'GET', url: '/api/officers?pageSize=200' });
    expect(headBList.json().items.map((x: { id: string }) => x.id)).not.toContain(o.id);
    // headB cannot create in department a
    const cross = await s['headB']!.request({
      method: 'POST',
      url: '/api/officers',
      payload: { name: '越权', gender: 'male', idCardNumber: idCard(), employmentType: 'civilServant', departmentId: b.departments.a },
    });
    expect(cross.statusCode).toBe(400);
    // the reviewer reads but cannot change
    expect(
      (
        await s['reviewer']!.request({
          method: 'POST',
          url: `/api/officers/${o.id}/trainings`,
          payload: { course: 'x', hours: 1, date: '2025-01-01' },
        })
      ).statusCode,
    ).toBe(403);
  });

  it('counts the dashboard cards from the same rules the detail shows', async () => {
    const d = (await s['supervisor']!.request({ method: 'GET', url: '/api/officers/dashboard' })).json();
    expect(d).toMatchObject({ leadDays: 60, requiredTrainingHours: 60 });
    expect(typeof d.certified).toBe('number');
    const deficit = await s['supervisor']!.request({ method: 'GET', url: '/api/officers?alert=trainingDeficit&pageSize=200' });
    expect(deficit.json().total).toBe(d.belowTrainingMinimum);
  });
});

describe('expiry job', () => {
  it('marks certificates past their validity as expired, once, with an event and audit row by 系统', async () => {
    const deps = { db: ctx.db, clock: ctx.clock, config: loadConfig({}), cipher: createFieldCipher(ctx.dataKey) };
    const o = await newOfficer();
    let cert = (
      await s['supervisor']!.request({
        method: 'POST',
        url: `/api/officers/${o.id}/certificates`,
        payload: { categories: ['LS'], areas: ['320100'] },
      })
    ).json().certificate;
    cert = (await act('supervisor', cert.id, cert.version, 'passExam')).json().certificate;
    const validTo = '2026-04-30';
    await act('leader', cert.id, cert.version, 'issue', { issue: { ...ISSUE, number: 'EXP-0001', validFrom: '2025-05-01', validTo } });
    ctx.clock.set('2026-04-20T02:00:00Z');
    const soon = (await (await login(ctx, b.users['supervisor']!)).request({ method: 'GET', url: `/api/officers/${o.id}` })).json();
    expect(soon.certificate.alerts.map((a: { kind: string }) => a.kind)).toContain('expiring');
    expect((await expireCertificates(deps)).expired).toBe(0);
    ctx.clock.set('2026-05-01T02:00:00Z'); // the day after the last valid day, Shanghai time
    const sup = await login(ctx, b.users['supervisor']!);
    const ran = await runJobOnce(deps, { name: 'expire', lockKey: 991, everyMs: 1, run: expireCertificates });
    expect(ran).toMatchObject({ expired: expect.any(Number) });
    const after = (await sup.request({ method: 'GET', url: `/api/officers/${o.id}` })).json();
    expect(after.certificate.status).toBe('expired');
    expect(after.certificates[0].events.at(-1)).toMatchObject({ action: 'expire', actorName: '系统' });
    expect((await expireCertificates(deps)).expired).toBe(0);
  });
});
