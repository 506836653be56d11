/**
 * The reviewer's finding (issue 6; SECURITY.md §3 "names of anyone other than the party"): a registered result whose
 * text named 证人李四和王小明 and 员工王大锤、赵钱孙 was published unchanged and found by a portal search for 李四.
 * Now the names after cue words are masked automatically (李某, 王某甲 …), the leak gate finds them in a hand-edited
 * text, a name-like word near a cue that was not masked is shown to the editor as 疑似姓名, and the portal never
 * finds the originals.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { bureauSubject } from './support/officer-factory.ts';
import { makeLaw, publishList } from './support/power-factory.ts';
import { createTestContext, login, makeBureau, type Session, type TestBureau, type TestContext } from './support/test-app.ts';

let ctx: TestContext;
let b: TestBureau;
let editor: Session;
let powerId = '';

beforeAll(async () => {
  ctx = await createTestContext();
  b = await makeBureau(ctx);
  editor = await login(ctx, b.users['leader']!);
  const supervisor = await login(ctx, b.users['supervisor']!);
  const reviewer = await login(ctx, b.users['reviewer']!);
  await bureauSubject(ctx, b);
  await makeLaw(reviewer, {
    title: '中华人民共和国律师法',
    articles: [{ address: { article: 5 }, text: '申请律师执业，应当具备下列条件' }],
  });
  const list = await publishList(supervisor, editor, [
    { code: 'JC-LS-001', name: '律师事务所年度检查考核', basis: [{ law: '中华人民共和国律师法', article: '第五条' }] },
  ]);
  powerId = list.powerIds['JC-LS-001']!;
}, 60_000);

const register = (content: string) =>
  editor.request({
    method: 'POST',
    url: '/api/disclosure/results',
    payload: {
      resultType: 'other',
      resultLabel: '检查结果',
      decisionNumber: `JC${Math.floor(Math.random() * 1e9)}`,
      powerId,
      departmentId: b.departments.a,
      partyKind: 'citizen',
      partyName: '陈立明',
      partyIdNumber: '320102198503010014',
      partyAddress: '南京市玄武区中山路18号3幢501室',
      partyBirthDate: '1985-03-01',
      decidedOn: '2026-02-12',
      content,
      legalBasis: ['《中华人民共和国律师法》第五条'],
    },
  });
const detail = async (id: string) => (await editor.request({ method: 'GET', url: `/api/disclosure/items/${id}` })).json();
const search = async (q: string): Promise<{ items: { id: string }[] }> =>
  (await ctx.app.inject({ method: 'GET', url: `/api/public/decisions?q=${encodeURIComponent(q)}&pageSize=50` })).json();

describe('names of other natural persons after cue words', () => {
  it("the reviewer's case: published with 李某/王某甲/王某乙/赵某, and a search for 李四 finds nothing", async () => {
    const r = await register('检查中，证人李四和王小明证实当事人陈立明在岗；员工王大锤、赵钱孙在场。李四另称无异议。');
    expect(r.statusCode, r.body).toBe(201);
    const d = await detail(r.json().id);
    expect(d.text).toContain('证人李某和王某甲证实当事人陈某在岗；员工王某乙、赵某在场。李某另称无异议。');
    expect(d.leaks).toEqual([]);
    expect(d.findings.filter((f: { kind: string }) => f.kind === 'personName').length).toBeGreaterThanOrEqual(5);
    const pub = await editor.request({ method: 'POST', url: `/api/disclosure/items/${d.id}/publish`, payload: { version: d.version } });
    expect(pub.statusCode, pub.body).toBe(200);

    const page = (await ctx.app.inject({ method: 'GET', url: `/api/public/decisions/${d.id}` })).json();
    for (const name of ['李四', '王小明', '王大锤', '赵钱孙', '陈立明']) {
      expect(page.text).not.toContain(name);
      expect(
        (await search(name)).items.map((i) => i.id),
        name,
      ).not.toContain(d.id);
    }
    expect((await search('李某')).items.map((i) => i.id)).toContain(d.id);
    // The published address keeps only 省市区县, as the register form now says.
    expect(page.text).toContain('住址：南京市玄武区***');
  });

  it('the leak gate refuses a hand-edited text that names a witness, and shows 疑似姓名 for the editor to confirm', async () => {
    const d = (await register('经查，证人当场指认，王小明为负责人。')).json();
    const before = await detail(d.id);
    expect(before.suspectedNames).toEqual(['王小明']);
    const edit = await editor.request({
      method: 'PUT',
      url: `/api/disclosure/items/${d.id}/masking`,
      payload: { version: before.version, extraPersons: [], extraHidden: [], editedText: `${before.text}\n证人赵钱孙到场。` },
    });
    expect(edit.statusCode, edit.body).toBe(200);
    expect(edit.json().leaks.map((l: { kind: string }) => l.kind)).toContain('personName');
    const refused = await editor.request({
      method: 'POST',
      url: `/api/disclosure/items/${d.id}/publish`,
      payload: { version: edit.json().version },
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().code).toBe('PII_REMAINS');
    // The editor confirms 王小明 is a person: listed in 补充隐名, it is masked and no longer a suspect.
    const fixed = await editor.request({
      method: 'PUT',
      url: `/api/disclosure/items/${d.id}/masking`,
      payload: { version: edit.json().version, extraPersons: ['王小明'], extraHidden: [], editedText: null },
    });
    expect(fixed.json().suspectedNames).toEqual([]);
    expect(fixed.json().text).toContain('王某为负责人');
    expect(fixed.json().leaks).toEqual([]);
  });
});
