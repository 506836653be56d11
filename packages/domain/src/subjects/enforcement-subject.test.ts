import { describe, expect, it } from 'vitest';
import {
  checkEntrustment,
  checkSubjectStanding,
  SUBJECT_KIND_BASIS,
  type EnforcementSubject,
  type Entrustment,
  type EntrustingSubject,
  type SubjectProblemCode,
} from './enforcement-subject.ts';
import { BUREAU, makeEntrustedSubject, makeStatutorySubject, TODAY } from './subject-fixtures.ts';

const entrusted = (e: Partial<Entrustment>) => makeEntrustedSubject({ entrustment: { ...makeEntrustedSubject().entrustment!, ...e } });
const codes = (s: EnforcementSubject, by: EntrustingSubject | null = BUREAU, date = TODAY, matter?: string): SubjectProblemCode[] =>
  checkEntrustment(s, by, date, matter).map((p) => p.code);

describe('entrustment (行政处罚法 第二十条、第二十一条)', () => {
  it.each<[string, EnforcementSubject, EntrustingSubject | null, string, string | undefined, SubjectProblemCode[]]>([
    ['sound entrustment', makeEntrustedSubject(), BUREAU, TODAY, undefined, []],
    ['matter within scope', makeEntrustedSubject(), BUREAU, TODAY, 'JF-001', []],
    ['first day of the term', makeEntrustedSubject(), BUREAU, '2025-01-01', undefined, []],
    ['last day of the term', makeEntrustedSubject(), BUREAU, '2027-12-31', undefined, []],
    ['no 委托书 at all', makeEntrustedSubject({ entrustment: null }), BUREAU, TODAY, undefined, ['ENTRUSTMENT_MISSING']],
    ['no entrusting body named', entrusted({ entrustingSubjectId: null }), null, TODAY, undefined, ['ENTRUSTING_SUBJECT_MISSING']],
    ['entrusting body not found', makeEntrustedSubject(), null, TODAY, undefined, ['ENTRUSTING_SUBJECT_MISSING']],
    ['entrusted by itself', makeEntrustedSubject(), { id: 'street-team', kind: 'entrusted', status: 'confirmed' }, TODAY, undefined, ['ENTRUSTING_SUBJECT_IS_SELF']],
    ['re-entrusted by an entrusted body', makeEntrustedSubject(), { id: 'x', kind: 'entrusted', status: 'confirmed' }, TODAY, undefined, ['ENTRUSTING_SUBJECT_IS_ENTRUSTED']],
    ['entrusting body suspended', makeEntrustedSubject(), { ...BUREAU, status: 'suspended' }, TODAY, undefined, ['ENTRUSTING_SUBJECT_NOT_CONFIRMED']],
    ['entrusting body never confirmed', makeEntrustedSubject(), { ...BUREAU, status: null }, TODAY, undefined, ['ENTRUSTING_SUBJECT_NOT_CONFIRMED']],
    ['empty scope', entrusted({ scope: [] }), BUREAU, TODAY, 'JF-001', ['ENTRUSTMENT_SCOPE_EMPTY']],
    ['matter outside scope', makeEntrustedSubject(), BUREAU, TODAY, 'LS-001', ['ENTRUSTMENT_SCOPE_NOT_COVERED']],
    ['no term end', entrusted({ termEnd: null }), BUREAU, TODAY, undefined, ['ENTRUSTMENT_TERM_MISSING']],
    ['end before start', entrusted({ termStart: '2027-01-01', termEnd: '2026-01-01' }), BUREAU, TODAY, undefined, ['ENTRUSTMENT_TERM_INVALID']],
    ['not started', makeEntrustedSubject(), BUREAU, '2024-12-31', undefined, ['ENTRUSTMENT_NOT_STARTED']],
    ['expired the day before', makeEntrustedSubject(), BUREAU, '2028-01-01', undefined, ['ENTRUSTMENT_EXPIRED']],
    [
      'everything wrong at once',
      entrusted({ scope: [], termEnd: '2025-06-30' }),
      { id: 'x', kind: 'entrusted', status: 'revoked' },
      TODAY,
      undefined,
      ['ENTRUSTING_SUBJECT_IS_ENTRUSTED', 'ENTRUSTING_SUBJECT_NOT_CONFIRMED', 'ENTRUSTMENT_SCOPE_EMPTY', 'ENTRUSTMENT_EXPIRED'],
    ],
    ['a statutory subject needs no entrustment', makeStatutorySubject(), null, TODAY, undefined, []],
  ])('%s', (_name, subject, by, date, matter, expected) => {
    expect(codes(subject, by, date, matter)).toEqual(expected);
  });

  it('cites 第二十条 for entrustment defects', () => {
    const [p] = checkEntrustment(entrusted({ termEnd: null }), BUREAU, TODAY);
    expect(p).toMatchObject({ basis: { law: '行政处罚法', article: '第二十条' }, message: '委托书未载明委托期限' });
  });

  it('names the article each kind draws its power from', () => {
    expect(SUBJECT_KIND_BASIS).toEqual({
      statutory: { law: '行政处罚法', article: '第十七条' },
      authorized: { law: '行政处罚法', article: '第十九条' },
      entrusted: { law: '行政处罚法', article: '第二十条' },
    });
  });
});

describe('subject standing', () => {
  it.each<[string, EnforcementSubject, SubjectProblemCode[]]>([
    ['confirmed statutory subject', makeStatutorySubject(), []],
    ['not yet confirmed', makeStatutorySubject({ status: null }), ['SUBJECT_NOT_CONFIRMED']],
    ['suspended', makeStatutorySubject({ status: 'suspended' }), ['SUBJECT_SUSPENDED']],
    ['revoked authorized organisation', makeStatutorySubject({ kind: 'authorized', status: 'revoked' }), ['SUBJECT_REVOKED']],
    ['suspended entrusted body whose term ran out', makeEntrustedSubject({ status: 'suspended', entrustment: { ...makeEntrustedSubject().entrustment!, termEnd: '2026-01-01' } }), ['SUBJECT_SUSPENDED', 'ENTRUSTMENT_EXPIRED']],
  ])('%s', (_name, subject, expected) => {
    expect(checkSubjectStanding(subject, BUREAU, TODAY).map((p) => p.code)).toEqual(expected);
  });

  it('cites 第三十八条 (no standing → penalty void)', () => {
    expect(checkSubjectStanding(makeStatutorySubject({ status: 'revoked' }), null, TODAY)[0]?.basis.article).toBe('第三十八条');
  });
});
