/**
 * Evidence on a case through the API: items and records with their legal guards (第四十二条 two officers, 第五十五条
 * certificates shown), uploads that lie about their type or exceed the limit refused with nothing stored, the SM3
 * hash recorded and re-checked on download, an append-only chain of custody, and the case's scope (404 outside).
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { sm3Hex } from '../src/platform/crypto.ts';
import { makeCase, makeCaseWorld, registerLead, type CaseWorld } from './support/case-factory.ts';
import { makeExe, makeJpeg, makePng, makeZip, multipartFile } from './support/file-fixtures.ts';
import { makeOfficer } from './support/officer-factory.ts';
import { auditCount, createTestContext, makeBureau, type Session, type TestBureau, type TestContext } from './support/test-app.ts';

let ctx: TestContext;
let b: TestBureau;
let w: CaseWorld;
let caseId: string;

beforeAll(async () => {
  ctx = await createTestContext();
  b = await makeBureau(ctx);
  w = await makeCaseWorld(ctx, b);
  caseId = await makeCase(w, 'investigating');
});

const evidenceBody = (over: Record<string, unknown> = {}) => ({
  kind: 'physical',
  name: '执业证书复印件两份',
  source: '当事人执业的甲律师事务所',
  obtainedHow: 'onSiteCollection',
  collectorIds: [w.officerIds.a, w.officerIds.a2],
  collectedAt: '2026-03-02T00:30:00Z',
  place: '示例市玄武区某路1号甲律师事务所',
  ...over,
});
const inquiry = (over: Record<string, unknown> = {}) => ({
  kind: 'inquiry',
  startedAt: '2026-03-02T00:00:00Z',
  endedAt: '2026-03-02T00:40:00Z',
  certificatesShown: true,
  person: { name: '王某某', role: 'party' },
  content: '问：你是否同时在两个律师事务所执业？答：是的。',
  signature: { kind: 'signed' },
  ...over,
});
const post = (s: Session, url: string, payload: unknown) => s.request({ method: 'POST', url, payload: payload as Record<string, unknown> });
const addEvidence = (s: Session, over: Record<string, unknown> = {}, id = caseId) => post(s, `/api/cases/${id}/evidence`, evidenceBody(over));
const upload = (s: Session, itemId: string, buf: Buffer, name: string, type = 'application/octet-stream') => {
  const m = multipartFile(buf, name, type);
  return s.request({ method: 'POST', url: `/api/cases/${caseId}/evidence/${itemId}/files`, payload: m.payload, headers: m.headers });
};
const fileRows = async () => (await ctx.sql('select count(*)::int as n from evidence_files')).rows[0].n as number;
const storedPath = (hash: string) => path.join(ctx.filesDir, hash.slice(0, 2), hash.slice(2, 4), hash);
const pdf = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

describe('evidence items and records', () => {
  it('registers evidence collected by two officers, opens its chain of custody and audits it', async () => {
    const before = await auditCount(ctx);
    const r = await addEvidence(w.s.officerA, { holder: '张执法' });
    expect(r.statusCode, r.body).toBe(201);
    const item = r.json();
    expect(item).toMatchObject({ seq: 1, kind: 'physical', kindLabel: '物证', holder: '张执法', custodyProblems: [] });
    expect(item.collectors.map((c: { certificateNumber: string | null }) => c.certificateNumber)).toEqual([expect.stringMatching(/^TZ/), expect.stringMatching(/^TZ/)]);
    expect(item.custody).toEqual([expect.objectContaining({ seq: 1, kind: 'collected', fromHolder: null, toHolder: '张执法' })]);
    expect(await auditCount(ctx)).toBe(before + 1);
    const [audit] = (await ctx.sql(`select action, object_id from audit_events order by seq desc limit 1`)).rows;
    expect(audit).toMatchObject({ action: 'evidence.create', object_id: item.id });
    const second = await addEvidence(w.s.headA, { kind: 'documentary', name: '律师事务所执业登记材料' });
    expect(second.statusCode, second.body).toBe(201);
    expect(second.json().seq).toBe(2);
  });

  it('numbers evidence added at the same moment by two officers without a gap or a clash', async () => {
    const [r1, r2] = await Promise.all([addEvidence(w.s.officerA, { name: '同时登记甲' }), addEvidence(w.s.officerA2, { name: '同时登记乙' })]);
    expect([r1.statusCode, r2.statusCode]).toEqual([201, 201]);
    expect([r1.json().seq, r2.json().seq].sort()).toEqual([3, 4]);
  });

  it('refuses evidence collected by one officer (第四十二条), but accepts an expert opinion received by one', async () => {
    const r = await addEvidence(w.s.officerA, { collectorIds: [w.officerIds.a] });
    expect(r.statusCode).toBe(422);
    expect(r.json()).toMatchObject({ code: 'EVIDENCE_COLLECTORS', basis: { law: '行政处罚法', article: '第四十二条' } });
    const ok = await addEvidence(w.s.officerA, { kind: 'expertOpinion', name: '司法鉴定意见书', obtainedHow: 'appraisal', collectorIds: [w.officerIds.a] });
    expect(ok.statusCode, ok.body).toBe(201);
  });

  it('records an inquiry (询问笔录) with two certified officers, and refuses one whose certificates were not shown (第五十五条)', async () => {
    const ok = await addEvidence(w.s.officerA, { kind: 'partyStatement', name: '王某某询问笔录', obtainedHow: 'inquiry', place: '示例市司法局询问室', record: inquiry() });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json().record).toMatchObject({ kind: 'inquiry', person: { name: '王某某' }, officers: [{ name: '张执法' }, { name: '李执法' }] });

    const notShown = await addEvidence(w.s.officerA, { kind: 'partyStatement', name: '笔录', obtainedHow: 'inquiry', record: inquiry({ certificatesShown: false }) });
    expect(notShown.statusCode).toBe(422);
    expect(notShown.json()).toMatchObject({ code: 'RECORD_CERTIFICATE_NOT_SHOWN', basis: { article: '第五十五条' } });

    const refusedNoNote = await addEvidence(w.s.officerA, { kind: 'inspectionRecord', name: '现场检查笔录', obtainedHow: 'inspection', record: inquiry({ kind: 'inspection', signature: { kind: 'refused', note: '' } }) });
    expect(refusedNoNote.json()).toMatchObject({ code: 'RECORD_SIGNATURE' });
    const refusedNoted = await addEvidence(w.s.officerA, {
      kind: 'inspectionRecord',
      name: '现场检查笔录',
      obtainedHow: 'inspection',
      record: inquiry({ kind: 'inspection', signature: { kind: 'refused', note: '当事人拒绝签名，由执法人员注明' } }),
    });
    expect(refusedNoted.statusCode, refusedNoted.body).toBe(201);

    const wrongKind = await addEvidence(w.s.officerA, { kind: 'physical', record: inquiry() });
    expect(wrongKind.json()).toMatchObject({ code: 'RECORD_INCOMPLETE' });
  });

  it('refuses a record made with an officer whose certificate had expired on the day', async () => {
    const expired = await makeOfficer(ctx, b, { name: '钱过期', certificate: 'valid', categories: ['LS'], areas: ['320100'], validFrom: '2020-01-01', validTo: '2025-12-31' });
    const r = await addEvidence(w.s.officerA, { kind: 'partyStatement', name: '笔录', obtainedHow: 'inquiry', collectorIds: [w.officerIds.a, expired.id], record: inquiry() });
    expect(r.statusCode).toBe(422);
    expect(r.json()).toMatchObject({ code: 'RECORD_CERTIFICATE', basis: { article: '第四十二条' } });
    expect(r.json().message).toContain('钱过期');
  });

  it('lets evidence be registered as soon as the case is filed (已立案), before investigators are assigned', async () => {
    const filed = await makeCase(w, 'filed');
    const url = `/api/cases/${filed}/evidence`;
    const read = (await w.s.headA.request({ method: 'GET', url })).json();
    expect(read).toMatchObject({ canAdd: true, addBlocked: null });
    const r = await addEvidence(w.s.headA, { name: '立案后当日调取的执业登记材料' }, filed);
    expect(r.statusCode, r.body).toBe(201);
    expect(r.json()).toMatchObject({ seq: 1, caseId: filed });
  });

  it('refuses evidence on a case that is not filed yet', async () => {
    const lead = await registerLead(w);
    const r = await addEvidence(w.s.officerA, {}, lead);
    expect(r.statusCode).toBe(422);
    expect(r.json()).toMatchObject({ code: 'EVIDENCE_CASE_STATE', basis: { law: '行政处罚法' } });
  });
});

describe('evidence files', () => {
  let itemId: string;
  beforeAll(async () => {
    itemId = (await addEvidence(w.s.officerA, { kind: 'documentary', name: '执业登记材料（扫描件）' })).json().id;
  });

  it('refuses a PNG renamed .pdf and an EXE named .jpg, storing nothing', async () => {
    const rows = await fileRows();
    const png = makePng(3, 3);
    const r1 = await upload(w.s.officerA, itemId, png, '登记表.pdf', 'application/pdf');
    expect(r1.statusCode).toBe(415);
    expect(r1.json().code).toBe('FILE_TYPE_REJECTED');
    expect(r1.json().message).toContain('.pdf');
    expect(fs.existsSync(storedPath(sm3Hex(png)))).toBe(false);

    const exe = makeExe();
    const r2 = await upload(w.s.officerA, itemId, exe, '现场照片.jpg', 'image/jpeg');
    expect(r2.statusCode).toBe(415);
    expect(fs.existsSync(storedPath(sm3Hex(exe)))).toBe(false);

    const noExt = await upload(w.s.officerA, itemId, pdf, '扫描件', 'application/pdf');
    expect(noExt.statusCode).toBe(415);
    const scripted = Buffer.from('%PDF-1.4\n1 0 obj<</OpenAction<</S/JavaScript/JS(app.alert(1))>>>>endobj\n%%EOF\n');
    const r3 = await upload(w.s.officerA, itemId, scripted, 'x.pdf', 'application/pdf');
    expect(r3.statusCode).toBe(400);
    expect(await fileRows()).toBe(rows);
  });

  it('refuses a file over the size limit with a Chinese message, storing nothing', async () => {
    const rows = await fileRows();
    const big = Buffer.concat([pdf, Buffer.alloc(50 * 1024 * 1024 + 1 - pdf.length, 0x20)]);
    const r = await upload(w.s.officerA, itemId, big, '大文件.pdf', 'application/pdf');
    expect(r.statusCode).toBe(413);
    expect(r.json()).toMatchObject({ code: 'FILE_TOO_LARGE' });
    expect(r.json().message).toMatch(/证据文件不得超过 50 MB/);
    expect(fs.existsSync(storedPath(sm3Hex(big)))).toBe(false);
    expect(await fileRows()).toBe(rows);
  });

  it('stores a real PDF, JPEG and DOCX with their SM3 hash and serves the PDF after re-checking it', async () => {
    const before = await auditCount(ctx);
    const r = await upload(w.s.officerA, itemId, pdf, '执业登记表.pdf', 'application/pdf');
    expect(r.statusCode, r.body).toBe(201);
    const file = r.json();
    expect(file).toMatchObject({ kind: 'pdf', mime: 'application/pdf', size: pdf.length, sm3: sm3Hex(pdf), fileName: '执业登记表.pdf' });
    expect(await auditCount(ctx)).toBe(before + 1);
    const [audit] = (await ctx.sql(`select action, summary from audit_events order by seq desc limit 1`)).rows;
    expect(audit.action).toBe('evidence.file.upload');
    expect(audit.summary.sm3).toBe(sm3Hex(pdf));

    expect((await upload(w.s.officerA2, itemId, makeJpeg(), '现场照片.JPEG', 'image/jpeg')).statusCode).toBe(201);
    const docx = makeZip([
      { name: '[Content_Types].xml', data: Buffer.from('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>') },
      { name: 'word/document.xml', data: Buffer.from('<w:document/>') },
    ]);
    const d = await upload(w.s.officerA, itemId, docx, '情况说明.docx');
    expect(d.statusCode, d.body).toBe(201);
    expect(d.json().kind).toBe('docx');

    const list = await w.s.reviewer.request({ method: 'GET', url: `/api/cases/${caseId}/evidence` });
    const shown = list.json().items.find((i: { id: string }) => i.id === itemId);
    expect(shown.files.map((f: { sm3: string }) => f.sm3)).toContain(sm3Hex(pdf));

    const g = await w.s.reviewer.request({ method: 'GET', url: `/api/cases/${caseId}/evidence/files/${file.id}` });
    expect(g.statusCode).toBe(200);
    expect(g.headers['x-content-sm3']).toBe(sm3Hex(pdf));
    expect(g.headers['content-disposition']).toMatch(/^attachment;/);
    expect(g.headers['x-content-type-options']).toBe('nosniff');
    expect(g.rawPayload.equals(pdf)).toBe(true);
  });

  it('refuses to serve a stored file whose bytes no longer match the SM3 hash recorded at upload', async () => {
    const own = Buffer.from(pdf.toString('latin1').replace('Count 0', 'Count 00'), 'latin1');
    const r = await upload(w.s.officerA, itemId, own, '另一份.pdf', 'application/pdf');
    expect(r.statusCode, r.body).toBe(201);
    const target = storedPath(sm3Hex(own));
    fs.chmodSync(target, 0o600);
    fs.writeFileSync(target, Buffer.from(own.toString('latin1').replace('Count 00', 'Count 99'), 'latin1'));
    const g = await w.s.officerA.request({ method: 'GET', url: `/api/cases/${caseId}/evidence/files/${r.json().id}` });
    expect(g.statusCode).toBe(409);
    expect(g.json()).toMatchObject({ code: 'FILE_INTEGRITY_FAILED' });
    expect(g.json().message).toContain('SM3');
  });
});

describe('chain of custody', () => {
  let itemId: string;
  const custody = (s: Session, body: Record<string, unknown>) => post(s, `/api/cases/${caseId}/evidence/${itemId}/custody`, body);
  const rowCount = async () => (await ctx.sql('select count(*)::int as n from evidence_custody_events where item_id = $1', [itemId])).rows[0].n as number;

  beforeAll(async () => {
    itemId = (await addEvidence(w.s.officerA, { name: '涉案印章一枚', holder: '张执法' })).json().id;
  });

  it('appends hand-over, check-out and return; refuses a second check-out and a return to the wrong holder', async () => {
    ctx.clock.advanceMinutes(1);
    const h = await custody(w.s.officerA, { kind: 'handedOver', toHolder: '证物保管室', reason: '入库保管' });
    expect(h.statusCode, h.body).toBe(201);
    expect(h.json()).toMatchObject({ seq: 2, fromHolder: '张执法', toHolder: '证物保管室' });
    ctx.clock.advanceMinutes(1);
    expect((await custody(w.s.officerA2, { kind: 'checkedOut', toHolder: '李执法', reason: '制作询问提纲调阅' })).statusCode).toBe(201);
    const again = await custody(w.s.officerA, { kind: 'checkedOut', toHolder: '张执法', reason: '调阅' });
    expect(again.statusCode).toBe(422);
    expect(again.json()).toMatchObject({ code: 'CUSTODY_CHAIN' });
    const wrong = await custody(w.s.officerA2, { kind: 'returned', toHolder: '张执法', reason: '归还' });
    expect(wrong.json()).toMatchObject({ code: 'CUSTODY_CHAIN' });
    expect(wrong.json().message).toContain('证物保管室');
    const back = await custody(w.s.officerA2, { kind: 'returned', toHolder: '证物保管室', reason: '调阅完毕归还' });
    expect(back.statusCode, back.body).toBe(201);
    expect(await rowCount()).toBe(4);
  });

  it('puts a mistake right with a new correction row; the old row stays as it was', async () => {
    ctx.clock.advanceMinutes(1);
    const c = await custody(w.s.headA, { kind: 'correction', toHolder: '第二证物保管室', reason: '归还地点登记有误，应为第二证物保管室', correctsSeq: 4 });
    expect(c.statusCode, c.body).toBe(201);
    expect(c.json()).toMatchObject({ seq: 5, kind: 'correction', correctsSeq: 4 });
    const [original] = (await ctx.sql('select to_holder from evidence_custody_events where item_id = $1 and seq = 4', [itemId])).rows;
    expect(original.to_holder).toBe('证物保管室');
    const list = await w.s.officerA.request({ method: 'GET', url: `/api/cases/${caseId}/evidence` });
    const item = list.json().items.find((i: { id: string }) => i.id === itemId);
    expect(item.custody).toHaveLength(5);
    expect(item.holder).toBe('第二证物保管室');
    expect(item.custodyProblems).toEqual([]);
  });

  it('cannot be edited or deleted, not even in SQL', async () => {
    await expect(ctx.sql('update evidence_custody_events set to_holder = $1 where item_id = $2', ['别人', itemId])).rejects.toThrow(/append-only/);
    await expect(ctx.sql('delete from evidence_custody_events where item_id = $1', [itemId])).rejects.toThrow(/append-only/);
    const del = await w.s.officerA.request({ method: 'DELETE', url: `/api/cases/${caseId}/evidence/${itemId}/custody` });
    expect(del.statusCode).toBe(404);
    expect(await rowCount()).toBe(5);
  });
});

describe('scope', () => {
  it('answers 404 to users outside the case, 403 to readers who may not add, and lets the department head add', async () => {
    const url = `/api/cases/${caseId}/evidence`;
    for (const s of [w.s.officerB, w.s.headB]) {
      expect((await s.request({ method: 'GET', url })).statusCode).toBe(404);
      expect((await addEvidence(s)).statusCode).toBe(404);
      expect((await s.request({ method: 'GET', url: `/api/cases/${caseId}/property` })).statusCode).toBe(404);
    }
    const fileId = (await ctx.sql('select id from evidence_files where case_id = $1 limit 1', [caseId])).rows[0].id as string;
    expect((await w.s.officerB.request({ method: 'GET', url: `${url}/files/${fileId}` })).statusCode).toBe(404);

    const read = await w.s.supervisor.request({ method: 'GET', url });
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({ canAdd: false, canApprove: false });
    expect((await addEvidence(w.s.supervisor)).statusCode).toBe(403);
    expect((await w.s.headA.request({ method: 'GET', url })).json().canAdd).toBe(true);
  });
});
