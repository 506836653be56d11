/**
 * Issue 6, publication queue: an on-the-spot (简易程序) penalty enters the queue when made, with the same 7-WD clock,
 * unless the bureau excludes them (then 不予公开 with the reason); registering that a published decision was changed,
 * revoked, confirmed illegal or void opens the 3-day withdrawal clock (行政处罚法 第四十八条第二款) on the bureau's
 * database calendar, red once overdue; the editor then withdraws (410). 期限监控 lists these clocks to the editors
 * of 公示管理 in their bureau only.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { formNumbers, makeCaseWorld, ok, onTheSpotBody, registerLead, type CaseWorld } from './support/case-factory.ts';
import { createTestContext, login, makeBureau, type Session, type TestBureau, type TestContext } from './support/test-app.ts';

let ctx: TestContext;
let b: TestBureau;
let w: CaseWorld;
let editor: Session;

beforeAll(async () => {
  ctx = await createTestContext();
  b = await makeBureau(ctx);
  w = await makeCaseWorld(ctx, b);
  editor = w.s.leader;
}, 60_000);

const nextFormNumber = formNumbers(500);
const onTheSpot = (penalty: unknown) => onTheSpotBody(w, penalty, nextFormNumber());

interface QueueItem {
  id: string;
  caseId: string | null;
  version: number;
  state: string;
  dueOn: string;
  overdue: boolean;
  withdrawalDueOn: string | null;
  alteration: { groundLabel: string; alteredOn: string; document: string; dueOn: string } | null;
  refusals: { code: string; reason: string; basis: { article: string } }[];
}

async function queue(as: Session = editor, query = '') {
  const r = await as.request({ method: 'GET', url: `/api/disclosure/queue?pageSize=100${query}` });
  expect(r.statusCode, r.body).toBe(200);
  return r.json<{ items: QueueItem[]; overdueCount: number }>();
}

async function queueItem(caseId: string): Promise<QueueItem | undefined> {
  return (await queue()).items.find((i) => i.caseId === caseId);
}

async function decidedOnTheSpot(): Promise<string> {
  const id = await registerLead(w);
  await ok(w.s.officerA, id, 'decideOnTheSpot', onTheSpot([{ kind: 'fine', amountFen: 20_000 }]));
  return id;
}

type Deadline = { subject: string; clockId: string; caseNumber: string; dueDate: string; overdue: boolean; stateLabel: string };
async function deadlines(as: Session): Promise<Deadline[]> {
  const r = await as.request({ method: 'GET', url: '/api/deadlines?pageSize=200' });
  expect(r.statusCode, r.body).toBe(200);
  return r.json().items as Deadline[];
}

const settings = async () => (await editor.request({ method: 'GET', url: '/api/disclosure/settings' })).json();

describe('simple-procedure (当场) penalties enter the publication queue', () => {
  it('when made, with the 7-WD clock, publishable by default', async () => {
    const caseId = await decidedOnTheSpot();
    const item = await queueItem(caseId);
    // decided Monday 2026-03-02: seven working days end Wednesday 03-11
    expect(item).toMatchObject({ state: 'pending', dueOn: '2026-03-11', overdue: false, refusals: [] });
    expect((await settings()).excludeSimpleProcedure).toBe(false);
    const r = await editor.request({ method: 'POST', url: `/api/disclosure/items/${item!.id}/publish`, payload: { version: item!.version } });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json().state).toBe('published');
  });

  it('listed as 不予公开 with the reason and article when the bureau excludes them', async () => {
    const s = await settings();
    const put = await editor.request({ method: 'PUT', url: '/api/disclosure/settings', payload: { ...s, excludeSimpleProcedure: true } });
    expect(put.statusCode, put.body).toBe(200);
    const simple = await queueItem(await decidedOnTheSpot());
    expect(simple).toMatchObject({ state: 'withheld', dueOn: '2026-03-11' });
    expect(simple!.refusals[0]).toMatchObject({ code: 'SIMPLE_PROCEDURE', basis: { article: '第四十八条第一款' } });
    expect(simple!.refusals[0]!.reason).toContain('简易程序');
    const back = await settings();
    await editor.request({ method: 'PUT', url: '/api/disclosure/settings', payload: { ...back, excludeSimpleProcedure: false } });
    // back to the default: the next one is publishable again
    expect(await queueItem(await decidedOnTheSpot())).toMatchObject({ state: 'pending', refusals: [] });
  });
});

describe('the 3-day withdrawal clock (第四十八条第二款)', () => {
  let caseId = '';
  let itemId = '';

  it('opens when the alteration is registered, counted on the database calendar; the decision stays published meanwhile', async () => {
    // (an on-the-spot decision: the same queue and clocks as a general one)
    caseId = await decidedOnTheSpot();
    const q = (await queueItem(caseId))!;
    itemId = q.id;
    const pub = await editor.request({ method: 'POST', url: `/api/disclosure/items/${itemId}/publish`, payload: { version: q.version } });
    expect(pub.statusCode, pub.body).toBe(200);

    // The bureau's calendar gets a rest day on Wednesday 03-04 (a correction): three working days from Monday 03-02
    // then end Friday 03-06, not Thursday 03-05 as the compiled national calendar would say.
    const admin = await login(ctx, b.users['sysadmin']!);
    const year = (await admin.request({ method: 'GET', url: '/api/calendar/years/2026' })).json();
    const fixed = await admin.request({
      method: 'PUT',
      url: '/api/calendar/years/2026',
      payload: { notice: year.notice ?? '更正', holidays: [...year.holidays, { name: '测试补休', dates: ['2026-03-04'] }], extraWorkdays: year.extraWorkdays, revision: year.revision, reason: '补录放假日（测试）' },
    });
    expect(fixed.statusCode, fixed.body).toBe(200);

    const bad = await editor.request({
      method: 'POST',
      url: `/api/disclosure/items/${itemId}/alteration`,
      payload: { version: pub.json().version, ground: 'revoked', alteredOn: '2026-03-02', document: '' },
    });
    expect(bad.statusCode).toBe(400);
    const r = await editor.request({
      method: 'POST',
      url: `/api/disclosure/items/${itemId}/alteration`,
      payload: { version: pub.json().version, ground: 'revoked', alteredOn: '2026-03-02', document: '示例市人民政府行政复议决定书（示府复决〔2026〕1号）' },
    });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({ state: 'published', withdrawalDueOn: '2026-03-06', alteration: { groundLabel: '被依法撤销', dueOn: '2026-03-06' }, overdue: false });
    expect((await ctx.app.inject({ method: 'GET', url: `/api/public/decisions/${itemId}` })).statusCode).toBe(200);
    const again = await editor.request({
      method: 'POST',
      url: `/api/disclosure/items/${itemId}/alteration`,
      payload: { version: r.json().version, ground: 'changed', alteredOn: '2026-03-02', document: '另一文书' },
    });
    expect(again.statusCode).toBe(409);
  });

  it('期限监控 lists the publication clocks to the editors, in their bureau only', async () => {
    const mine = (await deadlines(editor)).filter((d) => d.subject === 'publication');
    const withdrawal = mine.find((d) => d.clockId === `penaltyWithdrawal:${itemId}`);
    expect(withdrawal).toMatchObject({ dueDate: '2026-03-06', overdue: false, stateLabel: '待撤回' });
    // the pending one decided 03-02, counted on today's database calendar (03-04 now a rest day): 03-12
    expect(mine.some((d) => d.clockId.startsWith('penaltyPublication:') && d.dueDate === '2026-03-12')).toBe(true);
    // an officer without disclosure:publish, and another bureau's leader, see none of them
    expect((await deadlines(w.s.officerA)).filter((d) => d.subject === 'publication')).toEqual([]);
    const other = await makeBureau(ctx);
    const otherLeader = await login(ctx, other.users['leader']!);
    expect((await deadlines(otherLeader)).filter((d) => d.subject === 'publication')).toEqual([]);
  });

  it('is red once overdue, then the editor withdraws (410) and the clock closes, marked late', async () => {
    ctx.clock.set('2026-03-09T02:00:00Z');
    editor = await login(ctx, b.users['leader']!);
    const late = (await queue(editor, '&overdue=true')).items.find((i) => i.id === itemId);
    expect(late).toMatchObject({ state: 'published', overdue: true, alteration: { dueOn: '2026-03-06' } });
    const clock = (await deadlines(editor)).find((d) => d.clockId === `penaltyWithdrawal:${itemId}`);
    expect(clock).toMatchObject({ overdue: true });

    const reason = '该决定经行政复议被依法撤销，现予撤回';
    const done = await editor.request({ method: 'POST', url: `/api/disclosure/items/${itemId}/withdraw`, payload: { version: late!.version, publicReason: reason } });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ state: 'withdrawn', alteration: null, overdue: false, withdrawal: { groundLabel: '被依法撤销', alteredOn: '2026-03-02', late: true } });
    expect((await ctx.app.inject({ method: 'GET', url: `/api/public/decisions/${itemId}` })).statusCode).toBe(410);
    expect((await deadlines(editor)).some((d) => d.clockId === `penaltyWithdrawal:${itemId}`)).toBe(false);
  });
});
