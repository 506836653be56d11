/**
 * The case page reads a case in one statement (case-detail.repository.ts): the steps, investigators, recusals, power
 * item and the officers' certificates come back as json and are mapped to rows. Whatever the page shows and the
 * guards judge must be exactly what the separate reads of a command's transaction return — dates as the same
 * instants, json payloads as the same values, the newest certificate, a taken-off investigator — and a warm page
 * view must cost one statement (besides the session), not one per table.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { ARCHIVABLE, caseDetailRows, REPORTABLE } from '../src/modules/cases/case-detail.repository.ts';
import { documentsOfCase } from '../src/modules/documents/documents.repository.ts';
import { itemsOfCase } from '../src/modules/evidence/index.ts';
import { caseOfficersOf, getCaseWithDepartment, investigatesCase, officersByIds, powerItemOf, recusalsOf, stepsOf } from '../src/modules/cases/cases.repository.ts';
import { addEvidence, decisionBody, detail, makeCase, makeCaseWorld, ok, registerLead, type CaseWorld } from './support/case-factory.ts';
import { makeOfficer } from './support/officer-factory.ts';
import { createTestContext, makeBureau, type TestBureau, type TestContext } from './support/test-app.ts';

let ctx: TestContext;
let b: TestBureau;
let w: CaseWorld;

beforeAll(async () => {
  ctx = await createTestContext();
  b = await makeBureau(ctx);
  w = await makeCaseWorld(ctx, b);
}, 120_000);

/** The same case through the separate reads a command makes. */
async function separately(id: string, userId: string) {
  const found = (await getCaseWithDepartment(ctx.db, id))!;
  const assignments = await caseOfficersOf(ctx.db, id);
  const officers = await officersByIds(ctx.db, [...new Set(assignments.map((a) => a.officerId))]);
  return {
    row: found.row,
    departmentName: found.departmentName,
    steps: await stepsOf(ctx.db, id),
    assignments,
    recusals: await recusalsOf(ctx.db, id),
    power: await powerItemOf(ctx.db, found.row.powerId),
    officers: officers.sort((x, y) => x.officer.id.localeCompare(y.officer.id)),
    investigates: await investigatesCase(ctx.db, id, userId),
    // Read by the page only where 归档 (documents + evidence) or 调查终结 (evidence) is next.
    documents: ARCHIVABLE.has(found.row.state) ? await documentsOfCase(ctx.db, id) : null,
    evidence: ARCHIVABLE.has(found.row.state) || REPORTABLE.has(found.row.state) ? await itemsOfCase(ctx.db, id) : null,
  };
}

async function inOne(id: string, userId: string) {
  const d = (await caseDetailRows(ctx.db, id, userId))!;
  return { ...d, officers: [...d.officers].sort((x, y) => x.officer.id.localeCompare(y.officer.id)) };
}

describe('the case page read in one statement', () => {
  it('equals the separate reads for a case heard after notice (steps with payloads, two certified investigators)', async () => {
    const id = await makeCase(w, 'partyHeard');
    const one = await inOne(id, b.users['officerA']!.id);
    expect(one).toEqual(await separately(id, b.users['officerA']!.id));
    expect(one.steps.length).toBeGreaterThanOrEqual(8);
    expect(one.steps[0]!.at).toBeInstanceOf(Date);
    expect(one.officers.map((o) => o.officer.certificate?.status)).toEqual(['valid', 'valid']);
    expect(one.investigates).toBe(true);
    expect((await inOne(id, b.users['officerB']!.id)).investigates).toBe(false);
  });

  it('equals them after a granted recusal: the investigator taken off with the reason, the decided request, the newest certificate', async () => {
    const id = await makeCase(w, 'investigating');
    const d = await ok(w.s.officerA, id, 'requestRecusal', { role: 'investigator', officerId: w.officerIds.a2, requestedBy: 'party', reason: '利害关系' });
    await ok(w.s.leader, id, 'decideRecusal', { recusalId: d.recusals[0].id, granted: true, reason: '决定回避' });
    // A newer certificate of the replacement (suspended) must be the one the page judges with.
    const wang = await makeOfficer(ctx, b, { name: '王执法', certificate: 'valid', categories: ['LS'], areas: ['320100'], lastReviewedYear: 2025 });
    await ok(w.s.headA, id, 'assignInvestigators', { addOfficerIds: [wang.id], reason: '李执法回避，改由王执法承办' });
    ctx.clock.advance(1_000);
    await ctx.sql(
      `insert into certificates (bureau_id, officer_id, number, status, categories, areas, check_code, created_at, updated_at)
       select bureau_id, officer_id, number || '-2', 'suspended', categories, areas, check_code || '2', created_at + interval '1 day', updated_at from certificates where officer_id = $1`,
      [wang.id],
    );
    const one = await inOne(id, b.users['officerA2']!.id);
    expect(one).toEqual(await separately(id, b.users['officerA2']!.id));
    expect(one.assignments.find((a) => a.officerId === w.officerIds.a2)).toMatchObject({ removedAt: expect.any(Date), removedReason: expect.stringContaining('回避') });
    expect(one.recusals).toEqual([expect.objectContaining({ status: 'granted', decidedAt: expect.any(Date), decisionReason: '决定回避' })]);
    expect(one.officers.find((o) => o.officer.id === wang.id)!.officer.certificate?.status).toBe('suspended');
    expect(one.investigates).toBe(false); // officerA2 was taken off
  });

  it('equals them for a case under investigation (its evidence with a 笔录) and a closed case (documents and evidence)', async () => {
    const open = await makeCase(w, 'investigating');
    await addEvidence(w, open);
    const one = await inOne(open, b.users['officerA']!.id);
    expect(one).toEqual(await separately(open, b.users['officerA']!.id));
    expect(one.evidence!.length).toBeGreaterThan(0);
    expect(one.evidence![0]!.collectedAt).toBeInstanceOf(Date);
    expect(one.documents).toBeNull();

    const closed = await makeCase(w, 'partyHeard');
    await ok(w.s.leader, closed, 'decide', decisionBody());
    expect((await w.s.officerA.request({ method: 'POST', url: `/api/cases/${closed}/documents`, payload: { kind: 'decision' } })).statusCode).toBe(201);
    await ok(w.s.officerA, closed, 'serveDecision', { method: 'direct' });
    await ok(w.s.leader, closed, 'close', { summary: '警告已送达，履行完毕' });
    const file = await inOne(closed, b.users['officerA']!.id);
    expect(file.row.state).toBe('closed');
    expect(file).toEqual(await separately(closed, b.users['officerA']!.id));
    expect(file.documents!.map((d) => d.kind)).toContain('decision');
    expect(file.documents![0]!.generatedAt).toBeInstanceOf(Date);
  });

  it('equals them for a bare lead (no team, no recusal) and finds nothing for an unknown id', async () => {
    const id = await registerLead(w, w.s.officerA);
    const one = await inOne(id, b.users['officerA']!.id);
    expect(one).toEqual(await separately(id, b.users['officerA']!.id));
    expect(one).toMatchObject({ assignments: [], recusals: [], officers: [], power: expect.objectContaining({ code: 'CF-LS-001' }) });
    expect(await caseDetailRows(ctx.db, '00000000-0000-4000-8000-000000000000', b.users['officerA']!.id)).toBeUndefined();
  });
});

describe('statements per case page view', () => {
  const proto = pg.Client.prototype as unknown as { query: (...a: unknown[]) => unknown };
  const original = proto.query;
  afterEach(() => {
    proto.query = original;
  });

  it('a warm view sends one statement besides the session lookup', async () => {
    const id = await makeCase(w, 'priorNoticeServed');
    await detail(w.s.leader, id); // warms the library, actor and calendar caches
    const sent: string[] = [];
    proto.query = function (this: unknown, ...a: unknown[]) {
      const q = a[0] as string | { text?: string };
      const text = typeof q === 'string' ? q : (q.text ?? '');
      if (!/"sessions"/.test(text)) sent.push(text);
      return original.apply(this, a);
    };
    const d = await detail(w.s.leader, id);
    expect(d.steps.length).toBeGreaterThan(0);
    expect(sent).toHaveLength(1);
  });
});
