/**
 * The public portal and the social supervisors' portal run in the same browser as the console: a staff member who
 * is logged in to the console must still be able to file a complaint, rate a case or act as a supervisor there.
 * /api/public/* and /api/portal/* therefore ignore the console cookie (it neither authenticates nor demands its
 * x-csrf-token), while the same-origin and content-type checks still apply and the console keeps its token rule.
 */
import crypto from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { idCardCheckChar } from '@quanze/domain';
import { issueSurveyInvitation } from '../src/modules/surveys/index.ts';
import { complaintFields, freshIp, multipartForm } from './complaints-helpers.ts';
import { createTestContext, login, makeBureau, type Session, type TestBureau, type TestContext } from './support/test-app.ts';

let ctx: TestContext;
let b: TestBureau;
let staff: Session;
let seq = 0;

beforeAll(async () => {
  ctx = await createTestContext();
  b = await makeBureau(ctx);
  staff = await login(ctx, b.users['supervisor']!);
});

/** A public complaint sent from a browser that also carries the console cookie — but not its token. */
function complaintWithConsoleCookie(headers: Record<string, string> = {}) {
  const form = multipartForm(complaintFields(b.id));
  return ctx.app.inject({
    method: 'POST',
    url: '/api/public/complaints',
    remoteAddress: freshIp(),
    payload: form.payload,
    headers: { ...form.headers, cookie: staff.cookie, ...headers },
  });
}

/** Registers a social supervisor, signs in and changes the one-time password; returns the qz_sup cookie and its token. */
async function readySupervisor(): Promise<{ cookie: string; csrf: string }> {
  seq += 1;
  const loginName = `iso${seq}_${crypto.randomUUID().slice(0, 8)}`;
  const reg = await staff.request({
    method: 'POST',
    url: '/api/supervision/supervisors',
    payload: {
      name: '隔离测试监督员',
      mobile: '13912345678',
      idCardNumber: `32010219850301001${idCardCheckChar('32010219850301001')}`,
      employer: '某律师事务所',
      sector: '律师',
      documentNumber: `测司监聘〔2026〕${90 + seq}号`,
      termStart: '2026-01-01',
      termEnd: '2027-12-31',
      loginName,
    },
  });
  expect(reg.statusCode, reg.body).toBe(201);
  const initialPassword = reg.json().initialPassword as string;
  const first = await ctx.app.inject({ method: 'POST', url: '/api/portal/supervisor/login', payload: { loginName, password: initialPassword } });
  expect(first.statusCode, first.body).toBe(200);
  const firstCookie = supCookie(first.headers['set-cookie']);
  const changed = await ctx.app.inject({
    method: 'POST',
    url: '/api/portal/supervisor/password',
    headers: { cookie: firstCookie, 'x-csrf-token': first.json().csrfToken },
    payload: { currentPassword: initialPassword, newPassword: 'Jiandu#2026ok' },
  });
  expect(changed.statusCode, changed.body).toBe(200);
  return { cookie: supCookie(changed.headers['set-cookie']), csrf: changed.json().csrfToken as string };
}

function supCookie(set: string | string[] | undefined): string {
  const c = (Array.isArray(set) ? set : [set]).find((s): s is string => typeof s === 'string' && s.includes('qz_sup='));
  if (!c) throw new Error('no supervisor cookie');
  return c.split(';')[0]!;
}

const observation = { category: 'conduct', aboutUnit: '律师工作科', content: '窗口人员答复不耐烦，未一次性告知所需材料。' };

describe('public portal with a console cookie in the browser', () => {
  it('accepts a complaint without the console x-csrf-token', async () => {
    const r = await complaintWithConsoleCookie();
    expect([200, 201], r.body).toContain(r.statusCode);
    expect(r.json().trackingCode).toEqual(expect.any(String));
  });

  it('looks up a satisfaction-survey code without the console token', async () => {
    const { code } = await ctx.db.transaction((tx) =>
      issueSurveyInvitation(tx, {
        bureauId: b.id,
        subjectKind: 'complaint',
        subjectId: crypto.randomUUID(),
        departmentId: b.departments.a,
        officerIds: [],
        issuedAt: ctx.clock.now(),
      }),
    );
    const r = await ctx.app.inject({
      method: 'POST',
      url: '/api/public/surveys/lookup',
      remoteAddress: freshIp(),
      headers: { cookie: staff.cookie },
      payload: { code },
    });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json().subjectKind).toBe('complaint');
  });

  it('still refuses a cross-site write (Origin of another site, or Sec-Fetch-Site: cross-site)', async () => {
    const before = (await ctx.sql('select count(*)::int as n from complaints')).rows[0].n;
    const crossSite: Record<string, string>[] = [{ origin: 'https://evil.example' }, { 'sec-fetch-site': 'cross-site' }];
    for (const headers of crossSite) {
      const r = await complaintWithConsoleCookie(headers);
      expect(r.statusCode, JSON.stringify(headers)).toBe(403);
      expect(r.json().code).toBe('CSRF_REJECTED');
    }
    expect((await ctx.sql('select count(*)::int as n from complaints')).rows[0].n).toBe(before);
  });

  it('still refuses a body that is neither JSON nor multipart (a plain cross-site form post)', async () => {
    const r = await ctx.app.inject({
      method: 'POST',
      url: '/api/public/surveys/lookup',
      remoteAddress: freshIp(),
      headers: { cookie: staff.cookie, 'content-type': 'text/plain' },
      payload: JSON.stringify({ code: 'ABCD-EFGH-JKMN' }),
    });
    expect(r.statusCode).toBe(403);
    expect(r.json().code).toBe('CSRF_REJECTED');
  });
});

describe('supervisor portal with both cookies', () => {
  it('a supervisor who is also logged in to the console submits an observation with the supervisor token', async () => {
    const sup = await readySupervisor();
    const both = `${staff.cookie}; ${sup.cookie}`;
    const r = await ctx.app.inject({
      method: 'POST',
      url: '/api/portal/supervisor/observations',
      headers: { cookie: both, 'x-csrf-token': sup.csrf },
      payload: observation,
    });
    expect(r.statusCode, r.body).toBe(201);
    expect(r.json()).toMatchObject({ state: 'submitted' });
  });

  it('the console token is no substitute for the supervisor token, and a cross-site post is refused', async () => {
    const sup = await readySupervisor();
    const both = `${staff.cookie}; ${sup.cookie}`;
    const withConsoleToken = await ctx.app.inject({
      method: 'POST',
      url: '/api/portal/supervisor/observations',
      headers: { cookie: both, 'x-csrf-token': staff.csrf },
      payload: observation,
    });
    expect(withConsoleToken.statusCode).toBe(403);
    expect(withConsoleToken.json().code).toBe('CSRF_REJECTED');
    const crossSite = await ctx.app.inject({
      method: 'POST',
      url: '/api/portal/supervisor/observations',
      headers: { cookie: both, 'x-csrf-token': sup.csrf, origin: 'https://evil.example' },
      payload: observation,
    });
    expect(crossSite.statusCode).toBe(403);
    expect(crossSite.json().code).toBe('CSRF_REJECTED');
  });
});

describe('the console keeps its token rule', () => {
  it('refuses a console POST carrying the cookie but no x-csrf-token, and changes nothing', async () => {
    const before = (await ctx.sql('select count(*)::int as n from social_supervisors')).rows[0].n;
    const r = await ctx.app.inject({
      method: 'POST',
      url: '/api/supervision/supervisors',
      headers: { cookie: staff.cookie },
      payload: { name: '无令牌', loginName: 'no_token_x' },
    });
    expect(r.statusCode).toBe(403);
    expect(r.json().code).toBe('CSRF_REJECTED');
    expect((await ctx.sql('select count(*)::int as n from social_supervisors')).rows[0].n).toBe(before);
  });
});
