/** Test factories named by state (CONVENTIONS habit 11). Used only by *.test.ts files. */
import type { LocalDate } from '../calendar/index.ts';
import { makeArticle } from '../legal-basis/legal-fixtures.ts';
import type { LegalArticle } from '../legal-basis/index.ts';
import { DEFAULT_OFFICER_RULES, type Certificate } from '../officers/index.ts';
import type { Post, PowerAssignment, StaffedOfficer } from './breakdown.ts';
import type { FullCoverageInput } from './coverage-report.ts';
import type { Power } from './power.ts';

export const TODAY: LocalDate = '2026-05-20';
export const RULES = DEFAULT_OFFICER_RULES;

/** CF-LS-001, a penalty on lawyers in district 320102, citing 律师法 第四十七条 (art-47). */
export function makePower(overrides: Partial<Power> = {}): Power {
  return {
    id: 'p1',
    code: 'CF-LS-001',
    catalogCode: null,
    category: 'penalty',
    catalogType: '行政处罚',
    name: '对律师同时在两个以上律师事务所执业的行政处罚',
    target: '律师',
    basis: [{ law: '中华人民共和国律师法', article: '第四十七条第（一）项', gist: '警告，可处5000元以下罚款', articleIds: ['art-47'] }],
    subjectId: 'bureau',
    departmentName: '律师工作科',
    level: '设区的市级司法局决定',
    enforcementField: 'LS',
    area: '320102',
    sanctions: null,
    hearingEligible: true,
    hearingCondition: null,
    scope: null,
    authority: null,
    standard: null,
    procedure: null,
    responsibility: null,
    accountabilityTriggers: [],
    statutoryTimeLimit: null,
    fees: null,
    supervisionChannel: null,
    verification: 'partial',
    verificationNote: null,
    notes: '',
    ...overrides,
  };
}

export function makePost(overrides: Partial<Post> = {}): Post {
  return { id: 'post-a', departmentId: 'dept-lawyers', name: '律师执业监管A岗', role: 'A', status: 'active', ...overrides };
}

export function makeAssignment(overrides: Partial<PowerAssignment> = {}): PowerAssignment {
  return {
    id: 'asg-1',
    powerId: 'p1',
    departmentId: 'dept-lawyers',
    postIds: ['post-a', 'post-b'],
    leaderInChargeId: 'leader-1',
    effectiveFrom: '2026-01-01',
    effectiveTo: null,
    ...overrides,
  };
}

/** Valid for 律师 in Nanjing until 2029, reviewed for 2025 (next review due 2027-03-31). */
export function makeCertificate(overrides: Partial<Certificate> = {}): Certificate {
  return {
    id: 'cert',
    number: '32010024000001',
    issuingAuthority: '南京市人民政府',
    status: 'valid',
    categories: ['LS'],
    areas: ['320100'],
    validFrom: '2024-01-01',
    validTo: '2029-12-31',
    lastReviewedYear: 2025,
    ...overrides,
  };
}

export function makeOfficer(id: string, postId: string | null, certificate: Partial<Certificate> | null = {}): StaffedOfficer {
  return {
    id,
    name: `执法员${id}`,
    employmentType: 'civilServant',
    certificate: certificate === null ? null : makeCertificate({ id: `cert-${id}`, ...certificate }),
    postId,
    status: 'active',
  };
}

export const LAW_47: LegalArticle = makeArticle();

/** One power fully covered: department, A and B posts, a leader, three eligible officers, a basis in force. */
export function greenInput(): FullCoverageInput {
  return {
    powers: [makePower()],
    assignments: [makeAssignment()],
    posts: [makePost(), makePost({ id: 'post-b', name: '律师执业监管B岗', role: 'B' })],
    officers: [makeOfficer('a1', 'post-a'), makeOfficer('a2', 'post-a'), makeOfficer('b1', 'post-b')],
    articles: [LAW_47],
  };
}
