/**
 * Personal-data detection over a decision text: what is kept (organisations' names, codes and addresses, the
 * bureau's own contact details) is blanked first; then names, addresses, e-mails, numbers and plates are found;
 * overlapping findings are merged so that no character of either is left visible.
 */
import { detectAddressHeuristic, detectKnownAddresses } from './pii-address.ts';
import { findCuedNames } from './pii-cued-names.ts';
import { detectNames, personsToMask } from './pii-names.ts';
import { detectNumbers } from './pii-numbers.ts';
import { detectEmails, detectPlates } from './pii-patterns.ts';
import { asciiUpper, blankSpans, findAll, normalizeForScan, starMask, type ScanText, type Span } from './pii-text.ts';
import { DEFAULT_MASKING_POLICY, PII_KIND_LABELS, type MaskingContext, type MaskingPolicy, type PiiCandidate } from './pii-types.ts';

export interface PiiDetection {
  candidates: PiiCandidate[];
  /** Spans kept as written because the case says so (organisations, preserved texts). */
  kept: Span[];
  /** Names too short to look for safely (one character); the editor must check them by eye. */
  skippedNames: string[];
  /** Name-like text near a cue word left as written (疑似姓名): the editor confirms or lists it to hide. */
  suspects: Span[];
}

function keptSpans(normalized: string, context: Partial<MaskingContext>): Span[] {
  const texts: string[] = [...(context.preserved ?? [])];
  for (const org of context.organisations ?? []) {
    texts.push(org.name);
    if (org.address) texts.push(org.address);
  }
  if (context.party?.kind === 'organisation') texts.push(context.party.name);
  const spans: Span[] = [];
  for (const t of texts) spans.push(...findAll(normalized, normalizeForScan(t.trim())));
  const upper = asciiUpper(normalized);
  for (const org of context.organisations ?? []) {
    if (org.uscc) spans.push(...findAll(upper, asciiUpper(normalizeForScan(org.uscc.trim()))));
  }
  return spans;
}

/**
 * Sorted, non-overlapping findings. A finding inside another is dropped (the outer one hides it); one that
 * overlaps the end of another extends it, the extra characters becoming '*'.
 */
function resolveOverlaps(candidates: readonly PiiCandidate[], original: string): PiiCandidate[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const out: PiiCandidate[] = [];
  for (const c of sorted) {
    const last = out[out.length - 1];
    if (!last || c.start >= last.end) {
      out.push({ ...c });
      continue;
    }
    if (c.end <= last.end) continue;
    last.replacement += starMask(original.slice(last.end, c.end));
    last.end = c.end;
    const note = `与${PII_KIND_LABELS[c.kind]}重叠，合并隐去`;
    last.note = last.note ? `${last.note}；${note}` : note;
  }
  return out;
}

export function detectPii(
  text: string,
  context: Partial<MaskingContext> = {},
  policy: MaskingPolicy = DEFAULT_MASKING_POLICY,
): PiiDetection {
  const normalized = normalizeForScan(text);
  const kept = keptSpans(normalized, context);
  let input: ScanText = { original: text, scan: blankSpans(normalized, kept) };
  // Names the case does not list, found after cue words (证人李四和王小明): hidden everywhere in the text like listed ones.
  const cued = findCuedNames(input.scan);
  const cuedNames = cued.names.map((s) => normalized.slice(s.start, s.end));
  const { persons, skipped } = personsToMask(context, policy, cuedNames);
  const names = detectNames(input, persons);
  const addresses = detectKnownAddresses(input, context.personalAddresses ?? [], policy);
  // Claimed names and known addresses are not read again by the shape detectors.
  input = { original: text, scan: blankSpans(input.scan, [...names, ...addresses]) };
  const candidates = [
    ...names,
    ...addresses,
    ...detectEmails(input),
    ...detectNumbers(input, policy),
    ...detectPlates(input),
    ...detectAddressHeuristic(input, policy),
  ];
  const resolved = resolveOverlaps(candidates, text);
  const suspects = cued.suspects.filter((s) => !resolved.some((c) => c.start < s.end && s.start < c.end));
  return { candidates: resolved, kept, skippedNames: skipped, suspects };
}
