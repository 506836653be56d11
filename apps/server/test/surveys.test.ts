/**
 * 满意度评议 (issue 6): closing a case issues a one-time 评价码 for its department and investigators; the party checks
 * it and rates 1–5 once on the portal; a used, expired, mistyped or unknown code is refused (the last two alike);
 * results are aggregated per department and officer and shown within the reader's scope.
 */
import crypto from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateSurveyCode, parseSurveyCode } from '@quanze/domain';
import { issueSurveyInvitation } from '../src/modules/surveys/index.ts';
import { decisionBody, detail, makeCase, makeCaseWorld, ok, type CaseWorld } from './support/case-factory.ts';
import { makeOfficer } from './support/officer-factory.ts';
import { createTestContext, login, makeBureau, type TestBureau, type TestContext } from './support/test-app.ts';

let ctx: TestContext;
let b: TestBureau;
let w: CaseWorld;
let closedCaseId: string;
let closedCaseNumber: string;
let caseCode: string;

/** The portal: no session, its own IP per test so the per-IP rate limit of the suite does not interfere. */
const portal = (url: string, payload: Record<string, unknown>, ip = '198.51.100.1') =>
  ctx.app.inject({ method: 'POST', url: `/api/public/surveys${url}`, payload, remoteAddress: ip });

async function closeCase(): Promise<string> {
  const id = await makeCase(w, 'partyHeard');
  await ok(w.s.leader, id, 'decide', decisionBody());
  await ok(w.s.officerA, id, 'serveDecision', { method: 'direct' });
  await ok(w.s.leader, id, 'close', { summary: '警告已送达，履行完毕' });
  return id;
}

const surveyOfClose = (d: { steps: { action: string; payload: Record<string, unknown> }[] }) =>
  d.steps.find((s) => s.action === 'close')!.payload['survey'] as { code: string; validUntil: string };

beforeAll(async () => {
  ctx = await createTestContext();
  b = await makeBureau(ctx);
  w = await makeCaseWorld(ctx, b);
  closedCaseId = await closeCase();
  const d = await detail(w.s.officerA, closedCaseId);
  closedCaseNumber = d.caseNumber;
  caseCode = surveyOfClose(d).code;
}, 120_000);

describe('closing a case (结案) issues the invitation', () => {
  it('puts a one-time code on the closing step for the case’s department and investigators, stored only as a hash', async () => {
    expect(parseSurveyCode(caseCode)).toMatchObject({ ok: true, value: caseCode });
    const d = await detail(w.s.officerA, closedCaseId);
    expect(surveyOfClose(d).validUntil).toBe('2026-04-01'); // closed 2026-03-02 + 30 days
    const inv = await ctx.sql(`select * from survey_invitations where subject_kind = 'case' and subject_id = $1`, [closedCaseId]);
    expect(inv.rows).toHaveLength(1);
    expect(inv.rows[0]).toMatchObject({ department_id: b.departments.a, bureau_id: b.id, used_at: null });
    expect(JSON.stringify(inv.rows[0])).not.toContain(caseCode);
    const officers = await ctx.sql(`select officer_id from survey_invitation_officers where invitation_id = $1`, [inv.rows[0].id]);
    expect(officers.rows.map((r) => r.officer_id).sort()).toEqual([w.officerIds.a, w.officerIds.a2].sort());
    // The audit row of the closing names the invitation, not the code.
    const audit = await ctx.sql(`select summary from audit_events where action = 'case.close' and object_id = $1`, [closedCaseId]);
    expect(audit.rows[0].summary.surveyInvitationId).toBe(inv.rows[0].id);
    expect(JSON.stringify(audit.rows[0].summary)).not.toContain(caseCode);
  });

  it('is not shown to a user outside the case’s scope (the case itself is a 404)', async () => {
    expect((await w.s.officerB.request({ method: 'GET', url: `/api/cases/${closedCaseId}` })).statusCode).toBe(404);
  });
});

describe('the portal', () => {
  it('shows what is rated — case number and department, no personal data — and takes the rating once', async () => {
    const ip = '198.51.100.10';
    const look = await portal('/lookup', { code: caseCode.toLowerCase().replaceAll('-', ' ') }, ip);
    expect(look.statusCode, look.body).toBe(200);
    expect(look.json()).toMatchObject({
      subjectKind: 'case',
      subjectLabel: closedCaseNumber,
      closedOn: '2026-03-02',
      validUntil: '2026-04-01',
    });
    expect(look.json().departmentName).toMatch(/^律师工作科/);
    expect(look.body).not.toContain('王某某'); // the party
    expect(look.body).not.toContain('张执法');

    const first = await portal('', { code: caseCode, rating: 4, comment: '  办事高效，态度很好  ' }, ip);
    expect(first.statusCode, first.body).toBe(200);
    const stored = await ctx.sql(
      `select r.*, r.responded_on::text as responded_on from survey_responses r join survey_invitations i on i.id = r.invitation_id where i.subject_id = $1`,
      [closedCaseId],
    );
    expect(stored.rows).toHaveLength(1);
    expect(stored.rows[0]).toMatchObject({ rating: 4, comment: '办事高效，态度很好', responded_on: '2026-03-02' });
    expect(Object.keys(stored.rows[0]).sort()).toEqual([
      'bureau_id',
      'comment',
      'department_id',
      'id',
      'invitation_id',
      'rating',
      'responded_at',
      'responded_on',
    ]);

    const again = await portal('', { code: caseCode, rating: 1, comment: '' }, ip);
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'SURVEY_CODE_USED', message: expect.stringContaining('只能评价一次') });
    expect((await portal('/lookup', { code: caseCode }, ip)).json().code).toBe('SURVEY_CODE_USED');
    const count = await ctx.sql(
      `select count(*)::int as n from survey_responses where invitation_id = (select id from survey_invitations where subject_id = $1)`,
      [closedCaseId],
    );
    expect(count.rows[0].n).toBe(1);
    // The response is kept as given: the database refuses to change it.
    await expect(ctx.sql(`update survey_responses set rating = 5 where id = $1`, [stored.rows[0].id])).rejects.toThrow(/append-only/);
  });

  it('answers a mistyped and a never-issued code the same way (404), without saying which', async () => {
    const ip = '198.51.100.20';
    const neverIssued = generateSurveyCode((n) => crypto.randomBytes(n));
    const typo = caseCode.slice(0, -1) + (caseCode.endsWith('2') ? '3' : '2');
    const answers = await Promise.all([neverIssued, typo, 'ABCD'].map((code) => portal('/lookup', { code }, ip)));
    for (const a of answers) expect(a.statusCode).toBe(404);
    expect(new Set(answers.map((a) => a.body)).size).toBe(1);
    expect(answers[0]!.json()).toMatchObject({ code: 'SURVEY_CODE_NOT_FOUND', message: '评价码有误，请核对后重新输入' });
    expect((await portal('', { code: neverIssued, rating: 5 }, ip)).statusCode).toBe(404);
  });

  it('refuses a rating out of 1–5 or too long a comment with a Chinese reason, and keeps the code unused', async () => {
    const ip = '198.51.100.30';
    const { code } = await issueFor(b.departments.a, [w.officerIds.a]);
    for (const rating of [0, 6, 2.5]) {
      const r = await portal('', { code, rating }, ip);
      expect(r.statusCode).toBe(400);
      expect(r.json().message).toContain('评分应为1至5的整数');
    }
    const long = await portal('', { code, rating: 3, comment: '很'.repeat(501) }, ip);
    expect(long.statusCode).toBe(400);
    expect(long.body).toContain('评语不超过500字');
    expect((await portal('', { code, rating: 3, comment: '很'.repeat(500) }, ip)).statusCode).toBe(200);
  });

  it('refuses an expired code (after its 30 days) with its last valid day', async () => {
    const ip = '198.51.100.40';
    const { code } = await issueFor(b.departments.a, []);
    ctx.clock.advanceDays(30);
    try {
      expect((await portal('/lookup', { code }, ip)).statusCode).toBe(200); // the 30th day still counts
      ctx.clock.advanceDays(1);
      const r = await portal('', { code, rating: 5 }, ip);
      expect(r.statusCode).toBe(410);
      expect(r.json()).toMatchObject({ code: 'SURVEY_CODE_EXPIRED', message: expect.stringContaining('已过有效期') });
    } finally {
      ctx.clock.advanceDays(-31);
    }
  });

  it('is rate-limited per IP', async () => {
    const ip = '198.51.100.50';
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++) statuses.push((await portal('/lookup', { code: 'ABCD-EFGH-JKMN' }, ip)).statusCode);
    expect(statuses.slice(0, 20).every((s) => s === 404)).toBe(true);
    expect(statuses[20]).toBe(429);
    expect((await portal('/lookup', { code: 'ABCD-EFGH-JKMN' }, '198.51.100.51')).statusCode).toBe(404);
  });
});

/** An invitation issued directly, as the complaints module does at its closure. */
async function issueFor(departmentId: string, officerIds: string[], bureauId = b.id) {
  return ctx.db.transaction((tx) =>
    issueSurveyInvitation(tx, {
      bureauId,
      subjectKind: 'complaint',
      subjectId: crypto.randomUUID(),
      departmentId,
      officerIds,
      issuedAt: ctx.clock.now(),
    }),
  );
}

describe('results per department and officer', () => {
  let rb: TestBureau;
  let officerB: string;
  let rw: CaseWorld;

  beforeAll(async () => {
    // A bureau of its own, so the numbers are exactly the responses below.
    rb = await makeBureau(ctx, '评议测试司法局');
    rw = await makeCaseWorld(ctx, rb);
    officerB = (await makeOfficer(ctx, rb, { name: '王执法', departmentId: rb.departments.b, userId: rb.users['officerB']!.id })).id;
    const { a, a2 } = rw.officerIds;
    const rate = async (dept: string, officers: string[], rating: number, comment = '') => {
      const { code } = await issueFor(dept, officers, rb.id);
      const r = await portal('', { code, rating, comment }, `203.0.113.${rating}`);
      expect(r.statusCode, r.body).toBe(200);
    };
    await rate(rb.departments.a, [a, a2], 5, '非常专业');
    await rate(rb.departments.a, [a], 4);
    await rate(rb.departments.a, [a2], 2, '等待时间较长');
    await rate(rb.departments.b, [officerB], 1, '态度生硬');
    await rate(rb.departments.b, [officerB], 3);
    await issueFor(rb.departments.b, [officerB], rb.id); // issued, not answered
  }, 120_000);

  const results = async (as: CaseWorld['s'][keyof CaseWorld['s']], query = '') => {
    const r = await as.request({ method: 'GET', url: `/api/surveys/results${query}` });
    expect(r.statusCode, r.body).toBe(200);
    return r.json();
  };

  it('counts, averages and distributes each department’s and officer’s ratings, with recent comments', async () => {
    const r = await results(rw.s.supervisor);
    expect(r.scope).toBe('bureau');
    expect(r.total).toMatchObject({ responses: 5, invitations: 6, average: 3, distribution: [1, 1, 1, 1, 1] });
    const dept = (id: string) => r.departments.find((d: { departmentId: string }) => d.departmentId === id);
    expect(dept(rb.departments.a)).toMatchObject({ responses: 3, invitations: 3, average: 3.67, distribution: [0, 1, 0, 1, 1] });
    expect(
      dept(rb.departments.a)
        .recentComments.map((c: { comment: string }) => c.comment)
        .sort(),
    ).toEqual(['等待时间较长', '非常专业'].sort());
    expect(dept(rb.departments.b)).toMatchObject({ responses: 2, invitations: 3, average: 2, distribution: [1, 0, 1, 0, 0] });
    expect(dept(rb.departments.b).recentComments).toMatchObject([{ rating: 1, comment: '态度生硬', subjectLabel: '投诉举报／信访事项' }]);
    const officer = (id: string) => r.officers.find((o: { officerId: string }) => o.officerId === id);
    expect(officer(rw.officerIds.a)).toMatchObject({ officerName: '张执法', responses: 2, average: 4.5, distribution: [0, 0, 0, 1, 1] });
    expect(officer(rw.officerIds.a2)).toMatchObject({ officerName: '李执法', responses: 2, average: 3.5, distribution: [0, 1, 0, 0, 1] });
    expect(officer(officerB)).toMatchObject({ officerName: '王执法', responses: 2, invitations: 3, average: 2 });
  });

  it('filters by the day of the response', async () => {
    const r = await results(rw.s.supervisor, '?from=2026-03-03');
    expect(r.total).toMatchObject({ responses: 0, invitations: 0, average: null });
  });

  it('shows a department head and a reviewer only their own department, an officer only their own ratings', async () => {
    const head = await results(rw.s.headB);
    expect(head.scope).toBe('department');
    expect(head.departments.map((d: { departmentId: string }) => d.departmentId)).toEqual([rb.departments.b]);
    expect(head.officers.map((o: { officerName: string }) => o.officerName)).toEqual(['王执法']);
    expect(head.total).toMatchObject({ responses: 2 });
    const reviewer = await results(rw.s.reviewer);
    expect(reviewer.departments.map((d: { departmentId: string }) => d.departmentId)).toEqual([rb.departments.a]);

    const own = await results(rw.s.officerA);
    expect(own.scope).toBe('self');
    expect(own.departments).toEqual([]);
    expect(own.officers.map((o: { officerName: string }) => o.officerName)).toEqual(['张执法']);
    expect(own.total).toMatchObject({ responses: 2, average: 4.5 });
  });

  it('is closed to accounts without business data (the system administrator) and to other bureaus', async () => {
    const admin = await login(ctx, rb.users['sysadmin']!);
    expect((await admin.request({ method: 'GET', url: '/api/surveys/results' })).statusCode).toBe(403);
    const other = await results(w.s.supervisor);
    expect(other.departments.map((d: { departmentId: string }) => d.departmentId)).not.toContain(rb.departments.a);
  });
});

describe('a complaint closed again', () => {
  it('gets a new code; the first one stays usable until used or expired', async () => {
    const subjectId = crypto.randomUUID();
    const issue = () =>
      ctx.db.transaction((tx) =>
        issueSurveyInvitation(tx, {
          bureauId: b.id,
          subjectKind: 'complaint',
          subjectId,
          departmentId: b.departments.a,
          officerIds: [],
          issuedAt: ctx.clock.now(),
        }),
      );
    const first = await issue();
    const second = await issue();
    expect(second.code).not.toBe(first.code);
    for (const { code } of [first, second]) expect((await portal('/lookup', { code }, '198.51.100.60')).statusCode).toBe(200);
  });
});
