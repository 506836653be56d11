/**
 * The text the public will see, and every change made to get it, so the editor who publishes sees exactly what is
 * hidden and why (政府信息公开条例 第三十七条: what may not be published is separated out, the rest is published).
 * The server publishes only after scanForLeaks finds nothing in the result (leaks.ts).
 */
import type { Citation } from '../citation.ts';
import { refuse, RULE_OK, type RuleCheck } from '../penalties/rule-check.ts';
import { detectPii } from './detect.ts';
import {
  DEFAULT_MASKING_POLICY,
  PII_KIND_LABELS,
  type MaskingContext,
  type MaskingPolicy,
  type PiiFinding,
  type PiiKind,
  type PiiRule,
} from './pii-types.ts';
import type { Span } from './pii-text.ts';
import { ALWAYS_HIDDEN, SEPARABLE_CONTENT } from './sources.ts';

export interface MaskedText {
  text: string;
  findings: PiiFinding[];
  /** Spans of the original kept on purpose (organisations' names and codes, preserved texts). */
  kept: Span[];
  skippedNames: string[];
  /** 疑似姓名: name-like text near a cue word left visible, for the editor to confirm (add to 补充隐名) — never logged. */
  suspectedNames: string[];
  basis: Citation[];
}

export function maskDecisionText(text: string, context: MaskingContext, policy: MaskingPolicy = DEFAULT_MASKING_POLICY): MaskedText {
  const { candidates, kept, skippedNames, suspects } = detectPii(text, context, policy);
  let out = '';
  let at = 0;
  const findings: PiiFinding[] = [];
  for (const c of candidates) {
    out += text.slice(at, c.start);
    const maskedStart = out.length;
    out += c.replacement;
    findings.push({ ...c, maskedStart, maskedEnd: out.length });
    at = c.end;
  }
  out += text.slice(at);
  const suspectedNames = [...new Set(suspects.map((s) => text.slice(s.start, s.end)))];
  return { text: out, findings, kept, skippedNames, suspectedNames, basis: [SEPARABLE_CONTENT, ALWAYS_HIDDEN] };
}

/** Personal data still present in a text: a leak, with where it is — never what it is. */
export interface PiiLeak {
  kind: PiiKind;
  rule: PiiRule;
  start: number;
  end: number;
}

/**
 * Personal data left in a text about to be published: the same detectors as the masker, run on its output. With the
 * case's context it also finds listed names and addresses; without, the structural kinds (IDs, phones, cards,
 * e-mails, plates, house numbers). Empty means publishable as far as personal data goes.
 */
export function scanForLeaks(
  text: string,
  context: Partial<MaskingContext> = {},
  policy: MaskingPolicy = DEFAULT_MASKING_POLICY,
): PiiLeak[] {
  return detectPii(text, context, policy).candidates.map(({ kind, rule, start, end }) => ({ kind, rule, start, end }));
}

/** 疑似姓名 left in a text about to be published (not a leak by itself: the editor confirms). */
export function suspectedNamesIn(
  text: string,
  context: Partial<MaskingContext> = {},
  policy: MaskingPolicy = DEFAULT_MASKING_POLICY,
): string[] {
  return [...new Set(detectPii(text, context, policy).suspects.map((s) => text.slice(s.start, s.end)))];
}

export type LeakCheckCode = 'PII_REMAINS';

/** The guard the server runs before publishing: refuses while any personal data remains. */
export function checkNoLeaks(
  text: string,
  context: Partial<MaskingContext> = {},
  policy: MaskingPolicy = DEFAULT_MASKING_POLICY,
): RuleCheck<LeakCheckCode> {
  const leaks = scanForLeaks(text, context, policy);
  if (leaks.length === 0) return RULE_OK;
  const kinds = [...new Set(leaks.map((l) => PII_KIND_LABELS[l.kind]))].join('、');
  return refuse('PII_REMAINS', `待公开文本仍含${leaks.length}处个人信息（${kinds}），请先完成隐名处理`, ALWAYS_HIDDEN);
}
