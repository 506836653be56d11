/** Shared steps of the supervision-*.test.ts files: register a 社会监督员 as staff, sign them in on the portal. */
import { expect } from 'vitest';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { idCardCheckChar } from '@quanze/domain';
import { sm3Hex } from '../src/platform/crypto.ts';
import type { Session, TestBureau, TestContext } from './support/test-app.ts';

export const SUPERVISOR_ID_CARD = `32010219850301001${idCardCheckChar('32010219850301001')}`;
export const SUPERVISOR_MOBILE = '13912345678';
export const SUPERVISOR_PASSWORD = 'Jiandu#2026ok';

export interface Registered {
  id: string;
  loginName: string;
  initialPassword: string;
  version: number;
}

let seq = 0;

export async function registerSupervisor(ctx: TestContext, b: TestBureau, staff: Session, over: Record<string, unknown> = {}): Promise<Registered> {
  seq += 1;
  const loginName = `jd${seq}_${b.id.slice(0, 6)}`;
  const r = await staff.request({
    method: 'POST',
    url: '/api/supervision/supervisors',
    payload: {
      name: `监督员${seq}`,
      mobile: SUPERVISOR_MOBILE,
      idCardNumber: SUPERVISOR_ID_CARD,
      employer: '某律师事务所',
      sector: '律师',
      documentNumber: `测司监聘〔2026〕${b.id.slice(0, 4)}-${seq}号`,
      termStart: '2026-01-01',
      termEnd: '2027-12-31',
      loginName,
      ...over,
    },
  });
  expect(r.statusCode, r.body).toBe(201);
  const body = r.json();
  return { id: body.supervisor.id, loginName, initialPassword: body.initialPassword, version: body.supervisor.version };
}

export interface Portal {
  cookie: string;
  /** The login (or password change) answer that opened this session. */
  me: Record<string, unknown>;
  request: (opts: InjectOptions) => Promise<LightMyRequestResponse>;
}

export const portalLogin = (ctx: TestContext, loginName: string, password: string) =>
  ctx.app.inject({ method: 'POST', url: '/api/portal/supervisor/login', payload: { loginName, password } });

/** The portal session a login (or password change) answer opened: its cookie, sending its CSRF token on writes. */
export function portalFrom(ctx: TestContext, res: LightMyRequestResponse): Portal {
  const set = res.headers['set-cookie'];
  const c = (Array.isArray(set) ? set : [set]).find((s): s is string => typeof s === 'string' && s.includes('qz_sup='));
  if (!c) throw new Error('no supervisor cookie');
  const cookie = c.split(';')[0]!;
  const me = res.json();
  const csrf = me.csrfToken as string;
  return {
    cookie,
    me,
    request: (opts) =>
      ctx.app.inject({ ...opts, headers: { ...(opts.headers ?? {}), cookie, ...(opts.method && opts.method !== 'GET' ? { 'x-csrf-token': csrf } : {}) } }),
  };
}

/** Registers a supervisor and signs in, changing the one-time password as the portal requires first. */
export async function signedInSupervisor(ctx: TestContext, b: TestBureau, staff: Session, over: Record<string, unknown> = {}) {
  const reg = await registerSupervisor(ctx, b, staff, over);
  const first = await portalLogin(ctx, reg.loginName, reg.initialPassword);
  expect(first.statusCode, first.body).toBe(200);
  const changed = await portalFrom(ctx, first).request({
    method: 'POST',
    url: '/api/portal/supervisor/password',
    payload: { currentPassword: reg.initialPassword, newPassword: SUPERVISOR_PASSWORD },
  });
  expect(changed.statusCode, changed.body).toBe(200);
  return { reg, portal: portalFrom(ctx, changed) };
}

/** The row of this portal's session (the table keeps the SM3 hash of the cookie's token, as the console's). */
export async function sessionOf(ctx: TestContext, portal: Portal) {
  const token = decodeURIComponent(portal.cookie.slice(portal.cookie.indexOf('=') + 1));
  const r = await ctx.sql('select revoked_at, revoke_reason from supervisor_sessions where id = $1', [sm3Hex(token)]);
  if (r.rows.length !== 1) throw new Error('no session row for this cookie');
  return r.rows[0] as { revoked_at: Date | null; revoke_reason: string | null };
}

/** How many of the supervisor's sessions are open (not revoked) in the table. */
export async function openSessionCount(ctx: TestContext, supervisorId: string): Promise<number> {
  const r = await ctx.sql(
    `select count(*)::int as n from supervisor_sessions s join supervisor_accounts a on a.id = s.account_id
      where a.supervisor_id = $1 and s.revoked_at is null`,
    [supervisorId],
  );
  return r.rows[0].n as number;
}
