/**
 * The public text of a decision, from the decision's own fields: ONE function renders what the editor previews and
 * what the portal shows, so the editor sees exactly what the public will see. The decision document is composed from
 * its fields (第五十九条: party, facts and evidence, basis, penalty, performance, remedies, agency, date), masked
 * with maskDecisionText, then the editor's manual edits apply: more persons to hide (李某), more passages to hide
 * (＊), or a hand-edited text. Whatever the result, it is scanned again (scanForLeaks plus the manual list) and may
 * be published only when the scan is empty.
 */
import type { Penalty, PartyKind } from '../penalties/penalty.ts';
import { describePenalty } from '../penalties/penalty.ts';
import { maskDecisionText, scanForLeaks, suspectedNamesIn } from './mask.ts';
import { normalizeForScan, findAll } from './pii-text.ts';
import {
  DEFAULT_MASKING_POLICY,
  PII_KIND_LABELS,
  type MaskingContext,
  type MaskingPolicy,
  type PiiFinding,
  type PiiKind,
  type PiiRule,
} from './pii-types.ts';

export interface DecisionSource {
  decisionNumber: string;
  agencyName: string;
  decisionDate: string;
  party: {
    kind: PartyKind;
    name: string;
    /** ID-card number (citizen) or 统一社会信用代码 (organisation), as the case holds it. */
    idNumber: string | null;
    address: string | null;
  };
  facts: string;
  evidence: readonly string[];
  legalBasis: readonly string[];
  penalty: Penalty;
  performance: string;
  remedies: string;
}

/** The editor's additions to the automatic masking. */
export interface ManualMasking {
  /** Natural persons named in the facts the case does not list (witnesses, relatives): hidden like 李某. */
  extraPersons: readonly string[];
  /** Any other passage to hide (a shop sign that identifies a person, a school …): every character becomes ＊. */
  extraHidden: readonly string[];
  /** A hand-edited public text replacing the masked one; re-scanned, never re-masked. */
  editedText: string | null;
}

export const NO_MANUAL_MASKING: ManualMasking = { extraPersons: [], extraHidden: [], editedText: null };

/** Where personal data still is in a public text; 'manual' = a passage the editor listed to hide. */
export interface PublicTextLeak {
  kind: PiiKind | 'manual';
  label: string;
  rule: PiiRule;
  start: number;
  end: number;
}

export interface RenderedDecision {
  title: string;
  /** The party as the public sees it (张某 by default; organisations keep their name). */
  partyDisplay: string;
  penaltySummary: string;
  text: string;
  /** Automatic masking findings (offsets in `text` when not hand-edited). */
  findings: PiiFinding[];
  /** Empty = publishable as far as personal data goes. */
  leaks: PublicTextLeak[];
  /** One-character names the masker could not look for: the editor must check them by eye. */
  skippedNames: string[];
  /** 疑似姓名 in the public text near a cue word, not masked: the editor confirms (or lists them in 补充隐名). */
  suspectedNames: string[];
  edited: boolean;
}

const line = (label: string, value: string | null | undefined) => (value && value.trim() ? `${label}：${value.trim()}` : null);

/** The decision document's text (unmasked): never leaves the server except through renderPublicDecision. */
export function composeDecisionText(s: DecisionSource): string {
  const org = s.party.kind === 'organisation';
  const lines = [
    `${s.agencyName}`,
    `行政处罚决定书`,
    s.decisionNumber,
    line('当事人', s.party.name),
    line(org ? '统一社会信用代码' : '身份证号码', s.party.idNumber),
    line(org ? '住所' : '住址', s.party.address),
    line('违法事实', s.facts),
    s.evidence.length ? `证据：${s.evidence.join('；')}` : null,
    s.legalBasis.length ? `处罚依据：${s.legalBasis.join('；')}` : null,
    `处罚决定：${describePenalty(s.penalty)}`,
    line('履行方式和期限', s.performance),
    line('救济途径', s.remedies),
    `${s.agencyName}`,
    s.decisionDate,
  ];
  return lines.filter((l): l is string => l !== null).join('\n');
}

/** What the case tells the masker: the party, its address (a person's is hidden), the organisations that stay. */
export function maskingContextOf(s: DecisionSource, manual: ManualMasking = NO_MANUAL_MASKING): MaskingContext {
  const org = s.party.kind === 'organisation';
  const organisations = [{ name: s.agencyName }];
  if (org)
    organisations.push({
      name: s.party.name,
      ...(s.party.idNumber ? { uscc: s.party.idNumber } : {}),
      ...(s.party.address ? { address: s.party.address } : {}),
    });
  return {
    party: { kind: s.party.kind, name: s.party.name },
    otherPersons: manual.extraPersons.map((p) => p.trim()).filter(Boolean),
    personalAddresses: !org && s.party.address ? [s.party.address] : [],
    organisations,
  };
}

const STAR = '＊';

function hidePassages(text: string, passages: readonly string[]): string {
  let out = text;
  for (const p of [...passages]
    .map((x) => x.trim())
    .filter(Boolean)
    .sort((a, b) => b.length - a.length)) {
    out = out.split(p).join(STAR.repeat([...p].length));
  }
  return out;
}

function manualLeaks(text: string, manual: ManualMasking): PublicTextLeak[] {
  const scan = normalizeForScan(text);
  const leaks: PublicTextLeak[] = [];
  for (const p of manual.extraHidden.map((x) => x.trim()).filter(Boolean)) {
    for (const s of findAll(scan, normalizeForScan(p))) leaks.push({ kind: 'manual', label: '已列明须隐去的内容', rule: 'known', ...s });
  }
  return leaks;
}

/** The party's name as the portal shows it: an organisation's as registered, a person's per the policy (张某). */
export function publicPartyName(party: { kind: PartyKind; name: string }, policy: MaskingPolicy = DEFAULT_MASKING_POLICY): string {
  if (party.kind === 'organisation') return party.name;
  return maskDecisionText(party.name, { party: { kind: party.kind, name: party.name } }, policy).text;
}

export function renderPublicDecision(
  source: DecisionSource,
  manual: ManualMasking = NO_MANUAL_MASKING,
  policy: MaskingPolicy = DEFAULT_MASKING_POLICY,
): RenderedDecision {
  const context = maskingContextOf(source, manual);
  const masked = maskDecisionText(hidePassages(composeDecisionText(source), manual.extraHidden), context, policy);
  const text = manual.editedText ?? masked.text;
  const leaks: PublicTextLeak[] = [
    ...scanForLeaks(text, context, policy).map((l) => ({ ...l, label: PII_KIND_LABELS[l.kind] })),
    ...manualLeaks(text, manual),
  ].sort((a, b) => a.start - b.start);
  const partyDisplay = publicPartyName(source.party, policy);
  return {
    title: `${source.agencyName}行政处罚决定书（${source.decisionNumber}）`,
    partyDisplay,
    penaltySummary: describePenalty(source.penalty),
    text,
    findings: manual.editedText === null ? masked.findings : [],
    leaks,
    skippedNames: masked.skippedNames,
    suspectedNames: suspectedNamesIn(text, context, policy),
    edited: manual.editedText !== null,
  };
}
