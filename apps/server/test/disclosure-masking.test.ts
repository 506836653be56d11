/**
 * Masking as a property, end to end (issue 6; SECURITY.md §3): generated decisions — the party's checksum-valid
 * 18-digit ID, a witness's 15-digit ID, mobile and landline numbers, Luhn-valid bank cards, e-mails, the party's
 * address, other natural persons' names and licence plates in the facts and evidence — are decided through the API,
 * the editor lists the witnesses (the masker does not guess names), publishes, and then NO original appears in any
 * portal answer: the decision's JSON, the listing, the search results (a search for any secret finds nothing), the
 * CSV export or the sitemap.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { idCardCheckChar, luhnValid } from '@quanze/domain';
import { FINE_500, decisionBody, makeCase, makeCaseWorld, ok, type CaseWorld } from './support/case-factory.ts';
import { createTestContext, makeBureau, type TestContext } from './support/test-app.ts';

let ctx: TestContext;
let w: CaseWorld;

beforeAll(async () => {
  ctx = await createTestContext();
  const b = await makeBureau(ctx);
  w = await makeCaseWorld(ctx, b);
});

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const SURNAMES = ['张', '李', '刘', '陈', '杨', '黄', '周', '吴', '徐', '孙', '马', '朱', '胡', '郭', '林', '欧阳', '司马'];
const GIVEN = [...'伟芳娜敏静丽强磊洋艳勇军杰娟涛超秀霞刚桂英华玉萍红鹏辉斌宇'];
const personName = fc
  .tuple(fc.constantFrom(...SURNAMES), fc.array(fc.constantFrom(...GIVEN), { minLength: 1, maxLength: 2 }))
  .map(([s, g]) => s + g.join(''));
const REGIONS = ['320102', '320104', '110105', '440305', '320506', '510107'];
const id18 = fc
  .tuple(
    fc.constantFrom(...REGIONS),
    fc.integer({ min: 1950, max: 2000 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 28 }),
    fc.integer({ min: 0, max: 999 }),
  )
  .map(([r, y, m, d, s]) => {
    const first17 = `${r}${y}${pad(m)}${pad(d)}${pad(s, 3)}`;
    return { id: first17 + idCardCheckChar(first17), birthDate: `${y}-${pad(m)}-${pad(d)}` };
  });
const id15 = fc
  .tuple(
    fc.constantFrom(...REGIONS),
    fc.integer({ min: 40, max: 99 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 28 }),
    fc.integer({ min: 0, max: 999 }),
  )
  .map(([r, y, m, d, s]) => `${r}${y}${pad(m)}${pad(d)}${pad(s, 3)}`);
const mobile = fc.tuple(fc.constantFrom(...'3456789'), fc.stringMatching(/^\d{9}$/)).map(([second, rest]) => `1${second}${rest}`);
const landline = fc.tuple(fc.constantFrom('025', '010', '0512', '021'), fc.stringMatching(/^[2-8]\d{7}$/)).map(([a, l]) => `${a}-${l}`);
const card = fc.tuple(fc.integer({ min: 16, max: 19 }), fc.stringMatching(/^\d{17}$/)).map(([len, digits]) => {
  const body = `62${digits}`.slice(0, len - 1);
  return [...'0123456789'].map((c) => body + c).find(luhnValid)!;
});
const email = fc
  .tuple(fc.stringMatching(/^[a-z]{3,8}[0-9]{0,3}$/), fc.constantFrom('qq.com', '163.com', 'example.com.cn'))
  .map(([l, d]) => `${l}@${d}`);
const plate = fc
  .tuple(fc.constantFrom(...'京沪苏浙粤川'), fc.constantFrom(...'ABCDEFGHJKLMN'), fc.stringMatching(/^[0-9A-HJ-NP-Z]{4}[0-9]$/))
  .map(([p, l, s]) => p + l + s);
const address = fc
  .tuple(
    fc.constantFrom('江苏省南京市玄武区', '南京市鼓楼区', '江苏省苏州市吴中区'),
    fc.constantFrom('中山路', '北京东路', '珠江路', '汉中路'),
    fc.integer({ min: 1, max: 999 }),
    fc.integer({ min: 101, max: 2604 }),
  )
  .map(([prefix, road, no, room]) => ({ full: `${prefix}${road}${no}号${room}室`, tail: `${road}${no}号${room}室` }));

const decision = fc
  .record({
    people: fc.uniqueArray(personName, { minLength: 2, maxLength: 3 }),
    party: id18,
    witnessId: id15,
    phone: mobile,
    landline,
    card,
    email,
    plate,
    home: address,
  })
  .filter(({ people }) => people.every((a, i) => people.every((b, j) => i === j || !b.includes(a))));

const portal = (url: string) => ctx.app.inject({ method: 'GET', url });

describe('published decisions leak nothing (property, through the API)', () => {
  it('zero leaks in the decision JSON, listing, search results, export and sitemap', async () => {
    await fc.assert(
      fc.asyncProperty(decision, async (g) => {
        const [party, ...witnesses] = g.people as [string, ...string[]];
        const id = await makeCase(w, 'partyHeard', FINE_500, {
          lead: { party: { kind: 'citizen', name: party, idNumber: g.party.id, address: g.home.full, birthDate: g.party.birthDate } },
        });
        const facts =
          `当事人${party}（身份证号码${g.party.id}，住${g.home.full}，联系电话${g.phone}）同时在两个律师事务所执业。` +
          witnesses.map((x) => `证人${x}（身份证号${g.witnessId}）证实当事人${party}驾驶${g.plate}号车辆往返两所`).join('；') +
          `。当事人通过银行卡${g.card}收取费用，并以电子邮箱${g.email}、座机${g.landline}联系委托人。`;
        await ok(w.s.leader, id, 'decide', {
          ...decisionBody(FINE_500),
          facts,
          partyAddress: g.home.full,
          evidence: ['询问笔录', `${witnesses[0]}的证言`, `银行卡${g.card}的交易明细`],
        });
        const queue = (await w.s.leader.request({ method: 'GET', url: '/api/disclosure/queue?state=pending&pageSize=100' })).json();
        const item = queue.items.find((i: { caseId: string }) => i.caseId === id);
        expect(item).toBeTruthy();
        const listed = await w.s.leader.request({
          method: 'PUT',
          url: `/api/disclosure/items/${item.id}/masking`,
          payload: { version: item.version, extraPersons: witnesses, extraHidden: [], editedText: null },
        });
        expect(listed.json().leaks).toEqual([]);
        const pub = await w.s.leader.request({
          method: 'POST',
          url: `/api/disclosure/items/${item.id}/publish`,
          payload: { version: listed.json().version },
        });
        expect(pub.statusCode, pub.body).toBe(200);

        const secrets = [party, ...witnesses, g.party.id, g.witnessId, g.phone, g.landline, g.card, g.email, g.plate, g.home.tail];
        const detail = await portal(`/api/public/decisions/${item.id}`);
        expect(detail.statusCode).toBe(200);
        expect(detail.json().partyDisplay).not.toBe(party);
        const bodies = [
          detail.body,
          (await portal('/api/public/decisions?pageSize=50')).body,
          (await portal('/api/public/decisions/export.csv')).body,
          (await portal('/sitemap.xml')).body,
        ];
        for (const body of bodies) for (const s of secrets) expect(body).not.toContain(s);
        for (const s of secrets) {
          const found = await portal(`/api/public/decisions?q=${encodeURIComponent(s)}&pageSize=50`);
          expect(found.body).not.toContain(item.id);
        }
        // the decision is there and findable by what is public
        const byTerm = await portal(`/api/public/decisions?q=${encodeURIComponent('两个律师事务所')}&pageSize=50`);
        expect(byTerm.json().items.map((i: { id: string }) => i.id)).toContain(item.id);
      }),
      { numRuns: 8 },
    );
  });
});
