/**
 * The documents printed from what the case recorded (issue 5 "Documents", second slice): 询问笔录 and 现场检查笔录 from
 * the evidence module's structured records (第五十五条), 法制审核意见书 (第五十八条), 重大案件集体讨论记录 with its
 * leaders and minutes (第五十七条), and the simple procedure's pre-numbered 当场行政处罚决定书 (第五十二条) — each a
 * real .docx, SM3-hashed, versioned, previewed as HTML, and required by the archive check when the case took the step.
 */
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { sm3Hex } from '../src/platform/crypto.ts';
import { decisionBody, discussionBody, FINE_500, makeCase, makeCaseWorld, ok, onTheSpotBody, registerLead, type CaseWorld } from './support/case-factory.ts';
import { makeLeaders } from './support/leader-factory.ts';
import { createTestContext, makeBureau, type Session, type TestBureau, type TestContext, type TestUser } from './support/test-app.ts';

let ctx: TestContext;
let b: TestBureau;
let w: CaseWorld;
let leaders: TestUser[];

beforeAll(async () => {
  ctx = await createTestContext();
  b = await makeBureau(ctx);
  w = await makeCaseWorld(ctx, b);
  leaders = await makeLeaders(ctx, b, ['王副局长', '陈副局长']);
}, 60_000);

const generate = (as: Session, id: string, kind: string) => as.request({ method: 'POST', url: `/api/cases/${id}/documents`, payload: { kind } });
async function generated(as: Session, id: string, kind: string) {
  const r = await generate(as, id, kind);
  expect(r.statusCode, `${kind}: ${r.body}`).toBe(201);
  return r.json();
}
const preview = async (id: string, docId: string) => (await w.s.officerA.request({ method: 'GET', url: `/api/cases/${id}/documents/${docId}/preview` })).body;
async function docxText(id: string, docId: string): Promise<{ xml: string; hash: string }> {
  const file = await w.s.officerA.request({ method: 'GET', url: `/api/cases/${id}/documents/${docId}/file` });
  expect(file.statusCode).toBe(200);
  const xml = await (await JSZip.loadAsync(file.rawPayload)).file('word/document.xml')!.async('string');
  return { xml, hash: sm3Hex(file.rawPayload) };
}
const available = async (id: string, kind: string) =>
  ((await w.s.officerA.request({ method: 'GET', url: `/api/cases/${id}/documents` })).json().available as { kind: string; available: boolean; reason: string | null }[]).find((a) => a.kind === kind);

const record = (kind: 'inquiry' | 'inspection', person: string, content: string) => ({
  kind: kind === 'inquiry' ? 'partyStatement' : 'inspectionRecord',
  name: kind === 'inquiry' ? `${person}询问笔录` : '现场检查笔录',
  source: person,
  obtainedHow: kind,
  collectorIds: [w.officerIds.a, w.officerIds.a2],
  collectedAt: '2026-03-02T00:30:00Z',
  place: kind === 'inquiry' ? '示例市司法局询问室' : '示例市玄武区某路1号乙律师事务所',
  record: {
    kind,
    startedAt: '2026-03-02T00:00:00Z',
    endedAt: '2026-03-02T00:40:00Z',
    certificatesShown: true,
    person: { name: person, role: 'party' },
    content,
    signature: kind === 'inquiry' ? { kind: 'signed' } : { kind: 'refused', note: '当事人拒绝签名，由执法人员注明' },
  },
});
const addRecord = async (id: string, body: Record<string, unknown>) => {
  const r = await w.s.officerA.request({ method: 'POST', url: `/api/cases/${id}/evidence`, payload: body });
  expect(r.statusCode, r.body).toBe(201);
};

describe('询问笔录 and 现场检查笔录 from the evidence records (第五十五条)', () => {
  it('are offered once a record of the kind exists, print the record as made, and a new record makes a new version', async () => {
    const id = await makeCase(w, 'investigating');
    expect(await available(id, 'inquiryRecord')).toMatchObject({ available: false, reason: expect.stringContaining('证据') });
    await addRecord(id, record('inquiry', '王某某', '问：你是否同时在两个律师事务所执业？\n答：是的。'));
    await addRecord(id, record('inspection', '王某某', '乙律师事务所公示栏载有王某某的执业信息。'));

    const v1 = await generated(w.s.officerA, id, 'inquiryRecord');
    expect(v1).toMatchObject({ kind: 'inquiryRecord', title: '询问（调查）笔录', version: 1, number: null });
    const { xml, hash } = await docxText(id, v1.id);
    expect(hash).toBe(v1.fileHash);
    expect(xml).toContain('仿宋_GB2312');
    for (const s of ['2026年3月2日8时00分至8时40分', '示例市司法局询问室', '张执法', '李执法', '答：是的。', '以上笔录我已看过']) expect(xml).toContain(s);
    expect(await preview(id, v1.id)).toContain('问：你是否同时在两个律师事务所执业？');

    const inspection = await generated(w.s.officerA, id, 'inspectionRecord');
    expect(await preview(id, inspection.id)).toContain('当事人拒绝签名，由执法人员注明');

    await addRecord(id, record('inquiry', '陈某', '问：你是否知道王某某在乙律师事务所执业？\n答：知道。'));
    const v2 = await generated(w.s.officerA, id, 'inquiryRecord');
    expect(v2.version).toBe(2);
    const html = await preview(id, v2.id);
    expect(html).toContain('第1份（证据第1号）');
    expect(html).toContain('第2份（证据第3号）');
    // Earlier versions stay as they were.
    expect(await preview(id, v1.id)).not.toContain('陈某');
  });
});

describe('法制审核意见书 and 集体讨论记录', () => {
  it('print the reviewer’s opinion and the discussion with leaders, minutes and the penalty agreed; archiving asks for both', async () => {
    const id = await makeCase(w, 'partyHeard', FINE_500);
    expect(await available(id, 'collectiveDiscussionRecord')).toMatchObject({ available: false, reason: '尚未记录负责人集体讨论' });
    const opinion = await generated(w.s.officerA, id, 'legalReviewOpinion');
    const opinionHtml = await preview(id, opinion.id);
    expect(opinionHtml).toContain('法制审核意见书');
    expect(opinionHtml).toContain('事实清楚，适用依据正确');
    expect(opinionHtml).toContain('第五十八条');

    await ok(w.s.leader, id, 'recordCollectiveDiscussion', {
      ...discussionBody([b.users['leader']!.id, ...leaders.map((l) => l.id)], FINE_500),
      conclusion: '王副局长：事实清楚，同意罚款五百元。\n陈副局长：同意。',
    });
    const record = await generated(w.s.officerA, id, 'collectiveDiscussionRecord');
    const { xml } = await docxText(id, record.id);
    expect(xml).toContain('王副局长');
    expect(xml).toContain('陈副局长');
    expect(xml).toContain('法制科科长（列席）');
    expect(xml).toContain('同意罚款五百元');
    expect(xml).toContain('罚款500元');

    // The file of this case must hold both (第五十七条、第五十八条), and now does.
    const list = (await w.s.officerA.request({ method: 'GET', url: `/api/cases/${id}/documents` })).json();
    const required = list.caseFile.required.map((x: { kind: string; present: boolean }) => [x.kind, x.present]);
    expect(required).toEqual(expect.arrayContaining([['legalReviewOpinion', true], ['collectiveDiscussionRecord', true]]));
    expect(list.caseFile.missing.map((m: { kind: string }) => m.kind)).not.toContain('collectiveDiscussionRecord');
    // The decision follows the discussion as usual.
    await ok(w.s.leader, id, 'decide', decisionBody(FINE_500));
  });
});

describe('当场行政处罚决定书 of the simple procedure (第五十二条)', () => {
  it('carries the pre-printed form number and every item of 第五十二条; the simple file needs it before archiving', async () => {
    const id = await registerLead(w);
    expect(await available(id, 'onTheSpotDecision')).toMatchObject({ available: false });
    await ok(w.s.officerA, id, 'decideOnTheSpot', onTheSpotBody(w, [{ kind: 'fine', amountFen: 10_000 }], 'No.0000321'));
    const doc = await generated(w.s.officerA, id, 'onTheSpotDecision');
    expect(doc).toMatchObject({ kind: 'onTheSpotDecision', title: '当场行政处罚决定书', number: 'No.0000321' });
    const again = await generated(w.s.officerA, id, 'onTheSpotDecision');
    expect(again).toMatchObject({ version: 2, number: 'No.0000321' });
    const { xml } = await docxText(id, doc.id);
    for (const s of ['No.0000321', '律师在法庭上未按规定着装', '2026年3月2日9时30分', '示例市中级人民法院第三法庭', '《中华人民共和国律师法》第四十七条', '罚款100元', '六十日内依法先向行政复议机关申请行政复议', '行政复议机关：示例市人民政府', '张执法', '李执法', '备案']) {
      expect(xml).toContain(s);
    }
    // 复议前置 (行政复议法 第二十三条): no direct suit within six months, whatever the officer wrote.
    expect(xml).not.toContain('六个月');

    await ok(w.s.officerA2, id, 'fileWithAgency', { note: '已报法制科备案' });
    const check = (await w.s.officerA.request({ method: 'GET', url: `/api/cases/${id}/documents` })).json().caseFile;
    expect(check.path).toBe('simple');
    expect(check.required.map((x: { kind: string }) => x.kind)).toEqual(['onTheSpotDecision', 'closingReport', 'caseFileCover']);
    expect(check.required[0].present).toBe(true);
  });
});
