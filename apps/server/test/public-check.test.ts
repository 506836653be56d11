/**
 * Public certificate check and the public subject list (portal, no login): masked names, no ID numbers, unknown
 * and wrong-code answers indistinguishable, rate-limited per IP (issue 3, SECURITY.md battery 6/24).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { enforcementSubjects } from '../src/modules/subjects/index.ts';
import { bureauSubject, makeOfficer, type MadeOfficer } from './support/officer-factory.ts';
import { createTestContext, makeBureau, type TestBureau, type TestContext } from './support/test-app.ts';

let ctx: TestContext;
let b: TestBureau;
let valid: MadeOfficer;
let suspended: MadeOfficer;
let left: MadeOfficer;

const check = (query: string, ip = '10.1.0.1') =>
  ctx.app.inject({ method: 'GET', url: `/api/public/certificates/check?${query}`, remoteAddress: ip });

beforeAll(async () => {
  ctx = await createTestContext();
  b = await makeBureau(ctx);
  valid = await makeOfficer(ctx, b, {
    name: '张小三',
    certificate: 'valid',
    categories: ['LS', 'GZ'],
    areas: ['320100'],
    validTo: '2028-12-31',
  });
  suspended = await makeOfficer(ctx, b, { name: '李四', certificate: 'suspended', departmentId: b.departments.b });
  left = await makeOfficer(ctx, b, { name: '王五', certificate: 'valid', status: 'left' });
});

describe('GET /api/public/certificates/check', () => {
  it('shows an issued certificate by number and QR code without login: masked name, no ID number', async () => {
    const c = valid.certificate!;
    const r = await check(`number=${encodeURIComponent(c.number!)}&code=${encodeURIComponent(c.checkCode)}`);
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toEqual({
      number: c.number,
      holderName: '张*三',
      departmentName: expect.stringContaining('律师工作科'),
      subjectName: '测试市司法局',
      categories: ['LS', 'GZ'],
      areas: ['320100'],
      status: 'valid',
      statusLabel: '有效',
      validTo: '2028-12-31',
      checkedAt: ctx.clock.now().toISOString(),
    });
    expect(r.body).not.toContain(valid.idCardNumber);
    expect(r.body).not.toContain(valid.idCardNumber.slice(6, 14));
    expect(r.body).not.toContain('张小三');
    expect(r.body).not.toContain(c.checkCode);
    // By number alone (typed on the portal) it is found too.
    expect((await check(`number=${c.number}`)).json().holderName).toBe('张*三');
  });

  it('shows suspended certificates and officers who left with their status as it is', async () => {
    const s = await check(`number=${suspended.certificate!.number}&code=${suspended.certificate!.checkCode}`);
    expect(s.json()).toMatchObject({
      holderName: '李*',
      status: 'suspended',
      statusLabel: '暂扣',
      departmentName: expect.stringContaining('公共法律服务管理科'),
    });
    const l = await check(`number=${left.certificate!.number}`);
    expect(l.json()).toMatchObject({ holderName: '王*', status: 'valid' });
  });

  it('answers an unknown number and a wrong code identically, with similar timing', async () => {
    const c = valid.certificate!;
    const unknown = await check(`number=NOPE-${c.number}&code=${c.checkCode}`);
    // A wrong code: the right one with its last character changed (never to itself).
    const wrongLast = c.checkCode.endsWith('A') ? 'B' : 'A';
    const wrongCode = await check(`number=${c.number}&code=${c.checkCode.slice(0, -1)}${wrongLast}`);
    const unknownNoCode = await check('number=NOPE-000');
    for (const r of [unknown, wrongCode, unknownNoCode]) {
      expect(r.statusCode).toBe(404);
      expect(r.json()).toEqual({ code: 'CERTIFICATE_NOT_FOUND', message: '未查询到该执法证，请核对证号（或重新扫描证件上的二维码）' });
    }
    expect(unknown.body).toBe(wrongCode.body);
    expect(Object.keys(unknown.headers).sort()).toEqual(Object.keys(wrongCode.headers).sort());

    const time = async (q: string) => {
      const t0 = process.hrtime.bigint();
      await check(q, '10.1.0.2');
      return Number(process.hrtime.bigint() - t0) / 1e6;
    };
    const a: number[] = [];
    const w: number[] = [];
    for (let i = 0; i < 12; i++) {
      a.push(await time(`number=NOPE-${i}&code=${c.checkCode}`));
      w.push(await time(`number=${c.number}&code=WRONG${i}`));
    }
    const median = (xs: number[]) => xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
    expect(Math.abs(median(a) - median(w))).toBeLessThan(10);
  });

  it('is rate-limited per IP: 429 with a Chinese message past the limit, other IPs unaffected', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 31; i++) codes.push((await check(`number=X${i}`, '10.9.9.9')).statusCode);
    expect(codes.slice(0, 30).every((c) => c === 404)).toBe(true);
    expect(codes[30]).toBe(429);
    const limited = await check('number=X', '10.9.9.9');
    expect(limited.json()).toEqual({ code: 'RATE_LIMITED', message: '请求过于频繁，请稍后再试' });
    expect((await check(`number=${valid.certificate!.number}`, '10.9.9.10')).statusCode).toBe(200);
  });
});

describe('GET /api/public/subjects', () => {
  it('lists confirmed subjects only, the bureau first, with the entrusting body named', async () => {
    const own = await bureauSubject(ctx, b);
    const now = ctx.clock.now();
    const base = { bureauId: b.id, kind: 'statutory' as const, legalBasis: '依据', createdAt: now, updatedAt: now };
    await ctx.db.insert(enforcementSubjects).values([
      { ...base, name: '甲街道综合行政执法局', creditCode: '11320100MB0000001A', status: 'confirmed' },
      { ...base, name: '乙（待确认）', creditCode: '11320100MB0000002A', status: null },
      { ...base, name: '丙（已撤销）', creditCode: '11320100MB0000003A', status: 'revoked' },
      {
        ...base,
        name: '丁法律援助中心',
        creditCode: '12320100MB0000004A',
        status: 'confirmed',
        kind: 'entrusted',
        entrustingSubjectId: own,
        entrustmentScope: ['法律援助'],
        entrustmentEnd: '2027-12-31',
      },
    ]);
    const r = await ctx.app.inject({ method: 'GET', url: `/api/public/subjects?bureauId=${b.id}` });
    expect(r.statusCode, r.body).toBe(200);
    const items = r.json().items as { name: string; entrustingSubjectName: string | null }[];
    expect(items.map((i) => i.name)).toEqual(['测试市司法局', '丁法律援助中心', '甲街道综合行政执法局']);
    expect(items[1]).toMatchObject({
      kind: 'entrusted',
      entrustingSubjectName: '测试市司法局',
      entrustmentScope: ['法律援助'],
      entrustmentEnd: '2027-12-31',
    });
    expect(Object.keys(items[0]!).sort()).toEqual([
      'creditCode',
      'domains',
      'entrustingSubjectName',
      'entrustmentEnd',
      'entrustmentScope',
      'kind',
      'legalBasis',
      'name',
    ]);
    // Without a bureau the portal's (first) bureau is served.
    expect((await ctx.app.inject({ method: 'GET', url: '/api/public/subjects' })).json().items).toHaveLength(3);
  });
});
