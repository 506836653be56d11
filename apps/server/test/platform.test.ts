import { beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/platform/config.ts';
import { createTestContext, login, makeBureau, type TestContext } from './support/test-app.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});

describe('HTTP platform', () => {
  it('reports health with the database reachable', async () => {
    const r = await ctx.app.inject({ method: 'GET', url: '/api/health' });
    expect(r.json()).toMatchObject({ status: 'ok', db: 'up' });
  });

  it('sends the security headers on API responses (ASVS 3.4, battery item 16)', async () => {
    for (const url of ['/api/health', '/api/auth/me', '/api/nowhere']) {
      const r = await ctx.app.inject({ method: 'GET', url });
      expect(r.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(r.headers['content-security-policy']).toContain("script-src 'self'");
      expect(r.headers['x-content-type-options']).toBe('nosniff');
      expect(r.headers['referrer-policy']).toBe('no-referrer');
      expect(r.headers['strict-transport-security']).toMatch(/max-age=31536000/);
      expect(r.headers['cache-control']).toBe('no-store');
    }
  });

  it('answers an unknown API path with a Chinese 404 body', async () => {
    const r = await ctx.app.inject({ method: 'GET', url: '/api/nowhere' });
    expect(r.statusCode).toBe(404);
    expect(r.json()).toEqual({ code: 'NOT_FOUND', message: '请求的地址不存在' });
  });

  it('publishes OpenAPI generated from the zod schemas, every route tagged by module', async () => {
    const r = await ctx.app.inject({ method: 'GET', url: '/api/docs/json' });
    const doc = r.json();
    const ops = Object.values(doc.paths as Record<string, Record<string, { tags?: string[] }>>).flatMap((p) => Object.values(p));
    expect(ops.length).toBeGreaterThan(15);
    for (const op of ops) expect(op.tags?.length).toBeGreaterThan(0);
    expect(doc.paths['/api/auth/login'].post.requestBody.content['application/json'].schema.properties).toHaveProperty('username');
  });

  it('issues the session cookie HttpOnly and SameSite=Strict, and Secure with the __Host- prefix behind TLS', async () => {
    const b = await makeBureau(ctx);
    const r = await ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: b.users['leader']!.username, password: 'Test#Pass2026' } });
    const cookie = String(r.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).not.toMatch(/Secure/);
    const tls = await buildApp({ db: ctx.db, clock: ctx.clock, dataKey: ctx.dataKey, config: loadConfig({ QUANZE_COOKIE_SECURE: 'always', LOG_LEVEL: 'silent', QUANZE_WEB_DIST: '/x' }) });
    const r2 = await tls.inject({ method: 'POST', url: '/api/auth/login', payload: { username: b.users['leader']!.username, password: 'Test#Pass2026' } });
    await tls.close();
    expect(String(r2.headers['set-cookie'])).toMatch(/^__Host-qz_sid=.*Secure/);
  });

  it('never shows a stack trace or SQL when a query fails', async () => {
    const b = await makeBureau(ctx);
    const s = await login(ctx, b.users['leader']!);
    await ctx.sql('alter table departments rename to departments_gone');
    try {
      const r = await s.request({ method: 'GET', url: '/api/departments' });
      expect(r.statusCode).toBe(500);
      expect(r.json()).toEqual({ code: 'INTERNAL', message: '服务器内部错误，请稍后再试' });
    } finally {
      await ctx.sql('alter table departments_gone rename to departments');
    }
  });
});
