/**
 * 执法文书 through the API (issue 5 "Documents"): a decided case's 行政处罚决定书 generated as a real .docx (the
 * decision number and the declared 仿宋 font in word/document.xml), SM3-hashed, listed, re-checked on download;
 * regenerating keeps every version under the same number; the HTML preview renders the same model; scope is a 404;
 * a document is made only in its window — a 事先告知书 never made before the decision is refused after it, one made in
 * time is re-issued unchanged (第四十四条、第六十二条); archiving is refused, naming what is missing, until the case
 * file is complete (第四十七条).
 */
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { chineseDate } from '@quanze/domain';
import { sm3Hex } from '../src/platform/crypto.ts';
import { act, decisionBody, detail, makeCase, makeCaseWorld, ok, type CaseWorld } from './support/case-factory.ts';
import { createTestContext, login, makeBureau, type Session, type TestBureau, type TestContext } from './support/test-app.ts';

let ctx: TestContext;
let b: TestBureau;
let w: CaseWorld;

beforeAll(async () => {
  ctx = await createTestContext();
  b = await makeBureau(ctx);
  w = await makeCaseWorld(ctx, b);
}, 60_000);

async function decidedCase(): Promise<{ id: string; decisionNumber: string }> {
  const id = await makeCase(w, 'partyHeard');
  const d = await ok(w.s.leader, id, 'decide', decisionBody());
  return { id, decisionNumber: d.decisionNumber as string };
}

const generate = (as: Session, id: string, kind: string) => as.request({ method: 'POST', url: `/api/cases/${id}/documents`, payload: { kind } });

async function generated(as: Session, id: string, kind: string) {
  const r = await generate(as, id, kind);
  expect(r.statusCode, `${kind}: ${r.body}`).toBe(201);
  return r.json();
}

const list = async (as: Session, id: string) => {
  const r = await as.request({ method: 'GET', url: `/api/cases/${id}/documents` });
  expect(r.statusCode, r.body).toBe(200);
  return r.json();
};

async function documentXml(buf: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(buf);
  const entry = zip.file('word/document.xml');
  expect(entry).not.toBeNull();
  return entry!.async('string');
}

describe('generating the decision of a decided case', () => {
  it('generates a .docx holding the decision number in 仿宋, hashed with SM3, listed and audited', async () => {
    const { id, decisionNumber } = await decidedCase();
    expect(decisionNumber).toMatch(/^测司罚决字〔2026〕第\d+号$/);

    const before = await list(w.s.officerA, id);
    expect(before.items).toEqual([]);
    expect(before.canGenerate).toBe(true);
    expect(before.available.find((a: { kind: string }) => a.kind === 'decision')).toMatchObject({ available: true, reason: null });
    expect(before.available.find((a: { kind: string }) => a.kind === 'closingReport')).toMatchObject({ available: false });

    const doc = await generated(w.s.officerA, id, 'decision');
    expect(doc).toMatchObject({ caseId: id, kind: 'decision', kindLabel: '行政处罚决定书', title: '行政处罚决定书', number: decisionNumber, version: 1, generatedByName: 'officerA' });
    expect(doc.fileHash).toMatch(/^[0-9a-f]{64}$/);

    const file = await w.s.officerA.request({ method: 'GET', url: `/api/cases/${id}/documents/${doc.id}/file` });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const disposition = String(file.headers['content-disposition']);
    expect(disposition).toContain(`filename*=UTF-8''${encodeURIComponent(`行政处罚决定书（${decisionNumber}）.docx`)}`);
    const buf = file.rawPayload;
    expect(buf.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(sm3Hex(buf)).toBe(doc.fileHash);
    expect(buf.length).toBe(doc.size);
    const xml = await documentXml(buf);
    expect(xml).toContain(decisionNumber);
    expect(xml).toContain('w:eastAsia="仿宋_GB2312"');
    expect(xml).toContain('w:eastAsia="方正小标宋简体"');
    expect(xml).toContain('王某某');
    expect(xml).toContain('六十日内');
    expect(xml).toContain('六个月内');

    const after = await list(w.s.leader, id);
    expect(after.items).toHaveLength(1);
    expect(after.items[0]).toMatchObject({ id: doc.id, number: decisionNumber, fileHash: doc.fileHash });

    const audit = await ctx.sql(`select action, summary from audit_events where object_id = $1 and action = 'case.document.generate'`, [id]);
    expect(audit.rows).toHaveLength(1);
    expect(audit.rows[0].summary).toMatchObject({ documentId: doc.id, kind: 'decision', number: decisionNumber, fileHash: doc.fileHash, version: 1 });
  });

  it('regenerating keeps the earlier version; both are listed and downloadable under the same number', async () => {
    const { id, decisionNumber } = await decidedCase();
    const v1 = await generated(w.s.officerA, id, 'decision');
    ctx.clock.advance(60_000);
    const v2 = await generated(w.s.leader, id, 'decision');
    expect(v2).toMatchObject({ version: 2, number: decisionNumber, generatedByName: 'leader' });
    const items = (await list(w.s.officerA, id)).items;
    expect(items.map((d: { version: number }) => d.version).sort()).toEqual([1, 2]);
    for (const d of [v1, v2]) {
      const f = await w.s.officerA.request({ method: 'GET', url: `/api/cases/${id}/documents/${d.id}/file` });
      expect(f.statusCode).toBe(200);
      expect(sm3Hex(f.rawPayload)).toBe(d.fileHash);
    }
    // The table refuses edits and deletions: a version, once listed, stays as it was.
    await expect(ctx.sql(`update case_documents set number = 'x' where id = $1`, [v1.id])).rejects.toThrow(/append-only/);
    await expect(ctx.sql(`delete from case_documents where id = $1`, [v1.id])).rejects.toThrow(/append-only/);
  });

  it('the preview is HTML rendered from the same model: same number, same words, no script', async () => {
    const { id, decisionNumber } = await decidedCase();
    const doc = await generated(w.s.officerA, id, 'decision');
    const r = await w.s.officerA.request({ method: 'GET', url: `/api/cases/${id}/documents/${doc.id}/preview` });
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toContain('text/html');
    expect(String(r.headers['content-security-policy'])).toContain('sandbox');
    expect(r.body).toContain(decisionNumber);
    expect(r.body).toContain('当事人：王某某');
    expect(r.body).toContain('依照《中华人民共和国律师法》第四十七条的规定');
    expect(r.body).not.toMatch(/<script/i);
    const xml = await documentXml((await w.s.officerA.request({ method: 'GET', url: `/api/cases/${id}/documents/${doc.id}/file` })).rawPayload);
    expect(xml).toContain('依照《中华人民共和国律师法》第四十七条的规定');
  });

  it('a file changed in the store is refused on download (hash re-checked)', async () => {
    const { id } = await decidedCase();
    const doc = await generated(w.s.officerA, id, 'serviceReceipt');
    const p = path.join(ctx.filesDir, doc.fileHash.slice(0, 2), doc.fileHash.slice(2, 4), doc.fileHash);
    const bytes = fs.readFileSync(p);
    bytes[bytes.length - 30] = (bytes[bytes.length - 30]! + 1) % 256;
    fs.chmodSync(p, 0o600);
    fs.writeFileSync(p, bytes);
    const r = await w.s.officerA.request({ method: 'GET', url: `/api/cases/${id}/documents/${doc.id}/file` });
    expect(r.statusCode).toBe(409);
    expect(r.json()).toMatchObject({ code: 'FILE_INTEGRITY_FAILED' });
  });
});

describe('who may read and generate', () => {
  it('outside the scope every document route is a 404; reading without generating rights is fine, generating is 403', async () => {
    const { id } = await decidedCase();
    const doc = await generated(w.s.officerA, id, 'decision');
    for (const s of [w.s.officerB, w.s.headB]) {
      expect((await s.request({ method: 'GET', url: `/api/cases/${id}/documents` })).statusCode).toBe(404);
      expect((await generate(s, id, 'decision')).statusCode).toBe(404);
      expect((await s.request({ method: 'GET', url: `/api/cases/${id}/documents/${doc.id}/file` })).statusCode).toBe(404);
      expect((await s.request({ method: 'GET', url: `/api/cases/${id}/documents/${doc.id}/preview` })).statusCode).toBe(404);
    }
    // A document of another case is not reachable through this case.
    const other = await decidedCase();
    expect((await w.s.officerA.request({ method: 'GET', url: `/api/cases/${other.id}/documents/${doc.id}/file` })).statusCode).toBe(404);
    // The legal reviewer reads the case file but does not generate documents.
    const asReviewer = await list(w.s.reviewer, id);
    expect(asReviewer.canGenerate).toBe(false);
    expect((await generate(w.s.reviewer, id, 'decision')).statusCode).toBe(403);
  });

  it('a document the case cannot have yet is refused with the reason; an unknown kind is a 400', async () => {
    const { id } = await decidedCase();
    const r = await generate(w.s.officerA, id, 'hearingNotice');
    expect(r.statusCode).toBe(422);
    expect(r.json()).toMatchObject({ code: 'DOCUMENT_NOT_AVAILABLE' });
    expect(r.json().message).toContain('听证通知书');
    expect((await generate(w.s.officerA, id, 'noSuchKind')).statusCode).toBe(400);
  });

  it('numbers the prior notice once from its own yearly series and keeps it on regeneration', async () => {
    const id = await makeCase(w, 'partyHeard');
    const n1 = await generated(w.s.officerA, id, 'priorNotice');
    expect(n1.number).toMatch(/^测司罚告字〔2026〕第\d+号$/);
    const n2 = await generated(w.s.officerA, id, 'priorNotice');
    expect(n2.number).toBe(n1.number);
    await ok(w.s.leader, id, 'decide', decisionBody());
    const filing = await generated(w.s.officerA, id, 'filingApproval');
    expect(filing.number).toBe((await detail(w.s.officerA, id)).caseNumber);
  });
});

describe('archiving the case file', () => {
  it('is refused, naming each missing document; documents whose window has passed can no longer complete it', async () => {
    const { id } = await decidedCase();
    await generated(w.s.officerA, id, 'decision');
    await ok(w.s.officerA, id, 'serveDecision', { method: 'direct' });
    await ok(w.s.leader, id, 'close', { summary: '警告已送达，履行完毕' });

    const r = await act(w.s.officerA, id, 'archive', {});
    expect(r.statusCode).toBe(422);
    expect(r.json()).toMatchObject({ code: 'CASE_FILE_INCOMPLETE', basis: { article: '第四十七条' } });
    for (const label of ['立案审批表', '案件调查终结报告', '法制审核意见书', '行政处罚事先告知书', '送达回证', '结案报告', '案卷封面及卷内目录']) {
      expect(r.json().message).toContain(`《${label}》`);
    }
    expect(r.json().message).not.toContain('《行政处罚决定书》');
    expect(r.json().details.missing.map((m: { kind: string }) => m.kind)).toEqual([
      'filingApproval',
      'investigationReport',
      'legalReviewOpinion',
      'priorNotice',
      'serviceReceipt',
      'closingReport',
      'caseFileCover',
    ]);
    expect((await list(w.s.officerA, id)).caseFile).toMatchObject({ path: 'general', complete: false });
    // Made after the decision (or after closing) they would claim an order of events that did not happen.
    for (const kind of ['investigationReport', 'legalReviewOpinion', 'priorNotice', 'serviceReceipt']) {
      const late = await generate(w.s.officerA, id, kind);
      expect(late.statusCode, kind).toBe(422);
      expect(late.json().code).toBe('DOCUMENT_OUT_OF_TIME');
    }
    // The filing approval (dated and numbered by the filing) and the closing documents can still be made.
    for (const kind of ['filingApproval', 'closingReport', 'caseFileCover']) await generated(w.s.officerA, id, kind);
  });

  it('a file made as the case went is archived once complete, then sealed', async () => {
    const id = await makeCase(w, 'partyHeard');
    for (const kind of ['filingApproval', 'investigationReport', 'legalReviewOpinion', 'priorNotice']) await generated(w.s.officerA, id, kind);
    await ok(w.s.leader, id, 'decide', decisionBody());
    const decision = await generated(w.s.officerA, id, 'decision');
    await generated(w.s.officerA, id, 'serviceReceipt');
    await ok(w.s.officerA, id, 'serveDecision', { method: 'direct' });
    await ok(w.s.leader, id, 'close', { summary: '警告已送达，履行完毕' });
    for (const kind of ['closingReport', 'caseFileCover']) await generated(w.s.officerA, id, kind);
    // A document generated after the directory makes the directory stale.
    ctx.clock.advance(60_000);
    await generated(w.s.officerA, id, 'closingReport');
    const r = await act(w.s.officerA, id, 'archive', {});
    expect(r.statusCode).toBe(422);
    expect(r.json().message).toContain('须重新生成案卷封面及卷内目录');

    ctx.clock.advance(60_000);
    const cover = await generated(w.s.officerA, id, 'caseFileCover');
    const preview = await w.s.officerA.request({ method: 'GET', url: `/api/cases/${id}/documents/${cover.id}/preview` });
    expect(preview.body).toContain('卷内目录');
    expect(preview.body).toContain('送达回证');
    expect((await list(w.s.officerA, id)).caseFile).toMatchObject({ complete: true, missing: [] });

    const d = await ok(w.s.officerA, id, 'archive', { note: '归档' });
    expect(d.state).toBe('archived');
    const step = d.steps.at(-1);
    expect(step).toMatchObject({ action: 'archive', basis: expect.stringContaining('第四十七条') });
    expect(step.payload.documents.map((x: { kind: string }) => x.kind).sort()).toEqual(
      ['caseFileCover', 'closingReport', 'decision', 'filingApproval', 'investigationReport', 'legalReviewOpinion', 'priorNotice', 'serviceReceipt'].sort(),
    );
    // The archived file is sealed: nothing is generated or issued into it; its files are downloaded as they are.
    const versions = (await list(w.s.officerA, id)).items.length;
    const sealed = await generate(w.s.officerA, id, 'decision');
    expect(sealed.statusCode).toBe(422);
    expect(sealed.json().message).toContain('已归档');
    expect((await list(w.s.officerA, id)).items).toHaveLength(versions);
    const file = await w.s.officerA.request({ method: 'GET', url: `/api/cases/${id}/documents/${decision.id}/file` });
    expect(sm3Hex(file.rawPayload)).toBe(decision.fileHash);
  });

  it('refuses for the state first: an open case is not archived whatever its documents', async () => {
    const { id } = await decidedCase();
    const r = await act(w.s.officerA, id, 'archive', {});
    expect(r.statusCode).toBe(422);
    expect(r.json().code).not.toBe('CASE_FILE_INCOMPLETE');
  });
});

describe('a document is made in its window, never after the act it must precede (第四十四条、第六十二条)', () => {
  it('a prior notice never made before the decision is refused afterwards, with the reason and the article; no number is taken', async () => {
    const { id } = await decidedCase();
    const before = await ctx.sql(`select count(*)::int as n from case_documents where case_id = $1`, [id]);
    const r = await generate(w.s.officerA, id, 'priorNotice');
    expect(r.statusCode).toBe(422);
    expect(r.json()).toMatchObject({ code: 'DOCUMENT_OUT_OF_TIME', basis: { law: '行政处罚法', article: '第四十四条、第六十二条' } });
    expect(r.json().message).toContain('事先告知书应在作出处罚决定前制作并送达（《行政处罚法》第四十四条、第六十二条）');
    const after = await ctx.sql(`select count(*)::int as n from case_documents where case_id = $1`, [id]);
    expect(after.rows[0].n).toBe(before.rows[0].n);
    // The documents tab shows the same refusal with its article, not a 生成 button.
    const offer = (await list(w.s.officerA, id)).available.find((a: { kind: string }) => a.kind === 'priorNotice');
    expect(offer).toMatchObject({ available: false, reissueVersion: null, basis: { article: '第四十四条、第六十二条' } });
    expect(offer.reason).toContain('事后不得补制');
    // The review documents the decision rested on are refused the same way (第五十八条).
    const review = await generate(w.s.officerA, id, 'legalReviewOpinion');
    expect(review.statusCode).toBe(422);
    expect(review.json()).toMatchObject({ code: 'DOCUMENT_OUT_OF_TIME', basis: { article: '第五十八条' } });
  });

  it('a prior notice made before the decision is re-issued after it as made: same row, number, date and SM3 hash, audited', async () => {
    const id = await makeCase(w, 'partyHeard');
    const made = await generated(w.s.officerA, id, 'priorNotice');
    ctx.clock.advance(60_000);
    await ok(w.s.leader, id, 'decide', decisionBody());
    // Weeks later (the last test of the file: the sessions of the world expire, fresh ones are used).
    ctx.clock.advance(86_400_000 * 40);
    const officer = await login(ctx, b.users['officerA']!);
    const leader = await login(ctx, b.users['leader']!);

    const offer = (await list(officer, id)).available.find((a: { kind: string }) => a.kind === 'priorNotice');
    expect(offer).toMatchObject({ available: true, reissueVersion: 1, basis: { article: '第四十四条、第六十二条' } });
    const again = await generate(leader, id, 'priorNotice');
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(made);
    const items = (await list(officer, id)).items.filter((d: { kind: string }) => d.kind === 'priorNotice');
    expect(items).toHaveLength(1);

    const file = await officer.request({ method: 'GET', url: `/api/cases/${id}/documents/${made.id}/file` });
    expect(sm3Hex(file.rawPayload)).toBe(made.fileHash);
    const xml = await documentXml(file.rawPayload);
    expect(xml).toContain(made.number);
    // Dated by the service of the notice, not by the day it was issued again.
    const served = (await detail(officer, id)).steps.find((x: { action: string }) => x.action === 'servePriorNotice');
    expect(xml).toContain(chineseDate(new Date(served.at)));
    expect(xml).not.toContain(chineseDate(ctx.clock.now()));

    const audit = await ctx.sql(`select summary, basis from audit_events where object_id = $1 and action = 'case.document.reissue'`, [id]);
    expect(audit.rows).toHaveLength(1);
    expect(audit.rows[0].summary).toMatchObject({ documentId: made.id, kind: 'priorNotice', number: made.number, fileHash: made.fileHash, version: 1 });
  });
});
