import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canEnforce, MIN_ENFORCING_OFFICERS, twoOfficerRule, type Officer } from './eligibility.ts';
import { CONFIG, makeOfficer, SCOPE, TODAY } from './officer-fixtures.ts';

const zhang = makeOfficer({ id: 'a', name: '张三' });
const li = makeOfficer({ id: 'b', name: '李四' });
const wang = makeOfficer({ id: 'c', name: '王五' });
const suspended = makeOfficer({ id: 'd', name: '赵六' }, { status: 'suspended' });
const dispatched = makeOfficer({ id: 'e', name: '钱七', employmentType: 'dispatched' }, null);

describe('two-officer rule (行政处罚法 第四十二条)', () => {
  it('accepts two distinct eligible officers', () => {
    expect(twoOfficerRule([zhang, li], SCOPE, TODAY, CONFIG)).toEqual({ ok: true, officerIds: ['a', 'b'] });
  });

  it('refuses the same officer twice and says so', () => {
    const r = twoOfficerRule([zhang, zhang], SCOPE, TODAY, CONFIG);
    expect(r).toMatchObject({ ok: false, code: 'TWO_OFFICER_RULE', eligibleCount: 1 });
    if (!r.ok) {
      expect(r.basis.article).toBe('第四十二条');
      expect(r.entries.map((e) => [e.officerId, e.allowed, e.reasons.map((x) => x.code)])).toEqual([
        ['a', true, []],
        ['a', false, ['DUPLICATE_OFFICER']],
      ]);
    }
  });

  it('refuses when one of two is ineligible, giving that officer’s reasons', () => {
    const r = twoOfficerRule([zhang, suspended], SCOPE, TODAY, CONFIG);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.entries[1]).toMatchObject({ officerId: 'd', allowed: false, reasons: [{ code: 'CERTIFICATE_NOT_VALID' }] });
      expect(r.reason).toContain('1人');
    }
  });

  it('refuses a 派遣 staff member without a certificate as the second officer', () => {
    const r = twoOfficerRule([zhang, dispatched], SCOPE, TODAY, CONFIG);
    if (r.ok) throw new Error('expected refusal');
    expect(r.entries[1]!.reasons.map((x) => x.code)).toEqual(['EMPLOYMENT_TYPE_NOT_ALLOWED', 'NO_CERTIFICATE']);
  });

  it('refuses no officer or one officer', () => {
    expect(twoOfficerRule([], SCOPE, TODAY, CONFIG)).toMatchObject({ ok: false, eligibleCount: 0, entries: [] });
    expect(twoOfficerRule([zhang], SCOPE, TODAY, CONFIG)).toMatchObject({ ok: false, eligibleCount: 1 });
  });

  it('accepts a team of three with one ineligible, listing the eligible two', () => {
    expect(twoOfficerRule([zhang, suspended, li], SCOPE, TODAY, CONFIG)).toEqual({ ok: true, officerIds: ['a', 'b'] });
  });

  it('judges eligibility for the scope asked: outside the area nobody counts', () => {
    const r = twoOfficerRule([zhang, li, wang], { ...SCOPE, area: '110101' }, TODAY, CONFIG);
    expect(r).toMatchObject({ ok: false, eligibleCount: 0 });
  });

  it('holds exactly when at least two distinct officers are eligible', () => {
    const pool = [zhang, li, wang, suspended, dispatched];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pool), { maxLength: 6 }), (team: Officer[]) => {
        const distinctEligible = new Set(team.filter((o) => canEnforce(o, SCOPE, TODAY, CONFIG).allowed).map((o) => o.id));
        expect(twoOfficerRule(team, SCOPE, TODAY, CONFIG).ok).toBe(distinctEligible.size >= MIN_ENFORCING_OFFICERS);
      }),
    );
  });
});
