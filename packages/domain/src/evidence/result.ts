/** The answer of an evidence rule: ok, or a stable code with the Chinese reason and the article. */
import type { Citation } from '../citation.ts';

export const EVIDENCE_CODES = [
  'EVIDENCE_CASE_STATE',
  'EVIDENCE_COLLECTORS',
  'RECORD_TWO_OFFICERS',
  'RECORD_CERTIFICATE',
  'RECORD_CERTIFICATE_NOT_SHOWN',
  'RECORD_INCOMPLETE',
  'RECORD_SIGNATURE',
  'CUSTODY_CHAIN',
  'PRESERVATION_APPROVER',
  'PRESERVATION_STATE',
  'PRESERVATION_ITEMS',
  'PROPERTY_TRANSITION',
  'PROPERTY_APPROVAL_REQUIRED',
  'PROPERTY_PROCEEDS',
  'PROPERTY_NOT_CONFISCATED',
] as const;
export type EvidenceCode = (typeof EVIDENCE_CODES)[number];

export type EvidenceCheck = { ok: true } | { ok: false; code: EvidenceCode; reason: string; basis: Citation };

export const allowed: EvidenceCheck = { ok: true };
export const refuse = (code: EvidenceCode, reason: string, basis: Citation): EvidenceCheck => ({ ok: false, code, reason, basis });

/** The first refusal of several checks, or ok. */
export function firstRefusal(...checks: EvidenceCheck[]): EvidenceCheck {
  return checks.find((c) => !c.ok) ?? allowed;
}
