/**
 * /api/auth/me carries the data scope of the user's roles, so the console can hide or disable what needs bureau scope
 * on top of a permission (the supervision channels: complaint:handle at bureau scope). The flag must say exactly what
 * the server then enforces: a department head holds complaint:handle, is told 'department', and is refused the save.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, login, makeBureau, type TestBureau, type TestContext } from './support/test-app.ts';

let ctx: TestContext;
let b: TestBureau;

beforeAll(async () => {
  ctx = await createTestContext();
  b = await makeBureau(ctx);
});

const channels = { hotline: '0000-12345678', hotlineHours: '工作日 9:00-17:00', mailAddress: '示例市某路1号', postcode: '', email: '', receptionAddress: '', receptionHours: '', note: '' };

describe('data scope in /api/auth/me', () => {
  it('is the widest scope of the roles: leader bureau, department head department, officer self', async () => {
    const expected: Record<string, string> = { leader: 'bureau', supervisor: 'bureau', headA: 'department', officerA: 'self', reviewer: 'bureau' };
    for (const [who, scope] of Object.entries(expected)) {
      const s = await login(ctx, b.users[who]!);
      const me = await s.request({ method: 'GET', url: '/api/auth/me' });
      expect(me.json().scope, who).toBe(scope);
      expect(s.me['scope'], `${who} at login`).toBe(scope); // the login answer is the same Me
    }
  });

  it('matches what the server enforces on the bureau-wide supervision channels', async () => {
    const head = await login(ctx, b.users['headA']!);
    const headMe = (await head.request({ method: 'GET', url: '/api/auth/me' })).json();
    expect(headMe.permissions).toContain('complaint:handle');
    expect(headMe.scope).toBe('department');
    const refused = await head.request({ method: 'PUT', url: '/api/complaints/channels', payload: { ...channels, version: 0 } });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().message).toContain('本局层级');

    const leader = await login(ctx, b.users['leader']!);
    expect((await leader.request({ method: 'GET', url: '/api/auth/me' })).json()).toMatchObject({ scope: 'bureau', permissions: expect.arrayContaining(['complaint:handle']) });
    const saved = await leader.request({ method: 'PUT', url: '/api/complaints/channels', payload: { ...channels, version: 0 } });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ hotline: '0000-12345678', version: 1 });
  });
});
