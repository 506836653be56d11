/**
 * 社会监督员 portal sessions end as console sessions do (identity/session.ts): past the bureau's idle minutes or the
 * absolute lifetime a session is refused AND recorded as ended with its revoke_reason; a job run under the advisory
 * lock records the ones nobody comes back to (and those whose appointment is no longer in force), so
 * supervisor_sessions says who is signed in; suspending or ending (解聘) a supervisor ends their sessions at once.
 */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createFieldCipher } from '../src/platform/crypto.ts';
import { loadConfig } from '../src/platform/config.ts';
import type { Deps } from '../src/platform/deps.ts';
import { runJobOnce } from '../src/platform/jobs.ts';
import { endStaleSupervisorSessionsJob } from '../src/modules/supervision/index.ts';
import { createTestContext, login, makeBureau, type Session, type TestBureau, type TestContext } from './support/test-app.ts';
import { openSessionCount, sessionOf, signedInSupervisor, type Portal } from './supervision-helpers.ts';

let ctx: TestContext;
let b: TestBureau;
let staff: Session;
let deps: Deps;

const MINUTE = 60_000;

beforeAll(async () => {
  ctx = await createTestContext();
  b = await makeBureau(ctx);
  deps = {
    db: ctx.db,
    clock: ctx.clock,
    config: loadConfig({ QUANZE_DEMO: '1', LOG_LEVEL: 'silent', QUANZE_WEB_DIST: '/nonexistent' }),
    cipher: createFieldCipher(ctx.dataKey),
  };
});

// The tests move the clock by hours: the staff member's console session would time out too, so each test signs in.
beforeEach(async () => {
  staff = await login(ctx, b.users['supervisor']!);
});

const me = (p: Portal) => p.request({ method: 'GET', url: '/api/portal/supervisor/me' });
const openSessions = (supervisorId: string) => openSessionCount(ctx, supervisorId);
const runJob = async () => {
  const r = await runJobOnce(deps, endStaleSupervisorSessionsJob);
  if (r === 'skipped') throw new Error('job skipped');
  return r;
};

describe('timeouts on the request path', () => {
  it('idle past the bureau’s 30 minutes: 401 登录已超时, and the session is recorded as ended (idle_timeout)', async () => {
    const { portal } = await signedInSupervisor(ctx, b, staff);
    ctx.clock.advance(29 * MINUTE);
    expect((await me(portal)).statusCode).toBe(200); // still inside the idle window, and touched
    ctx.clock.advance(31 * MINUTE);
    const r = await me(portal);
    expect(r.statusCode).toBe(401);
    expect(r.json()).toMatchObject({ code: 'AUTH_SESSION_EXPIRED', message: '登录已超时，请重新登录' });
    const s = await sessionOf(ctx, portal);
    expect(s).toMatchObject({ revoke_reason: 'idle_timeout' });
    expect(s.revoked_at).toBeInstanceOf(Date);
    // ended for good: the refused request did not touch it back to life
    expect((await me(portal)).statusCode).toBe(401);
  });

  it('past the absolute 12 hours, even when in use all along: 401 and recorded as ended (absolute_timeout)', async () => {
    const { portal } = await signedInSupervisor(ctx, b, staff);
    for (let elapsed = 0; elapsed < 12 * 60 - 25; elapsed += 25) {
      ctx.clock.advance(25 * MINUTE);
      expect((await me(portal)).statusCode, `after ${elapsed + 25} min`).toBe(200);
    }
    ctx.clock.advance(21 * MINUTE); // 12 h 1 min after login (700 + 21 min), 21 min after the last request
    expect((await me(portal)).statusCode).toBe(401);
    const s = await sessionOf(ctx, portal);
    expect(s).toMatchObject({ revoke_reason: 'absolute_timeout' });
  });
});

describe('the registry ends sessions at once', () => {
  it('a signed-in supervisor whose term is ended (解聘) gets 401 on the next request; the session is recorded ended', async () => {
    const { reg, portal } = await signedInSupervisor(ctx, b, staff);
    expect((await me(portal)).statusCode).toBe(200);
    const cur = (await staff.request({ method: 'GET', url: `/api/supervision/supervisors/${reg.id}` })).json();
    const ended = await staff.request({ method: 'POST', url: `/api/supervision/supervisors/${reg.id}/status`, payload: { version: cur.version, status: 'ended', reason: '届中解聘' } });
    expect(ended.statusCode, ended.body).toBe(200);
    // recorded in the same transaction as the ending, before any further request
    expect(await openSessions(reg.id)).toBe(0);
    expect(await sessionOf(ctx, portal)).toMatchObject({ revoke_reason: 'supervisor_ended' });
    const r = await portal.request({ method: 'POST', url: '/api/portal/supervisor/observations', payload: { category: 'other', aboutUnit: '某科', content: '解聘后再提交的意见' } });
    expect(r.statusCode).toBe(401);
    expect((await me(portal)).statusCode).toBe(401);
  });

  it('suspending does the same (supervisor_suspended); resuming does not revive the old session', async () => {
    const { reg, portal } = await signedInSupervisor(ctx, b, staff);
    const cur = (await staff.request({ method: 'GET', url: `/api/supervision/supervisors/${reg.id}` })).json();
    const s = await staff.request({ method: 'POST', url: `/api/supervision/supervisors/${reg.id}/status`, payload: { version: cur.version, status: 'suspended', reason: '调查期间' } });
    expect(await openSessions(reg.id)).toBe(0);
    expect(await sessionOf(ctx, portal)).toMatchObject({ revoke_reason: 'supervisor_suspended' });
    await staff.request({ method: 'POST', url: `/api/supervision/supervisors/${reg.id}/status`, payload: { version: s.json().version, status: 'active' } });
    expect((await me(portal)).statusCode).toBe(401);
  });
});

describe('the sweeping job', () => {
  it('records idle sessions and those whose appointment lapsed, keeps live ones, once per run, audited as 系统', async () => {
    const idle = await signedInSupervisor(ctx, b, staff);
    const live = await signedInSupervisor(ctx, b, staff);
    const lapsed = await signedInSupervisor(ctx, b, staff);
    // the term is corrected to have ended yesterday (today is 2026-03-02): the session stays open until seen
    const cur = (await staff.request({ method: 'GET', url: `/api/supervision/supervisors/${lapsed.reg.id}` })).json();
    const put = await staff.request({
      method: 'PUT',
      url: `/api/supervision/supervisors/${lapsed.reg.id}`,
      payload: { version: cur.version, documentNumber: cur.documentNumber, termStart: '2025-01-01', termEnd: '2026-03-01', employer: cur.employer, sector: cur.sector },
    });
    expect(put.statusCode, put.body).toBe(200);
    expect(await openSessions(lapsed.reg.id)).toBe(1);

    ctx.clock.advance(5 * MINUTE);
    expect(await runJob()).toMatchObject({ ended: 1, appointment_not_in_force: 1 });
    expect(await sessionOf(ctx, lapsed.portal)).toMatchObject({ revoke_reason: 'appointment_not_in_force' });
    expect(await openSessions(idle.reg.id)).toBe(1);

    ctx.clock.advance(15 * MINUTE);
    expect((await me(live.portal)).statusCode).toBe(200); // used 20 min after login
    ctx.clock.advance(11 * MINUTE); // idle: 31 min since login; live: 11 min since its last request
    expect(await runJob()).toMatchObject({ ended: 1, idle_timeout: 1 });
    expect(await sessionOf(ctx, idle.portal)).toMatchObject({ revoke_reason: 'idle_timeout' });
    expect(await openSessions(live.reg.id)).toBe(1);
    expect((await me(live.portal)).statusCode).toBe(200);
    expect((await me(idle.portal)).statusCode).toBe(401);

    expect(await runJob()).toEqual({ ended: 0 }); // nothing left to end: idempotent

    const audit = await ctx.sql(
      `select actor_id, actor_name, summary from audit_events where action = 'supervision.portal.sessions_ended' and bureau_id = $1 order by seq`,
      [b.id],
    );
    expect(audit.rows).toHaveLength(2);
    expect(audit.rows[0]).toMatchObject({ actor_id: null, actor_name: '系统', summary: { byReason: { appointment_not_in_force: 1 }, supervisorIds: [lapsed.reg.id] } });
    expect(audit.rows[1]).toMatchObject({ summary: { byReason: { idle_timeout: 1 }, supervisorIds: [idle.reg.id] } });
  });

  it('records a session past its absolute lifetime even though it was used minutes ago', async () => {
    const { portal } = await signedInSupervisor(ctx, b, staff);
    for (let elapsed = 0; elapsed < 12 * 60; elapsed += 20) {
      ctx.clock.advance(20 * MINUTE);
      if (elapsed + 20 < 12 * 60) expect((await me(portal)).statusCode).toBe(200);
    }
    ctx.clock.advance(MINUTE); // 12 h 1 min after login, 21 min after the last request
    const r = await runJob();
    expect(r['absolute_timeout']).toBeGreaterThanOrEqual(1);
    expect(await sessionOf(ctx, portal)).toMatchObject({ revoke_reason: 'absolute_timeout' });
  });

  it('does not run twice at once across nodes (advisory lock)', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const slow = {
      ...endStaleSupervisorSessionsJob,
      run: async (d: Deps) => {
        await gate;
        return endStaleSupervisorSessionsJob.run(d);
      },
    };
    const first = runJobOnce(deps, slow);
    await new Promise((r) => setTimeout(r, 50));
    expect(await runJobOnce(deps, slow)).toBe('skipped');
    release();
    expect(await first).not.toBe('skipped');
  });
});
