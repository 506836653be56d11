/**
 * 复议前置 for on-the-spot penalties (行政复议法 第二十三条第一款第（一）项): the party may not sue before 复议, so the
 * court-enforcement window (行政强制法 第五十三条) opens after the 60-day 复议 period, not after a 6-month suit period.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { makeCaseWorld, ok, registerLead, type CaseWorld } from './support/case-factory.ts';
import { createTestContext, login, makeBureau, type Session, type TestBureau, type TestContext } from './support/test-app.ts';

let ctx: TestContext;
let b: TestBureau;
let w: CaseWorld;
let id: string;

async function at(iso: string): Promise<void> {
  ctx.clock.set(iso);
  for (const k of Object.keys(w.s) as (keyof CaseWorld['s'])[]) w.s[k] = await login(ctx, b.users[k]!);
}
async function payments(as: Session = w.s.leader) {
  const r = await as.request({ method: 'GET', url: `/api/cases/${id}/payments` });
  expect(r.statusCode, r.body).toBe(200);
  return r.json();
}
const post = async (as: Session, path: string, body: Record<string, unknown>) =>
  as.request({ method: 'POST', url: `/api/cases/${id}/payments/${path}`, payload: { version: (await payments()).notice.version, ...body } });

beforeAll(async () => {
  ctx = await createTestContext();
  b = await makeBureau(ctx);
  w = await makeCaseWorld(ctx, b);
  // Decided and handed over on the spot on Monday 2026-03-02: ¥100, unpaid.
  id = await registerLead(w);
  await ok(w.s.officerA, id, 'decideOnTheSpot', {
    penalty: [{ kind: 'fine', amountFen: 10_000 }],
    formNumber: 'No.0000777',
    act: '未按规定公示执业信息',
    legalBasis: ['《中华人民共和国律师法》第四十七条'],
    time: ctx.clock.now().toISOString(),
    place: '示例市玄武区某路1号',
    remedies: '可在六十日内向示例市人民政府申请行政复议',
    secondOfficerId: w.officerIds.a2,
    factsCertain: true,
    certificateShown: true,
    officerSigned: true,
    handedOver: 'signed',
  });
}, 120_000);

describe('the court window of an on-the-spot decision (复议前置)', () => {
  it('follows the 60-day 复议 period (to 05-06 over the May Day holiday), not six months, and cites 第二十三条', async () => {
    const { notice } = await payments();
    expect(notice.enforcement.remedyPeriodEndsOn).toBe('2026-05-06');
    expect(notice.enforcement.windowClosesOn < '2026-09-02').toBe(true);
    expect(notice.basis).toContainEqual(expect.objectContaining({ law: '行政复议法', article: expect.stringContaining('第二十三条') }));
  });

  it('refuses the application while the 复议 period runs, and accepts it after, months before a suit period would end', async () => {
    await at('2026-04-01T02:00:00Z');
    const reminded = await post(w.s.officerA, 'reminder', { servedOn: '2026-04-01', method: 'direct' });
    expect(reminded.statusCode, reminded.body).toBe(200);
    await at('2026-04-30T02:00:00Z');
    const early = await post(w.s.officerA, 'court-application', { appliedOn: '2026-04-30', court: '示例市玄武区人民法院' });
    expect(early.statusCode).toBe(422);
    expect(early.json()).toMatchObject({ code: 'REMEDY_PERIOD_RUNNING', basis: { article: '第五十三条' } });
    expect(early.json().message).toContain('复议前置');
    await at('2026-05-20T02:00:00Z');
    const applied = await post(w.s.officerA, 'court-application', { appliedOn: '2026-05-20', court: '示例市玄武区人民法院' });
    expect(applied.statusCode, applied.body).toBe(200);
    expect(applied.json().notice.enforcement).toMatchObject({ windowStatus: 'applied', courtApplication: { appliedOn: '2026-05-20' } });
  });
});
