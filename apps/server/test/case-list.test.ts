/**
 * The case list (issue 5, "Case list with filters, search and saved views"): each filter, the search box (any part
 * of the case and decision numbers and of the party's name — case-search.test.ts has the rest — and the ID number
 * through the blind index), newest first, offset and keyset
 * pages, and the data scope — an officer sees the cases they investigate or registered, a department head the
 * department's, the leader the bureau's.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { CaseState } from '@quanze/domain';
import { createFieldCipher } from '../src/platform/crypto.ts';
import { penaltyCases } from '../src/modules/cases/index.ts';
import { powers } from '../src/modules/powers/index.ts';
import { makeCaseWorld, ok, registerLead, type CaseWorld } from './support/case-factory.ts';
import { createTestContext, login, makeBureau, type Session, type TestBureau, type TestContext } from './support/test-app.ts';

let ctx: TestContext;
let b: TestBureau;
let w: CaseWorld;
const ids: Record<'c1' | 'c2' | 'c3' | 'c4' | 'c5', string> = { c1: '', c2: '', c3: '', c4: '', c5: '' };
const ID_1 = '32010219850301001X';
const ID_4 = '320102199001011234';
let powerB = '';

interface Seed {
  departmentId: string;
  state: CaseState;
  procedure: 'simple' | 'general' | null;
  leadSource: 'complaint' | 'inspection' | 'referral';
  powerId: string;
  receivedAt: string;
  party: { kind: 'citizen' | 'organisation'; name: string; id?: string };
  caseNumber?: string;
  decisionNumber?: string;
}

/** A case row as the list reads it (the list is a read model: the path that made the row does not matter here). */
async function seed(s: Seed, template: typeof penaltyCases.$inferSelect): Promise<string> {
  const cipher = createFieldCipher(ctx.dataKey);
  const now = ctx.clock.now();
  const [row] = await ctx.db
    .insert(penaltyCases)
    .values({
      ...template,
      id: undefined,
      departmentId: s.departmentId,
      state: s.state,
      procedure: s.procedure,
      leadSource: s.leadSource,
      powerId: s.powerId,
      leadReceivedAt: new Date(s.receivedAt),
      partyKind: s.party.kind,
      partyName: s.party.name,
      partyIdSealed: s.party.id ? cipher.encrypt(s.party.id) : null,
      partyIdIndex: s.party.id ? cipher.blindIndex(s.party.id) : null,
      caseNumber: s.caseNumber ?? null,
      decisionNumber: s.decisionNumber ?? null,
      registeredBy: b.users['leader']!.id,
      createdAt: now,
      updatedAt: now,
    })
    .returning({ id: penaltyCases.id });
  return row!.id;
}

async function list(as: Session, query: Record<string, string | number | boolean> = {}) {
  const r = await as.request({
    method: 'GET',
    url: '/api/cases',
    query: Object.fromEntries(Object.entries(query).map(([k, v]) => [k, String(v)])),
  });
  expect(r.statusCode, r.body).toBe(200);
  return r.json<{
    items: { id: string; partyName: string; powerCode: string | null; departmentName: string | null }[];
    total: number | null;
    totalCapped: boolean;
    nextCursor: string | null;
  }>();
}

/** The seeded window: June 2025 (Shanghai dates). */
const JUNE = { receivedFrom: '2025-06-01', receivedTo: '2025-06-30' };
const idsOf = (r: { items: { id: string }[] }) => r.items.map((i) => i.id);

beforeAll(async () => {
  ctx = await createTestContext();
  b = await makeBureau(ctx);
  w = await makeCaseWorld(ctx, b);
  const templateId = await registerLead(w, w.s.officerA, { leadReceivedAt: '2026-03-01T09:00:00+08:00' });
  const [template] = await ctx.db.select().from(penaltyCases).where(eq(penaltyCases.id, templateId));
  const [p2] = await ctx.db
    .insert(powers)
    .values({ bureauId: b.id, subjectId: template!.subjectId, createdAt: ctx.clock.now() })
    .returning();
  powerB = p2!.id;
  const { a: deptA, b: deptB } = b.departments;
  ids.c1 = await seed(
    {
      departmentId: deptA,
      state: 'lead',
      procedure: null,
      leadSource: 'complaint',
      powerId: w.powerId,
      receivedAt: '2025-06-01T00:00:00+08:00',
      party: { kind: 'citizen', name: '王小明', id: ID_1 },
    },
    template!,
  );
  ids.c2 = await seed(
    {
      departmentId: deptA,
      state: 'filed',
      procedure: 'general',
      leadSource: 'inspection',
      powerId: w.powerId,
      receivedAt: '2025-06-05T10:00:00+08:00',
      party: { kind: 'citizen', name: '李四' },
      caseNumber: '测司罚立字〔2025〕第7号',
    },
    template!,
  );
  ids.c3 = await seed(
    {
      departmentId: deptB,
      state: 'decided',
      procedure: 'general',
      leadSource: 'referral',
      powerId: powerB,
      receivedAt: '2025-06-10T10:00:00+08:00',
      party: { kind: 'organisation', name: '示例律师事务所' },
      caseNumber: '测司罚立字〔2025〕第8号',
      decisionNumber: '测司罚决字〔2025〕第3号',
    },
    template!,
  );
  ids.c4 = await seed(
    {
      departmentId: deptB,
      state: 'closed',
      procedure: 'simple',
      leadSource: 'inspection',
      powerId: w.powerId,
      receivedAt: '2025-06-30T23:30:00+08:00',
      party: { kind: 'citizen', name: '王大力', id: ID_4 },
    },
    template!,
  );
  ids.c5 = await seed(
    {
      departmentId: deptA,
      state: 'investigating',
      procedure: 'general',
      leadSource: 'complaint',
      powerId: powerB,
      receivedAt: '2025-05-31T23:59:00+08:00',
      party: { kind: 'citizen', name: '王五' },
    },
    template!,
  );
}, 120_000);

describe('filters', () => {
  it('the received-date range takes whole Shanghai days, newest first', async () => {
    const r = await list(w.s.leader, JUNE);
    expect(idsOf(r)).toEqual([ids.c4, ids.c3, ids.c2, ids.c1]);
    expect(r).toMatchObject({ total: 4, totalCapped: false });
    expect(idsOf(await list(w.s.leader, { receivedFrom: '2025-05-31', receivedTo: '2025-05-31' }))).toEqual([ids.c5]);
  });

  it('by department, several states, procedure, lead source and power', async () => {
    expect(idsOf(await list(w.s.leader, { ...JUNE, departmentId: b.departments.b }))).toEqual([ids.c4, ids.c3]);
    expect(idsOf(await list(w.s.leader, { ...JUNE, state: 'filed,decided' }))).toEqual([ids.c3, ids.c2]);
    expect(idsOf(await list(w.s.leader, { ...JUNE, state: 'closed' }))).toEqual([ids.c4]);
    expect(idsOf(await list(w.s.leader, { ...JUNE, procedure: 'simple' }))).toEqual([ids.c4]);
    expect(idsOf(await list(w.s.leader, { ...JUNE, procedure: 'general' }))).toEqual([ids.c3, ids.c2]);
    expect(idsOf(await list(w.s.leader, { ...JUNE, leadSource: 'inspection' }))).toEqual([ids.c4, ids.c2]);
    expect(idsOf(await list(w.s.leader, { ...JUNE, powerId: powerB }))).toEqual([ids.c3]);
    expect(idsOf(await list(w.s.leader, { powerId: powerB }))).toEqual([ids.c3, ids.c5]);
    // Filters combine.
    expect(
      idsOf(await list(w.s.leader, { ...JUNE, departmentId: b.departments.a, leadSource: 'inspection', state: 'filed,lead' })),
    ).toEqual([ids.c2]);
  });

  it('refuses values that are not filters', async () => {
    const bad = await w.s.leader.request({ method: 'GET', url: '/api/cases', query: { procedure: 'fast' } });
    expect(bad.statusCode).toBe(400);
    const cursor = await w.s.leader.request({ method: 'GET', url: '/api/cases', query: { cursor: 'not-a-case' } });
    expect(cursor.statusCode).toBe(400);
  });
});

describe('search', () => {
  it('finds the party by any part of the name (one character: a surname, the start only)', async () => {
    expect(idsOf(await list(w.s.leader, { ...JUNE, q: '王' }))).toEqual([ids.c4, ids.c1]);
    expect(idsOf(await list(w.s.leader, { ...JUNE, q: '小明' }))).toEqual([ids.c1]);
    expect(idsOf(await list(w.s.leader, { ...JUNE, q: '明' }))).toEqual([]);
    // The list shows a citizen's name masked, whatever was searched.
    expect((await list(w.s.leader, { ...JUNE, q: '王小' })).items.map((i) => i.partyName)).toEqual(['王*明']);
  });

  it('finds case and decision numbers by any part', async () => {
    expect(idsOf(await list(w.s.leader, { q: '测司罚决字〔2025〕第3号' }))).toEqual([ids.c3]);
    expect(idsOf(await list(w.s.leader, { q: '测司罚立字〔2025〕' }))).toEqual([ids.c3, ids.c2]);
    expect(idsOf(await list(w.s.leader, { q: '测司罚立字〔2025〕第7' }))).toEqual([ids.c2]);
    expect(idsOf(await list(w.s.leader, { q: '第3号' }))).toEqual([ids.c3]);
    expect(idsOf(await list(w.s.leader, { q: '7号' }))).toEqual([ids.c2]);
  });

  it('finds the party by the full ID number only (blind index), in either case of the check letter', async () => {
    expect(idsOf(await list(w.s.leader, { q: ID_1 }))).toEqual([ids.c1]);
    expect(idsOf(await list(w.s.leader, { q: ID_1.toLowerCase() }))).toEqual([ids.c1]);
    expect(idsOf(await list(w.s.leader, { q: ID_1.slice(0, 17) }))).toEqual([]);
    expect(idsOf(await list(w.s.leader, { q: ID_4 }))).toEqual([ids.c4]);
  });

  it('takes LIKE wildcards literally', async () => {
    expect(idsOf(await list(w.s.leader, { ...JUNE, q: '%' }))).toEqual([]);
    expect(idsOf(await list(w.s.leader, { ...JUNE, q: '_' }))).toEqual([]);
    expect(idsOf(await list(w.s.leader, { ...JUNE, q: '%号' }))).toEqual([]);
    expect(idsOf(await list(w.s.leader, { ...JUNE, q: '第_号' }))).toEqual([]);
  });
});

describe('pages', () => {
  it('pages by offset and by keyset cursor to the same rows, and counts only when asked', async () => {
    const first = await list(w.s.leader, { ...JUNE, pageSize: 3 });
    expect(idsOf(first)).toEqual([ids.c4, ids.c3, ids.c2]);
    expect(first.total).toBe(4);
    expect(first.nextCursor).toBe(ids.c2);
    const byCursor = await list(w.s.leader, { ...JUNE, pageSize: 3, cursor: first.nextCursor!, withTotal: false });
    expect(idsOf(byCursor)).toEqual([ids.c1]);
    expect(byCursor).toMatchObject({ total: null, nextCursor: null });
    expect(idsOf(await list(w.s.leader, { ...JUNE, pageSize: 3, page: 2 }))).toEqual([ids.c1]);
  });

  it('keeps rows received at the same instant apart by id', async () => {
    const at = '2024-01-02T08:00:00+08:00';
    const [template] = await ctx.db.select().from(penaltyCases).limit(1);
    const same = [];
    for (let i = 0; i < 3; i++)
      same.push(
        await seed(
          {
            departmentId: b.departments.a,
            state: 'lead',
            procedure: null,
            leadSource: 'complaint',
            powerId: w.powerId,
            receivedAt: at,
            party: { kind: 'citizen', name: `同时${i}` },
          },
          template!,
        ),
      );
    const window = { receivedFrom: '2024-01-02', receivedTo: '2024-01-02' };
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await list(w.s.leader, { ...window, pageSize: 1, ...(cursor ? { cursor } : {}) });
      seen.push(...idsOf(page));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual([...same].sort().reverse());
  });
});

describe('data scope', () => {
  it('an officer sees the cases they registered or investigate; a department head the department; the leader the bureau', async () => {
    const mine = await registerLead(w, w.s.officerA);
    const inB = await registerLead(w, w.s.officerB);
    const seenBy = async (s: Session, q: Record<string, string> = {}) => idsOf(await list(s, { pageSize: 200, ...q }));

    expect(await seenBy(w.s.officerA)).toContain(mine);
    expect(await seenBy(w.s.officerA)).not.toContain(inB);
    expect(await seenBy(w.s.officerA)).not.toContain(ids.c2); // same department, not theirs
    expect(await seenBy(w.s.officerA2)).not.toContain(mine);
    expect(await seenBy(w.s.officerB)).toEqual(expect.arrayContaining([inB]));
    expect(await seenBy(w.s.officerB)).not.toContain(mine);

    // Assigned as investigator, officerA2 now sees it.
    await ok(w.s.leader, mine, 'fileCase', { opinion: '同意立案' });
    await ok(w.s.headA, mine, 'startInvestigation', { officerIds: [w.officerIds.a, w.officerIds.a2] });
    expect(await seenBy(w.s.officerA2)).toContain(mine);
    expect(await seenBy(w.s.officerA2, { state: 'investigating' })).toEqual([mine]);

    const headA = await seenBy(w.s.headA);
    expect(headA).toEqual(expect.arrayContaining([mine, ids.c1, ids.c2]));
    expect(headA).not.toContain(inB);
    expect(headA).not.toContain(ids.c3);
    // A department head asking for another department gets nothing, not that department's cases.
    expect(await seenBy(w.s.headA, { departmentId: b.departments.b })).toEqual([]);
    expect(await seenBy(w.s.headB, JUNE)).toEqual([ids.c4, ids.c3]);

    expect(await seenBy(w.s.leader)).toEqual(expect.arrayContaining([mine, inB, ids.c1, ids.c3]));
    // Search stays inside the scope: officerB cannot find a department-A party by name or ID number.
    expect(idsOf(await list(w.s.officerB, { q: '王' }))).not.toContain(ids.c1);
    expect(idsOf(await list(w.s.officerB, { q: ID_1 }))).toEqual([]);
    expect(idsOf(await list(w.s.headA, { q: ID_4 }))).toEqual([]);
  });

  it('another bureau sees none of these cases', async () => {
    const other = await makeBureau(ctx, '另一个司法局');
    const s = await login(ctx, other.users['leader']!);
    expect((await list(s, { q: ID_1 })).items).toEqual([]);
    expect((await list(s)).total).toBe(0);
  });
});
