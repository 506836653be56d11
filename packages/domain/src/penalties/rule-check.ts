import type { Citation } from '../citation.ts';

/** A rule's refusal: a stable code, the Chinese reason users read, and the article it rests on. */
export interface RuleRefusal<C extends string = string> {
  ok: false;
  code: C;
  reason: string;
  basis: Citation;
}

export type RuleCheck<C extends string = string> = { ok: true } | RuleRefusal<C>;

export const RULE_OK: { ok: true } = { ok: true };

export function refuse<C extends string>(code: C, reason: string, basis: Citation): RuleRefusal<C> {
  return { ok: false, code, reason, basis };
}
