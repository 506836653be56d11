/**
 * QUANZE_WORKERS=2 (main.ts + platform/cluster.ts): the real program, started as an operator would, on a database
 * of its own. The login limit (per IP and minute) must hold across the workers — a client opening a new connection
 * per attempt reaches both of them, and must still be refused after the configured number, not twice that; a worker
 * that dies is replaced while the other keeps serving; SIGTERM stops them all.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { withDatabase } from './support/global-setup.ts';

const MAIN = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src/main.ts');
const LIMIT = 6;
let server: ChildProcess;
let port: number;
let dataDir: string;
let output = '';

async function freePort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  const p = (s.address() as net.AddressInfo).port;
  await new Promise<void>((resolve) => s.close(() => resolve()));
  return p;
}

/** One request on a connection of its own (agent: false), so successive requests go to the workers in turn. */
function request(method: string, url: string, body?: unknown): Promise<number> {
  const data = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, path: url, method, agent: false, headers: data ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data) } : {} },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(data);
  });
}

/** The primary's worker processes (its children), from /proc. */
function workers(): number[] {
  return fs
    .readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .flatMap((d) => {
      try {
        const stat = fs.readFileSync(`/proc/${d}/stat`, 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === server.pid ? [Number(d)] : [];
      } catch {
        return [];
      }
    });
}

async function until(what: string, ok: () => boolean | Promise<boolean>, ms = 30_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await ok())) {
    if (Date.now() > end) throw new Error(`${what} did not happen within ${ms} ms; server output:\n${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

beforeAll(async () => {
  const adminUrl = inject('pgAdminUrl');
  const name = `${inject('pgTemplate').replace('tpl', 't')}_${crypto.randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${inject('pgTemplate')}`);
  await admin.end();
  port = await freePort();
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'quanze-cluster-'));
  server = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    env: {
      ...process.env,
      DATABASE_URL: withDatabase(adminUrl, name),
      PORT: String(port),
      HOST: '127.0.0.1',
      QUANZE_WORKERS: '2',
      QUANZE_DEMO: '0',
      QUANZE_DATA_KEY: crypto.randomBytes(32).toString('hex'),
      QUANZE_DATA_DIR: dataDir,
      QUANZE_LOGIN_RATE_PER_MINUTE: String(LIMIT),
      QUANZE_WEB_DIST: '/nonexistent',
      LOG_LEVEL: 'silent',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout!.on('data', (c: Buffer) => (output += c.toString()));
  server.stderr!.on('data', (c: Buffer) => (output += c.toString()));
  await until('start', () => output.includes('2 个工作进程'), 90_000);
}, 120_000);

afterAll(() => {
  if (server.exitCode === null) server.kill('SIGKILL');
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('QUANZE_WORKERS=2', () => {
  it('runs two workers behind one port', async () => {
    expect(workers()).toHaveLength(2);
    expect(await request('GET', '/api/health')).toBe(200);
  });

  it('holds the login limit across both workers: the attempt after the limit is refused, on either', async () => {
    const codes: number[] = [];
    for (let i = 0; i < LIMIT + 6; i++) codes.push(await request('POST', '/api/auth/login', { username: 'nobody', password: 'wrong-password' }));
    expect(codes.slice(0, LIMIT).every((c) => c !== 429)).toBe(true);
    // With a count per worker, six more attempts would have got through (three on each).
    expect(codes.slice(LIMIT)).toEqual(Array(6).fill(429));
  });

  it('replaces a worker that dies, the other serving meanwhile', async () => {
    const [victim] = workers();
    process.kill(victim!, 'SIGKILL');
    await until('the worker gone', () => !workers().includes(victim!));
    expect(await request('GET', '/api/health')).toBe(200);
    await until('a replacement', () => workers().length === 2 && !workers().includes(victim!));
    await until('both answering', async () => (await Promise.all([request('GET', '/api/health'), request('GET', '/api/health')])).every((c) => c === 200));
  }, 60_000);

  it('stops every process on SIGTERM', async () => {
    const before = workers();
    const exited = new Promise<number | null>((resolve) => server.once('exit', (code) => resolve(code)));
    server.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(before.filter((p) => fs.existsSync(`/proc/${p}`))).toEqual([]);
  }, 30_000);
});
