/**
 * Per-file test harness: a fresh database cloned from the migrated template, an app with a manual clock, and a
 * bureau of its own with one account per role (CONVENTIONS habit 11: each test makes its own bureau).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, inject } from 'vitest';
import pg from 'pg';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { eq } from 'drizzle-orm';
import type { Role } from '@quanze/domain';
import { buildApp } from '../../src/app.ts';
import { ManualClock } from '../../src/platform/clock.ts';
import { loadConfig } from '../../src/platform/config.ts';
import { createFieldCipher } from '../../src/platform/crypto.ts';
import { createFileStore, type FileStore } from '../../src/platform/files/file-store.ts';
import { createDb, type Db } from '../../src/platform/db.ts';
import { generateTotp, hashPassword, passwordHistory, users } from '../../src/modules/identity/index.ts';
import { bureaus, departments } from '../../src/modules/org/index.ts';
import { withDatabase } from './global-setup.ts';

export const PASSWORD = 'Test#Pass2026';

export interface TestContext {
  app: FastifyInstance;
  db: Db;
  clock: ManualClock;
  dataKey: Buffer;
  /** The uploaded-file store of this test file (a temporary folder). */
  files: FileStore;
  filesDir: string;
  /** SQL as a superuser on this file's database, for tamper tests. */
  sql: (text: string, params?: unknown[]) => Promise<pg.QueryResult>;
}

let passwordHashCache: Promise<string> | null = null;

export async function createTestContext(): Promise<TestContext> {
  const adminUrl = inject('pgAdminUrl');
  const template = inject('pgTemplate');
  const name = `${template.replace('tpl', 't')}_${crypto.randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  await admin.end();
  const url = withDatabase(adminUrl, name);
  const db = createDb(url, 5);
  const clock = new ManualClock('2026-03-02T01:00:00.000Z');
  const config = loadConfig({ QUANZE_DEMO: '1', QUANZE_LOGIN_RATE_PER_MINUTE: '10000', LOG_LEVEL: 'silent', QUANZE_WEB_DIST: '/nonexistent' });
  const dataKey = crypto.randomBytes(32);
  const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'quanze-files-'));
  const files = createFileStore(filesDir);
  const app = await buildApp({ db, clock, config, dataKey, files });
  const raw = new pg.Client({ connectionString: url });
  await raw.connect();
  afterAll(async () => {
    await app.close();
    await raw.end();
    await db.$client.end();
    fs.rmSync(filesDir, { recursive: true, force: true });
  });
  // Rows changed behind the app's back reach its caches as change notifications (platform/change-feed.ts): wait
  // for them, as the next request of a real client would come after them.
  const sql = async (text: string, params?: unknown[]) => {
    const res = await raw.query(text, params as unknown[]);
    await app.changes.settled();
    return res;
  };
  return { app, db, clock, dataKey, files, filesDir, sql };
}

export interface TestUser {
  id: string;
  username: string;
  roles: Role[];
  departmentId: string | null;
  totpSecret: string | null;
}

export interface TestBureau {
  id: string;
  departments: { a: string; b: string };
  users: Record<string, TestUser>;
}

const ADMIN_SECRET_BYTES = 20;
const base32 = (buf: Buffer) => {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = 0;
  let value = 0;
  let out = '';
  for (const b of buf) {
    value = (value << 8) | b;
    bits += 8;
    while (bits >= 5) {
      out += alphabet[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += alphabet[(value << (5 - bits)) & 31];
  return out;
};

/**
 * A bureau with two departments (a, b) and accounts: one per admin role (TOTP already enrolled), and business
 * users in department a (leader, headA, officerA, officerA2, reviewer, supervisor) and b (headB, officerB).
 */
export async function makeBureau(ctx: TestContext, name = '测试市司法局'): Promise<TestBureau> {
  const now = ctx.clock.now();
  const cipher = createFieldCipher(ctx.dataKey);
  passwordHashCache ??= hashPassword(PASSWORD);
  const hash = await passwordHashCache;
  const suffix = crypto.randomBytes(3).toString('hex');
  const [b] = await ctx.db.insert(bureaus).values({ name, shortName: '测司', createdAt: now }).returning();
  const mk = async (n: string) =>
    (await ctx.db.insert(departments).values({ bureauId: b!.id, name: `${n}${suffix}`, createdAt: now, updatedAt: now }).returning())[0]!.id;
  const deptA = await mk('律师工作科');
  const deptB = await mk('公共法律服务管理科');
  const specs: [string, Role[], string | null][] = [
    ['sysadmin', ['systemAdmin'], null],
    ['secadmin', ['securityAdmin'], null],
    ['auditor', ['auditAdmin'], null],
    ['leader', ['leader'], null],
    ['headA', ['departmentHead'], deptA],
    ['officerA', ['officer'], deptA],
    ['officerA2', ['officer'], deptA],
    ['reviewer', ['legalReviewer'], deptA],
    ['supervisor', ['supervisor'], deptA],
    ['headB', ['departmentHead'], deptB],
    ['officerB', ['officer'], deptB],
  ];
  const out: Record<string, TestUser> = {};
  for (const [key, roles, dept] of specs) {
    const username = `${key}_${suffix}`;
    const admin = roles.some((r) => r.endsWith('Admin'));
    const totpSecret = admin ? base32(crypto.randomBytes(ADMIN_SECRET_BYTES)) : null;
    const [u] = await ctx.db
      .insert(users)
      .values({
        bureauId: b!.id,
        departmentId: dept,
        username,
        displayName: key,
        passwordHash: hash,
        passwordChangedAt: now,
        mustChangePassword: false,
        roles,
        totpEnabled: admin,
        totpSecretSealed: totpSecret ? cipher.encrypt(totpSecret) : null,
        mobileSealed: cipher.encrypt('13800138000'),
        mobileIndex: cipher.blindIndex('13800138000'),
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await ctx.db.insert(passwordHistory).values({ userId: u!.id, passwordHash: hash, createdAt: now });
    out[key] = { id: u!.id, username, roles, departmentId: dept, totpSecret };
  }
  return { id: b!.id, departments: { a: deptA, b: deptB }, users: out };
}

export interface Session {
  cookie: string;
  csrf: string;
  me: Record<string, unknown>;
  request: (opts: InjectOptions) => Promise<LightMyRequestResponse>;
}

export function sessionCookieOf(res: { headers: Record<string, unknown> }): string {
  const set = res.headers['set-cookie'];
  const list = Array.isArray(set) ? set : [set];
  const c = list.find((s): s is string => typeof s === 'string' && s.includes('qz_sid='));
  if (!c) throw new Error('no session cookie');
  return c.split(';')[0]!;
}

/** Logs in (with a fresh TOTP code for administrators — the clock moves 30 s so a code is never reused). */
export async function login(ctx: TestContext, user: TestUser, password = PASSWORD): Promise<Session> {
  let totp: string | undefined;
  if (user.totpSecret) {
    ctx.clock.advance(30_000);
    totp = generateTotp(user.totpSecret, ctx.clock.now());
  }
  const res = await ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: user.username, password, ...(totp ? { totp } : {}) } });
  if (res.statusCode !== 200) throw new Error(`login ${user.username} failed: ${res.statusCode} ${res.body}`);
  return sessionFrom(ctx, sessionCookieOf(res), res.json());
}

export function sessionFrom(ctx: TestContext, cookie: string, me: Record<string, unknown>): Session {
  const csrf = me['csrfToken'] as string;
  return {
    cookie,
    csrf,
    me,
    request: (opts) =>
      ctx.app.inject({
        ...opts,
        headers: { ...(opts.headers ?? {}), cookie, ...(opts.method && opts.method !== 'GET' ? { 'x-csrf-token': csrf } : {}) },
      }),
  };
}

export async function userRow(ctx: TestContext, id: string) {
  const [u] = await ctx.db.select().from(users).where(eq(users.id, id));
  return u!;
}

export async function auditCount(ctx: TestContext): Promise<number> {
  const r = await ctx.sql('select count(*)::int as n from audit_events');
  return r.rows[0].n as number;
}
