/**
 * The legal-basis library (issue 4): Chinese full-text search (2- and 4-character terms, no false positives, user
 * wildcards are plain characters), article versions and repeal, the 第十六条 guard on a power's basis, law-change
 * impact, import with a row-by-row report (nothing half-written), export → import round trip, scope and bad input.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { legalArticles, legalDocuments } from '../src/modules/legal-basis/index.ts';
import { multipartFile } from './support/file-fixtures.ts';
import { bureauSubject } from './support/officer-factory.ts';
import { makeLaw, publishList, waitForImport } from './support/power-factory.ts';
import { auditCount, createTestContext, login, makeBureau, type Session, type TestBureau, type TestContext } from './support/test-app.ts';
import { eq } from 'drizzle-orm';

let ctx: TestContext;
let b: TestBureau;
const s: Record<string, Session> = {};
let lawyers: { documentId: string; articleIds: string[] };

const TEXTS = [
  '律师同时在两个以上律师事务所执业的，由设区的市级司法行政部门给予警告，可以处五千元以下的罚款',
  '律师事，事务所另有规定的，从其规定', // all four 2-grams of 律师事务所, not the phrase
  '律师应当按照规定承担法律援助义务，处２０００元罚款', // full-width digits
  '本条所称执业证书，是指律师执业证书',
  '对违反规定的，责令改正；100%的案件应当归档',
];

const search = (q: string, extra = '') => s['reviewer']!.request({ method: 'GET', url: `/api/legal/articles?q=${encodeURIComponent(q)}${extra}` });
const hitTexts = async (q: string) => {
  const r = await search(q);
  expect(r.statusCode, r.body).toBe(200);
  return (r.json().items as { text: string }[]).map((i) => i.text);
};

beforeAll(async () => {
  ctx = await createTestContext();
  b = await makeBureau(ctx);
  for (const k of ['supervisor', 'leader', 'reviewer', 'officerA', 'headA']) s[k] = await login(ctx, b.users[k]!);
  await bureauSubject(ctx, b);
  lawyers = await makeLaw(s['reviewer']!, {
    title: '中华人民共和国律师法',
    articles: TEXTS.map((text, i) => ({ address: { article: 47 + i }, text, isPenaltyProvision: i === 0 })),
  });
});

describe('article search', () => {
  it('finds a two-character term exactly where it occurs', async () => {
    const hits = await hitTexts('罚款');
    expect(hits.sort()).toEqual([TEXTS[0], TEXTS[2]].sort());
    expect(await hitTexts('律师')).toHaveLength(4);
  });

  it('finds a four-character term and drops the text that only holds its 2-grams (律师事，事务所)', async () => {
    expect(await hitTexts('律师事务所')).toEqual([TEXTS[0]]);
    expect(await hitTexts('律师 事务所')).toEqual([TEXTS[0], TEXTS[1]]);
    expect(await hitTexts('法律援助义务')).toEqual([TEXTS[2]]);
  });

  it('normalises full-width digits, and scans for a one-character term', async () => {
    expect(await hitTexts('2000')).toEqual([TEXTS[2]]);
    const r = await search('罚');
    expect(r.json()).toMatchObject({ scanned: true, total: 2 });
  });

  it('treats % _ and \\ as plain characters, never as wildcards', async () => {
    for (const q of ['%', '_', '\\', '%%', '_%_']) {
      const r = await search(q);
      expect(r.json(), q).toMatchObject({ items: [], total: 0 });
    }
    expect(await hitTexts('100%')).toEqual([TEXTS[4]]);
    const docs = (q: string) => s['reviewer']!.request({ method: 'GET', url: `/api/legal/documents?q=${encodeURIComponent(q)}` });
    expect((await docs('%')).json().total).toBe(0);
    expect((await docs('_')).json().total).toBe(0);
    expect((await docs('律师')).json().total).toBe(1);
  });

  it('filters by document, level and penalty provision, and pages with a total', async () => {
    const r = await search('律师', `&penaltyOnly=1&documentId=${lawyers.documentId}&level=law&pageSize=1`);
    expect(r.json()).toMatchObject({ total: 1, items: [{ label: '《中华人民共和国律师法》第四十七条', status: 'inForce', isPenaltyProvision: true }] });
  });
});

describe('versions, repeal and the guards of issue 4', () => {
  it('amends an article: the old text is kept up to the day before, the new one applies from its date', async () => {
    const { articleIds } = await makeLaw(s['reviewer']!, { title: '公证法', articles: [{ address: { article: 41 }, text: '公证机构以诋毁其他公证机构的手段争揽业务的，给予警告', isPenaltyProvision: true }] });
    const id = articleIds[0]!;
    const amend = await s['reviewer']!.request({ method: 'POST', url: `/api/legal/articles/${id}/amend`, payload: { text: '公证机构争揽业务的，给予警告，并处一万元以上五万元以下罚款', effectiveFrom: '2026-06-01', version: 1 } });
    expect(amend.statusCode, amend.body).toBe(200);
    expect(amend.json().versions.map((v: { effectiveFrom: string; effectiveTo: string | null }) => [v.effectiveFrom, v.effectiveTo])).toEqual([
      ['2008-06-01', '2026-05-31'],
      ['2026-06-01', null],
    ]);
    expect(await hitTexts('一万元以上')).toHaveLength(1);
    const stale = await s['reviewer']!.request({ method: 'POST', url: `/api/legal/articles/${id}/amend`, payload: { text: 'x', effectiveFrom: '2027-01-01', version: 1 } });
    expect(stale.statusCode).toBe(409);
    const early = await s['reviewer']!.request({ method: 'POST', url: `/api/legal/articles/${id}/amend`, payload: { text: 'x', effectiveFrom: '2020-01-01', version: 2 } });
    expect(early.statusCode).toBe(400);
  });

  it('flags a repealed article wherever it is used: status, the coverage check and the impact list', async () => {
    const law = await makeLaw(s['reviewer']!, { title: '基层法律服务工作者管理办法', level: 'departmentalRule', issuingBody: '司法部', articles: [{ address: { article: 46 }, text: '基层法律服务工作者违法执业的，给予警告', isPenaltyProvision: true }] });
    const list = await publishList(s['supervisor']!, s['leader']!, [{ code: 'CF-JF-001', basis: [{ law: '基层法律服务工作者管理办法（司法部令第138号）', article: '第四十六条' }] }]);
    const powerId = list.powerIds['CF-JF-001']!;
    const before = await s['supervisor']!.request({ method: 'GET', url: `/api/powers/${powerId}` });
    expect(before.json().item.basis[0].articleIds).toEqual(law.articleIds); // linked by title and address
    const repeal = await s['reviewer']!.request({ method: 'POST', url: `/api/legal/articles/${law.articleIds[0]}/repeal`, payload: { repealedOn: '2026-03-01', reason: '司法部令第999号废止', version: 1 } });
    expect(repeal.statusCode, repeal.body).toBe(200);
    expect(repeal.json()).toMatchObject({ status: 'repealed', statusLabel: '已废止', abilities: [] });
    const cov = await s['supervisor']!.request({ method: 'GET', url: `/api/powers/${powerId}` });
    const codes = cov.json().coverage.reasons.map((r: { code: string }) => r.code);
    expect(codes).toEqual(expect.arrayContaining(['BASIS_REPEALED', 'BASIS_NOT_IN_FORCE']));
    expect(cov.json().coverage.status).toBe('red');
    const impact = await s['reviewer']!.request({ method: 'GET', url: `/api/legal/articles/${law.articleIds[0]}/impact` });
    expect(impact.json()).toMatchObject({ status: 'repealed', powers: [{ id: powerId, via: 'direct', label: 'CF-JF-001 事项CF-JF-001' }] });
  });

  it('第十六条: a penalty resting only on a 规范性文件 is red, and the draft cannot be approved', async () => {
    const notice = await makeLaw(s['reviewer']!, {
      title: '某市司法局关于规范律师执业行为的通知',
      level: 'normativeDocument',
      issuingBody: '某市司法局',
      articles: [{ address: { article: 5 }, text: '律师违反本通知的，处以罚款' }],
    });
    const draft = await s['supervisor']!.request({ method: 'POST', url: '/api/power-lists', payload: {} });
    const listId = draft.json().id as string;
    const item = await s['supervisor']!.request({
      method: 'POST',
      url: `/api/power-lists/${listId}/items`,
      payload: { code: 'CF-LS-099', category: 'penalty', catalogType: '行政处罚', name: '依通知处罚', basis: [{ law: '某市司法局关于规范律师执业行为的通知', article: '第五条', gist: '', articleIds: notice.articleIds }], area: '320102' },
    });
    expect(item.statusCode, item.body).toBe(201);
    const detail = await s['supervisor']!.request({ method: 'GET', url: `/api/power-lists/${listId}` });
    expect(detail.json().problems).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'PENALTY_BASIS_NORMATIVE_ONLY', blocking: true, basis: expect.objectContaining({ article: '第十六条' }) })]));
    const approve = await s['leader']!.request({ method: 'POST', url: `/api/power-lists/${listId}/transition`, payload: { action: 'approve', version: detail.json().version } });
    expect(approve.statusCode).toBe(400);
    expect(approve.json().code).toBe('LIST_DRAFT_HAS_PROBLEMS');
    expect(approve.json().details.problems).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'PENALTY_BASIS_NORMATIVE_ONLY' })]));
    expect(approve.json().message).toContain('不能单独作为行政处罚的依据');
    const discard = await s['supervisor']!.request({ method: 'POST', url: `/api/power-lists/${listId}/transition`, payload: { action: 'discard', reason: '依据不合法', version: detail.json().version } });
    expect(discard.statusCode, discard.body).toBe(200);
  });
});

describe('library import and export', () => {
  const good = (title: string) => ({
    title,
    level: '部门规章',
    issuingBody: '司法部',
    documentNumber: '司法部令第142号',
    publishedOn: '2018-12-05',
    effectiveFrom: '2018-12-05',
    articles: [
      { address: '第六条', text: '律师事务所应当建立表彰奖励制度' },
      {
        address: '第五十条第一款第（一）项',
        isPenaltyProvision: true,
        versions: [
          { text: '旧文本：违反规定接受委托的，给予警告', effectiveFrom: '2018-12-05' },
          { text: '新文本：违反规定接受委托的，给予警告或者停业整顿', effectiveFrom: '2024-01-01', versionLabel: '2023年修正' },
        ],
      },
    ],
  });

  it('reports every malformed row; "all" writes nothing, "validOnly" writes exactly the valid documents', async () => {
    const docsBefore = (await ctx.db.select().from(legalDocuments).where(eq(legalDocuments.bureauId, b.id))).length;
    const payload = {
      documents: [
        good('律师事务所管理办法'),
        { ...good('坏级别办法'), level: '红头文件' },
        { ...good('坏条款办法'), articles: [{ address: '第四十七条至第五十条', text: '区间' }, { address: '第二条', text: '' }, { address: '第九百九十九条第一百款', text: '超界' }] },
        { ...good('重叠版本办法'), articles: [{ address: '第一条', versions: [{ text: 'a', effectiveFrom: '2019-01-01', effectiveTo: '2020-12-31' }, { text: 'b', effectiveFrom: '2020-06-01' }] }] },
        { ...good('中华人民共和国律师法') }, // already in the library
        { ...good('日期错办法'), effectiveFrom: '2018-02-30' },
      ],
    };
    const start = await s['reviewer']!.request({ method: 'POST', url: '/api/legal/imports/json', payload });
    expect(start.statusCode, start.body).toBe(202);
    const url = `/api/legal/imports/${start.json().importId}`;
    const report = await waitForImport(s['reviewer']!, url);
    expect(report).toMatchObject({ status: 'validated', format: 'json', total: 17, documents: 1, valid: 3, invalid: 14 });
    const messages = (report.errors as { row: number; message: string }[]).map((e) => e.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringContaining('效力级别：无法识别“红头文件”'),
        expect.stringContaining('条款：每行只能填写一个条款'),
        expect.stringContaining('款、项不超过第九十九'),
        expect.stringContaining('条文内容：未填写'),
        expect.stringContaining('重叠'),
        expect.stringContaining('法规库中已有《中华人民共和国律师法》'),
        expect.stringContaining('施行日期：“2018-02-30”不是有效日期'),
      ]),
    );
    const audits = await auditCount(ctx);
    const all = await s['reviewer']!.request({ method: 'POST', url: `${url}/commit`, payload: { mode: 'all' } });
    expect(all.statusCode).toBe(409);
    expect(all.json().code).toBe('IMPORT_HAS_ERRORS');
    expect((await ctx.db.select().from(legalDocuments).where(eq(legalDocuments.bureauId, b.id))).length).toBe(docsBefore);
    expect(await auditCount(ctx)).toBe(audits);
    const some = await s['reviewer']!.request({ method: 'POST', url: `${url}/commit`, payload: { mode: 'validOnly' } });
    expect(some.json()).toEqual({ documents: 1, articles: 2, skipped: 14 });
    const found = await s['reviewer']!.request({ method: 'GET', url: `/api/legal/articles?q=${encodeURIComponent('停业整顿')}` });
    expect(found.json().items[0]).toMatchObject({ label: '《律师事务所管理办法》第五十条第一款第（一）项', status: 'inForce' });
    const again = await s['reviewer']!.request({ method: 'POST', url: `${url}/commit`, payload: { mode: 'validOnly' } });
    expect(again.statusCode).toBe(409);
  });

  it('exports to Excel and the export re-imports into another bureau as the same library', async () => {
    const exp = await s['reviewer']!.request({ method: 'GET', url: '/api/legal/export.xlsx' });
    expect(exp.statusCode).toBe(200);
    expect(exp.headers['content-disposition']).toContain('attachment');
    const other = await makeBureau(ctx, '另一市司法局');
    const sup2 = await login(ctx, other.users['supervisor']!);
    const form = multipartFile(exp.rawPayload, '法规库.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const start = await sup2.request({ method: 'POST', url: '/api/legal/imports', headers: form.headers, payload: form.payload });
    expect(start.statusCode, start.body).toBe(202);
    const report = await waitForImport(sup2, `/api/legal/imports/${start.json().importId}`);
    expect(report, JSON.stringify(report.errors)).toMatchObject({ status: 'validated', errorCount: 0 });
    const commit = await sup2.request({ method: 'POST', url: `/api/legal/imports/${start.json().importId}/commit`, payload: { mode: 'all' } });
    expect(commit.statusCode, commit.body).toBe(200);
    const mine = (await ctx.db.select().from(legalArticles).where(eq(legalArticles.bureauId, b.id))).map((a) => a.text).sort();
    const theirs = (await ctx.db.select().from(legalArticles).where(eq(legalArticles.bureauId, other.id))).map((a) => a.text).sort();
    expect(theirs).toEqual(mine);
    const json = await s['reviewer']!.request({ method: 'GET', url: '/api/legal/export.json' });
    expect(json.json().documents.length).toBeGreaterThan(3);
  });
});

describe('scope, permissions and bad input', () => {
  it('another bureau’s document and article are 404; its search finds nothing of ours', async () => {
    const other = await makeBureau(ctx, '第三市司法局');
    const rev2 = await login(ctx, other.users['reviewer']!);
    expect((await rev2.request({ method: 'GET', url: `/api/legal/documents/${lawyers.documentId}` })).statusCode).toBe(404);
    expect((await rev2.request({ method: 'GET', url: `/api/legal/articles/${lawyers.articleIds[0]}` })).statusCode).toBe(404);
    expect((await rev2.request({ method: 'GET', url: `/api/legal/articles/${lawyers.articleIds[0]}/impact` })).statusCode).toBe(404);
    const amend = await rev2.request({ method: 'POST', url: `/api/legal/articles/${lawyers.articleIds[0]}/amend`, payload: { text: 'x', effectiveFrom: '2027-01-01', version: 1 } });
    expect(amend.statusCode).toBe(404);
    expect((await rev2.request({ method: 'GET', url: '/api/legal/articles?q=%E7%BD%9A%E6%AC%BE' })).json().total).toBe(0);
  });

  it('officers read the library but cannot change it; admins cannot read it', async () => {
    expect((await s['officerA']!.request({ method: 'GET', url: '/api/legal/documents' })).statusCode).toBe(200);
    const r = await s['officerA']!.request({ method: 'POST', url: '/api/legal/documents', payload: { title: '某法', level: 'law', issuingBody: '全国人大', effectiveFrom: '2020-01-01' } });
    expect(r.statusCode).toBe(403);
    const sys = await login(ctx, b.users['sysadmin']!);
    expect((await sys.request({ method: 'GET', url: '/api/legal/articles?q=律师' })).statusCode).toBe(403);
  });

  it('invalid bodies are 400 and write nothing', async () => {
    const docs = (await ctx.db.select().from(legalDocuments).where(eq(legalDocuments.bureauId, b.id))).length;
    const audits = await auditCount(ctx);
    const bad = [
      { url: '/api/legal/documents', payload: { title: '', level: 'law', issuingBody: 'x', effectiveFrom: '2020-01-01' } },
      { url: '/api/legal/documents', payload: { title: '某法', level: 'constitution', issuingBody: 'x', effectiveFrom: '2020-01-01' } },
      { url: '/api/legal/documents', payload: { title: '某法', level: 'law', issuingBody: 'x', effectiveFrom: '2020-13-01' } },
      { url: `/api/legal/documents/${lawyers.documentId}/articles`, payload: { address: { article: 0 }, text: 'x' } },
      { url: `/api/legal/documents/${lawyers.documentId}/articles`, payload: { address: { article: 60 }, text: '早于文件施行', effectiveFrom: '2000-01-01' } },
      { url: `/api/legal/documents/${lawyers.documentId}/articles`, payload: { address: { article: 47 }, text: '重复条款' } },
    ];
    for (const x of bad) {
      const r = await s['reviewer']!.request({ method: 'POST', ...x });
      expect([400, 409], `${x.url} ${r.body}`).toContain(r.statusCode);
      expect(r.json().message).toMatch(/[\u4e00-\u9fff]/);
    }
    expect((await ctx.db.select().from(legalDocuments).where(eq(legalDocuments.bureauId, b.id))).length).toBe(docs);
    expect(await auditCount(ctx)).toBe(audits);
  });
});
