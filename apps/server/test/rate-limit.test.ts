/** Login is rate-limited per IP (ASVS 2.4.1, SECURITY.md battery item 6), independently of the per-account lockout. */
import crypto from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { ManualClock } from '../src/platform/clock.ts';
import { loadConfig } from '../src/platform/config.ts';
import { createTestContext } from './support/test-app.ts';

describe('login rate limit', () => {
  it('answers 429 with a Chinese message once one IP passes the limit, while another IP still gets through', async () => {
    const ctx = await createTestContext();
    const app = await buildApp({
      db: ctx.db,
      clock: new ManualClock(),
      config: loadConfig({ QUANZE_LOGIN_RATE_PER_MINUTE: '5', LOG_LEVEL: 'silent', QUANZE_WEB_DIST: '/nonexistent' }),
      dataKey: crypto.randomBytes(32),
    });
    afterAll(() => app.close());
    const tryFrom = (ip: string) =>
      app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress: ip, payload: { username: `u${crypto.randomInt(1e6)}`, password: 'Wrong#Pass1' } });
    const codes: number[] = [];
    for (let i = 0; i < 7; i++) codes.push((await tryFrom('10.0.0.1')).statusCode);
    expect(codes.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    const limited = await tryFrom('10.0.0.1');
    expect(limited.statusCode).toBe(429);
    expect(limited.json()).toMatchObject({ code: 'RATE_LIMITED', message: '请求过于频繁，请稍后再试' });
    expect((await tryFrom('10.0.0.2')).statusCode).toBe(401);
  });
});
