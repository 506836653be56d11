/**
 * The domain's publication rules applied to a queue item: may it be published (checkPublishable, with the party and
 * act date), and what the public sees (renderPublicDecision with the bureau's masking policy). A licence or other
 * result is composed from what was registered (its own document text) and then goes through the SAME masking and
 * the SAME leak scan as a penalty decision.
 */
import {
  checkPublishable,
  maskDecisionText,
  maskingContextOf,
  renderPublicDecision,
  type DecisionSource,
  type LocalDate,
  type PublicationCandidate,
  type PublishCheck,
  type RenderedDecision,
} from '@quanze/domain';
import type { Executor } from '../../platform/db.ts';
import type { FieldCipher } from '../../platform/crypto.ts';
import type { DecisionPublicationRow, StoredRefusal } from './disclosure.table.ts';
import { decisionSourceOf, policiesOf, type PartyFacts, type Settings } from './disclosure.repository.ts';

export type CaseFacts = PartyFacts;

type Checked = Pick<DecisionPublicationRow, 'resultType' | 'penalty' | 'flags'>;

export function candidateOf(row: Checked, facts: PartyFacts): PublicationCandidate {
  return {
    resultType: row.resultType,
    status: 'inForce',
    party: { kind: facts.partyKind, birthDate: facts.partyBirthDate },
    // The earliest day of the act: a party who was a minor on any day of it was a minor "at the act".
    actDate: facts.violationStartedOn ?? facts.violationEndedOn,
    penalty: row.resultType === 'penalty' ? row.penalty : null,
    // A party without full capacity at the act (第三十条、第三十一条) is treated as a protected party: never published.
    flags: { ...row.flags, minor: Boolean(row.flags.minor) || facts.partyLackedCapacity },
    simpleProcedure: facts.simpleProcedure,
  };
}

export function publishCheckOf(row: Checked, facts: PartyFacts, settings: Settings, today: LocalDate): PublishCheck {
  return checkPublishable(candidateOf(row, facts), today, policiesOf(settings).publication);
}

export function refusalsOf(check: PublishCheck): StoredRefusal[] {
  return check.ok ? [] : check.refusals.map((r) => ({ code: r.code, reason: r.reason, basis: r.basis }));
}

type Registered = Pick<DecisionPublicationRow, 'resultType' | 'resultLabel' | 'matterName'>;

/** What the portal calls the result: 行政处罚 / 行政许可 / the registered kind (检查结果 …). */
export function publicResultLabel(row: Registered): string {
  if (row.resultType === 'penalty') return '行政处罚';
  if (row.resultType === 'licence') return '行政许可';
  return row.resultLabel ?? '其他执法结果';
}

/** The portal's one-line summary of a registered result: the matter from the power list, never free text. */
export function resultSummaryOf(row: Registered): string {
  return `${publicResultLabel(row)}：${row.matterName ?? ''}`;
}

const line = (label: string, value: string | null | undefined) => (value && value.trim() ? `${label}：${value.trim()}` : null);

/** The document text of a registered licence or result (unmasked; never leaves the server unmasked). */
export function composeResultText(row: Registered, s: DecisionSource): string {
  const org = s.party.kind === 'organisation';
  const licence = row.resultType === 'licence';
  return [
    s.agencyName,
    licence ? '行政许可决定' : publicResultLabel(row),
    s.decisionNumber,
    line(licence ? '申请人' : '当事人', s.party.name),
    line(org ? '统一社会信用代码' : '身份证号码', s.party.idNumber),
    line(org ? '住所' : '住址', s.party.address),
    line(licence ? '许可事项' : '事项', row.matterName),
    line(licence ? '许可决定' : '结果', s.facts),
    s.legalBasis.length ? `依据：${s.legalBasis.join('；')}` : null,
    s.agencyName,
    s.decisionDate,
  ]
    .filter((l): l is string => l !== null)
    .join('\n');
}

function occurrences(text: string, part: string): number[] {
  const out: number[] = [];
  for (let at = part ? text.indexOf(part) : -1; at >= 0; at = text.indexOf(part, at + part.length)) out.push(at);
  return out;
}

const STAR = '＊';
function hidePassages(text: string, passages: readonly string[]): string {
  let out = text;
  for (const p of [...passages.map((x) => x.trim()).filter(Boolean)].sort((a, b) => b.length - a.length))
    out = out.split(p).join(STAR.repeat([...p].length));
  return out;
}

/**
 * A registered result: its own text, masked like a decision; the leak scan (automatic + the editor's list) is the
 * domain's, run by handing the masked text to renderPublicDecision as the text to scan.
 */
function renderRegistered(row: DecisionPublicationRow, source: DecisionSource, settings: Settings): RenderedDecision {
  const policy = policiesOf(settings).masking;
  const manual = { extraPersons: row.extraPersons, extraHidden: row.extraHidden, editedText: row.editedText };
  // The licence / document number is public (a 17-digit 执业证号 looks like a card number to the detector): kept.
  const number = source.decisionNumber;
  const context = { ...maskingContextOf(source, manual), preserved: [number] };
  const masked = maskDecisionText(hidePassages(composeResultText(row, source), manual.extraHidden), context, policy);
  const scanned = renderPublicDecision(source, { ...manual, editedText: manual.editedText ?? masked.text }, policy);
  const numberAt = occurrences(scanned.text, number);
  return {
    ...scanned,
    leaks: scanned.leaks.filter((l) => !numberAt.some((at) => l.start >= at && l.end <= at + number.length)),
    title: `${source.agencyName}${row.resultType === 'licence' ? '行政许可决定' : publicResultLabel(row)}（${source.decisionNumber}）`,
    penaltySummary: resultSummaryOf(row),
    findings: manual.editedText === null ? masked.findings : [],
    skippedNames: masked.skippedNames,
    edited: manual.editedText !== null,
  };
}

export async function renderItem(
  db: Executor,
  cipher: FieldCipher,
  row: DecisionPublicationRow,
  settings: Settings,
): Promise<{ source: DecisionSource; rendered: RenderedDecision }> {
  const source = await decisionSourceOf(db, cipher, row);
  if (row.caseId === null) return { source, rendered: renderRegistered(row, source, settings) };
  const manual = { extraPersons: row.extraPersons, extraHidden: row.extraHidden, editedText: row.editedText };
  return { source, rendered: renderPublicDecision(source, manual, policiesOf(settings).masking) };
}
