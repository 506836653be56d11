import { describe, expect, it } from 'vitest';
import { idCardCheckChar } from '../identity/personal-data.ts';
import { usccCheckChar } from '../subjects/uscc.ts';
import { maskDecisionText, scanForLeaks } from './mask.ts';
import { luhnValid } from './pii-numbers.ts';
import { DEFAULT_MASKING_POLICY, type MaskingContext, type MaskingPolicy } from './pii-types.ts';

const ORG: MaskingContext = { party: { kind: 'organisation', name: '示例市恒达律师事务所' } };
const mask = (text: string, context: MaskingContext = ORG, policy: MaskingPolicy = DEFAULT_MASKING_POLICY) =>
  maskDecisionText(text, context, policy);
const kinds = (text: string, context?: MaskingContext, policy?: MaskingPolicy) => mask(text, context, policy).findings.map((f) => f.kind);
const LENIENT: MaskingPolicy = { ...DEFAULT_MASKING_POLICY, maskIdLikeWithBadChecksum: false, maskDigitRunsFrom: null };

const id = (first17: string) => first17 + idCardCheckChar(first17);
const ID = id('32010219900307123'); // …1239
const ID_X = id('11010519491231002'); // …002X
const luhn = (body: string) => [...'0123456789'].map((d) => body + d).find(luhnValid)!;
const CARD16 = '4111111111111111';
const CARD19 = luhn('622202123456789012');

describe('ID-card numbers (GB 11643)', () => {
  it.each([
    ['plain', `身份证号码${ID}。`],
    ['check character X', `身份证号码${ID_X}，`],
    ['lower-case x', `身份证号码${ID_X.toLowerCase()}，`],
    ['grouped with spaces', `身份证号码 ${ID.slice(0, 6)} ${ID.slice(6, 14)} ${ID.slice(14)}。`],
    ['full-width digits', `身份证号码${[...ID].map((c) => (c === 'X' ? 'Ｘ' : String.fromCharCode(c.charCodeAt(0) + 0xfee0))).join('')}。`],
    ['glued to letters', `ID:${ID}。`],
  ])('masks a checksum-valid ID: %s', (_label, text) => {
    const r = mask(text);
    expect(r.findings.map((f) => [f.kind, f.rule])).toEqual([['idCard', 'checksum']]);
    expect(r.text).not.toMatch(/\d{6}/);
    expect(scanForLeaks(r.text)).toEqual([]);
  });

  it('masks an ID with a wrong check digit but a real birth date (strict), and leaves it when told to', () => {
    const bad = ID.slice(0, 17) + (ID[17] === '0' ? '1' : '0');
    expect(mask(`号码${bad}。`).findings[0]).toMatchObject({ kind: 'idCard', rule: 'heuristic' });
    expect(kinds(`号码${bad}。`, ORG, LENIENT)).toEqual([]);
  });

  it('an 18-digit run without a real birth date is not an ID; the strict run-length rule still hides it', () => {
    const noDate = '320102199013071234';
    expect(mask(`编号${noDate}。`).findings[0]).toMatchObject({ kind: 'longNumber' });
    expect(kinds(`编号${noDate}。`, ORG, LENIENT)).toEqual([]);
  });

  it('masks 15-digit old numbers', () => {
    expect(kinds('旧身份证号码320102900307123。', ORG, LENIENT)).toEqual(['idCard15']);
  });

  it('partial style keeps region and last four, as the identity masker does', () => {
    const r = mask(`身份证号码${ID}。`, ORG, { ...DEFAULT_MASKING_POLICY, numbers: 'partial' });
    expect(r.text).toBe(`身份证号码${ID.slice(0, 6)}********${ID.slice(-4)}。`);
  });
});

describe('phone numbers', () => {
  it.each([
    ['13905140001', '***********'],
    ['139-0514-0001', '***-****-****'],
    ['139 0514 0001', '*** **** ****'],
    ['+86 139 0514 0001', '+** *** **** ****'],
    ['8613905140001', '*************'],
    ['１３９０５１４０００１', '***********'],
  ])('mobile %s', (phone, masked) => {
    const r = mask(`联系方式：${phone}。`);
    expect(r.findings.map((f) => f.kind)).toEqual(['mobile']);
    expect(r.text).toBe(`联系方式：${masked}。`);
  });

  it('partial style shows 139****0001', () => {
    expect(mask('手机13905140001', ORG, { ...DEFAULT_MASKING_POLICY, numbers: 'partial' }).text).toBe('手机139****0001');
  });

  it.each([
    ['025-84561234', '***-********'],
    ['(025)84561234', '(***)********'],
    ['（０２５）８４５６１２３４', '（***）********'],
    ['0512-6512 3456', '****-**** ****'],
    ['010-12345678-801', '***-********-801'],
  ])('landline %s', (phone, masked) => {
    const r = mask(`座机${phone}。`);
    expect(r.findings.map((f) => f.kind)).toEqual(['landline']);
    expect(r.text).toBe(`座机${masked}。`);
  });

  it('a local number without area code is masked only when labelled', () => {
    expect(mask('联系电话：84561234。').findings[0]).toMatchObject({ kind: 'landline', rule: 'label' });
    expect(kinds('共计84561234人次。')).toEqual([]);
  });

  it('a year written next to a phone number stays', () => {
    expect(mask('电话13905140001 2026年').text).toBe('电话*********** 2026年');
    expect(mask('2026-13905140001').text).toBe('2026-***********');
  });

  it('12905140001 is not a mobile number (second digit 3–9)', () => {
    expect(kinds('编号12905140001。')).toEqual([]);
  });
});

describe('bank cards and accounts', () => {
  it.each([
    CARD16,
    CARD19,
    `${CARD19.slice(0, 4)} ${CARD19.slice(4, 8)} ${CARD19.slice(8, 12)} ${CARD19.slice(12, 16)} ${CARD19.slice(16)}`,
  ])('Luhn-valid card %s', (card) => {
    expect(mask(`银行卡${card}。`).findings[0]).toMatchObject({ kind: 'bankCard', rule: 'checksum' });
  });

  it('a Luhn-invalid 16-digit run is hidden only by the strict length rule or a label', () => {
    const bad = CARD16.slice(0, 15) + '2';
    expect(mask(`流水${bad}。`).findings[0]).toMatchObject({ kind: 'longNumber' });
    expect(kinds(`流水${bad}。`, ORG, LENIENT)).toEqual([]);
    expect(mask(`账号：${bad}。`, ORG, LENIENT).findings[0]).toMatchObject({ kind: 'bankCard', rule: 'label' });
  });
});

describe('e-mail addresses and plates', () => {
  it.each(['zhangwei@qq.com', 'zhang.wei+1@example.com.cn', 'ZW_2026@mail.sj.gov.cn'])('e-mail %s', (email) => {
    const r = mask(`邮箱为${email}。`);
    expect(r.text).toBe('邮箱为***@***。');
  });

  it.each([
    ['苏A12345', '苏A*****'],
    ['苏AD12345', '苏A******'],
    ['苏A12345D', '苏A******'],
    ['苏A·12345', '苏A·*****'],
    ['苏E1234挂', '苏E*****'],
    ['京b8x9z7', '京b*****'],
  ])('plate %s', (plate, masked) => {
    expect(mask(`驾驶${plate}号车辆`).text).toBe(`驾驶${masked}号车辆`);
  });

  it.each(['苏司罚决字', '京ICP备12345678号', '苏ABCDE', '苏A1234567', '@某某'])('not a plate or e-mail: %s', (text) => {
    expect(kinds(text).filter((k) => k === 'plate' || k === 'email')).toEqual([]);
  });
});

describe('addresses', () => {
  it('keeps the county-level prefix and hides street and number', () => {
    expect(mask('当事人住江苏省南京市玄武区中山路123号4幢501室。').text).toBe('当事人住江苏省南京市玄武区***。');
    expect(mask('居住于苏州市吴中区木渎镇金山村三组。').text).toBe('居住于苏州市吴中区***。');
    expect(mask('在阳光小区5栋1单元302室门口').text).toBe('在***门口');
  });

  it('hides everything when the policy says so', () => {
    const none = { ...DEFAULT_MASKING_POLICY, addressPrefix: 'none' } as const;
    expect(mask('住江苏省南京市玄武区中山路123号。', ORG, none).text).toBe('住***。');
  });

  it('hides a known address even without a house number', () => {
    const ctx: MaskingContext = { ...ORG, personalAddresses: ['江苏省南京市鼓楼区北京西路'] };
    expect(mask('户籍地江苏省南京市鼓楼区北京西路，现居北京西路。', ctx).text).toBe('户籍地江苏省南京市鼓楼区***，现居***。');
  });

  it('keeps an organisation address and preserved texts', () => {
    const ctx: MaskingContext = {
      party: { kind: 'organisation', name: '示例市恒达律师事务所' },
      organisations: [{ name: '示例市恒达律师事务所', address: '示例市玄武区中山路1号' }],
      preserved: ['示例市司法局（示例市玄武区北京东路41号）'],
    };
    const text = '示例市恒达律师事务所（住所：示例市玄武区中山路1号）。示例市司法局（示例市玄武区北京东路41号）';
    expect(mask(text, ctx).text).toBe(text);
  });
});

describe('names of natural persons', () => {
  const citizen = (name: string, others: string[] = []): MaskingContext => ({ party: { kind: 'citizen', name }, otherPersons: others });

  it('party by policy: 张某 (default), 张**, full; compound surnames', () => {
    expect(mask('当事人张小伟', citizen('张小伟')).text).toBe('当事人张某');
    expect(mask('当事人张小伟', citizen('张小伟'), { ...DEFAULT_MASKING_POLICY, partyName: 'surnameStars' }).text).toBe('当事人张**');
    expect(mask('当事人张小伟', citizen('张小伟'), { ...DEFAULT_MASKING_POLICY, partyName: 'full' }).text).toBe('当事人张小伟');
    expect(mask('当事人欧阳明', citizen('欧阳明')).text).toBe('当事人欧阳某');
  });

  it('others are always hidden; coinciding replacements become 甲/乙', () => {
    expect(mask('证人李娜、王芳', citizen('张伟', ['李娜', '王芳'])).text).toBe('证人李某、王某');
    expect(mask('张伟之妻张芳', citizen('张伟', ['张芳'])).text).toBe('张某甲之妻张某乙');
    expect(mask('证人李娜', citizen('张伟', ['李娜']), { ...DEFAULT_MASKING_POLICY, otherNames: 'anonymous' }).text).toBe('证人某某');
    const full = { ...DEFAULT_MASKING_POLICY, partyName: 'full' } as const;
    expect(mask('张伟之妻张芳', citizen('张伟', ['张芳']), full).text).toBe('张伟之妻张某');
  });

  it('matches longer names first and reports one-character names as skipped', () => {
    expect(mask('张三丰与张三', citizen('张三', ['张三丰'])).text).toBe('张某乙与张某甲');
    expect(mask('证人伟', citizen('张三', ['伟'])).skippedNames).toEqual(['伟']);
  });

  it('organisations keep their name and unified social credit code', () => {
    const body = '91320102123456789';
    const uscc = body + usccCheckChar(body);
    const ctx: MaskingContext = { ...citizen('张伟'), organisations: [{ name: '示例市德润公证处', uscc }] };
    const text = `示例市德润公证处（统一社会信用代码${uscc}）`;
    expect(mask(text, ctx).text).toBe(text);
  });
});

describe('near misses that must stay', () => {
  it.each([
    '示司罚决字〔2026〕第1号',
    '苏司罚决字第12号',
    '国办发〔2018〕118号',
    '国务院令第825号',
    '（2026）苏0102行初123号',
    '依据《行政处罚法》第四十八条第二款、第48条第1项',
    '2026年1月1日',
    '20260101',
    '2026-01-01',
    '14:30',
    '罚款5000元',
    '罚款人民币伍仟元（¥5,000.00）',
    '乘坐地铁3号线',
    '2026年第3号公告',
    '共3户',
    '12345热线',
  ])('%s', (text) => {
    expect(mask(text).findings).toEqual([]);
    expect(scanForLeaks(text)).toEqual([]);
  });
});

describe('findings', () => {
  it('locate each change in the original and in the masked text, and masking twice changes nothing', () => {
    const ctx: MaskingContext = { party: { kind: 'citizen', name: '张伟' }, otherPersons: ['李娜'] };
    const text = `当事人张伟（身份证号码${ID}，电话13905140001）与证人李娜，住中山路1号。`;
    const r = mask(text, ctx);
    for (const f of r.findings) expect(r.text.slice(f.maskedStart, f.maskedEnd)).toBe(f.replacement);
    expect(r.findings.map((f) => f.kind)).toEqual(['partyName', 'idCard', 'mobile', 'personName', 'address']);
    expect(mask(r.text, ctx).findings).toEqual([]);
  });
});
