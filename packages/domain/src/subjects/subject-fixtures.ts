/** Test factories named by state (CONVENTIONS habit 11). Used only by *.test.ts next to this file. */
import type { EnforcementSubject, EntrustingSubject } from './enforcement-subject.ts';

export const TODAY = '2026-05-20';

/** The city Justice Bureau: a confirmed statutory subject. */
export function makeStatutorySubject(overrides: Partial<EnforcementSubject> = {}): EnforcementSubject {
  return {
    id: 'bureau',
    name: '南京市司法局',
    creditCode: '11320100014349203L',
    kind: 'statutory',
    status: 'confirmed',
    legalBasis: '《中华人民共和国律师法》第四十七条至第五十条等',
    domains: ['LS', 'GZ'],
    entrustment: null,
    ...overrides,
  };
}

/** A confirmed entrusted organisation, entrusted by the bureau for 2025–2027 with 基层法律服务 matters. */
export function makeEntrustedSubject(overrides: Partial<EnforcementSubject> = {}): EnforcementSubject {
  return {
    id: 'street-team',
    name: '玄武区某街道综合执法队',
    creditCode: '123201004660123454',
    kind: 'entrusted',
    status: 'confirmed',
    legalBasis: '委托书 玄司委〔2025〕1号',
    domains: ['JF'],
    entrustment: { entrustingSubjectId: 'bureau', scope: ['JF-001', 'JF-002'], termStart: '2025-01-01', termEnd: '2027-12-31' },
    ...overrides,
  };
}

export const BUREAU: EntrustingSubject = { id: 'bureau', kind: 'statutory', status: 'confirmed' };
