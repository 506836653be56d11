/**
 * 第四十八条第二款: a published decision changed, revoked, confirmed illegal or void must be withdrawn within three
 * days, with the reason made public. Registering the alteration (ground, date, document) opens that clock on the
 * published item — it stays on the portal until the editor withdraws it (withdrawPublication), and the queue and
 * 期限监控 show it red once the clock has run out.
 */
import { eq } from 'drizzle-orm';
import { compareLocalDate, disclosureSources, toLocalDate, withdrawalDeadline, PUBLICATION_WITHDRAWAL_GROUND_LABELS, type LocalDate, type PublicationWithdrawalGround } from '@quanze/domain';
import { appendAudit } from '../../../platform/audit/audit-writer.ts';
import { auditContextOf, type Actor } from '../../../platform/auth/actor.ts';
import type { Deps } from '../../../platform/deps.ts';
import type { Tx } from '../../../platform/db.ts';
import { AppError } from '../../../platform/errors.ts';
import { procedureConfigOf } from '../../calendar/index.ts';
import { decisionPublications, type DecisionPublicationRow } from '../disclosure.table.ts';
import { lockItem } from '../disclosure.repository.ts';

export interface AlterationInput {
  version: number;
  ground: PublicationWithdrawalGround;
  alteredOn: string;
  document: string;
}

/** The date check both paths share: after the decision, not in the future. */
export function checkAlteredOn(row: Pick<DecisionPublicationRow, 'decidedOn'>, alteredOn: LocalDate, today: LocalDate): void {
  if (compareLocalDate(alteredOn, today) > 0 || compareLocalDate(alteredOn, row.decidedOn) < 0) {
    throw new AppError('VALIDATION_FAILED', '决定被变更、撤销或确认的日期应在作出决定之后、今天之前', {
      fieldErrors: { alteredOn: ['日期不正确'] },
    });
  }
}

/** Sets the alteration on the (locked) row and writes its audit row; returns the withdrawal due date. */
export async function recordAlteration(
  tx: Tx,
  actor: Actor,
  row: DecisionPublicationRow,
  input: Omit<AlterationInput, 'version'>,
  calendar: Parameters<typeof withdrawalDeadline>[0]['calendar'],
  now: Date,
  ip: string | null,
): Promise<LocalDate> {
  const alteredOn = input.alteredOn as LocalDate;
  checkAlteredOn(row, alteredOn, toLocalDate(now));
  const dueOn = withdrawalDeadline({ resultType: row.resultType, calendar, alteredOn }).dueDate ?? alteredOn;
  await tx
    .update(decisionPublications)
    .set({
      withdrawalGround: input.ground,
      alteredOn,
      alteredDocument: input.document.trim(),
      alterationRegisteredAt: now,
      withdrawalDueOn: dueOn,
      version: row.version + 1,
      updatedAt: now,
    })
    .where(eq(decisionPublications.id, row.id));
  await appendAudit(tx, auditContextOf(actor, ip), now, {
    action: 'disclosure.alteration',
    objectType: 'decision_publication',
    objectId: row.id,
    summary: { ground: input.ground, groundLabel: PUBLICATION_WITHDRAWAL_GROUND_LABELS[input.ground], alteredOn, document: input.document.trim(), dueOn },
    basis: disclosureSources.WITHDRAW_ALTERED,
  });
  return dueOn;
}

export async function registerAlteration(deps: Deps, actor: Actor, id: string, body: AlterationInput, ip: string | null): Promise<void> {
  // The bureau's working-day calendar in the database (modules/calendar), as every other clock.
  const calendar = (await procedureConfigOf(deps, actor.bureauId)).calendar;
  await deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const row = await lockItem(tx, actor, id, body.version);
    if (row.state !== 'published') {
      throw new AppError(
        'CONFLICT',
        row.state === 'pending' || row.state === 'withheld'
          ? '该决定尚未公开，无需撤回；请在“不予公开”标记中说明或直接撤回'
          : '该决定信息已不在公示中',
      );
    }
    if (row.alterationRegisteredAt !== null) throw new AppError('CONFLICT', '已登记该决定的变更、撤销或确认情况，请撤回公示');
    await recordAlteration(tx, actor, row, body, calendar, now, ip);
  });
}
