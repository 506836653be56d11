/**
 * The domain's publication rules applied to a queue item: may it be published (checkPublishable, with the case's
 * party and act date), and what the public sees (renderPublicDecision with the bureau's masking policy).
 */
import {
  checkPublishable,
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
import type { caseFactsOf } from './disclosure.repository.ts';
import { decisionSourceOf, policiesOf, type Settings } from './disclosure.repository.ts';

export type CaseFacts = Awaited<ReturnType<typeof caseFactsOf>>;

export function candidateOf(row: Pick<DecisionPublicationRow, 'resultType' | 'penalty' | 'flags'>, facts: CaseFacts): PublicationCandidate {
  return {
    resultType: row.resultType,
    status: 'inForce',
    party: { kind: facts.partyKind, birthDate: facts.partyBirthDate },
    // The earliest day of the act: a party who was a minor on any day of it was a minor "at the act".
    actDate: facts.violationStartedOn ?? facts.violationEndedOn,
    penalty: row.penalty,
    // A party without full capacity at the act (第三十条、第三十一条) is treated as a protected party: never published.
    flags: { ...row.flags, minor: Boolean(row.flags.minor) || facts.partyLackedCapacity },
  };
}

export function publishCheckOf(
  row: Pick<DecisionPublicationRow, 'resultType' | 'penalty' | 'flags'>,
  facts: CaseFacts,
  settings: Settings,
  today: LocalDate,
): PublishCheck {
  return checkPublishable(candidateOf(row, facts), today, policiesOf(settings).publication);
}

export function refusalsOf(check: PublishCheck): StoredRefusal[] {
  return check.ok ? [] : check.refusals.map((r) => ({ code: r.code, reason: r.reason, basis: r.basis }));
}

export async function renderItem(
  db: Executor,
  cipher: FieldCipher,
  row: DecisionPublicationRow,
  settings: Settings,
): Promise<{ source: DecisionSource; rendered: RenderedDecision }> {
  const source = await decisionSourceOf(db, cipher, row);
  const manual = { extraPersons: row.extraPersons, extraHidden: row.extraHidden, editedText: row.editedText };
  return { source, rendered: renderPublicDecision(source, manual, policiesOf(settings).masking) };
}
