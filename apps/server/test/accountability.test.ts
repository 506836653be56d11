/**
 * 责任追究 (issue 6, portal): the public page's data without login (statutory grounds with their articles, the
 * bureau's own rules), and the bureau's rules as versioned, audited configuration — only 公示发布 at bureau scope
 * may save (403 with the reason otherwise), bad input is refused in Chinese and changes nothing, a stale version is a
 * 409, every save is a new version with its audit row, and old versions can be neither changed nor deleted.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { accountabilityRules } from '../src/modules/accountability/accountability.table.ts';
import { auditEvents } from '../src/platform/audit/audit.table.ts';
import { DEMO_ACCOUNTABILITY_RULES } from '../src/seed/demo-accountability.ts';
import { createTestContext, login, makeBureau, type Session, type TestBureau, type TestContext } from './support/test-app.ts';

let ctx: TestContext;
let b: TestBureau;
const s: Record<'leader' | 'supervisor' | 'headA' | 'officerA' | 'reviewer', Session> = {} as never;

beforeAll(async () => {
  ctx = await createTestContext();
  b = await makeBureau(ctx);
  for (const k of ['leader', 'supervisor', 'headA', 'officerA', 'reviewer'] as const) s[k] = await login(ctx, b.users[k]!);
});

const body = {
  title: '测试市司法局行政执法过错责任追究办法',
  documentNumber: '测司规〔2026〕2号',
  effectiveOn: '2026-04-01',
  paragraphs: ['第一条 为了规范行政执法行为，制定本办法。', '第二条 本办法自2026年4月1日起施行。'],
  reportUnit: '测试市司法局行政执法协调监督科',
  reportPhone: '0000-87654321',
  reportAddress: '测试市政务路2号',
  reportEmail: 'jiandu@example.gov.cn',
  reportHours: '工作日 9:00—17:00',
};

const publicGet = (query = `?bureauId=${b.id}`) => ctx.app.inject({ method: 'GET', url: `/api/public/accountability${query}` });
const put = (who: Session, payload: Record<string, unknown>) => who.request({ method: 'PUT', url: '/api/accountability/rules', payload });
const rowsOf = () => ctx.db.select().from(accountabilityRules).where(eq(accountabilityRules.bureauId, b.id));
const auditsOf = () =>
  ctx.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.action, 'accountability.rules.update'), eq(auditEvents.objectId, b.id)))
    .orderBy(auditEvents.seq);

describe('public accountability page data', () => {
  it('is served without login: the statutory grounds grouped by law, each with its article, cacheable for a minute', async () => {
    const r = await publicGet();
    expect(r.statusCode, r.body).toBe(200);
    expect(r.headers['cache-control']).toBe('public, max-age=60');
    const data = r.json();
    expect(data.bureauName).toBe('测试市司法局');
    expect(data.laws.map((l: { shortTitle: string }) => l.shortTitle)).toEqual([
      '行政处罚法',
      '行政许可法',
      '行政强制法',
      '行政执法监督条例',
    ]);
    const penalty = data.laws[0];
    expect(penalty.chapter).toBe('第七章 法律责任');
    const art76 = penalty.provisions.find((p: { article: string }) => p.article === '第七十六条第一款');
    expect(art76.consequence).toContain('责令改正');
    expect(art76.forms).toEqual(['责令改正', '处分']);
    expect(art76.triggers).toHaveLength(5);
    expect(art76.triggers[4]).toEqual({ item: '（五）', summary: '执法人员未取得执法证件的' });
    expect(penalty.provisions.map((p: { article: string }) => p.article)).toContain('第八十三条');
    expect(data.forms.find((f: { id: string }) => f.id === 'sanction').description).toContain('警告、记过、记大过、降级、撤职、开除');
    expect(data.basis[0]).toMatchObject({ law: '行政处罚法', article: '第七十五条第二款' });
    // Nothing saved yet for this bureau.
    expect(data.rules).toBeNull();
  });

  it('answers a malformed bureau id with a Chinese 400 that is not cached', async () => {
    const r = await publicGet('?bureauId=abc');
    expect(r.statusCode).toBe(400);
    expect(r.json().message).toContain('bureauId');
    expect(r.headers['cache-control']).toBe('no-store');
  });
});

describe('the bureau’s own rules (versioned configuration)', () => {
  it('may be saved only with 公示发布 at bureau scope; others read them and see why they cannot edit', async () => {
    for (const who of ['officerA', 'headA', 'reviewer'] as const) {
      const r = await put(s[who], { ...body, version: 0, changeNote: '首次发布' });
      expect(r.statusCode, who).toBe(403);
      expect(r.json().message).toContain('公示发布');
      const view = await s[who].request({ method: 'GET', url: '/api/accountability/rules' });
      expect(view.statusCode).toBe(200);
      expect(view.json()).toMatchObject({ current: null, history: [], edit: { allowed: false } });
      expect(view.json().edit.reason).toContain('公示发布');
    }
    expect(await rowsOf()).toHaveLength(0);
    expect(await auditsOf()).toHaveLength(0);
    expect((await ctx.app.inject({ method: 'GET', url: '/api/accountability/rules' })).statusCode).toBe(401);
  });

  it('a first save is version 1 with its audit row, and the portal shows it', async () => {
    const r = await put(s.leader, { ...body, version: 0, changeNote: '首次发布' });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json().edit).toEqual({ allowed: true, reason: null });
    expect(r.json().current).toMatchObject({ ...body, version: 1, demo: false, changeNote: '首次发布', updatedByName: 'leader' });
    const audits = await auditsOf();
    expect(audits).toHaveLength(1);
    expect(audits[0]!.summary).toMatchObject({ version: 1, changeNote: '首次发布', paragraphCount: 2 });
    expect(audits[0]!.actorId).toBe(b.users['leader']!.id);
    const pub = (await publicGet()).json().rules;
    expect(pub).toMatchObject({
      title: body.title,
      documentNumber: body.documentNumber,
      effectiveOn: '2026-04-01',
      version: 1,
      demo: false,
    });
    expect(pub.paragraphs).toEqual(body.paragraphs);
    // The portal never shows who wrote it or the internal note.
    expect(pub).not.toHaveProperty('updatedByName');
    expect(pub).not.toHaveProperty('changeNote');
  });

  it('refuses bad input with a Chinese 400 and changes nothing', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ title: '  ' }, 'title', '请填写办法名称'],
      [{ effectiveOn: '2026-02-30' }, 'effectiveOn', '施行日期'],
      [{ paragraphs: [] }, 'paragraphs', '请至少填写一段正文'],
      [{ paragraphs: ['第一条', ''] }, 'paragraphs.1', '请填写正文段落'],
      [{ reportPhone: '打电话' }, 'reportPhone', '受理电话格式有误'],
      [{ reportEmail: 'not-an-email' }, 'reportEmail', '电子邮箱'],
      [{ changeNote: '' }, 'changeNote', '请填写修改说明'],
      [{ reportUnit: 'x'.repeat(101) }, 'reportUnit', '不超过 100 个字'],
    ];
    for (const [over, field, message] of cases) {
      const r = await put(s.leader, { ...body, version: 1, changeNote: '修改', ...over });
      expect(r.statusCode, field).toBe(400);
      expect(r.json().code).toBe('VALIDATION_FAILED');
      expect(r.json().fieldErrors[field]?.[0], field).toContain(message);
    }
    // Saving exactly what is in force would only add an empty version.
    const same = await put(s.leader, { ...body, version: 1, changeNote: '再次保存' });
    expect(same.statusCode).toBe(400);
    expect(same.json().message).toContain('没有需要保存的修改');
    expect(await rowsOf()).toHaveLength(1);
    expect(await auditsOf()).toHaveLength(1);
  });

  it('a new version keeps the old one in the history; a stale version is a 409 that changes nothing', async () => {
    const paragraphs = [
      body.paragraphs[0]!,
      '第二条 对执法人员违法行为的举报，由行政执法协调监督科受理。',
      '第三条 本办法自2026年4月1日起施行。',
    ];
    const r = await put(s.supervisor, { ...body, paragraphs, version: 1, changeNote: '增加受理条款' });
    expect(r.statusCode, r.body).toBe(200);
    const view = r.json();
    expect(view.current).toMatchObject({ version: 2, paragraphs, changeNote: '增加受理条款', updatedByName: 'supervisor' });
    expect(view.history.map((h: { version: number }) => h.version)).toEqual([2, 1]);
    expect(view.history[1].paragraphs).toEqual(body.paragraphs);

    const stale = await put(s.leader, { ...body, reportHours: '全天', version: 1, changeNote: '改时间' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('VERSION_CONFLICT');
    expect(await rowsOf()).toHaveLength(2);

    const audits = await auditsOf();
    expect(audits).toHaveLength(2);
    expect(audits[1]!.summary).toMatchObject({ version: 2, changed: ['paragraphs'], paragraphCount: 3 });
    expect((await publicGet()).json().rules).toMatchObject({ version: 2, paragraphs });
  });

  it('two editors saving on the same version: one wins, the other gets 409', async () => {
    const [a, c] = await Promise.all([
      put(s.leader, { ...body, reportHours: '工作日上午', version: 2, changeNote: 'A' }),
      put(s.supervisor, { ...body, reportHours: '工作日下午', version: 2, changeNote: 'B' }),
    ]);
    expect([a.statusCode, c.statusCode].sort()).toEqual([200, 409]);
    expect(await rowsOf()).toHaveLength(3);
  });

  it('old versions are append-only: the database refuses to change or delete them', async () => {
    await expect(ctx.sql(`update accountability_rules set title = 'x' where bureau_id = $1`, [b.id])).rejects.toThrow(/append-only/);
    await expect(ctx.sql(`delete from accountability_rules where bureau_id = $1`, [b.id])).rejects.toThrow(/append-only/);
    expect(await rowsOf()).toHaveLength(3);
  });
});

describe('seeded 演示数据', () => {
  it('stays marked while the seeded title is kept, and is the bureau’s own once the title is replaced', async () => {
    const other = await makeBureau(ctx, '演示市司法局');
    await ctx.db.insert(accountabilityRules).values({
      bureauId: other.id,
      version: 1,
      ...DEMO_ACCOUNTABILITY_RULES,
      changeNote: '载入演示数据',
      demo: true,
      createdAt: ctx.clock.now(),
    });
    const pub = () => ctx.app.inject({ method: 'GET', url: `/api/public/accountability?bureauId=${other.id}` });
    expect((await pub()).json().rules).toMatchObject({ demo: true, title: DEMO_ACCOUNTABILITY_RULES.title });
    const leader = await login(ctx, other.users['leader']!);
    const demo = DEMO_ACCOUNTABILITY_RULES;
    const edited = await put(leader, {
      ...demo,
      paragraphs: [...demo.paragraphs.slice(0, -1), '第八条 本办法自2026年5月1日起施行。'],
      version: 1,
      changeNote: '改施行日期',
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json().current).toMatchObject({ version: 2, demo: true });
    const own = await put(leader, { ...demo, title: '演示市司法局行政执法过错责任追究办法', version: 2, changeNote: '正式发布' });
    expect(own.json().current).toMatchObject({ version: 3, demo: false });
    expect((await pub()).json().rules).toMatchObject({ version: 3, demo: false });
  });
});
