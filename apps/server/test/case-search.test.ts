/**
 * The case list's search box finds a case by any part of what users remember of it: the case number or the
 * decision number ("2026", "第3号", "3号"), the party's name (a middle part too; the list still shows a citizen's
 * name masked), the power's name (案由) — on the bigram index of migration 0019, which works for Chinese text in
 * a database of any locale (the embedded PostgreSQL is locale C, where pg_trgm extracts no trigram from Chinese).
 * One character is the start only (a surname). Search stays inside the actor's scope.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { makeCaseWorld, ok, registerLead, detail, type CaseWorld } from './support/case-factory.ts';
import { publishList } from './support/power-factory.ts';
import { createTestContext, login, makeBureau, type Session, type TestBureau, type TestContext } from './support/test-app.ts';

let ctx: TestContext;
let b: TestBureau;
let w: CaseWorld;
let filed = '';
let filedNumber = '';
let company = '';
let otherPower = '';
let citizen = '';

async function search(as: Session, q: string): Promise<{ id: string; partyName: string; caseNumber: string | null }[]> {
  const r = await as.request({ method: 'GET', url: '/api/cases', query: { q, pageSize: '200' } });
  expect(r.statusCode, r.body).toBe(200);
  return r.json().items;
}
const ids = async (as: Session, q: string) => (await search(as, q)).map((i) => i.id).sort();

beforeAll(async () => {
  ctx = await createTestContext();
  b = await makeBureau(ctx);
  w = await makeCaseWorld(ctx, b);
  // A second published power whose name is searched (the world's power is named 事项CF-LS-001).
  // The new version copies CF-LS-001 and adds it.
  const list = await publishList(w.s.supervisor, w.s.leader, [
    { code: 'CF-LS-002', name: '对律师事务所违规接受委托的处罚', basis: [{ law: '中华人民共和国律师法', article: '第四十七条' }] },
  ]);
  otherPower = list.powerIds['CF-LS-002']!;
  citizen = await registerLead(w, w.s.officerA, { party: { kind: 'citizen', name: '欧阳小明', idNumber: '320102198503010014', address: '示例市玄武区某路1号', birthDate: '1985-03-01' } });
  company = await registerLead(w, w.s.officerA, {
    powerId: otherPower,
    party: { kind: 'organisation', name: 'ABC律师事务所', idNumber: '91320100MA1XXXXX0X', address: '示例市鼓楼区某路2号' },
  });
  // Filed through the API: the case number is assigned by an update, and the index follows it.
  filed = await registerLead(w, w.s.officerA, { party: { kind: 'citizen', name: '李四', idNumber: '320102199001011234', address: '示例市', birthDate: '1990-01-01' } });
  await ok(w.s.leader, filed, 'fileCase', { opinion: '同意立案' });
  filedNumber = (await detail(w.s.leader, filed)).caseNumber as string;
}, 180_000);

describe('the search box finds a case by any part', () => {
  it('of its case number: the year, the serial, "第n号", "n号"', async () => {
    const m = /〔(\d{4})〕第(\d+)号$/.exec(filedNumber);
    expect(m, filedNumber).not.toBeNull();
    const [, year, serial] = m!;
    for (const part of [filedNumber, year!, `第${serial}号`, `${serial}号`, `〔${year}〕`]) expect(await ids(w.s.leader, part), part).toContain(filed);
    expect(await ids(w.s.leader, `第${serial}号`)).not.toContain(citizen);
    expect(await ids(w.s.leader, `第${Number(serial) + 100}号`)).toEqual([]);
  });

  it("of the party's name, a middle part too, and shows a citizen's name masked all the same", async () => {
    expect(await ids(w.s.leader, '小明')).toEqual([citizen]);
    expect(await ids(w.s.leader, '阳小')).toEqual([citizen]);
    expect((await search(w.s.leader, '小明')).map((i) => i.partyName)).toEqual(['欧**明']);
    expect(await ids(w.s.leader, '事务所')).toEqual([company]);
    // Latin letters in either case.
    expect(await ids(w.s.leader, 'abc律师')).toEqual([company]);
    expect(await ids(w.s.leader, 'BC')).toEqual([company]);
  });

  it("of the power's name (案由) in the published list", async () => {
    expect(await ids(w.s.leader, '违规接受委托')).toEqual([company]);
    expect(await ids(w.s.leader, 'CF-LS-001')).toEqual([citizen, filed].sort());
  });

  it('one character is the start only (a surname); what matches nowhere finds nothing', async () => {
    expect(await ids(w.s.leader, '欧')).toEqual([citizen]);
    expect(await ids(w.s.leader, '明')).toEqual([]);
    expect(await ids(w.s.leader, '小红')).toEqual([]);
    expect(await ids(w.s.leader, '明阳')).toEqual([]);
    // Every bigram of the term is in the case number (02, 20, 26 of 2026), the term is not: the LIKE decides.
    const year = /〔(\d{4})〕/.exec(filedNumber)![1]!;
    expect(year.startsWith('20')).toBe(true);
    expect(await ids(w.s.leader, `0${year}`)).toEqual([]);
  });

  it("stays inside the actor's scope and the bureau", async () => {
    expect(await ids(w.s.officerB, '小明')).toEqual([]);
    expect(await ids(w.s.officerB, '违规接受委托')).toEqual([]);
    const other = await makeBureau(ctx, '另一个司法局');
    const s = await login(ctx, other.users['leader']!);
    expect(await ids(s, '小明')).toEqual([]);
    expect(await ids(s, '违规接受委托')).toEqual([]);
  });
});
