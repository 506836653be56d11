import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DOCUMENT_NUMBER_STYLE,
  DOCUMENT_NUMBER_KIND_IDS,
  DOCUMENT_NUMBER_KINDS,
  formatDocumentNumber,
  parseDocumentNumber,
  type DocumentNumber,
  type DocumentNumberStyle,
  type SerialNumber,
} from './document-number.ts';
import { findGaps, nextNumber } from './sequence.ts';

const decision = (sequence: number, year = 2026, issuer = '示'): DocumentNumber => ({ issuer, kind: 'decision', year, sequence });

describe('formatting and parsing document numbers', () => {
  it('formats the bureau default 示司罚决字〔2026〕第1号', () => {
    expect(formatDocumentNumber(decision(1))).toBe('示司罚决字〔2026〕第1号');
    expect(formatDocumentNumber({ issuer: '示', kind: 'priorNotice', year: 2026, sequence: 12 })).toBe('示司罚告字〔2026〕第12号');
  });

  it.each<[string, string, Partial<DocumentNumber>, Partial<DocumentNumberStyle>]>([
    ['Shanghai', '沪司罚决字〔2025〕第37号', { issuer: '沪', year: 2025, sequence: 37 }, { zi: true, di: true }],
    ['Shenzhen, no 第', '深司罚决字〔2024〕8号', { issuer: '深', year: 2024, sequence: 8 }, { zi: true, di: false }],
    ['Wuhu, no 字', '芜司罚决〔2026〕3号', { issuer: '芜', year: 2026, sequence: 3 }, { zi: false, di: false }],
    ['zero-padded', '常司罚决字〔2026〕第007号', { issuer: '常', sequence: 7 }, { minDigits: 3 }],
    ['the longer code wins', '示司罚保处字〔2026〕第2号', { kind: 'preservationDisposal' }, {}],
    ['no-penalty decision', '示司不罚决字〔2026〕第1号', { kind: 'noPenaltyDecision' }, {}],
  ])('parses %s', (_name, text, number, style) => {
    const r = parseDocumentNumber(text);
    if (!r.ok) throw new Error(r.reason);
    expect(r.number).toMatchObject(number);
    expect(r.style).toMatchObject(style);
    expect(formatDocumentNumber(r.number, r.style)).toBe(text);
  });

  it.each([
    ['square brackets', '示司罚决字[2026]第1号'],
    ['an unknown kind', '示司罚罚字〔2026〕第1号'],
    ['a two-digit year', '示司罚决字〔26〕第1号'],
    ['serial 0', '示司罚决字〔2026〕第0号'],
    ['no issuer', '司罚决字〔2026〕第1号'],
    ['no 号', '示司罚决字〔2026〕第1'],
  ])('refuses %s', (_name, text) => {
    expect(parseDocumentNumber(text).ok).toBe(false);
  });

  it('accepts look-alike brackets from legacy data only when asked, and says so', () => {
    const r = parseDocumentNumber('示司罚决字［2026］第5号', { lenientBrackets: true });
    expect(r).toMatchObject({ ok: true, number: { sequence: 5 }, bracketsNormalized: true });
  });

  it('refuses to format an invalid number', () => {
    expect(() => formatDocumentNumber(decision(0))).toThrow(RangeError);
    expect(() => formatDocumentNumber({ ...decision(1), issuer: '' })).toThrow(/机关代字/);
  });

  it('round-trips every kind, issuer, year, serial and style', () => {
    const kindCodes = new Set(Object.values(DOCUMENT_NUMBER_KINDS).map((k) => k.code));
    expect(kindCodes.size).toBe(DOCUMENT_NUMBER_KIND_IDS.length);
    fc.assert(
      fc.property(
        fc.constantFrom(...DOCUMENT_NUMBER_KIND_IDS),
        fc.constantFrom('示', '宁', '苏', '常州', '沪'),
        fc.integer({ min: 2000, max: 2099 }),
        fc.integer({ min: 1, max: 99_999 }),
        fc.boolean(),
        fc.boolean(),
        (kind, issuer, year, sequence, zi, di) => {
          const n: DocumentNumber = { issuer, kind, year, sequence };
          const r = parseDocumentNumber(formatDocumentNumber(n, { ...DEFAULT_DOCUMENT_NUMBER_STYLE, zi, di }));
          return r.ok && r.number.kind === kind && r.number.issuer === issuer && r.number.year === year && r.number.sequence === sequence;
        },
      ),
    );
  });
});

describe('yearly unbroken sequence', () => {
  it.each<[string, SerialNumber | null, number, SerialNumber]>([
    ['first ever', null, 2026, { year: 2026, sequence: 1 }],
    ['next in the year', { year: 2026, sequence: 41 }, 2026, { year: 2026, sequence: 42 }],
    ['restarts on 1 January', { year: 2025, sequence: 318 }, 2026, { year: 2026, sequence: 1 }],
  ])('%s', (_name, last, year, expected) => {
    expect(nextNumber(last, year)).toEqual(expected);
  });

  it('refuses to number into a past year', () => {
    expect(() => nextNumber({ year: 2026, sequence: 3 }, 2025)).toThrow(RangeError);
  });

  it('issuing with nextNumber never leaves a gap or a duplicate', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 2 }), { maxLength: 60 }), (yearSteps) => {
        let year = 2020;
        let last: SerialNumber | null = null;
        const issued: SerialNumber[] = [];
        for (const step of yearSteps) {
          year += step;
          last = nextNumber(last, year);
          issued.push(last);
        }
        return findGaps(issued).length === 0;
      }),
    );
  });

  it('finds missing ranges and duplicates per series and year', () => {
    const numbers = [decision(1), decision(2), decision(5), decision(5), decision(9), decision(1, 2025), decision(3, 2025)];
    numbers.push(
      { issuer: '示', kind: 'priorNotice', year: 2026, sequence: 1 },
      { issuer: '示', kind: 'priorNotice', year: 2026, sequence: 2 },
    );
    const reports = findGaps(numbers);
    expect(reports).toEqual([
      { series: { issuer: '示', kind: 'decision' }, year: 2025, missing: [{ from: 2, to: 2 }], duplicates: [], highest: 3 },
      {
        series: { issuer: '示', kind: 'decision' },
        year: 2026,
        missing: [
          { from: 3, to: 4 },
          { from: 6, to: 8 },
        ],
        duplicates: [5],
        highest: 9,
      },
    ]);
  });

  it('a series not starting at 1 is a gap', () => {
    expect(findGaps([{ year: 2026, sequence: 2 }])).toEqual([
      { series: null, year: 2026, missing: [{ from: 1, to: 1 }], duplicates: [], highest: 2 },
    ]);
  });

  it('finds exactly the removed serials', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), fc.uniqueArray(fc.integer({ min: 1, max: 300 })), (n, removed) => {
        const keep = new Set(Array.from({ length: n }, (_, i) => i + 1).filter((s) => !removed.includes(s) || s === n));
        const report = findGaps([...keep].map((sequence) => ({ year: 2026, sequence })));
        const missing = report.flatMap((r) => r.missing.flatMap((m) => Array.from({ length: m.to - m.from + 1 }, (_, i) => m.from + i)));
        const expected = Array.from({ length: n }, (_, i) => i + 1).filter((s) => !keep.has(s));
        return JSON.stringify(missing) === JSON.stringify(expected);
      }),
    );
  });
});
