import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CERTIFICATE_STATUSES, type Certificate } from './certificate.ts';
import { addDays, yearOf } from './dates.ts';
import { canEnforce, ELIGIBILITY_CODES, type EligibilityCode, type EnforcementScope, type Officer } from './eligibility.ts';
import { CONFIG, makeOfficer, SCOPE, TODAY } from './officer-fixtures.ts';

const codes = (o: Officer, scope: EnforcementScope = SCOPE, date = TODAY): EligibilityCode[] => {
  const r = canEnforce(o, scope, date, CONFIG);
  return r.allowed ? [] : r.reasons.map((x) => x.code);
};

describe('canEnforce: table of cases', () => {
  it.each<[string, Officer, EnforcementScope, string, EligibilityCode[]]>([
    ['fully eligible', makeOfficer(), SCOPE, TODAY, []],
    ['on the first valid day', makeOfficer({}, { validFrom: TODAY }), SCOPE, TODAY, []],
    ['on the last valid day', makeOfficer({}, { validTo: TODAY }), SCOPE, TODAY, []],
    ['with no end date', makeOfficer({}, { validTo: null }), SCOPE, TODAY, []],
    ['in the city named on the certificate', makeOfficer(), { ...SCOPE, area: '320100' }, TODAY, []],
    ['in a township of a listed district', makeOfficer({}, { areas: ['320102'] }), { ...SCOPE, area: '320102001000' }, TODAY, []],
    ['province-wide certificate', makeOfficer({}, { areas: ['320000'] }), { ...SCOPE, area: '320583' }, TODAY, []],
    ['a 参公 officer', makeOfficer({ employmentType: 'civilServantManaged' }), SCOPE, TODAY, []],
    ['a 事业编 officer', makeOfficer({ employmentType: 'publicInstitution' }), SCOPE, TODAY, []],
    ['review for 2025 still pending before its deadline', makeOfficer({}, { lastReviewedYear: 2024 }), SCOPE, '2026-03-31', []],
    ['no certificate', makeOfficer({}, null), SCOPE, TODAY, ['NO_CERTIFICATE']],
    ['派遣 staff without certificate', makeOfficer({ employmentType: 'dispatched' }, null), SCOPE, TODAY, ['EMPLOYMENT_TYPE_NOT_ALLOWED', 'NO_CERTIFICATE']],
    ['合同 staff holding one anyway', makeOfficer({ employmentType: 'contract' }), SCOPE, TODAY, ['EMPLOYMENT_TYPE_NOT_ALLOWED']],
    ['suspended', makeOfficer({}, { status: 'suspended' }), SCOPE, TODAY, ['CERTIFICATE_NOT_VALID']],
    ['review failed', makeOfficer({}, { status: 'reviewFailed' }), SCOPE, TODAY, ['CERTIFICATE_NOT_VALID']],
    ['expired yesterday', makeOfficer({}, { validTo: '2026-05-19' }), SCOPE, TODAY, ['CERTIFICATE_EXPIRED']],
    ['valid from tomorrow', makeOfficer({}, { validFrom: '2026-05-21' }), SCOPE, TODAY, ['CERTIFICATE_NOT_YET_VALID']],
    ['applied, nothing printed yet', makeOfficer({}, { status: 'applied', validFrom: null, validTo: null, lastReviewedYear: null }), SCOPE, TODAY, ['CERTIFICATE_NOT_VALID', 'CERTIFICATE_NOT_YET_VALID']],
    ['other category', makeOfficer(), { ...SCOPE, category: 'JD' }, TODAY, ['CATEGORY_NOT_COVERED']],
    ['other city', makeOfficer(), { ...SCOPE, area: '320205' }, TODAY, ['AREA_NOT_COVERED']],
    ['a district certificate used city-wide', makeOfficer({}, { areas: ['320102'] }), { ...SCOPE, area: '320100' }, TODAY, ['AREA_NOT_COVERED']],
    ['review for 2025 missed its deadline', makeOfficer({}, { lastReviewedYear: 2024 }), SCOPE, '2026-04-01', ['ANNUAL_REVIEW_OVERDUE']],
    ['never reviewed since 2024', makeOfficer({}, { lastReviewedYear: null }), SCOPE, TODAY, ['ANNUAL_REVIEW_OVERDUE']],
    [
      'revoked, expired, wrong place and category, 派遣, review overdue',
      makeOfficer({ employmentType: 'dispatched' }, { status: 'revoked', validTo: '2025-12-31', lastReviewedYear: null }),
      { category: 'JD', area: '110101' },
      TODAY,
      ['EMPLOYMENT_TYPE_NOT_ALLOWED', 'CERTIFICATE_NOT_VALID', 'CERTIFICATE_EXPIRED', 'CATEGORY_NOT_COVERED', 'AREA_NOT_COVERED', 'ANNUAL_REVIEW_OVERDUE'],
    ],
  ])('%s', (_name, officer, scope, date, expected) => {
    expect(codes(officer, scope, date)).toEqual(expected);
  });

  it('gives a Chinese message and an article with every reason', () => {
    const r = canEnforce(makeOfficer({ employmentType: 'contract' }, { status: 'suspended' }), SCOPE, TODAY, CONFIG);
    expect(r.allowed).toBe(false);
    if (!r.allowed) {
      for (const reason of r.reasons) {
        expect(reason.message).toMatch(/[\u4e00-\u9fff]/);
        expect(reason.basis.law).toBeTruthy();
        expect(reason.basis.article).toBeTruthy();
      }
      expect(r.reasons.find((x) => x.code === 'CERTIFICATE_NOT_VALID')?.message).toContain('暂扣');
    }
  });

  it('follows the configured employment types', () => {
    const strict = { ...CONFIG, certifiableEmploymentTypes: ['civilServant'] as const };
    expect(canEnforce(makeOfficer({ employmentType: 'publicInstitution' }), SCOPE, TODAY, strict)).toMatchObject({ allowed: false });
  });
});

// ---- property tests ------------------------------------------------------------------------------------------

type Fact = Exclude<EligibilityCode, 'NO_CERTIFICATE'>;
const FACTS = ELIGIBILITY_CODES.filter((c): c is Fact => c !== 'NO_CERTIFICATE');
const NOT_VALID = CERTIFICATE_STATUSES.filter((s) => s !== 'valid');

/** A day, category and area, and an officer eligible there — with room for every fact to be applied. */
const eligibleWorld = fc
  .record({
    dayOffset: fc.integer({ min: 0, max: 365 * 12 }),
    heldDays: fc.integer({ min: 3 * 366, max: 3000 }),
    remainingDays: fc.integer({ min: 0, max: 3000 }),
    shift: fc.integer({ min: 1, max: 1000 }),
    category: fc.constantFrom('LS', 'GZ', 'JD', 'FY', 'JF'),
    otherCategories: fc.subarray(['ZY', 'TJ', 'PS', 'JZ']),
    district: fc.integer({ min: 1, max: 99 }),
    byCity: fc.boolean(),
    employmentType: fc.constantFrom(...CONFIG.certifiableEmploymentTypes),
    badEmployment: fc.constantFrom('contract' as const, 'dispatched' as const),
    badStatus: fc.constantFrom(...NOT_VALID),
  })
  .map((w) => {
    const date = addDays('2024-01-01', w.dayOffset);
    const area = `3201${String(w.district).padStart(2, '0')}`;
    const scope: EnforcementScope = { category: w.category, area };
    // Held for over three years and reviewed for last year: its next review is not yet due.
    const certificate: Certificate = {
      id: 'c',
      number: 'N',
      issuingAuthority: '南京市人民政府',
      status: 'valid',
      categories: [...w.otherCategories, w.category],
      areas: [w.byCity ? '320100' : area],
      validFrom: addDays(date, -w.heldDays),
      validTo: addDays(date, w.remainingDays),
      lastReviewedYear: yearOf(date) - 1,
    };
    const officer: Officer = { id: 'o', name: '李四', employmentType: w.employmentType, certificate };
    return { w, date, scope, officer };
  });

type World = typeof eligibleWorld extends fc.Arbitrary<infer T> ? T : never;

/** Makes one fact true and leaves every other fact as it was. */
function apply(fact: Fact, { w, date, scope, officer }: World): Officer {
  const c = officer.certificate!;
  const cert = (patch: Partial<Certificate>): Officer => ({ ...officer, certificate: { ...c, ...patch } });
  switch (fact) {
    case 'EMPLOYMENT_TYPE_NOT_ALLOWED':
      return { ...officer, employmentType: w.badEmployment };
    case 'CERTIFICATE_NOT_VALID':
      return cert({ status: w.badStatus });
    case 'CERTIFICATE_EXPIRED':
      return cert({ validTo: addDays(date, -w.shift) });
    case 'CERTIFICATE_NOT_YET_VALID':
      return cert({ validFrom: addDays(date, w.shift) });
    case 'CATEGORY_NOT_COVERED':
      return cert({ categories: c.categories.filter((x) => x !== scope.category) });
    case 'AREA_NOT_COVERED':
      return cert({ areas: ['110000', '320200'] });
    case 'ANNUAL_REVIEW_OVERDUE':
      return cert({ lastReviewedYear: yearOf(date) - 3 });
  }
}

describe('canEnforce: properties', () => {
  it('allows the generated eligible officer', () => {
    fc.assert(
      fc.property(eligibleWorld, ({ officer, scope, date }) => {
        expect(canEnforce(officer, scope, date, CONFIG)).toEqual({ allowed: true });
      }),
    );
  });

  it('refuses on any single disqualifying fact, listing exactly that reason', () => {
    fc.assert(
      fc.property(eligibleWorld, fc.constantFrom(...FACTS), (world, fact) => {
        expect(codes(apply(fact, world), world.scope, world.date)).toEqual([fact]);
      }),
    );
  });

  it('lists every fact of any combination', () => {
    // A certificate not yet valid has no review due, so those two facts cannot hold together.
    const combination = fc.subarray(FACTS, { minLength: 1 }).filter((fs) => !(fs.includes('CERTIFICATE_NOT_YET_VALID') && fs.includes('ANNUAL_REVIEW_OVERDUE')));
    fc.assert(
      fc.property(eligibleWorld, combination, (world, facts) => {
        const officer = facts.reduce((o, f) => apply(f, { ...world, officer: o }), world.officer);
        expect(new Set(codes(officer, world.scope, world.date))).toEqual(new Set(facts));
      }),
    );
  });

  it('refuses without a certificate, adding only the employment type if that is barred too', () => {
    fc.assert(
      fc.property(eligibleWorld, fc.boolean(), (world, barred) => {
        const o: Officer = { ...(barred ? apply('EMPLOYMENT_TYPE_NOT_ALLOWED', world) : world.officer), certificate: null };
        expect(codes(o, world.scope, world.date)).toEqual(barred ? ['EMPLOYMENT_TYPE_NOT_ALLOWED', 'NO_CERTIFICATE'] : ['NO_CERTIFICATE']);
      }),
    );
  });
});
