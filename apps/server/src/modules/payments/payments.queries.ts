/** Read models: the payments tab of a case. */
import { toLocalDate } from '@quanze/domain';
import type { CasePaymentsDto } from '@quanze/contracts';
import type { Actor } from '../../platform/auth/actor.ts';
import type { Deps } from '../../platform/deps.ts';
import { workdayCalendarOf } from '../calendar/index.ts';
import { ledgerOf } from './notice-ledger.ts';
import { mayApprove, mayManage, visibleCase } from './payments.policy.ts';
import { presentCasePayments, presentNotice, presentPayments } from './payments.presenter.ts';
import { noticeOfCase, paymentsOf } from './payments.repository.ts';

export async function casePayments(deps: Deps, actor: Actor, caseId: string): Promise<CasePaymentsDto> {
  await visibleCase(deps.db, actor, caseId);
  const calendar = await workdayCalendarOf(deps);
  const today = toLocalDate(deps.clock.now());
  const n = await noticeOfCase(deps.db, caseId);
  if (!n) return presentCasePayments(null, [], mayManage(actor), mayApprove(actor));
  const rows = await paymentsOf(deps.db, [n.id]);
  const ledger = ledgerOf(n, rows, today, calendar);
  return presentCasePayments(
    presentNotice(n, ledger, today, calendar),
    presentPayments(rows, ledger, today, calendar),
    mayManage(actor),
    mayApprove(actor),
  );
}
