import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CODE_ALPHABET,
  codeCheckChar,
  codeEntropyBits,
  generateSurveyCode,
  generateTrackingCode,
  parseSurveyCode,
  parseTrackingCode,
  SURVEY_CODE_FORMAT,
  TRACKING_CODE_FORMAT,
  type RandomBytes,
} from './tracking-code.ts';

/** A RandomBytes that replays `bytes` (cycling), as a test stand-in for crypto.getRandomValues. */
const replay = (bytes: readonly number[]): RandomBytes => {
  let i = 0;
  return (n) => Uint8Array.from({ length: n }, () => bytes[i++ % bytes.length]!);
};
const randomSource = fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 64 }).filter((b) => b.some((x) => x < 248));
const trackingCode = randomSource.map((b) => generateTrackingCode(replay(b)));

describe('tracking codes', () => {
  it('look like XXXX-XXXX-XXXX-XXXX over an alphabet without 0 O 1 I L, ~74 random bits', () => {
    expect(CODE_ALPHABET).toHaveLength(31);
    expect(CODE_ALPHABET).not.toMatch(/[01ILO]/);
    expect(codeEntropyBits(TRACKING_CODE_FORMAT)).toBeGreaterThan(74);
    expect(codeEntropyBits(SURVEY_CODE_FORMAT)).toBeGreaterThan(54);
    fc.assert(
      fc.property(trackingCode, (code) => {
        expect(code).toMatch(/^[2-9A-HJKMNP-Z]{4}(?:-[2-9A-HJKMNP-Z]{4}){3}$/);
        expect(parseTrackingCode(code)).toEqual({ ok: true, value: code });
      }),
    );
  });

  it('depend only on the random source given (no Math.random inside)', () => {
    const bytes = [7, 250, 33, 99, 248, 1, 200, 64];
    expect(generateTrackingCode(replay(bytes))).toBe(generateTrackingCode(replay(bytes)));
    // bytes ≥ 248 are skipped (rejection sampling): 250 and 248 do not appear as characters
    expect(generateTrackingCode(replay([250, 248, 0]))).toMatch(/^2222-2222-2222-222/);
  });

  it('accept what people type: lower case, spaces, missing or extra hyphens, full-width', () => {
    fc.assert(
      fc.property(trackingCode, (code) => {
        const raw = code.replace(/-/g, '');
        expect(parseTrackingCode(raw.toLowerCase())).toEqual({ ok: true, value: code });
        expect(parseTrackingCode(` ${raw.slice(0, 8)} ${raw.slice(8)} `)).toEqual({ ok: true, value: code });
        const wide = [...raw].map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join('');
        expect(parseTrackingCode(wide)).toEqual({ ok: true, value: code });
      }),
    );
  });

  it('catch every single-character typo without a database query (property)', () => {
    fc.assert(
      fc.property(trackingCode, fc.nat(15), fc.constantFrom(...CODE_ALPHABET, '0', '1', 'I', 'L', 'O'), (code, pos, typed) => {
        const raw = code.replace(/-/g, '');
        fc.pre(raw[pos] !== typed);
        const typo = raw.slice(0, pos) + typed + raw.slice(pos + 1);
        const r = parseTrackingCode(typo);
        expect(r.ok).toBe(false);
        expect(!r.ok && r.code).toBe(/[01ILO]/.test(typed) ? 'CODE_CHARACTER' : 'CODE_CHECK');
      }),
    );
  });

  it('catch every exhaustive single substitution of one code', () => {
    const raw = generateTrackingCode(replay([11, 42, 97, 130, 3, 77])).replace(/-/g, '');
    let tried = 0;
    for (let pos = 0; pos < raw.length; pos++) {
      for (const c of CODE_ALPHABET) {
        if (c === raw[pos]) continue;
        tried++;
        expect(parseTrackingCode(raw.slice(0, pos) + c + raw.slice(pos + 1))).toMatchObject({ ok: false, code: 'CODE_CHECK' });
      }
    }
    expect(tried).toBe(16 * 30);
  });

  it('catch swaps of two adjacent different characters, and wrong lengths', () => {
    fc.assert(
      fc.property(trackingCode, fc.nat(14), (code, pos) => {
        const raw = code.replace(/-/g, '');
        fc.pre(raw[pos] !== raw[pos + 1]);
        const swapped = raw.slice(0, pos) + raw[pos + 1] + raw[pos] + raw.slice(pos + 2);
        expect(parseTrackingCode(swapped)).toMatchObject({ ok: false, code: 'CODE_CHECK' });
        expect(parseTrackingCode(raw.slice(1))).toMatchObject({ ok: false, code: 'CODE_LENGTH' });
      }),
    );
  });

  it('say what is wrong with the input only, in Chinese', () => {
    expect(parseTrackingCode('')).toMatchObject({ code: 'CODE_EMPTY' });
    expect(parseTrackingCode('ABCD-EFGH-JKMN-PQR0')).toMatchObject({
      code: 'CODE_CHARACTER',
      reason: '查询码不含数字0、1和字母I、L、O，请核对',
    });
    expect(parseTrackingCode('ABCD-EFGH-JKMN-PQR#')).toMatchObject({ code: 'CODE_CHARACTER' });
  });
});

describe('survey codes', () => {
  it('are 3 groups of 4 with the same check, and are not tracking codes', () => {
    fc.assert(
      fc.property(randomSource, (bytes) => {
        const code = generateSurveyCode(replay(bytes));
        expect(code).toMatch(/^[2-9A-HJKMNP-Z]{4}(?:-[2-9A-HJKMNP-Z]{4}){2}$/);
        expect(parseSurveyCode(code)).toEqual({ ok: true, value: code });
        expect(parseTrackingCode(code)).toMatchObject({ ok: false, code: 'CODE_LENGTH' });
      }),
    );
  });

  it('check character agrees with the generator', () => {
    expect(codeCheckChar('22222222222')).toBe('2');
    expect(() => codeCheckChar('2222O')).toThrow();
  });
});
