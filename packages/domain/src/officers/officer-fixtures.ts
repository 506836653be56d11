/** Test factories named by state (CONVENTIONS habit 11). Used only by *.test.ts next to this file. */
import type { Certificate } from './certificate.ts';
import { DEFAULT_OFFICER_RULES, type OfficerRulesConfig } from './config.ts';
import type { Officer } from './eligibility.ts';

export const TODAY = '2026-05-20';
export const CONFIG: OfficerRulesConfig = DEFAULT_OFFICER_RULES;
/** Scope a default officer covers: 律师 category, a district of the city on the certificate. */
export const SCOPE = { category: 'LS', area: '320102' };

/** A valid certificate for 律师/公证 in Nanjing, valid 2024–2029, reviewed for 2025 (next due 2027-03-31). */
export function makeCertificate(overrides: Partial<Certificate> = {}): Certificate {
  return {
    id: 'cert-1',
    number: '32010024000123',
    issuingAuthority: '南京市人民政府',
    status: 'valid',
    categories: ['LS', 'GZ'],
    areas: ['320100'],
    validFrom: '2024-01-01',
    validTo: '2029-12-31',
    lastReviewedYear: 2025,
    ...overrides,
  };
}

export function makeOfficer(overrides: Partial<Officer> = {}, certificate: Partial<Certificate> | null = {}): Officer {
  return {
    id: 'officer-1',
    name: '张三',
    employmentType: 'civilServant',
    certificate: certificate === null ? null : makeCertificate(certificate),
    ...overrides,
  };
}
