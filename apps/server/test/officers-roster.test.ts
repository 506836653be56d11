/**
 * 执法人员名册 import and export (issue 3): a row-by-row report for malformed rows, nothing half-written, 'validOnly'
 * imports exactly the valid rows, ID numbers never unmasked without pii:reveal, and export → import round-trips.
 */
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { maskIdCardNumber } from '@quanze/domain';
import { departments } from '../src/modules/org/index.ts';
import { certificateEvents, certificates, officers } from '../src/modules/officers/officers.table.ts';
import { makeExe } from './support/file-fixtures.ts';
import { bureauSubject, makeOfficer, makePost, newIdCardNumber, withBadCheckChar } from './support/officer-factory.ts';
import { importRoster, readRoster, rosterXlsx, uploadRoster, type RosterCells } from './support/roster-fixtures.ts';
import { auditCount, createTestContext, login, makeBureau, type Session, type TestBureau, type TestContext } from './support/test-app.ts';

let ctx: TestContext;
let b: TestBureau;
const s: Record<string, Session> = {};
const names = { a: '', b: '' };

const deptName = async (c: TestContext, id: string) =>
  (await c.db.select({ n: departments.name }).from(departments).where(eq(departments.id, id)))[0]!.n;
const officerCount = async (c: TestContext, bureauId: string) =>
  (await c.db.select().from(officers).where(eq(officers.bureauId, bureauId))).length;
const CERT = {
  执法证号: '',
  发证机关: '测试市人民政府',
  执法类别: 'LS、GZ',
  执法区域: '320100',
  有效期自: '2024-01-01',
  有效期至: '2028-12-31',
  证件状态: '有效',
};

beforeAll(async () => {
  ctx = await createTestContext();
  b = await makeBureau(ctx);
  for (const k of ['supervisor', 'leader', 'headA', 'officerA']) s[k] = await login(ctx, b.users[k]!);
  names.a = await deptName(ctx, b.departments.a);
  names.b = await deptName(ctx, b.departments.b);
  await makePost(ctx, b, b.departments.a, '审查岗');
});

describe('roster import', () => {
  it('reports every malformed row with the column and reason; "all" writes nothing, "validOnly" exactly the valid rows', async () => {
    const existingOfficer = await makeOfficer(ctx, b, { certificate: 'valid', certificateNumber: 'DB-EXIST-1' });
    const good1 = newIdCardNumber('19800101');
    const good2 = newIdCardNumber('19810202');
    const twin = newIdCardNumber('19900909');
    const row = (name: string, extra: RosterCells = {}): RosterCells => ({
      姓名: name,
      身份证号码: newIdCardNumber(),
      用工性质: '公务员',
      科室: names.a,
      ...extra,
    });
    const rows: RosterCells[] = [
      row('陈好一', { 身份证号码: good1, 岗位: '审查岗', ...CERT, 执法证号: 'IMP-0001', 最近审验年度: 2025 }), // 2 valid
      row('错校验', { 身份证号码: withBadCheckChar(newIdCardNumber()) }), // 3
      row('无科室', { 科室: '不存在的科' }), // 4
      row('证号重', { ...CERT, 执法证号: 'DB-EXIST-1' }), // 5
      row('陈好二', { 身份证号码: good2, 用工性质: '事业编', 科室: names.b, 法律职业资格: '是' }), // 6 valid
      row('文件重一', { ...CERT, 执法证号: 'IMP-DUP' }), // 7
      row('文件重二', { ...CERT, 执法证号: 'IMP-DUP' }), // 8
      row('派遣持证', { 用工性质: '劳务派遣人员', ...CERT, 执法证号: 'IMP-0009' }), // 9
      row('日期错', { ...CERT, 执法证号: 'IMP-0010', 有效期至: '2026-02-30' }), // 10
      row('身份重一', { 身份证号码: twin }), // 11
      row('身份重二', { 身份证号码: twin }), // 12
      row('已在册', { 身份证号码: existingOfficer.idCardNumber }), // 13
      row('无岗位', { 岗位: '不存在岗' }), // 14
      row('已过期', { ...CERT, 执法证号: 'IMP-0015', 有效期自: '2020-01-01', 有效期至: '2025-12-31' }), // 15
    ];
    const { importId, report } = await importRoster(s['supervisor']!, await rosterXlsx(rows));
    expect(report).toMatchObject({
      status: 'validated',
      progress: 1,
      fileName: '执法人员名册.xlsx',
      total: 14,
      valid: 2,
      invalid: 12,
      failureReason: null,
    });
    const byRow = (n: number) => report.errors.filter((e) => e.row === n).map((e) => `${e.field} ${e.message}`);
    expect(byRow(2)).toEqual([]);
    expect(byRow(3)).toEqual([expect.stringMatching(/^idCardNumber 身份证号码：“320102…”校验位不正确/)]);
    expect(byRow(4)).toEqual(['departmentName 科室：本局没有名为“不存在的科”的科室']);
    expect(byRow(5)).toEqual(['certificateNumber 执法证号：“DB-EXIST-1”已被其他执法证使用']);
    expect(byRow(7)).toEqual(['certificateNumber 执法证号：与第 8 行重复']);
    expect(byRow(8)).toEqual(['certificateNumber 执法证号：与第 7 行重复']);
    expect(byRow(9)).toEqual(['employmentType 用工性质：劳务派遣人员不得持有行政执法证，请删去该行的执法证信息']);
    expect(byRow(10)).toEqual(['validTo 有效期至：“2026-02-30”不是有效日期（应为 YYYY-MM-DD）']);
    expect(byRow(11)).toEqual(['idCardNumber 身份证号码：与第 12 行重复']);
    expect(byRow(13)).toEqual(['idCardNumber 身份证号码：该人员已有执法人员档案（含已离岗人员），不能重复导入']);
    expect(byRow(14)).toEqual([`postName 岗位：科室“${names.a}”下没有名为“不存在岗”的岗位`]);
    expect(byRow(15)).toEqual(['validTo 有效期至：已于 2025-12-31 届满，证件状态应为“已过期”']);
    // The stored rows hold sealed ID numbers only.
    const stored = JSON.stringify((await ctx.sql('select rows from officer_imports where id = $1', [importId])).rows[0].rows);
    for (const id of [good1, good2, twin]) expect(stored).not.toContain(id);

    const before = { officers: await officerCount(ctx, b.id), audit: await auditCount(ctx) };
    const all = await s['supervisor']!.request({
      method: 'POST',
      url: `/api/officers/imports/${importId}/commit`,
      payload: { mode: 'all' },
    });
    expect(all.statusCode).toBe(409);
    expect(all.json()).toMatchObject({
      code: 'IMPORT_HAS_ERRORS',
      message: expect.stringContaining('名册中有 12 行存在错误，未导入任何数据'),
    });
    expect(await officerCount(ctx, b.id)).toBe(before.officers);
    expect(await auditCount(ctx)).toBe(before.audit);

    const valid = await s['supervisor']!.request({
      method: 'POST',
      url: `/api/officers/imports/${importId}/commit`,
      payload: { mode: 'validOnly' },
    });
    expect(valid.statusCode, valid.body).toBe(200);
    expect(valid.json()).toEqual({ imported: 2, skipped: 12 });
    expect(await officerCount(ctx, b.id)).toBe(before.officers + 2);
    expect(await auditCount(ctx)).toBe(before.audit + 1);
    const [audit] = (await ctx.sql('select action, summary from audit_events order by seq desc limit 1')).rows;
    expect(audit).toMatchObject({
      action: 'officer.import.commit',
      summary: { mode: 'validOnly', imported: 2, skipped: 12, withCertificate: 1 },
    });
    const imported = await ctx.db.select().from(officers).where(eq(officers.name, '陈好一'));
    expect(imported).toHaveLength(1);
    const [cert] = await ctx.db.select().from(certificates).where(eq(certificates.officerId, imported[0]!.id));
    expect(cert).toMatchObject({
      number: 'IMP-0001',
      status: 'valid',
      categories: ['LS', 'GZ'],
      areas: ['320100'],
      validFrom: '2024-01-01',
      validTo: '2028-12-31',
      lastReviewedYear: 2025,
    });
    expect((await ctx.db.select().from(certificateEvents).where(eq(certificateEvents.certificateId, cert!.id)))[0]).toMatchObject({
      action: 'import',
      toStatus: 'valid',
    });
    expect((await ctx.db.select().from(officers).where(eq(officers.name, '陈好二')))[0]).toMatchObject({
      employmentType: 'publicInstitution',
      legalProfessionQualification: true,
      departmentId: b.departments.b,
    });

    const again = await s['supervisor']!.request({
      method: 'POST',
      url: `/api/officers/imports/${importId}/commit`,
      payload: { mode: 'validOnly' },
    });
    expect(again.json()).toMatchObject({ code: 'IMPORT_NOT_READY', message: '该名册已导入，不能重复导入' });
    expect((await ctx.sql('select rows, status from officer_imports where id = $1', [importId])).rows[0]).toEqual({
      rows: null,
      status: 'committed',
    });
  });

  it('writes nothing when a row turns out bad at commit time (all or nothing)', async () => {
    const late = newIdCardNumber('19750505');
    const rows: RosterCells[] = [1, 2, 3].map((i) => ({
      姓名: `原子${i}号`,
      身份证号码: i === 2 ? late : newIdCardNumber(),
      用工性质: '公务员',
      科室: names.a,
    }));
    const { importId, report } = await importRoster(s['supervisor']!, await rosterXlsx(rows));
    expect(report).toMatchObject({ status: 'validated', valid: 3, errors: [] });
    await makeOfficer(ctx, b, { idCardNumber: late }); // someone files the same person meanwhile
    const before = await officerCount(ctx, b.id);
    const r = await s['supervisor']!.request({ method: 'POST', url: `/api/officers/imports/${importId}/commit`, payload: { mode: 'all' } });
    expect(r.statusCode).toBe(409);
    expect(r.json().message).toMatch(/^第 3 行：该身份证号码的执法人员已存在（名册校验之后数据已发生变化）；未导入任何数据/);
    expect(await officerCount(ctx, b.id)).toBe(before);
  });

  it('validates large files in the background with progress, and refuses what is not a roster', async () => {
    const rows: RosterCells[] = Array.from({ length: 1200 }, (_, i) => ({
      姓名: `批量${i}`,
      身份证号码: newIdCardNumber(),
      用工性质: '参公',
      科室: names.a,
    }));
    const { report } = await importRoster(s['supervisor']!, await rosterXlsx(rows));
    expect(report).toMatchObject({ status: 'validated', progress: 1, total: 1200, valid: 1200, errors: [] });

    const exe = await uploadRoster(s['supervisor']!, makeExe());
    expect(exe.statusCode).toBe(415);
    expect(exe.json().message).toMatch(/^名册文件只接受Excel 工作簿/);
    const missing = await importRoster(s['supervisor']!, await rosterXlsx([{ 姓名: '某' }], ['姓名', '性别']));
    expect(missing.report).toMatchObject({ status: 'failed', failureReason: '第 1 行须为表头，缺少必填列：身份证号码、用工性质、科室' });
  });

  it('lets only roster managers import, within their department; others see no import of someone else', async () => {
    expect((await uploadRoster(s['officerA']!, await rosterXlsx([]))).statusCode).toBe(403);
    expect((await uploadRoster(s['leader']!, await rosterXlsx([]))).statusCode).toBe(403);
    const { importId, report } = await importRoster(
      s['headA']!,
      await rosterXlsx([{ 姓名: '跨科室', 身份证号码: newIdCardNumber(), 用工性质: '公务员', 科室: names.b }]),
    );
    expect(report.errors).toEqual([{ row: 2, field: 'departmentName', message: '科室：只能导入本科室的执法人员' }]);
    expect((await s['supervisor']!.request({ method: 'GET', url: `/api/officers/imports/${importId}` })).statusCode).toBe(404);
    expect(
      (await s['supervisor']!.request({ method: 'POST', url: `/api/officers/imports/${importId}/commit`, payload: { mode: 'validOnly' } }))
        .statusCode,
    ).toBe(404);
  });
});

describe('roster export', () => {
  it('masks ID numbers unless pii:reveal asks for them (audited), and keeps to the data scope', async () => {
    const mine = await makeOfficer(ctx, b, { name: '孙导出', departmentId: b.departments.a, certificate: 'valid' });
    await makeOfficer(ctx, b, { name: '周乙科', departmentId: b.departments.b });
    const masked = await s['supervisor']!.request({ method: 'GET', url: '/api/officers/export.xlsx' });
    expect(masked.statusCode).toBe(200);
    expect(masked.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(masked.headers['content-disposition']).toMatch(/^attachment; .*filename\*=UTF-8''%E6%89%A7%E6%B3%95/);
    expect(masked.headers['x-content-type-options']).toBe('nosniff');
    const rows = await readRoster(masked.rawPayload);
    expect(Object.keys(rows[0]!)).toEqual(
      expect.arrayContaining([
        '姓名',
        '性别',
        '身份证号码',
        '用工性质',
        '科室',
        '岗位',
        '执法证号',
        '发证机关',
        '执法类别',
        '执法区域',
        '有效期至',
        '证件状态',
        '本年培训学时',
        '法律职业资格',
      ]),
    );
    const sun = rows.find((r) => r['姓名'] === '孙导出')!;
    expect(sun).toMatchObject({
      身份证号码: maskIdCardNumber(mine.idCardNumber),
      证件状态: '有效',
      执法证号: mine.certificate!.number,
      本年培训学时: '0',
      法律职业资格: '否',
    });
    // No plain ID number anywhere in the masked file, in any form.
    for (const r of rows) expect(r['身份证号码']).toMatch(/^\d{6}\*{8}[\dX]{4}$/);
    expect(masked.rawPayload.includes(Buffer.from(mine.idCardNumber))).toBe(false);

    expect((await s['officerA']!.request({ method: 'GET', url: '/api/officers/export.xlsx?unmasked=1' })).statusCode).toBe(403);
    const before = await auditCount(ctx);
    const full = await s['leader']!.request({ method: 'GET', url: '/api/officers/export.xlsx?unmasked=1' });
    expect(full.statusCode).toBe(200);
    expect((await readRoster(full.rawPayload)).find((r) => r['姓名'] === '孙导出')!['身份证号码']).toBe(mine.idCardNumber);
    expect(await auditCount(ctx)).toBe(before + 1);
    const [audit] = (await ctx.sql('select action, summary, basis from audit_events order by seq desc limit 1')).rows;
    expect(audit).toMatchObject({ action: 'officer.export', summary: { unmaskedIdCardNumbers: true }, basis: '个人信息保护法 第五十一条' });
    expect(JSON.stringify(audit)).not.toContain(mine.idCardNumber);

    const head = await readRoster((await s['headA']!.request({ method: 'GET', url: '/api/officers/export.xlsx' })).rawPayload);
    expect(head.every((r) => r['科室'] === names.a)).toBe(true);
    expect(head.some((r) => r['姓名'] === '周乙科')).toBe(false);
    const self = await readRoster((await s['officerA']!.request({ method: 'GET', url: '/api/officers/export.xlsx' })).rawPayload);
    expect(self).toEqual([]);
    // A masked export cannot be re-imported as if it held ID numbers.
    const { report } = await importRoster(s['supervisor']!, masked.rawPayload);
    expect(report.errors.find((e) => e.field === 'idCardNumber')!.message).toMatch(/为脱敏号码，无法导入/);
  });

  it('round-trips: an unmasked export imported into an empty bureau exports the same roster', async () => {
    const src = await createTestContext();
    const sb = await makeBureau(src, '源市司法局');
    const post = await makePost(src, sb, sb.departments.a, '审查岗');
    await makeOfficer(src, sb, {
      name: '欧阳一',
      postId: post,
      certificate: 'valid',
      categories: ['LS', 'GZ'],
      areas: ['320100', '320102'],
      lastReviewedYear: 2025,
      legalProfessionQualification: true,
    });
    await makeOfficer(src, sb, { name: '钱二', departmentId: sb.departments.b, certificate: 'suspended' });
    await makeOfficer(src, sb, { name: '孙三', certificate: 'applied', categories: ['GZ'], areas: ['320100'] });
    await makeOfficer(src, sb, { name: '李四', certificate: 'expired', validFrom: '2019-01-01', validTo: '2023-12-31' });
    await makeOfficer(src, sb, { name: '周五', employmentType: 'dispatched' });
    const exported = await (await login(src, sb.users['leader']!)).request({ method: 'GET', url: '/api/officers/export.xlsx?unmasked=1' });
    expect(exported.statusCode).toBe(200);
    const original = await readRoster(exported.rawPayload);
    expect(original).toHaveLength(5);

    // The target: a fresh database and bureau whose departments and post carry the same names.
    const dst = await createTestContext();
    const db2 = await makeBureau(dst, '目标市司法局');
    for (const k of ['a', 'b'] as const)
      await dst.db
        .update(departments)
        .set({ name: await deptName(src, sb.departments[k]) })
        .where(eq(departments.id, db2.departments[k]));
    await makePost(dst, db2, db2.departments.a, '审查岗');
    await bureauSubject(dst, db2);
    const sup = await login(dst, db2.users['supervisor']!);
    const { importId, report } = await importRoster(sup, exported.rawPayload);
    expect(report).toMatchObject({ status: 'validated', total: 5, valid: 5, errors: [] });
    const commit = await sup.request({ method: 'POST', url: `/api/officers/imports/${importId}/commit`, payload: { mode: 'all' } });
    expect(commit.json()).toEqual({ imported: 5, skipped: 0 });

    const again = await (await login(dst, db2.users['leader']!)).request({ method: 'GET', url: '/api/officers/export.xlsx?unmasked=1' });
    expect(await readRoster(again.rawPayload)).toEqual(original);
  });
});
