import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkUscc, isValidUscc, organizationCodeCheckChar, usccCheckChar } from './uscc.ts';

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

describe('unified social credit code (GB 32100-2015)', () => {
  it('accepts the widely published sample code and splits it', () => {
    expect(checkUscc('91350100M000100Y43')).toEqual({
      ok: true,
      value: '91350100M000100Y43',
      parts: { registrationAuthority: '9', category: '91', regionCode: '350100', organizationCode: 'M000100Y4', checkChar: '3' },
    });
  });

  // Computed here with both check characters (GB 11714 inside, GB 32100 last), so they are valid in full format.
  it.each([
    ['11320100014349203L', '11', '机关 in Nanjing'],
    ['123201004660123454', '12', '事业单位'],
    ['91320102MA1MXQ5B1A', '91', 'enterprise in 玄武区'],
    ['52320105MJ5432100N', '52', '民办非企业单位'],
    ['313200004660178919', '31', '司法行政 registration (law firm)'],
  ])('accepts %s (%s, %s)', (code, category) => {
    const r = checkUscc(code, { checkOrganizationCode: true });
    expect(r.ok && r.parts.category).toBe(category);
  });

  it.each([
    ['11320100014349203M', 'USCC_CHECKSUM'],
    ['91350100M000100Y44', 'USCC_CHECKSUM'],
    ['91350100M000100Y4', 'USCC_LENGTH'],
    ['91350100M000100Y433', 'USCC_LENGTH'],
    ['', 'USCC_LENGTH'],
    ['91350100M000I00Y43', 'USCC_CHARSET'],
    ['91350100M000O00Y43', 'USCC_CHARSET'],
    ['9135010-M000100Y43', 'USCC_CHARSET'],
    ['9135A100M000100Y43', 'USCC_REGION'],
  ])('refuses %s with %s', (code, expected) => {
    const r = checkUscc(code);
    expect(r.ok ? 'ok' : r.code).toBe(expected);
    if (!r.ok) expect(r.basis.law).toContain('GB 32100');
  });

  it('normalises case and surrounding spaces', () => {
    expect(checkUscc('  91350100m000100y43 ')).toMatchObject({ ok: true, value: '91350100M000100Y43' });
  });

  it('checks the organisation code inside only when asked', () => {
    // Valid GB 32100 check character over a body whose GB 11714 check character is wrong (…Y5 instead of …Y4).
    const first17 = '91350100M000100Y5';
    const code = first17 + usccCheckChar(first17);
    expect(isValidUscc(code)).toBe(true);
    expect(checkUscc(code, { checkOrganizationCode: true })).toMatchObject({ ok: false, code: 'USCC_ORGANIZATION_CODE' });
    expect(organizationCodeCheckChar('M000100Y')).toBe('4');
  });

  it('accepts a code exactly when its 18th character is the computed one', () => {
    const body = fc.string({ unit: fc.constantFrom(...ALPHABET), minLength: 9, maxLength: 9 });
    const head = fc.tuple(fc.constantFrom(...ALPHABET), fc.constantFrom(...ALPHABET), fc.integer({ min: 0, max: 999_999 }));
    fc.assert(
      fc.property(head, body, fc.constantFrom(...ALPHABET), ([a, b, region], org, other) => {
        const first17 = `${a}${b}${String(region).padStart(6, '0')}${org}`;
        const check = usccCheckChar(first17);
        expect(isValidUscc(first17 + check)).toBe(true);
        expect(isValidUscc(first17 + other)).toBe(other === check);
      }),
    );
  });

  it('detects any single substituted character', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 16 }), fc.constantFrom(...ALPHABET.slice(0, 10)), (pos, digit) => {
        const good = '11320100014349203L';
        const changed = good.slice(0, pos) + digit + good.slice(pos + 1);
        expect(isValidUscc(changed)).toBe(changed === good);
      }),
    );
  });

  it('refuses check input outside the alphabet', () => {
    expect(() => usccCheckChar('91350100M000I00Y4')).toThrow(RangeError);
    expect(() => usccCheckChar('9135')).toThrow(RangeError);
  });
});
