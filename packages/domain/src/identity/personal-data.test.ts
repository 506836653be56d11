import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { idCardCheckChar, isValidIdCardNumber, isValidMobile, maskIdCardNumber, maskMobile, maskPersonName } from './personal-data.ts';

describe('ID-card numbers (GB 11643-1999)', () => {
  it('accepts a number exactly when its check character matches', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1950, max: 2010 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.integer({ min: 0, max: 999 }), (y, m, d, seq) => {
        const first17 = `320102${y}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}${String(seq).padStart(3, '0')}`;
        const good = first17 + idCardCheckChar(first17);
        expect(isValidIdCardNumber(good)).toBe(true);
        const wrong = '0123456789X'.split('').find((c) => c !== good[17])!;
        expect(isValidIdCardNumber(first17 + wrong)).toBe(false);
      }),
    );
  });
  it('refuses impossible birth dates and wrong lengths', () => {
    expect(isValidIdCardNumber('11010519491231002X')).toBe(true);
    expect(isValidIdCardNumber('110105194902300021')).toBe(false);
    expect(isValidIdCardNumber('1101051949123100')).toBe(false);
  });
});

describe('masking', () => {
  it('keeps only region and last four of an ID number, and never the birth date', () => {
    expect(maskIdCardNumber('11010519491231002X')).toBe('110105********002X');
  });
  it('masks mobiles and names', () => {
    expect(maskMobile('13905140001')).toBe('139****0001');
    expect(isValidMobile('13905140001')).toBe(true);
    expect(isValidMobile('12905140001')).toBe(false);
    expect(maskPersonName('张三')).toBe('张*');
    expect(maskPersonName('张小三')).toBe('张*三');
    expect(maskPersonName('欧阳小明')).toBe('欧**明');
  });
});
