/**
 * Session lookups served from memory (identity/session-cache.ts) never outlive a change: two app nodes on one
 * database, a change made through one (or behind both) is honoured by the other as soon as its notification arrives,
 * and by the node that made it at once. Without a working change feed nothing is kept.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/platform/config.ts';
import { createDb, type Db } from '../src/platform/db.ts';
import { createTestContext, login, makeBureau, userRow, type Session, type TestBureau, type TestContext } from './support/test-app.ts';

let ctx: TestContext;
let b: TestBureau;
let nodeB: FastifyInstance;
let nodeBDb: Db;
let cold: FastifyInstance;
let coldDb: Db;

// Count the session lookups each node sends (pg.Client.prototype.query is what drizzle and the pool call).
const proto = pg.Client.prototype as unknown as { query: (...a: unknown[]) => unknown };
const original = proto.query;
let lookups = 0;
proto.query = function (this: unknown, ...a: unknown[]) {
  const q = a[0] as string | { text?: string; name?: string };
  const text = typeof q === 'string' ? q : (q?.text ?? '');
  if (/from "sessions"/.test(text)) lookups++;
  return original.apply(this, a);
};
afterAll(() => {
  proto.query = original;
});

async function node(changeFeed: boolean): Promise<[FastifyInstance, Db]> {
  const db = createDb((ctx.db.$client.options as { connectionString: string }).connectionString, 3);
  const config = loadConfig({ QUANZE_DEMO: '1', QUANZE_LOGIN_RATE_PER_MINUTE: '10000', LOG_LEVEL: 'silent', QUANZE_WEB_DIST: '/nonexistent' });
  const app = await buildApp({ db, clock: ctx.clock, config, dataKey: ctx.dataKey, files: ctx.files, changeFeed });
  await app.ready();
  return [app, db];
}

/** The same browser session sent to another node (as behind a load balancer). */
const on = (app: FastifyInstance, s: Session) => ({
  get: (url: string) => app.inject({ method: 'GET', url, headers: { cookie: s.cookie } }),
});

async function healthy(app: FastifyInstance) {
  // Polls: a reconnect is a new backend (fork and authentication), slow on a loaded machine.
  for (let i = 0; i < 500 && !app.changes.healthy; i++) await new Promise((r) => setTimeout(r, 20));
  expect(app.changes.healthy).toBe(true);
}

beforeAll(async () => {
  ctx = await createTestContext();
  b = await makeBureau(ctx);
  [nodeB, nodeBDb] = await node(true);
  [cold, coldDb] = await node(false);
  await healthy(ctx.app);
  await healthy(nodeB);
});
afterAll(async () => {
  await nodeB.close();
  await cold.close();
  await nodeBDb.$client.end();
  await coldDb.$client.end();
});

describe('session lookups kept in memory between changes', () => {
  it('a repeated request on a node does not read the session again', async () => {
    const s = await login(ctx, b.users['officerA']!);
    expect((await on(nodeB, s).get('/api/auth/me')).statusCode).toBe(200);
    const before = lookups;
    for (let i = 0; i < 3; i++) expect((await on(nodeB, s).get('/api/auth/me')).statusCode).toBe(200);
    expect(lookups).toBe(before);
  });

  it('a logout on one node ends the session on the other', async () => {
    const s = await login(ctx, b.users['officerA']!);
    expect((await on(nodeB, s).get('/api/auth/me')).statusCode).toBe(200); // now in node B's memory
    expect((await s.request({ method: 'POST', url: '/api/auth/logout' })).statusCode).toBe(204);
    expect((await s.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401); // the node that wrote: at once
    await nodeB.changes.settled();
    const res = await on(nodeB, s).get('/api/auth/me');
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ code: 'AUTH_SESSION_EXPIRED' });
  });

  it('roles taken away on one node are gone on the other; a disabled account is refused there', async () => {
    const victim = b.users['headA']!;
    const s = await login(ctx, victim);
    const secadmin = await login(ctx, b.users['secadmin']!);
    expect((await on(nodeB, s).get('/api/cases')).statusCode).toBe(200);
    const r = await secadmin.request({ method: 'PUT', url: `/api/users/${victim.id}/roles`, payload: { roles: ['officer'], version: (await userRow(ctx, victim.id)).version } });
    expect(r.statusCode).toBe(200);
    await nodeB.changes.settled();
    const me = await on(nodeB, s).get('/api/auth/me');
    if (me.statusCode === 200) expect(me.json().roles).toEqual(['officer']);
    else expect(me.statusCode).toBe(401); // a role change may also end the user's sessions

    const other = await login(ctx, b.users['officerB']!);
    expect((await on(nodeB, other).get('/api/auth/me')).statusCode).toBe(200);
    const sysadmin = await login(ctx, b.users['sysadmin']!);
    const off = await sysadmin.request({ method: 'POST', url: `/api/users/${b.users['officerB']!.id}/disable`, payload: { version: (await userRow(ctx, b.users['officerB']!.id)).version } });
    expect(off.statusCode).toBe(200);
    await nodeB.changes.settled();
    expect((await on(nodeB, other).get('/api/auth/me')).statusCode).toBe(401);
  });

  it('a change made behind both nodes (straight in the database) reaches them too', async () => {
    const s = await login(ctx, b.users['reviewer']!);
    expect((await on(nodeB, s).get('/api/auth/me')).statusCode).toBe(200);
    await ctx.sql(`update sessions set revoked_at = now(), revoke_reason = 'test' where user_id = $1`, [b.users['reviewer']!.id]);
    await nodeB.changes.settled();
    expect((await on(nodeB, s).get('/api/auth/me')).statusCode).toBe(401);
  });

  it('a node without change notifications reads the session on every request', async () => {
    expect(cold.changes.healthy).toBe(false);
    const s = await login(ctx, b.users['leader']!);
    expect((await on(cold, s).get('/api/auth/me')).statusCode).toBe(200);
    const before = lookups;
    for (let i = 0; i < 3; i++) expect((await on(cold, s).get('/api/auth/me')).statusCode).toBe(200);
    expect(lookups).toBe(before + 3);
  });

  it('a lost notification connection stops the cache at once, and it comes back after reconnecting', async () => {
    const s = await login(ctx, b.users['headB']!);
    expect((await on(nodeB, s).get('/api/auth/me')).statusCode).toBe(200);
    // End every listening connection (both nodes'), as a database restart or a network cut would. (Through the
    // pool, not ctx.sql: that waits for a notification on the connection being cut.)
    let lost = 0;
    const unsubscribe = nodeB.changes.subscribe((topic) => {
      if (topic === '*') lost++;
    });
    await ctx.db.$client.query(`select pg_terminate_backend(pid) from pg_stat_activity where application_name = 'quanze-changes' and datname = current_database()`);
    for (let i = 0; i < 500 && lost === 0; i++) await new Promise((r) => setTimeout(r, 10));
    unsubscribe();
    expect(lost).toBe(1); // the node noticed, dropped everything (and stopped serving from memory until reconnected)
    const before = lookups;
    expect((await on(nodeB, s).get('/api/auth/me')).statusCode).toBe(200);
    expect(lookups).toBe(before + 1); // read, not served from memory
    await healthy(nodeB);
    await healthy(ctx.app);
    // Back to normal: a change is announced again.
    expect((await on(nodeB, s).get('/api/auth/me')).statusCode).toBe(200);
    await ctx.sql(`update sessions set revoked_at = now(), revoke_reason = 'test' where user_id = $1`, [b.users['headB']!.id]);
    await nodeB.changes.settled();
    expect((await on(nodeB, s).get('/api/auth/me')).statusCode).toBe(401);
  });

  it('an idle timeout is decided on a fresh read, not on the copy', async () => {
    const s = await login(ctx, b.users['officerA2']!);
    expect((await on(nodeB, s).get('/api/auth/me')).statusCode).toBe(200);
    ctx.clock.advance(31 * 60_000); // past the default idle timeout
    const res = await on(nodeB, s).get('/api/auth/me');
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ code: 'AUTH_SESSION_EXPIRED' });
  });
});
