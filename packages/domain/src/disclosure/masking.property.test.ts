/**
 * Masking as a property (issue 6; SECURITY.md battery item 24): generated decision texts with embedded IDs (valid
 * checksums), phones, landlines, Luhn-valid cards, e-mails, addresses, names (listed by the case, and unlisted ones
 * after cue words such as 证人李四和王小明) and plates come out with zero leaks —
 * scanForLeaks finds nothing and no original appears — while organisations' names and codes and the near misses
 * (document numbers, dates, amounts, articles) stay exactly as written.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { idCardCheckChar } from '../identity/personal-data.ts';
import { usccCheckChar } from '../subjects/uscc.ts';
import { maskDecisionText, scanForLeaks } from './mask.ts';
import { luhnValid } from './pii-numbers.ts';
import { DEFAULT_MASKING_POLICY, type MaskingContext, type MaskingPolicy } from './pii-types.ts';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const SURNAMES = [
  '张',
  '李',
  '刘',
  '陈',
  '杨',
  '赵',
  '黄',
  '周',
  '吴',
  '徐',
  '孙',
  '马',
  '朱',
  '胡',
  '郭',
  '何',
  '林',
  '罗',
  '高',
  '郑',
  '欧阳',
  '司马',
];
const GIVEN = [...'伟芳娜敏静丽强磊洋艳勇军杰娟涛超秀霞平刚桂英华玉萍红鹏辉斌宇'];
const name = fc
  .tuple(fc.constantFrom(...SURNAMES), fc.array(fc.constantFrom(...GIVEN), { minLength: 1, maxLength: 2 }))
  .map(([s, g]) => s + g.join(''));

const idCard = fc
  .tuple(
    fc.constantFrom('320102', '320104', '110105', '440305', '320506', '510107'),
    fc.integer({ min: 1950, max: 2008 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 28 }),
    fc.integer({ min: 0, max: 999 }),
  )
  .map(([r, y, m, d, s]) => {
    const first17 = `${r}${y}${pad(m)}${pad(d)}${pad(s, 3)}`;
    return first17 + idCardCheckChar(first17);
  });

const fullWidth = (s: string) => s.replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const mobile = fc
  .tuple(fc.constantFrom(...'3456789'), fc.stringMatching(/^\d{9}$/), fc.constantFrom('plain', 'dash', 'space', 'plus86', 'fullWidth'))
  .map(([second, rest, style]) => {
    const d = `1${second}${rest}`;
    const [a, b, c] = [d.slice(0, 3), d.slice(3, 7), d.slice(7)];
    const shown = { plain: d, dash: `${a}-${b}-${c}`, space: `${a} ${b} ${c}`, plus86: `+86 ${a} ${b} ${c}`, fullWidth: fullWidth(d) }[
      style
    ];
    return { digits: d, shown };
  });
const landline = fc
  .tuple(fc.constantFrom('025', '010', '0512', '021'), fc.stringMatching(/^[2-8]\d{7}$/))
  .map(([area, local]) => `${area}-${local}`);
const card = fc.tuple(fc.integer({ min: 16, max: 19 }), fc.stringMatching(/^\d{17}$/)).map(([len, digits]) => {
  const body = `62${digits}`.slice(0, len - 1);
  return [...'0123456789'].map((c) => body + c).find(luhnValid)!;
});
const email = fc
  .tuple(fc.stringMatching(/^[a-z]{3,8}[0-9]{0,3}$/), fc.constantFrom('qq.com', '163.com', 'example.com.cn', 'sj.gov.cn'))
  .map(([local, domain]) => `${local}@${domain}`);
const plate = fc
  .tuple(
    fc.constantFrom(...'京沪苏浙粤川鄂湘'),
    fc.constantFrom(...'ABCDEFGHJKLMNPQRSTUVWXYZ'),
    fc.oneof(fc.stringMatching(/^[0-9A-HJ-NP-Z]{4}[0-9]$/), fc.stringMatching(/^D[0-9]{5}$/)),
  )
  .map(([p, l, s]) => p + l + s);
const address = fc
  .tuple(
    fc.constantFrom('江苏省南京市玄武区', '江苏省苏州市吴中区', '南京市鼓楼区', ''),
    fc.constantFrom('中山路', '北京东路', '珠江路', '汉中路', '龙蟠中路', '金山村'),
    fc.integer({ min: 1, max: 999 }),
    fc.option(fc.tuple(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 101, max: 2604 }))),
  )
  .map(([prefix, road, no, unit]) => {
    const tail = `${road}${no}号${unit ? `${unit[0]}幢${unit[1]}室` : ''}`;
    return { full: prefix + tail, tail };
  });

const ORGS = ['示例市恒达律师事务所', '南京德润商贸有限公司', '江苏明德司法鉴定所'].map((orgName, i) => {
  const body = `913201${i}2MA1W2X3Y4`;
  return { name: orgName, uscc: body + usccCheckChar(body) };
});

const nearMisses = fc
  .tuple(
    fc.integer({ min: 2021, max: 2030 }),
    fc.integer({ min: 1, max: 999 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 28 }),
  )
  .chain(([y, n, m, d]) =>
    fc.tuple(
      fc.constant(`示司罚决字〔${y}〕第${n}号`),
      fc.constant(`${y}年${m}月${d}日`),
      fc.constant(`${y}${pad(m)}${pad(d)}`),
      fc.integer({ min: 1, max: 999_999 }).map((yuan) => `${yuan}元`),
      fc.constantFrom('第四十八条', '第48条', '第二十八条第一款'),
    ),
  );

/** Names the case does NOT list, introduced by a cue word, alone or as an enumeration (证人李四和王小明、赵六). */
const CUE_TEMPLATES: ((names: string) => string)[] = [
  (n) => `证人${n}证实上述事实`,
  (n) => `见证人${n}在场`,
  (n) => `委托代理人${n}到场`,
  (n) => `法定代理人：${n}`,
  (n) => `受害人${n}陈述`,
  (n) => `举报人${n}称`,
  (n) => `员工${n}`,
  (n) => `当事人之母${n}签字确认`,
  (n) => `当事人与${n}同住`,
];
const cuedNames = fc
  .tuple(
    fc.constantFrom(...CUE_TEMPLATES),
    fc.uniqueArray(name, { minLength: 1, maxLength: 3 }),
    fc.array(fc.constantFrom('、', '和', '与', '及'), { minLength: 2, maxLength: 2 }),
  )
  .map(([template, names, joiners]) => {
    // 与…同住 names one person.
    const listed = template(' ').includes('同住') ? names.slice(0, 1) : names;
    const joined = listed.map((n, i) => (i === 0 ? n : (joiners[i - 1] ?? '、') + n)).join('');
    return { segment: template(joined), names: listed };
  });

const decision = fc
  .record({
    people: fc.uniqueArray(name, { minLength: 1, maxLength: 4 }),
    unlisted: cuedNames,
    id: idCard,
    phone: mobile,
    landline,
    card,
    email,
    plate,
    home: address,
    homeKnown: fc.boolean(),
    org: fc.constantFrom(...ORGS),
    near: nearMisses,
    joiners: fc.array(fc.constantFrom('，', '。', '；', '\n', '、', '：'), { minLength: 24, maxLength: 24 }),
    order: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 24, maxLength: 24 }),
  })
  .map((g) => {
    const [party, ...witnesses] = g.people as [string, ...string[]];
    const [docNo, date, dateCode, amount, article] = g.near;
    const segments = [
      `当事人${party}，身份证号码${g.id}，住${g.home.full}`,
      `联系电话${g.phone.shown}`,
      `座机${g.landline}`,
      `电子邮箱${g.email}`,
      `银行卡号${g.card}`,
      `驾驶${g.plate}号车辆`,
      ...witnesses.map((w) => `证人${w}证实当事人${party}在场`),
      g.unlisted.segment,
      `${g.org.name}（统一社会信用代码${g.org.uscc}）`,
      `文书编号${docNo}`,
      `本局于${date}立案`,
      `日期代码${dateCode}`,
      `罚款${amount}`,
      `依据《行政处罚法》${article}`,
      '经查',
      '限于收到本决定书之日起十五日内缴纳罚款',
    ];
    const order = segments.map((s, i) => ({ s, k: g.order[i] ?? 0 })).sort((a, b) => a.k - b.k);
    const text = order.map(({ s }, i) => s + (g.joiners[i] ?? '。')).join('');
    const context: MaskingContext = {
      party: { kind: 'citizen', name: party },
      otherPersons: witnesses,
      personalAddresses: g.homeKnown ? [g.home.full] : [],
      organisations: [g.org],
    };
    const secrets = [
      party,
      ...witnesses,
      ...g.unlisted.names,
      g.id,
      g.phone.shown,
      g.phone.digits,
      g.landline,
      g.card,
      g.email,
      g.plate,
      g.home.tail,
    ];
    return { text, context, secrets, kept: [g.org.name, g.org.uscc, docNo, date, dateCode, amount, article] };
  });

const count = (text: string, part: string) => text.split(part).length - 1;

const policy = fc.record({
  partyName: fc.constantFrom('surnameMou', 'surnameStars'),
  otherNames: fc.constantFrom('surnameMou', 'surnameStars', 'anonymous'),
  numbers: fc.constantFrom('hidden', 'partial'),
  maskIdLikeWithBadChecksum: fc.boolean(),
  maskDigitRunsFrom: fc.constantFrom(12, null),
  addressPrefix: fc.constantFrom('county', 'none'),
}) as fc.Arbitrary<MaskingPolicy>;

describe('masking generated decision texts', () => {
  it('leaves zero leaks and keeps organisations and near misses (default policy)', () => {
    fc.assert(
      fc.property(decision, ({ text, context, secrets, kept }) => {
        const masked = maskDecisionText(text, context, DEFAULT_MASKING_POLICY);
        expect(scanForLeaks(masked.text, context)).toEqual([]);
        for (const s of secrets) expect(masked.text).not.toContain(s);
        for (const k of kept) expect(count(masked.text, k)).toBe(count(text, k));
        expect(masked.findings.some((f) => f.kind === 'idCard' && f.rule === 'checksum')).toBe(true);
        expect(maskDecisionText(masked.text, context).findings).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('leaves zero leaks under every masking policy', () => {
    fc.assert(
      fc.property(decision, policy, ({ text, context, secrets, kept }, p) => {
        const masked = maskDecisionText(text, context, p);
        expect(scanForLeaks(masked.text, context, p)).toEqual([]);
        for (const s of secrets) expect(masked.text).not.toContain(s);
        for (const k of kept.slice(0, 2)) expect(count(masked.text, k)).toBe(count(text, k));
      }),
      { numRuns: 200 },
    );
  });

  it('without the case context the scan still finds every ID, phone, card, e-mail and plate of the raw text', () => {
    fc.assert(
      fc.property(decision, ({ text }) => {
        const found = new Set(scanForLeaks(text).map((l) => l.kind));
        for (const k of ['idCard', 'mobile', 'landline', 'bankCard', 'email', 'plate'] as const) expect(found).toContain(k);
      }),
      { numRuns: 100 },
    );
  });
});
