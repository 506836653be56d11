/**
 * 社会监督员 (issue 6) through the API: the registry (register with a one-time password, edit the term, suspend /
 * resume / end, never delete; all audited), the portal login (active only — an expired term, a suspension or an
 * ending is refused with its Chinese reason; lockout), the separation of portal and console sessions, and an
 * observation's path from the portal into the queue and the staff answer back to the supervisor.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { createTestContext, login, makeBureau, type Session, type TestBureau, type TestContext } from './support/test-app.ts';
import {
  portalFrom as portalOf,
  portalLogin as portalLoginOf,
  registerSupervisor,
  signedInSupervisor,
  SUPERVISOR_PASSWORD,
  type Portal,
} from './supervision-helpers.ts';

let ctx: TestContext;
let b: TestBureau;
let staff: Session;

beforeAll(async () => {
  ctx = await createTestContext();
  b = await makeBureau(ctx);
  staff = await login(ctx, b.users['supervisor']!);
});

const register = (over: Record<string, unknown> = {}) => registerSupervisor(ctx, b, staff, over);
const portalLogin = (loginName: string, password: string) => portalLoginOf(ctx, loginName, password);
const portalFrom = (res: LightMyRequestResponse) => portalOf(ctx, res);
/** Registers a supervisor and logs in with the one-time password, changing it as the portal requires. */
const readySupervisor = (over: Record<string, unknown> = {}) => signedInSupervisor(ctx, b, staff, over);

const submit = (p: Portal, over: Record<string, unknown> = {}) =>
  p.request({
    method: 'POST',
    url: '/api/portal/supervisor/observations',
    payload: { category: 'conduct', aboutUnit: '市场监管综合执法大队', caseNumber: '测司罚决字〔2026〕第3号', officerName: '李四', content: '检查时未出示执法证件，态度生硬。', ...over },
  });

const auditOf = async (objectId: string) =>
  (await ctx.sql('select action, actor_id, summary, basis from audit_events where object_id = $1 order by seq', [objectId])).rows;

describe('registry', () => {
  it('registers a supervisor with sealed personal fields and a one-time password, audited without the numbers', async () => {
    const reg = await register();
    expect(reg.initialPassword).toMatch(/^.{14}$/);
    const r = await staff.request({ method: 'GET', url: `/api/supervision/supervisors/${reg.id}` });
    expect(r.json()).toMatchObject({
      mobile: '139****5678',
      status: 'active',
      standing: 'inForce',
      standingLabel: '在聘',
      loginName: reg.loginName,
      mustChangePassword: true,
    });
    expect(r.json().idCardNumber).not.toContain('198503010');
    const stored = await ctx.sql('select mobile_sealed, id_card_sealed from social_supervisors where id = $1', [reg.id]);
    expect(JSON.stringify(stored.rows)).not.toContain('13912345678');
    const audit = await auditOf(reg.id);
    expect(audit.map((a) => a.action)).toEqual(['supervision.supervisor.register']);
    expect(JSON.stringify(audit)).not.toContain('13912345678');
    expect(JSON.stringify(audit)).not.toContain(reg.initialPassword);
  });

  it('refuses a term that ends before it starts, and a duplicate login name or letter number', async () => {
    const bad = await staff.request({
      method: 'POST',
      url: '/api/supervision/supervisors',
      payload: { name: '王五', employer: '社区', sector: '社区', documentNumber: 'X-1', termStart: '2026-06-01', termEnd: '2026-05-31', loginName: 'wangwu_term' },
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json()).toMatchObject({ code: 'TERM_INVALID' });
    expect(bad.json().message).toContain('不得早于');
    const reg = await register();
    const dup = await staff.request({
      method: 'POST',
      url: '/api/supervision/supervisors',
      payload: { name: '赵六', employer: '社区', sector: '社区', documentNumber: 'X-2', termStart: '2026-01-01', termEnd: '2026-12-31', loginName: reg.loginName.toUpperCase() },
    });
    expect(dup.statusCode).toBe(409);
  });

  it('edits the term at the seen version, suspends with a reason, resumes, ends; ended is final; never deleted', async () => {
    const reg = await register();
    const url = `/api/supervision/supervisors/${reg.id}`;
    const edit = { documentNumber: `续聘〔2026〕${reg.id.slice(0, 4)}号`, termStart: '2026-01-01', termEnd: '2028-12-31', employer: '新单位', sector: '企业' };
    const ok = await staff.request({ method: 'PUT', url, payload: { version: reg.version, ...edit } });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ termEnd: '2028-12-31', version: reg.version + 1 });
    const stale = await staff.request({ method: 'PUT', url, payload: { version: reg.version, ...edit } });
    expect(stale.statusCode).toBe(409);

    const noReason = await staff.request({ method: 'POST', url: `${url}/status`, payload: { version: reg.version + 1, status: 'suspended' } });
    expect(noReason.statusCode).toBe(422);
    expect(noReason.json().code).toBe('STATUS_REASON_REQUIRED');
    const suspended = await staff.request({ method: 'POST', url: `${url}/status`, payload: { version: reg.version + 1, status: 'suspended', reason: '长期外出' } });
    expect(suspended.json()).toMatchObject({ status: 'suspended', statusReason: '长期外出', abilities: expect.arrayContaining(['resume', 'end']) });
    const resumed = await staff.request({ method: 'POST', url: `${url}/status`, payload: { version: suspended.json().version, status: 'active' } });
    expect(resumed.json()).toMatchObject({ status: 'active', statusReason: null });
    const ended = await staff.request({ method: 'POST', url: `${url}/status`, payload: { version: resumed.json().version, status: 'ended', reason: '本人请辞' } });
    expect(ended.json()).toMatchObject({ status: 'ended', standing: 'ended', abilities: [] });
    const again = await staff.request({ method: 'PUT', url, payload: { version: ended.json().version, ...edit } });
    expect(again.statusCode).toBe(422);
    expect((await staff.request({ method: 'DELETE', url })).statusCode).toBe(404);

    const audit = await auditOf(reg.id);
    expect(audit.map((a) => a.action)).toEqual([
      'supervision.supervisor.register',
      'supervision.supervisor.update',
      'supervision.supervisor.suspend',
      'supervision.supervisor.resume',
      'supervision.supervisor.end',
    ]);
    expect(audit[1].summary).toMatchObject({ before: { termEnd: '2027-12-31' }, after: { termEnd: '2028-12-31' } });
    const list = await staff.request({ method: 'GET', url: '/api/supervision/supervisors?status=ended' });
    expect(list.json().items.map((i: { id: string }) => i.id)).toContain(reg.id);
  });

  it('is closed to staff without supervision:manage (403) and invisible to another bureau (404)', async () => {
    const reg = await register();
    for (const who of ['officerA', 'headA', 'reviewer']) {
      const s = await login(ctx, b.users[who]!);
      expect((await s.request({ method: 'GET', url: '/api/supervision/supervisors' })).statusCode, who).toBe(403);
      expect((await s.request({ method: 'GET', url: '/api/supervision/observations' })).statusCode, who).toBe(403);
    }
    const other = await makeBureau(ctx, '另一个市司法局');
    const foreign = await login(ctx, other.users['leader']!);
    expect((await foreign.request({ method: 'GET', url: `/api/supervision/supervisors/${reg.id}` })).statusCode).toBe(404);
    const st = await foreign.request({ method: 'POST', url: `/api/supervision/supervisors/${reg.id}/status`, payload: { version: 1, status: 'ended', reason: 'x' } });
    expect(st.statusCode).toBe(404);
    expect((await foreign.request({ method: 'GET', url: '/api/supervision/supervisors' })).json().items).toEqual([]);
  });
});

describe('portal login', () => {
  it('an active supervisor logs in, must change the one-time password first, then reaches their observations', async () => {
    const reg = await register();
    const res = await portalLogin(reg.loginName, reg.initialPassword);
    expect(res.statusCode, res.body).toBe(200);
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Strict');
    const p = portalFrom(res);
    expect(p.me).toMatchObject({ mustChangePassword: true, termEnd: '2027-12-31' });
    const blocked = await p.request({ method: 'GET', url: '/api/portal/supervisor/observations' });
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().code).toBe('PASSWORD_CHANGE_REQUIRED');
    const weak = await p.request({ method: 'POST', url: '/api/portal/supervisor/password', payload: { currentPassword: reg.initialPassword, newPassword: 'abc' } });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().code).toBe('PASSWORD_POLICY');
    const changed = await p.request({ method: 'POST', url: '/api/portal/supervisor/password', payload: { currentPassword: reg.initialPassword, newPassword: SUPERVISOR_PASSWORD } });
    expect(changed.statusCode, changed.body).toBe(200);
    // the old session died with the password change; the new one works
    expect((await p.request({ method: 'GET', url: '/api/portal/supervisor/me' })).statusCode).toBe(401);
    const fresh = portalFrom(changed);
    expect((await fresh.request({ method: 'GET', url: '/api/portal/supervisor/observations' })).statusCode).toBe(200);
    expect((await portalLogin(reg.loginName, reg.initialPassword)).statusCode).toBe(401);
  });

  it('refuses an expired term, a term not yet begun, a suspension and an ending, each with its Chinese reason', async () => {
    const expired = await register({ termStart: '2024-01-01', termEnd: '2025-12-31' });
    const r1 = await portalLogin(expired.loginName, expired.initialPassword);
    expect(r1.statusCode).toBe(403);
    expect(r1.json()).toMatchObject({ code: 'APPOINTMENT_NOT_IN_FORCE' });
    expect(r1.json().message).toContain('聘期已于 2025-12-31 届满');
    expect(r1.headers['set-cookie']).toBeUndefined();

    const future = await register({ termStart: '2026-04-01', termEnd: '2028-03-31' });
    expect((await portalLogin(future.loginName, future.initialPassword)).json().message).toContain('2026-04-01 起算');

    const suspended = await register();
    await staff.request({ method: 'POST', url: `/api/supervision/supervisors/${suspended.id}/status`, payload: { version: suspended.version, status: 'suspended', reason: '调查期间' } });
    const r2 = await portalLogin(suspended.loginName, suspended.initialPassword);
    expect(r2.statusCode).toBe(403);
    expect(r2.json().message).toContain('暂停');

    const ended = await register();
    await staff.request({ method: 'POST', url: `/api/supervision/supervisors/${ended.id}/status`, payload: { version: ended.version, status: 'ended', reason: '届中解聘' } });
    const r3 = await portalLogin(ended.loginName, ended.initialPassword);
    expect(r3.json().message).toContain('已解聘');
    // the reason is told only after a correct password: a wrong one gets the generic answer
    expect((await portalLogin(ended.loginName, 'Wrong#Pass2026')).json()).toMatchObject({ code: 'AUTH_INVALID_CREDENTIALS', message: '登录名或密码错误' });
    const audit = await auditOf(expired.id);
    expect(audit.at(-1)).toMatchObject({ action: 'supervision.portal.login', summary: { reason: 'appointment_not_in_force' } });
  });

  it('suspending a supervisor shuts their open session at once', async () => {
    const { reg, portal } = await readySupervisor();
    const cur = await staff.request({ method: 'GET', url: `/api/supervision/supervisors/${reg.id}` });
    await staff.request({ method: 'POST', url: `/api/supervision/supervisors/${reg.id}/status`, payload: { version: cur.json().version, status: 'suspended', reason: '暂停' } });
    const r = await submit(portal);
    expect(r.statusCode).toBe(401);
  });
});

describe('separate sessions', () => {
  it('a supervisor cookie does not authenticate console APIs', async () => {
    const { portal } = await readySupervisor();
    for (const url of ['/api/auth/me', '/api/supervision/observations', '/api/supervision/supervisors', '/api/cases']) {
      const r = await portal.request({ method: 'GET', url });
      expect(r.statusCode, url).toBe(401);
    }
  });

  it('a console session (even with supervision:manage) does not authenticate supervisor APIs', async () => {
    for (const url of ['/api/portal/supervisor/me', '/api/portal/supervisor/observations']) {
      expect((await staff.request({ method: 'GET', url })).statusCode, url).toBe(401);
    }
    const r = await staff.request({ method: 'POST', url: '/api/portal/supervisor/observations', payload: { category: 'other', aboutUnit: '某科', content: '冒充监督员提交' } });
    expect(r.statusCode).toBe(401);
  });

  it('supervisor writes need their own session CSRF token', async () => {
    const { portal } = await readySupervisor();
    const r = await ctx.app.inject({
      method: 'POST',
      url: '/api/portal/supervisor/observations',
      headers: { cookie: portal.cookie },
      payload: { category: 'other', aboutUnit: '某科', content: '没有令牌的请求' },
    });
    expect(r.statusCode).toBe(403);
    expect(r.json().code).toBe('CSRF_REJECTED');
  });
});

describe('observations', () => {
  it('lands in the queue, is routed, answered and closed; the supervisor sees the answer; every step audited', async () => {
    const { reg, portal } = await readySupervisor();
    const sent = await submit(portal);
    expect(sent.statusCode, sent.body).toBe(201);
    const id = sent.json().id as string;
    expect(sent.json()).toMatchObject({ state: 'submitted', stateLabel: '已提交' });

    const queue = await staff.request({ method: 'GET', url: '/api/supervision/observations?state=submitted' });
    const item = queue.json().items.find((i: { id: string }) => i.id === id);
    expect(item).toMatchObject({ supervisorName: expect.stringMatching(/^监督员/), aboutUnit: '市场监管综合执法大队', abilities: ['assign', 'close'] });
    expect(queue.json().openCount).toBeGreaterThanOrEqual(1);

    const early = await staff.request({ method: 'POST', url: `/api/supervision/observations/${id}/answer`, payload: { version: item.version, answer: '已处理' } });
    expect(early.statusCode).toBe(422);
    expect(early.json().code).toBe('OBSERVATION_ACTION_OUT_OF_ORDER');

    const assigned = await staff.request({ method: 'POST', url: `/api/supervision/observations/${id}/assign`, payload: { version: item.version, departmentId: b.departments.a } });
    expect(assigned.json()).toMatchObject({ state: 'underReview', departmentId: b.departments.a });
    const answered = await staff.request({
      method: 'POST',
      url: `/api/supervision/observations/${id}/answer`,
      payload: { version: assigned.json().version, answer: '经核查，已对相关执法人员批评教育并责令整改。' },
    });
    expect(answered.json()).toMatchObject({ state: 'answered' });

    const mine = await portal.request({ method: 'GET', url: '/api/portal/supervisor/observations' });
    const seen = mine.json().items.find((i: { id: string }) => i.id === id);
    expect(seen).toMatchObject({ state: 'answered', stateLabel: '已答复', answer: '经核查，已对相关执法人员批评教育并责令整改。' });
    expect(seen).not.toHaveProperty('departmentId');

    const closed = await staff.request({ method: 'POST', url: `/api/supervision/observations/${id}/close`, payload: { version: answered.json().version } });
    expect(closed.json()).toMatchObject({ state: 'closed', abilities: [] });
    const audit = await auditOf(id);
    expect(audit.map((a) => a.action)).toEqual([
      'supervision.observation.submit',
      'supervision.observation.assign',
      'supervision.observation.answer',
      'supervision.observation.close',
    ]);
    expect(audit[0].actor_id).toBe(reg.id);
    expect(audit[2].actor_id).toBe(b.users['supervisor']!.id);
  });

  it('closing without an answer needs a note the supervisor reads; another supervisor never sees it', async () => {
    const a = await readySupervisor();
    const other = await readySupervisor();
    const id = (await submit(a.portal, { category: 'suggestion', content: '建议延长窗口服务时间' })).json().id as string;
    const d = await staff.request({ method: 'GET', url: `/api/supervision/observations/${id}` });
    const bare = await staff.request({ method: 'POST', url: `/api/supervision/observations/${id}/close`, payload: { version: d.json().version } });
    expect(bare.json().code).toBe('CLOSE_REASON_REQUIRED');
    await staff.request({ method: 'POST', url: `/api/supervision/observations/${id}/close`, payload: { version: d.json().version, reason: '与此前意见重复，已一并答复' } });
    const mine = (await a.portal.request({ method: 'GET', url: '/api/portal/supervisor/observations' })).json().items;
    expect(mine.find((i: { id: string }) => i.id === id)).toMatchObject({ state: 'closed', closeReason: '与此前意见重复，已一并答复' });
    const theirs = (await other.portal.request({ method: 'GET', url: '/api/portal/supervisor/observations' })).json().items;
    expect(theirs.map((i: { id: string }) => i.id)).not.toContain(id);
  });

  it('is refused from a supervisor whose term ran out after login', async () => {
    const { reg, portal } = await readySupervisor();
    const cur = (await staff.request({ method: 'GET', url: `/api/supervision/supervisors/${reg.id}` })).json();
    await staff.request({
      method: 'PUT',
      url: `/api/supervision/supervisors/${reg.id}`,
      payload: { version: cur.version, documentNumber: cur.documentNumber, termStart: '2025-01-01', termEnd: '2026-03-01', employer: cur.employer, sector: cur.sector },
    });
    const r = await submit(portal);
    expect(r.statusCode).toBe(403);
    expect(r.json().message).toContain('届满');
  });

  it('an observation of another bureau is a 404', async () => {
    const { portal } = await readySupervisor();
    const id = (await submit(portal)).json().id as string;
    const other = await makeBureau(ctx, '第三个市司法局');
    const foreign = await login(ctx, other.users['leader']!);
    expect((await foreign.request({ method: 'GET', url: `/api/supervision/observations/${id}` })).statusCode).toBe(404);
    const r = await foreign.request({ method: 'POST', url: `/api/supervision/observations/${id}/assign`, payload: { version: 1, departmentId: other.departments.a } });
    expect(r.statusCode).toBe(404);
    expect((await foreign.request({ method: 'GET', url: '/api/supervision/observations' })).json().items).toEqual([]);
  });
});

describe('lockout', () => {
  it('locks after the bureau threshold of failures, refuses the right password while locked, opens after the lock time; a reset unlocks', async () => {
    const reg = await register();
    for (let i = 1; i <= 4; i++) expect((await portalLogin(reg.loginName, 'Wrong#Pass2026')).statusCode).toBe(401);
    const locked = await portalLogin(reg.loginName, 'Wrong#Pass2026');
    expect(locked.statusCode).toBe(423);
    expect(locked.json().message).toContain('已锁定');
    expect((await portalLogin(reg.loginName, reg.initialPassword)).statusCode).toBe(423);
    expect((await staff.request({ method: 'GET', url: `/api/supervision/supervisors/${reg.id}` })).json().locked).toBe(true);

    const reset = await staff.request({ method: 'POST', url: `/api/supervision/supervisors/${reg.id}/password-reset` });
    expect(reset.statusCode).toBe(200);
    const fresh = reset.json().initialPassword as string;
    expect((await portalLogin(reg.loginName, fresh)).statusCode).toBe(200);

    for (let i = 1; i <= 5; i++) await portalLogin(reg.loginName, 'Wrong#Pass2026');
    expect((await portalLogin(reg.loginName, fresh)).statusCode).toBe(423);
    ctx.clock.advance(16 * 60_000);
    expect((await portalLogin(reg.loginName, fresh)).statusCode).toBe(200);
    const actions = (await auditOf(reg.id)).map((a) => a.action);
    expect(actions).toContain('supervision.portal.lock');
    expect(actions).toContain('supervision.supervisor.password_reset');
  });
});
