/**
 * A decision enters the publication queue in the transaction that makes it (cases → decisionEffects): with its
 * 7-working-day clock (国办发〔2018〕118号; LAW.md §11 T11) and, when it may never be published (minor, no full
 * capacity, privacy, secrets, warning only …), marked 不予公开 with every reason.
 */
import { disclosureSources, publicationDeadline, toLocalDate, type Penalty, type WorkdayCalendar } from '@quanze/domain';
import { appendAudit } from '../../../platform/audit/audit-writer.ts';
import type { Tx } from '../../../platform/db.ts';
import { decisionPublications } from '../disclosure.table.ts';
import { caseFactsOf, settingsOf } from '../disclosure.repository.ts';
import { publishCheckOf, refusalsOf } from '../publication-rules.ts';

/** What the case module tells about a decision just made (its DecisionMade has these fields). */
export interface DecisionForPublication {
  caseId: string;
  bureauId: string;
  departmentId: string;
  decisionNumber: string;
  decidedAt: Date;
  penalty: Penalty;
  party: { kind: 'citizen' | 'organisation'; name: string };
  actorUserId: string | null;
  /** 'simple': decided on the spot — the case row does not carry its procedure yet inside the deciding action. */
  procedure?: 'simple' | 'general';
}

/**
 * `calendar`: the working-day calendar the deciding case action used (the bureau's database calendar), so the 7 working
 * days skip a rest day entered or corrected there — not the build's compiled national calendar.
 */
export async function enqueueDecisionForPublication(tx: Tx, d: DecisionForPublication, calendar: WorkdayCalendar): Promise<string> {
  const decidedOn = toLocalDate(d.decidedAt);
  const deadline = publicationDeadline({ resultType: 'penalty', calendar, decidedOn });
  const stored = await caseFactsOf(tx, d.caseId);
  const facts = { ...stored, simpleProcedure: stored.simpleProcedure || d.procedure === 'simple' };
  const settings = await settingsOf(tx, d.bureauId);
  const base = { resultType: 'penalty' as const, penalty: d.penalty, flags: {} };
  const refusals = refusalsOf(publishCheckOf(base, facts, settings, decidedOn));
  const [row] = await tx
    .insert(decisionPublications)
    .values({
      bureauId: d.bureauId,
      departmentId: d.departmentId,
      caseId: d.caseId,
      decisionNumber: d.decisionNumber,
      partyKind: d.party.kind,
      penalty: d.penalty,
      decidedOn,
      dueOn: deadline.dueDate ?? decidedOn,
      state: refusals.length ? 'withheld' : 'pending',
      refusals,
      createdAt: d.decidedAt,
      updatedAt: d.decidedAt,
    })
    .returning({ id: decisionPublications.id, state: decisionPublications.state, dueOn: decisionPublications.dueOn });
  await appendAudit(tx, { actorId: d.actorUserId, actorName: null, bureauId: d.bureauId, ip: null }, d.decidedAt, {
    action: 'disclosure.enqueue',
    objectType: 'decision_publication',
    objectId: row!.id,
    summary: {
      caseId: d.caseId,
      decisionNumber: d.decisionNumber,
      dueOn: row!.dueOn,
      state: row!.state,
      refusals: refusals.map((r) => r.code),
    },
    basis: disclosureSources.PUBLISH_DECISIONS,
  });
  return row!.id;
}
