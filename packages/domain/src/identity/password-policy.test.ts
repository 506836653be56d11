import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { characterClasses, checkPassword, DEFAULT_PASSWORD_POLICY as P, passwordExpired } from './password-policy.ts';

describe('password policy (等保 8.1.4.1 a)', () => {
  it('accepts a password exactly when it is 8–64 characters, has ≥3 classes, avoids the username and the common list', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-ascii', maxLength: 80 }), fc.stringMatching(/^[a-z]{3,10}$/), (pw, username) => {
        const problems = checkPassword(pw, username, P);
        const len = [...pw].length;
        const expectedOk = len >= 8 && len <= 64 && characterClasses(pw) >= 3 && !pw.toLowerCase().includes(username) && !['P@ssw0rd', 'Admin@123'].includes(pw);
        if (expectedOk) expect(problems).toEqual([]);
        if (len < 8) expect(problems).toContain('too_short');
        if (len > 64) expect(problems).toContain('too_long');
        if (characterClasses(pw) < 3) expect(problems).toContain('too_simple');
        if (pw.toLowerCase().includes(username)) expect(problems).toContain('contains_username');
      }),
      { numRuns: 2000 },
    );
  });

  it('counts character classes', () => {
    expect(characterClasses('abcdefgh')).toBe(1);
    expect(characterClasses('abcDEF12')).toBe(3);
    expect(characterClasses('aB3#')).toBe(4);
  });

  it('names the concrete problems', () => {
    expect(checkPassword('short', 'zhang', P)).toEqual(expect.arrayContaining(['too_short', 'too_simple']));
    expect(checkPassword('Zhang#2026x', 'zhang', P)).toEqual(['contains_username']);
    expect(checkPassword('P@ssw0rd', 'zhang', P)).toEqual(['common']);
    expect(checkPassword('Quanze@2026', 'officer1', P)).toEqual([]);
  });

  it('expires a password after the configured number of days', () => {
    const changed = new Date('2026-01-01T00:00:00Z');
    expect(passwordExpired(changed, new Date('2026-03-31T23:59:59Z'), P)).toBe(false); // 89.99 days
    expect(passwordExpired(changed, new Date('2026-04-01T00:00:00Z'), P)).toBe(true); // 90 days
    expect(passwordExpired(changed, new Date('2026-01-31T00:00:00Z'), { ...P, maxAgeDays: 30 })).toBe(true);
  });
});
