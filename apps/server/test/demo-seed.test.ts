/**
 * The demo data at first start (seed/seed.ts, seed/demo-cases.ts), seen through the API as a user and a visitor
 * would: a demo case in every state of the penalty procedure — 集体讨论完毕 and 已归档 among them — an archived case
 * whose case file is complete and downloadable, and a decision already published on the portal (处罚决定公示) with the
 * party's name masked, published within its 7 working days.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CASE_STATES, CASE_STATE_LABELS, requiredDocuments } from '@quanze/domain';
import { createFieldCipher } from '../src/platform/crypto.ts';
import { DEMO_PASSWORD } from '../src/seed/demo-data.ts';
import { seedIfEmpty } from '../src/seed/seed.ts';
import { createTestContext, type TestContext } from './support/test-app.ts';

let ctx: TestContext;
const warn = vi.spyOn(console, 'warn');

type Summary = { id: string; state: string; partyName: string; decisionNumber: string | null };
type Step = { action: string; at: string; actorName: string; payload: Record<string, unknown> };
type Docs = {
  items: { id: string; kind: string; version: number; fileHash: string; generatedAt: string }[];
  available: { kind: string; available: boolean; reason: string | null; basis?: { article: string } | null; reissueVersion?: number | null }[];
  caseFile: { path: string; complete: boolean; required: { kind: string; present: boolean }[]; missing: unknown[] };
};

async function as(username: string) {
  const res = await ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: DEMO_PASSWORD } });
  expect(res.statusCode, res.body).toBe(200);
  const cookie = String(res.headers['set-cookie']).split(';')[0]!;
  return (url: string) => ctx.app.inject({ method: 'GET', url, headers: { cookie } });
}

async function leaderCases(): Promise<Summary[]> {
  const r = await (await as('leader'))('/api/cases?pageSize=200');
  expect(r.statusCode, r.body).toBe(200);
  return r.json<{ items: Summary[] }>().items;
}

beforeAll(async () => {
  ctx = await createTestContext();
  // The app's own file store, as main.ts passes it: the archived case's documents must be downloadable.
  const r = await seedIfEmpty(ctx.db, ctx.clock, createFieldCipher(ctx.dataKey), true, ctx.files);
  expect(r.seeded).toBe(true);
}, 180_000);
afterAll(() => warn.mockRestore());

describe('demo data at first start', () => {
  it('loads every demo case without a step refused by a guard', () => {
    expect(warn.mock.calls.map((c) => String(c[0])).filter((m) => m.includes('演示案件'))).toEqual([]);
  });

  it('has at least one demo case in every state of the penalty procedure, 集体讨论完毕 and 已归档 included', async () => {
    const states = new Set((await leaderCases()).map((c) => c.state));
    const missing = CASE_STATES.filter((s) => !states.has(s)).map((s) => `${s}（${CASE_STATE_LABELS[s]}）`);
    expect(missing).toEqual([]);
    expect(states).toContain('collectiveDiscussion');
    expect(states).toContain('archived');
  });

  it('includes a case discussed collectively by the three 局领导 after legal review, its prior notice still to be served (第五十七条)', async () => {
    const get = await as('leader');
    const c = (await leaderCases()).find((x) => x.state === 'collectiveDiscussion')!;
    const d = (await get(`/api/cases/${c.id}`)).json<{ steps: Step[] }>();
    const actions = d.steps.map((s) => s.action);
    expect(actions.at(-1)).toBe('recordCollectiveDiscussion');
    expect(actions.indexOf('completeLegalReview')).toBeGreaterThan(-1);
    expect(actions.indexOf('completeLegalReview')).toBeLessThan(actions.indexOf('recordCollectiveDiscussion'));
    expect(actions).not.toContain('servePriorNotice');
    const attendees = d.steps.at(-1)!.payload['attendees'] as { name: string; isLeader: boolean }[];
    expect(attendees.filter((a) => a.isLeader).map((a) => a.name).sort()).toEqual(['周海涛', '孙立平', '王建国'].sort());
  });

  it('includes an archived case whose file is complete: every required document generated, the cover last, the files downloadable, nothing more generated', async () => {
    const get = await as('officer1');
    const c = (await leaderCases()).find((x) => x.state === 'archived')!;
    const r = await get(`/api/cases/${c.id}/documents`);
    expect(r.statusCode, r.body).toBe(200);
    const docs = r.json<Docs>();
    expect(docs.caseFile).toMatchObject({ path: 'general', complete: true, missing: [] });
    const kinds = new Set(docs.items.map((d) => d.kind));
    for (const req of requiredDocuments('general')) expect(kinds, req.kind).toContain(req.kind);
    // Reviewed by 法制审核: its opinion is in the file too.
    expect(kinds).toContain('legalReviewOpinion');
    const cover = docs.items.find((d) => d.kind === 'caseFileCover')!;
    for (const d of docs.items) if (d !== cover) expect(d.generatedAt < cover.generatedAt, d.kind).toBe(true);
    // The archive step lists the documents archived, with the hashes of the files.
    const detail = (await get(`/api/cases/${c.id}`)).json<{ steps: Step[] }>();
    const archive = detail.steps.at(-1)!;
    expect(archive.action).toBe('archive');
    const archived = archive.payload['documents'] as { kind: string; fileHash: string }[];
    expect(archived.map((d) => d.kind).sort()).toEqual([...kinds].sort());
    // Each document is in the app's file store (the hash re-checked on download): a .docx, a zip starting with PK.
    for (const d of docs.items) {
      const f = await get(`/api/cases/${c.id}/documents/${d.id}/file`);
      expect(f.statusCode, `${d.kind} ${f.body.slice(0, 200)}`).toBe(200);
      expect(f.rawPayload.subarray(0, 2).toString()).toBe('PK');
    }
    // Sealed: the file is closed to new documents.
    expect(docs.available.every((a) => !a.available && a.reason === '案卷已归档，不再生成文书')).toBe(true);
  });

  it('makes every document a demo case has required so far within its window: none is refused as 未在规定时限内制作 (第四十四条、第五十五条、第五十八条 …)', async () => {
    const get = await as('leader');
    const cases = await leaderCases();
    const late: string[] = [];
    let reissued = 0;
    for (const c of cases) {
      const r = await get(`/api/cases/${c.id}/documents`);
      expect(r.statusCode, r.body).toBe(200);
      const docs = r.json<Docs>();
      const required = new Set(docs.caseFile.required.map((x) => x.kind));
      for (const o of docs.available) {
        // A refusal that carries the window rule's article is DOCUMENT_OUT_OF_TIME (an act missing carries none).
        const outOfTime = !o.available && o.basis != null;
        if (outOfTime && required.has(o.kind)) late.push(`${c.partyName}（${c.state}）${o.kind}：${o.reason}`);
        if (o.reissueVersion != null) {
          reissued++;
          // Re-issued as made: the version offered is one in the file.
          expect(docs.items.some((d) => d.kind === o.kind && d.version === o.reissueVersion), `${c.partyName} ${o.kind}`).toBe(true);
        }
      }
    }
    expect(late).toEqual([]);
    // The decided cases' notices, reports and reviews were made before the decision: offered for re-issue only.
    expect(reissued).toBeGreaterThan(0);
  });

  it('shows a published decision on the portal, the party’s name masked, published within 7 working days', async () => {
    const r = await ctx.app.inject({ method: 'GET', url: '/api/public/decisions' });
    expect(r.statusCode, r.body).toBe(200);
    const list = r.json<{ items: { id: string; decisionNumber: string; partyDisplay: string; penaltySummary: string }[]; total: number }>();
    expect(list.total).toBeGreaterThanOrEqual(1);
    const cipher = createFieldCipher(ctx.dataKey);
    for (const item of list.items) {
      const row = (
        await ctx.sql(
          `select c.party_kind, c.party_name, c.party_id_sealed, c.party_address, c.state from decision_publications p join penalty_cases c on c.id = p.case_id where p.id = $1`,
          [item.id],
        )
      ).rows[0];
      expect(row, item.decisionNumber).toBeTruthy();
      expect(row.state, item.decisionNumber).toBe('served');
      const detail = await ctx.app.inject({ method: 'GET', url: `/api/public/decisions/${item.id}` });
      expect(detail.statusCode, detail.body).toBe(200);
      const body = detail.body;
      if (row.party_kind === 'citizen') {
        const name = row.party_name as string;
        expect(item.partyDisplay).toBe(`${name[0]}某`);
        expect(r.body).not.toContain(name);
        expect(body).not.toContain(name);
      }
      expect(body).not.toContain(cipher.decrypt(row.party_id_sealed as string));
      expect(body).not.toContain(row.party_address as string);
      expect(body).toContain(item.decisionNumber);
    }
    expect(list.items.some((i) => i.penaltySummary.includes('罚款'))).toBe(true);
    const audit = await ctx.sql(`select summary from audit_events where action = 'disclosure.publish'`);
    expect(audit.rows.length).toBe(list.total);
    for (const a of audit.rows) expect(a.summary).toMatchObject({ late: false });
  });
});
