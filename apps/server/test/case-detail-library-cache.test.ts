/**
 * The case page reads the legal library through an in-process cache (legal-basis/library-cache.ts). A library change
 * made through the API must show on the very next detail view of this node — an amended article's lighter text
 * (第三十七条) and a repeal — not after the cache's time-to-live. A change made elsewhere (another node, or straight in
 * the database) reaches the cache as a change notification (platform/change-feed.ts) and shows on the next view too.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { detail, makeCaseWorld, registerLead, type CaseWorld } from './support/case-factory.ts';
import { makeLaw } from './support/power-factory.ts';
import { createTestContext, makeBureau, type TestContext } from './support/test-app.ts';

let ctx: TestContext;
let w: CaseWorld;

beforeAll(async () => {
  ctx = await createTestContext();
  w = await makeCaseWorld(ctx, await makeBureau(ctx));
}, 60_000);

const fine = (maxYuan: number) => ({ fineMinFen: null, fineMaxFen: maxYuan * 100, multipleOfIllegalIncome: null, suspensionMonthsMin: null, suspensionMonthsMax: null, otherSanctions: ['警告'] });

describe('case detail after a library change (cached library)', () => {
  it('shows an amendment and a repeal on the next view', async () => {
    const law = await makeLaw(w.s.reviewer, { title: '示例市律师服务条例', level: 'localRegulation', issuingBody: '示例市人民代表大会常务委员会', publishedOn: '2019-12-01', effectiveFrom: '2020-01-01', articles: [] });
    const added = await w.s.reviewer.request({
      method: 'POST',
      url: `/api/legal/documents/${law.documentId}/articles`,
      payload: { address: { article: 7 }, text: '律师违反本条例的，给予警告，可以处五千元以下罚款', isPenaltyProvision: true, sanction: fine(5000) },
    });
    expect(added.statusCode, added.body).toBe(201);
    const articleId = added.json().id as string;
    const id = await registerLead(w, w.s.officerA, { legalBasis: ['《示例市律师服务条例》第七条'] });
    const check = async () => (await detail(w.s.leader, id)).legalBasisChecks[0];

    const before = await check();
    expect(before.problems).toEqual([]);
    expect(before.applied).toEqual([expect.objectContaining({ rule: 'actTime', versionEffectiveFrom: '2020-01-01' })]);

    // Amended after the act to a lighter fine: the very next view applies the newer text (第三十七条).
    const amend = await w.s.reviewer.request({ method: 'POST', url: `/api/legal/articles/${articleId}/amend`, payload: { effectiveFrom: '2026-02-20', version: 1, text: '律师违反本条例的，给予警告，可以处三千元以下罚款', sanction: fine(3000) } });
    expect(amend.statusCode, amend.body).toBe(200);
    expect((await check()).applied).toEqual([expect.objectContaining({ rule: 'lighterNewer', versionEffectiveFrom: '2026-02-20' })]);

    // Repealed: the next view no longer shows the article as a clean basis.
    const version = (await w.s.reviewer.request({ method: 'GET', url: `/api/legal/articles/${articleId}` })).json().version as number;
    const repeal = await w.s.reviewer.request({ method: 'POST', url: `/api/legal/articles/${articleId}/repeal`, payload: { repealedOn: '2026-02-25', reason: '条例修订删除本条', version } });
    expect(repeal.statusCode, repeal.body).toBe(200);
    const after = await check();
    expect(after).not.toEqual(before);
    expect(after.problems.length + after.applied.filter((a: { rule: string }) => a.rule !== 'actTime' && a.rule !== 'lighterNewer').length).toBeGreaterThan(0);
  });
});

describe('case detail after a library change made behind this node', () => {
  it('shows an article text changed in the database once its notification has arrived', async () => {
    for (let i = 0; i < 500 && !ctx.app.changes.healthy; i++) await new Promise((r) => setTimeout(r, 20));
    expect(ctx.app.changes.healthy).toBe(true);
    const law = await makeLaw(w.s.reviewer, { title: '示例市公证服务条例', level: 'localRegulation', issuingBody: '示例市人民代表大会常务委员会', publishedOn: '2019-12-01', effectiveFrom: '2020-01-01', articles: [] });
    const added = await w.s.reviewer.request({
      method: 'POST',
      url: `/api/legal/documents/${law.documentId}/articles`,
      payload: { address: { article: 9 }, text: '公证员违反本条例的，给予警告，可以处五千元以下罚款', isPenaltyProvision: true, sanction: fine(5000) },
    });
    expect(added.statusCode, added.body).toBe(201);
    const id = await registerLead(w, w.s.officerA, { legalBasis: ['《示例市公证服务条例》第九条'] });
    const check = async () => (await detail(w.s.leader, id)).legalBasisChecks[0];
    expect((await check()).problems).toEqual([]); // now in this node's cache

    // Another node (or an administrator in the database) repeals the document: no request of this node is involved.
    await ctx.sql(`update legal_documents set repealed_on = '2026-02-25', repeal_reason = '废止' where id = $1`, [law.documentId]);
    const after = await check();
    expect(after.problems.length + after.applied.filter((a: { rule: string }) => a.rule !== 'actTime' && a.rule !== 'lighterNewer').length).toBeGreaterThan(0);
  });
});
