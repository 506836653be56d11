/**
 * Penalty cases in a given stage, made through the API (CONVENTIONS habit 11): a bureau with a published power
 * (CF-LS-001), the leader recorded as 局长 in the leadership group, two certified officers linked to officerA /
 * officerA2 and a qualified legal reviewer; then makeCase(stage) drives a case there step by step.
 */
import { expect } from 'vitest';
import { leadershipGroupMembers } from '../../src/modules/org/index.ts';
import { bureauSubject, makeOfficer } from './officer-factory.ts';
import { makeLaw, publishList } from './power-factory.ts';
import { login, type Session, type TestBureau, type TestContext } from './test-app.ts';

export interface CaseWorld {
  powerId: string;
  officerIds: { a: string; a2: string };
  s: Record<'leader' | 'headA' | 'officerA' | 'officerA2' | 'reviewer' | 'supervisor' | 'headB' | 'officerB', Session>;
}

export async function makeCaseWorld(ctx: TestContext, b: TestBureau): Promise<CaseWorld> {
  const keys = ['leader', 'headA', 'officerA', 'officerA2', 'reviewer', 'supervisor', 'headB', 'officerB'] as const;
  const s = {} as CaseWorld['s'];
  for (const k of keys) s[k] = await login(ctx, b.users[k]!);
  await bureauSubject(ctx, b);
  await makeLaw(s.reviewer, {
    title: '中华人民共和国律师法',
    articles: [{ address: { article: 47 }, text: '律师有下列行为之一的，给予警告，可以处五千元以下的罚款', isPenaltyProvision: true }],
  });
  const list = await publishList(s.supervisor, s.leader, [{ code: 'CF-LS-001', basis: [{ law: '中华人民共和国律师法', article: '第四十七条' }] }]);
  const now = ctx.clock.now();
  await ctx.db.insert(leadershipGroupMembers).values({ bureauId: b.id, userId: b.users['leader']!.id, name: '局长', position: 'leader', fromDate: '2025-01-01', createdAt: now });
  const cert = { certificate: 'valid' as const, categories: ['LS'], areas: ['320100'], lastReviewedYear: 2025 };
  const a = await makeOfficer(ctx, b, { ...cert, name: '张执法', userId: b.users['officerA']!.id });
  const a2 = await makeOfficer(ctx, b, { ...cert, name: '李执法', userId: b.users['officerA2']!.id });
  await makeOfficer(ctx, b, { name: '赵审核', userId: b.users['reviewer']!.id, legalProfessionQualification: true, certificate: null });
  return { powerId: list.powerIds['CF-LS-001']!, officerIds: { a: a.id, a2: a2.id }, s };
}

export const WARNING = [{ kind: 'warning' }];
export const FINE_500 = [{ kind: 'fine', amountFen: 50_000 }];

export async function registerLead(w: CaseWorld, as: Session = w.s.officerA, overrides: Record<string, unknown> = {}): Promise<string> {
  const r = await as.request({
    method: 'POST',
    url: '/api/cases',
    payload: {
      powerId: w.powerId,
      party: { kind: 'citizen', name: '王某某', idNumber: '320102198503010014', address: '示例市玄武区某路1号', birthDate: '1985-03-01' },
      leadSource: 'complaint',
      leadSummary: '群众投诉某律师同时在两个律师事务所执业',
      violation: { startedOn: '2026-02-10' },
      ...overrides,
    },
  });
  expect(r.statusCode, r.body).toBe(201);
  return r.json().id as string;
}

export async function detail(as: Session, id: string) {
  const r = await as.request({ method: 'GET', url: `/api/cases/${id}` });
  expect(r.statusCode, r.body).toBe(200);
  return r.json();
}

/** POST an action with the case's current version. */
export async function act(as: Session, id: string, action: string, body: Record<string, unknown> = {}) {
  const cur = await as.request({ method: 'GET', url: `/api/cases/${id}` });
  const version = cur.statusCode === 200 ? (cur.json().version as number) : 1;
  return as.request({ method: 'POST', url: `/api/cases/${id}/actions/${action}`, payload: { version, ...body } });
}

export async function ok(as: Session, id: string, action: string, body: Record<string, unknown> = {}) {
  const r = await act(as, id, action, body);
  expect(r.statusCode, `${action}: ${r.body}`).toBe(200);
  return r.json();
}

/**
 * One item in the case's 证据目录, collected by both investigators: 调查终结 refuses a case with no evidence
 * (行政处罚法第五十四条、第四十条). Dated at the case's last step (server time, never in the future).
 */
export async function addEvidence(w: CaseWorld, id: string, as: Session = w.s.officerA): Promise<void> {
  const cur = (await as.request({ method: 'GET', url: `/api/cases/${id}` })).json<{ steps: { at: string }[] }>();
  const r = await as.request({
    method: 'POST',
    url: `/api/cases/${id}/evidence`,
    payload: {
      kind: 'documentary',
      name: '执业登记材料',
      source: '当事人',
      obtainedHow: 'onSiteCollection',
      collectorIds: [w.officerIds.a, w.officerIds.a2],
      collectedAt: cur.steps.at(-1)!.at,
      place: '示例市玄武区某路1号',
    },
  });
  expect(r.statusCode, `evidence: ${r.body}`).toBe(201);
}

export const noticeBody = (penalty: unknown = WARNING) => ({
  penalty,
  facts: '同时在两个律师事务所执业',
  reasons: '违反律师法第十条',
  legalBasis: ['《中华人民共和国律师法》第四十七条'],
  statesStatementRight: true,
  statesHearingRight: false,
});

export const decisionBody = (penalty: unknown = WARNING) => ({
  penalty,
  facts: '同时在两个律师事务所执业',
  evidence: ['询问笔录', '执业登记材料'],
  legalBasis: ['《中华人民共和国律师法》第四十七条'],
  performance: '自收到本决定书之日起十五日内缴至指定银行',
  remedies: '可在六十日内向示例市人民政府申请行政复议，或在六个月内向人民法院提起行政诉讼',
  sealed: true,
});

/**
 * A 当场行政处罚决定 of the simple procedure (第五十一条、第五十二条) with every item the form asks for: the act, the
 * basis, time and place, the remedies, the second officer, facts certain, certificate shown, signed and handed over.
 */
export const onTheSpotBody = (w: CaseWorld, penalty: unknown, formNumber: string, overrides: Record<string, unknown> = {}) => ({
  penalty,
  formNumber,
  act: '律师在法庭上未按规定着装且拒不改正',
  legalBasis: ['《中华人民共和国律师法》第四十七条'],
  time: '2026-03-02T09:30:00+08:00',
  place: '示例市中级人民法院第三法庭',
  remedies: '可在六十日内向示例市人民政府申请行政复议，或在六个月内向人民法院提起行政诉讼',
  secondOfficerId: w.officerIds.a2,
  factsCertain: true,
  certificateShown: true,
  officerSigned: true,
  handedOver: 'signed',
  ...overrides,
});

/** Pre-printed form numbers for on-the-spot decisions, one after another from `after` + 1 (No.0000101, …). */
export function formNumbers(after: number): () => string {
  let n = after;
  return () => `No.${String(++n).padStart(7, '0')}`;
}

/** 集体讨论 with the three leaders the default rule asks for (第五十七条); leaders are identified by their accounts. */
export const discussionBody = (leaderUserIds: readonly string[], penalty: unknown = WARNING) => ({
  attendees: [...leaderUserIds.map((userId) => ({ userId, isLeader: true })), { name: '法制科科长（列席）', isLeader: false }],
  approvedPenalty: penalty,
  minutesRecorded: true,
  conclusion: '同意拟处罚意见',
});

export type Stage = 'lead' | 'filed' | 'investigating' | 'investigationReported' | 'legalReview' | 'priorNoticeServed' | 'statementAndDefence' | 'partyHeard';

/** A case driven through the API to `stage` (the party heard = statement recorded, re-checked and waived). */
export async function makeCase(
  w: CaseWorld,
  stage: Stage,
  penalty: unknown = WARNING,
  opts: { lead?: Record<string, unknown>; notice?: Record<string, unknown> } = {},
): Promise<string> {
  const order: Stage[] = ['lead', 'filed', 'investigating', 'investigationReported', 'legalReview', 'priorNoticeServed', 'statementAndDefence', 'partyHeard'];
  const upTo = (s: Stage) => order.indexOf(s) <= order.indexOf(stage);
  const id = await registerLead(w, w.s.officerA, opts.lead ?? {});
  if (upTo('filed')) await ok(w.s.leader, id, 'fileCase', { opinion: '同意立案' });
  if (upTo('investigating')) await ok(w.s.headA, id, 'startInvestigation', { officerIds: [w.officerIds.a, w.officerIds.a2] });
  if (upTo('investigationReported')) await addEvidence(w, id);
  if (upTo('investigationReported')) await ok(w.s.officerA, id, 'submitInvestigationReport', { summary: '事实清楚，证据确凿', proposedPenalty: penalty });
  if (upTo('legalReview')) await ok(w.s.reviewer, id, 'completeLegalReview', { opinion: '事实清楚，适用依据正确' });
  if (upTo('priorNoticeServed')) await ok(w.s.officerA, id, 'servePriorNotice', { ...noticeBody(penalty), ...(opts.notice ?? {}) });
  if (upTo('statementAndDefence')) await ok(w.s.officerA, id, 'recordStatementAndDefence', { statement: '当事人称系初犯', recheck: '经复核，陈述不影响事实认定' });
  if (upTo('partyHeard')) await ok(w.s.officerA2, id, 'recordStatementWaiver', { note: '当事人书面表示不再陈述申辩' });
  return id;
}
