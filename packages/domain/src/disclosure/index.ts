/**
 * Disclosure (执法公示): personal-data detection and masking of decision texts with a leak scan the server runs
 * before publishing; whether a decision may be published; publication and withdrawal clocks; publication expiry.
 */
export {
  PII_KINDS,
  PII_KIND_LABELS,
  DEFAULT_MASKING_POLICY,
  type PiiKind,
  type PiiRule,
  type PiiFinding,
  type PiiCandidate,
  type MaskingContext,
  type MaskingPolicy,
  type OrganisationRef,
  type PartyNameStyle,
  type OtherNameStyle,
} from './pii-types.ts';
export { detectPii, type PiiDetection } from './detect.ts';
export {
  maskDecisionText,
  scanForLeaks,
  suspectedNamesIn,
  checkNoLeaks,
  type MaskedText,
  type PiiLeak,
  type LeakCheckCode,
} from './mask.ts';
export { luhnValid } from './pii-numbers.ts';
export { surnameOf, COMPOUND_SURNAMES } from './pii-names.ts';
export { findCuedNames, type CuedNames } from './pii-cued-names.ts';
export { SINGLE_SURNAMES } from './pii-surnames.ts';
export { computeEventDeadline, configureEventClock, type EventClockDefinition, type EventDeadlineInput } from './event-clock.ts';
export * from './publication-clocks.ts';
export * from './withdrawal.ts';
export * from './expiry.ts';
export * from './eligibility.ts';
export * as disclosureSources from './sources.ts';
export * from './render.ts';
