/**
 * Officer photo upload (SECURITY.md battery 15): only real JPEG/PNG within 2 MB are stored; renamed executables,
 * scripted SVG, polyglots, oversize files and path names are refused with Chinese messages and change nothing;
 * served as an attachment with nosniff; out-of-scope officers are 404.
 */
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { officerHistory, officers } from '../src/modules/officers/officers.table.ts';
import { sm3Hex } from '../src/platform/crypto.ts';
import { makeExe, makeJpeg, makePng, makeZip, multipartFile, SCRIPTED_SVG } from './support/file-fixtures.ts';
import { makeOfficer, type MadeOfficer } from './support/officer-factory.ts';
import { auditCount, createTestContext, login, makeBureau, type Session, type TestBureau, type TestContext } from './support/test-app.ts';

let ctx: TestContext;
let b: TestBureau;
let officer: MadeOfficer;
const s: Record<string, Session> = {};

beforeAll(async () => {
  ctx = await createTestContext();
  b = await makeBureau(ctx);
  for (const k of ['supervisor', 'leader', 'headA', 'headB', 'officerA']) s[k] = await login(ctx, b.users[k]!);
  officer = await makeOfficer(ctx, b, { name: '赵照片', departmentId: b.departments.a });
});

const put = (who: string, id: string, buf: Buffer, name: string, type = 'image/jpeg') => {
  const m = multipartFile(buf, name, type);
  return s[who]!.request({ method: 'PUT', url: `/api/officers/${id}/photo`, payload: m.payload, headers: m.headers });
};
const photoOf = async (id: string) => (await ctx.db.select({ p: officers.photoFileId }).from(officers).where(eq(officers.id, id)))[0]!.p;

describe('PUT/GET /api/officers/:id/photo', () => {
  it('stores a real PNG in one transaction with history and audit, and serves it as an attachment with nosniff', async () => {
    const png = makePng(4, 4);
    const before = await auditCount(ctx);
    const r = await put('supervisor', officer.id, png, '证件照.png', 'image/png');
    expect(r.statusCode, r.body).toBe(204);
    expect(await auditCount(ctx)).toBe(before + 1);
    const [audit] = (await ctx.sql(`select action, object_id, summary from audit_events order by seq desc limit 1`)).rows;
    expect(audit).toMatchObject({ action: 'officer.photo', object_id: officer.id });
    const history = await ctx.db.select().from(officerHistory).where(eq(officerHistory.officerId, officer.id));
    expect(history.map((h) => h.action)).toContain('officer.photo');
    const fileId = await photoOf(officer.id);
    expect(fileId).toBe(sm3Hex(png)); // content-addressed

    const g = await s['headA']!.request({ method: 'GET', url: `/api/officers/${officer.id}/photo` });
    expect(g.statusCode).toBe(200);
    expect(g.headers['content-type']).toBe('image/png');
    expect(g.headers['content-disposition']).toMatch(/^attachment; filename="photo-[0-9a-f-]+\.png"/);
    expect(g.headers['x-content-type-options']).toBe('nosniff');
    expect(g.headers['content-security-policy']).toContain('sandbox');
    expect(g.rawPayload.equals(png)).toBe(true);
  });

  it('replaces the photo with a JPEG', async () => {
    const r = await put('headA', officer.id, makeJpeg('Exif ok'), 'me.jpeg');
    expect(r.statusCode, r.body).toBe(204);
    const g = await s['supervisor']!.request({ method: 'GET', url: `/api/officers/${officer.id}/photo` });
    expect(g.headers['content-type']).toBe('image/jpeg');
  });

  it('refuses files that lie about their type, oversize files and path names — and changes nothing', async () => {
    const kept = await photoOf(officer.id);
    const before = await auditCount(ctx);
    const cases: [Buffer, string, string, number, string, RegExp][] = [
      [makeExe(), 'photo.jpg', 'image/jpeg', 415, 'FILE_TYPE_REJECTED', /照片只接受JPEG 图片、PNG 图片.*实际为 exe 文件/],
      [SCRIPTED_SVG, 'photo.jpg', 'image/svg+xml', 415, 'FILE_TYPE_REJECTED', /照片只接受/],
      [
        Buffer.concat([makePng(), makeZip([{ name: 'x.html', data: Buffer.from('<script>1</script>') }])]),
        'poly.png',
        'image/png',
        400,
        'FILE_CONTENT_REJECTED',
        /末尾附带了其他数据/,
      ],
      [makeJpeg('<script>alert(document.cookie)</script>'), 'x.jpg', 'image/jpeg', 400, 'FILE_CONTENT_REJECTED', /网页或脚本内容/],
      [Buffer.concat([makeJpeg(), Buffer.alloc(2 * 1024 * 1024)]), 'big.jpg', 'image/jpeg', 413, 'FILE_TOO_LARGE', /^照片不得超过 2 MB$/],
      [makePng(), '../../etc/passwd.png', 'image/png', 400, 'FILE_NAME_REJECTED', /文件名不合法/],
    ];
    for (const [buf, name, type, status, code, message] of cases) {
      const r = await put('supervisor', officer.id, buf, name, type);
      expect(r.statusCode, `${name}: ${r.body}`).toBe(status);
      expect(r.json().code).toBe(code);
      expect(r.json().message).toMatch(message);
    }
    expect(await photoOf(officer.id)).toBe(kept);
    expect(await auditCount(ctx)).toBe(before);
    const json = await s['supervisor']!.request({ method: 'PUT', url: `/api/officers/${officer.id}/photo`, payload: { file: 'x' } });
    expect(json.statusCode).toBe(400);
  });

  it('answers 404 outside the data scope, 403 without the manage right, 404 when there is no photo', async () => {
    const png = makePng();
    expect((await put('headB', officer.id, png, 'a.png')).statusCode).toBe(404);
    expect((await put('officerA', officer.id, png, 'a.png')).statusCode).toBe(404);
    expect((await s['headB']!.request({ method: 'GET', url: `/api/officers/${officer.id}/photo` })).statusCode).toBe(404);
    expect((await s['officerA']!.request({ method: 'GET', url: `/api/officers/${officer.id}/photo` })).statusCode).toBe(404);
    const leader = await put('leader', officer.id, png, 'a.png');
    expect(leader.statusCode).toBe(403);
    expect(leader.json().message).toBe('没有管理该执法人员档案的权限');
    const bare = await makeOfficer(ctx, b);
    const none = await s['supervisor']!.request({ method: 'GET', url: `/api/officers/${bare.id}/photo` });
    expect(none.statusCode).toBe(404);
    expect(none.json().message).toBe('照片不存在或无权查看');
    expect((await ctx.app.inject({ method: 'GET', url: `/api/officers/${officer.id}/photo` })).statusCode).toBe(401);
  });
});
