import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addressesOverlap, formatArticleAddress, parseArticleAddresses, parseChineseNumeral, toChineseNumeral } from './address.ts';

describe('Chinese numerals', () => {
  it.each([
    [1, '一'],
    [10, '十'],
    [16, '十六'],
    [47, '四十七'],
    [100, '一百'],
    [101, '一百零一'],
    [110, '一百一十'],
    [1010, '一千零一十'],
    [2305, '二千三百零五'],
  ])('%i ↔ %s', (n, s) => {
    expect(toChineseNumeral(n)).toBe(s);
    expect(parseChineseNumeral(s)).toBe(n);
  });

  it('round-trips every number 1–9999', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 9999 }), (n) => parseChineseNumeral(toChineseNumeral(n)) === n));
  });

  it('reads Arabic digits and refuses other text', () => {
    expect(parseChineseNumeral('47')).toBe(47);
    expect(parseChineseNumeral('四十x')).toBeNull();
  });
});

describe('article addresses', () => {
  it('formats 条/款/项', () => {
    expect(formatArticleAddress({ article: 50, paragraph: 1, item: 2 })).toBe('第五十条第一款第（二）项');
    expect(formatArticleAddress({ article: 16 })).toBe('第十六条');
  });

  it.each([
    ['第四十七条第（一）项', [{ article: 47, paragraph: null, item: 1 }]],
    [
      '第四十七条第（三）（四）项',
      [
        { article: 47, paragraph: null, item: 3 },
        { article: 47, paragraph: null, item: 4 },
      ],
    ],
    [
      '第五十条第一款第（一）（四）项',
      [
        { article: 50, paragraph: 1, item: 1 },
        { article: 50, paragraph: 1, item: 4 },
      ],
    ],
    ['第五十条第二款', [{ article: 50, paragraph: 2 }]],
    [
      '第七条、第八条',
      [
        { article: 7, paragraph: null },
        { article: 8, paragraph: null },
      ],
    ],
    ['第十六条至第十八条', [{ article: 16, paragraph: null }, { article: 17 }, { article: 18 }]],
    ['第四十九条第（六）至（九）项', [6, 7, 8, 9].map((item) => ({ article: 49, paragraph: null, item }))],
    ['第十三条第一款', [{ article: 13, paragraph: 1 }]],
    ['第 47 条', [{ article: 47, paragraph: null }]],
  ])('reads %s as cited in justice-powers.json', (text, expected) => {
    expect(parseArticleAddresses(text)).toEqual({ ok: true, addresses: expected });
  });

  it('refuses what it cannot read, naming the rest', () => {
    expect(parseArticleAddresses('第四十七条及相关规定')).toEqual({ ok: false, reason: '无法识别的条款引用：“及相关规定”' });
    expect(parseArticleAddresses('')).toMatchObject({ ok: false });
    expect(parseArticleAddresses('第十八条至第十六条')).toMatchObject({ ok: false });
    expect(parseArticleAddresses('第十条第一款至第十二条')).toMatchObject({ ok: false });
  });

  it('overlap: an article and its items overlap, different items or paragraphs do not', () => {
    expect(addressesOverlap({ article: 47 }, { article: 47, item: 1 })).toBe(true);
    expect(addressesOverlap({ article: 47, item: 2 }, { article: 47, item: 1 })).toBe(false);
    expect(addressesOverlap({ article: 50, paragraph: 1 }, { article: 50, paragraph: 2 })).toBe(false);
    expect(addressesOverlap({ article: 50, item: 1 }, { article: 50, paragraph: 1, item: 1 })).toBe(true);
    expect(addressesOverlap({ article: 47 }, { article: 48 })).toBe(false);
  });
});
