/**
 * Portal intake of complaints (投诉、举报、信访): submit with attachments, track by code, and the abuse limits.
 * Everything a citizen can get wrong is refused with a Chinese message and leaves no row and no file behind.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { complaintAttachments, complaints } from '../src/modules/complaints/index.ts';
import { auditEvents } from '../src/platform/audit/audit.table.ts';
import { makeExe, makeJpeg, makePng } from './support/file-fixtures.ts';
import { createTestContext, makeBureau, type TestBureau, type TestContext } from './support/test-app.ts';
import { complaintFields, freshIp, minimalPdf, storedFileCount, submit, submitOk, track } from './complaints-helpers.ts';

let ctx: TestContext;
let b: TestBureau;

beforeAll(async () => {
  ctx = await createTestContext();
  b = await makeBureau(ctx);
  ctx.clock.set(new Date('2026-09-16T02:00:00Z'));
});

const rowsOf = async () => (await ctx.db.select().from(complaints).where(eq(complaints.bureauId, b.id))).length;
const attachmentRows = async () => (await ctx.db.select().from(complaintAttachments)).length;

describe('submit and track', () => {
  it('accepts a complaint with files, returns a code once, and tracks it by that code only', async () => {
    const before = storedFileCount(ctx.filesDir);
    const res = await submitOk(ctx, complaintFields(b.id), [
      { buf: makePng(), fileName: '收费票据.png', contentType: 'image/png' },
      { buf: minimalPdf(), fileName: '委托合同.pdf', contentType: 'application/pdf' },
      { buf: makeJpeg(), fileName: '现场.jpeg', contentType: 'image/jpeg' },
    ]);
    expect(res.trackingCode).toMatch(/^[2-9A-HJKMNP-Z]{4}(-[2-9A-HJKMNP-Z]{4}){3}$/);
    expect(res.referenceNumber).toMatch(/^XF2026-\d{6}$/);
    expect(res.receivedOn).toBe('2026-09-16');
    // 15 calendar days after 9-16 is 10-01, National Day: the written notice is due on the first working day after.
    expect(res.noticeDueOn).toBe('2026-10-08');
    expect(storedFileCount(ctx.filesDir)).toBe(before + 3);

    // The code is not stored — only a hash; the contact is sealed, the list copy masked.
    const [row] = await ctx.db.select().from(complaints).where(eq(complaints.bureauId, b.id)).limit(1);
    const all = await ctx.db.select().from(complaints);
    expect(JSON.stringify(all)).not.toContain(res.trackingCode);
    expect(JSON.stringify(all)).not.toContain('王小明');
    expect(row!.contactNameMasked).toBe('王*明');

    const t = await track(ctx, res.trackingCode.toLowerCase().replaceAll('-', ' '));
    expect(t.statusCode, t.body).toBe(200);
    expect(t.json()).toMatchObject({
      referenceNumber: res.referenceNumber,
      state: 'received',
      stateLabel: '已登记',
      noticeDueOn: '2026-10-08',
      publicReply: null,
    });
    expect(t.json().timeline).toEqual([{ on: '2026-09-16', label: '提交' }]);

    const viaHeader = await ctx.app.inject({
      method: 'GET',
      url: '/api/public/complaints/track',
      remoteAddress: freshIp(),
      headers: { 'x-tracking-code': res.trackingCode },
    });
    expect(viaHeader.statusCode).toBe(200);
    expect(viaHeader.headers['cache-control']).toBe('no-store');

    const audit = await ctx.db.select().from(auditEvents).where(eq(auditEvents.action, 'complaint.submit'));
    expect(audit.length).toBeGreaterThan(0);
    expect(JSON.stringify(audit)).not.toContain(res.trackingCode);
  });

  it('answers every wrong code with the same 404 that reveals nothing', async () => {
    const { trackingCode } = await submitOk(ctx, complaintFields(b.id));
    const chars = trackingCode.replaceAll('-', '');
    const swapped = chars[0] === chars[1] ? null : chars[1]! + chars[0]! + chars.slice(2); // fails the check character
    // A well-formed code (valid check character) that was never issued.
    const other = (await import('../src/modules/complaints/tracking.ts')).newTrackingCode();
    // An empty field is a form error (400) before any look-up; everything else typed is the same 404.
    expect((await track(ctx, '')).statusCode).toBe(400);
    const answers = await Promise.all(
      ['ABC', 'abcd', 'OOOO-IIII-LLLL-1111', ...(swapped ? [swapped] : []), other].map((c) => track(ctx, c)),
    );
    const bodies = new Set(answers.map((a) => `${a.statusCode} ${a.body}`));
    expect(bodies.size).toBe(1);
    expect(answers[0]!.statusCode).toBe(404);
    expect(answers[0]!.json()).toEqual({ code: 'NOT_FOUND', message: '未查询到该事项，请核对查询码' });
  });

  it('rate-limits tracking per IP (brute force)', async () => {
    const ip = freshIp();
    const codes: number[] = [];
    for (let i = 0; i < 12; i++) codes.push((await track(ctx, 'ABCD-EFGH-JKMN-PQRS', ip)).statusCode);
    expect(codes.slice(0, 10).every((c) => c === 404)).toBe(true);
    expect(codes[11]).toBe(429);
    expect((await track(ctx, 'ABCD-EFGH-JKMN-PQRS', ip)).json()).toMatchObject({
      code: 'RATE_LIMITED',
      message: '请求过于频繁，请稍后再试',
    });
  });
});

describe('abuse limits', () => {
  it('refuses the 4th submission from one phone within 24 h (counted in the database), then allows it a day later', async () => {
    const phone = '13912345678';
    for (let i = 0; i < 3; i++) await submitOk(ctx, complaintFields(b.id, { contactPhone: phone }));
    const before = await rowsOf();
    const r = await submit(ctx, complaintFields(b.id, { contactPhone: phone }));
    expect(r.statusCode).toBe(429);
    expect(r.json().message).toContain('同一手机号或电子邮箱24小时内最多提交3件');
    expect(await rowsOf()).toBe(before);
    // The same person by e-mail only is another contact; with the phone again it is the same one.
    await submitOk(ctx, complaintFields(b.id, { contactPhone: '', contactEmail: 'wang@example.cn' }));
    ctx.clock.advance(24 * 3600_000 + 1000);
    await submitOk(ctx, complaintFields(b.id, { contactPhone: phone }));
  });

  it('limits submissions per IP', async () => {
    const ip = freshIp();
    const codes: number[] = [];
    for (let i = 0; i < 11; i++) codes.push((await submit(ctx, complaintFields(b.id), [], ip)).statusCode);
    expect(codes.slice(0, 10).every((c) => c === 201)).toBe(true);
    expect(codes[10]).toBe(429);
  });
});

describe('all or nothing', () => {
  const refused = async (fields: Record<string, string>, files: Parameters<typeof submit>[2], status: number, message: string | RegExp) => {
    const rows = await rowsOf();
    const atts = await attachmentRows();
    const stored = storedFileCount(ctx.filesDir);
    const r = await submit(ctx, fields, files);
    expect(r.statusCode, r.body).toBe(status);
    expect(r.json().message).toMatch(message);
    expect(await rowsOf()).toBe(rows);
    expect(await attachmentRows()).toBe(atts);
    expect(storedFileCount(ctx.filesDir)).toBe(stored);
  };

  it('refuses missing and malformed fields with the field named', async () => {
    await refused(complaintFields(b.id, { text: '' }), [], 400, /请填写事项内容/);
    await refused(complaintFields(b.id, { contactPhone: '', contactEmail: '' }), [], 400, /请至少填写手机号或电子邮箱/);
    await refused(complaintFields(b.id, { contactPhone: '12345' }), [], 400, /手机号/);
    await refused(complaintFields(b.id, { kind: 'spam' }), [], 400, /请选择事项类型/);
  });

  it('refuses a disguised file even when the other files are fine, storing none of them', async () => {
    await refused(
      complaintFields(b.id),
      [
        { buf: makePng(), fileName: '票据.png' },
        { buf: makeExe(), fileName: '照片.jpg', contentType: 'image/jpeg' },
      ],
      415,
      /第2个附件（照片.jpg）/,
    );
    await refused(complaintFields(b.id), [{ buf: makePng(), fileName: '合同.pdf', contentType: 'application/pdf' }], 415, /疑似伪装文件/);
    await refused(complaintFields(b.id), [{ buf: minimalPdf('/JavaScript (app.alert(1))'), fileName: 'a.pdf' }], 400, /脚本/);
    await refused(complaintFields(b.id), [{ buf: Buffer.from('<svg onload=alert(1)>'), fileName: 'x.png' }], 415, /附件/);
  });

  it('refuses an oversized file and a sixth file', async () => {
    const big = Buffer.concat([makePng(), Buffer.alloc(10 * 1024 * 1024)]);
    await refused(
      complaintFields(b.id),
      [
        { buf: makePng(), fileName: 'a.png' },
        { buf: big, fileName: 'big.png' },
      ],
      413,
      /每个附件不得超过 10 MB/,
    );
    const six = Array.from({ length: 6 }, (_, i) => ({ buf: makePng(2 + i, 2), fileName: `p${i}.png` }));
    await refused(complaintFields(b.id), six, 400, /附件最多 5 个/);
  });
});
