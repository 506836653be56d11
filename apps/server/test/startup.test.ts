/**
 * Start-up as a bureau's IT staff would do it: the real entry point (src/main.ts) on the embedded PostgreSQL.
 * A second process on the same data folder refuses with a clear message; a restart keeps all data.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../src/platform/embedded-postgres.ts';
import { DEMO_USERS } from '../src/seed/demo-data.ts';

const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'quanze-start-'));
fs.chmodSync(dataDir, 0o755);
const running: ChildProcess[] = [];
type UserPage = { total: number; items: { id: string }[] };

function start(port: number): { proc: ChildProcess; output: () => string; exited: Promise<number | null> } {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), QUANZE_DATA_DIR: dataDir, QUANZE_DEMO: '1', LOG_LEVEL: 'warn' };
  delete env.DATABASE_URL; // this test is about the embedded server
  const proc = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: serverDir, env });
  running.push(proc);
  let out = '';
  proc.stdout.on('data', (d) => (out += d));
  proc.stderr.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)));
  return { proc, output: () => out, exited };
}

async function waitForHealth(port: number, output: () => string): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    try {
      const r = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (r.ok) return;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`server did not start:\n${output()}`);
}

async function stop(p: { proc: ChildProcess; exited: Promise<number | null> }) {
  p.proc.kill('SIGTERM');
  return p.exited;
}

afterAll(async () => {
  for (const p of running) if (p.exitCode === null) p.kill('SIGKILL');
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('start-up on the embedded PostgreSQL', () => {
  it('refuses a second process on the same data folder, and keeps data across a restart', async () => {
    const port1 = await freePort();
    const first = start(port1);
    await waitForHealth(port1, first.output);
    expect(first.output()).toContain('已载入演示数据');

    // A login is a write (session row + audit row); the demo administrators are TOTP-gated, so the leader logs in.
    const login = await fetch(`http://127.0.0.1:${port1}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'leader', password: 'Quanze@2026' }),
    });
    expect(login.status).toBe(200);
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    const before = (await (await fetch(`http://127.0.0.1:${port1}/api/users?pageSize=200`, { headers: { cookie } })).json()) as UserPage;
    // Every demo account, including the three 局领导 a collective discussion needs (第五十七条).
    expect(before.total).toBe(DEMO_USERS.length);
    expect(DEMO_USERS.filter((u) => u.roles.includes('leader'))).toHaveLength(3);

    const second = start(await freePort());
    const code = await second.exited;
    expect(code).not.toBe(0);
    expect(second.output()).toMatch(/正被另一个 Quanze 进程（PID \d+）使用/);

    expect(await stop(first)).toBe(0);

    const port3 = await freePort();
    const third = start(port3);
    await waitForHealth(port3, third.output);
    expect(third.output()).not.toContain('已载入演示数据');
    // The session row survived the restart too: the same cookie still works.
    const after = (await (await fetch(`http://127.0.0.1:${port3}/api/users?pageSize=200`, { headers: { cookie } })).json()) as UserPage;
    expect(after.total).toBe(DEMO_USERS.length);
    expect(after.items.map((u: { id: string }) => u.id).sort()).toEqual(before.items.map((u: { id: string }) => u.id).sort());
    expect(await stop(third)).toBe(0);
  }, 180_000);
});
