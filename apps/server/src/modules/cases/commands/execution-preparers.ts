/**
 * Service of the decision, execution and closing: the steps both procedures share after the decision.
 * - serveDecision starts the 15-day payment clock of the case's payment notice (第六十七条);
 * - collectCashOnTheSpot: the domain guard checks 第六十八条 / 第六十九条 and the receipt (第七十条) on the drafts; after
 *   it passed, the payments module records the cash (receipt number unique in the bureau, not above what is owed) and
 *   its hand-over clocks (第七十一条) start;
 * - startExecution / close: completion is not entered by hand — the payments module appends the 'completeExecution'
 *   step when the ledger shows everything paid (罚缴分离), which the close guard reads as steps.execution.completedAt.
 */
import { checkCashCollection, toLocalDate, type LocalDate } from '@quanze/domain';
import { recordCashPayment, recordDecisionServed } from '../../payments/index.ts';
import { foldSteps } from '../snapshot-builder.ts';
import { closureEffects } from './closure-effects.ts';
import { payloadOf, type PreparerTable } from './action-input.ts';

export const EXECUTION_PREPARERS = {
  serveDecision: (_c, input) => ({
    drafts: { service: { method: input.method, electronicConsentSigned: input.electronicConsentSigned } },
    payload: payloadOf(input),
    after: async (x) => {
      await recordDecisionServed(x.tx, x.row.id, toLocalDate(x.now), x.now);
      return {};
    },
  }),
  collectCashOnTheSpot: (c, input) => {
    const cash = {
      amountFen: input.amountFen,
      hardToEnforceLater: input.hardToEnforceLater,
      remoteArea: input.remoteArea,
      bankPaymentDifficult: input.bankPaymentDifficult,
      partyRequested: input.partyRequested,
      receiptNumber: input.receiptNumber,
      receiptIssuer: input.receiptIssuer,
    };
    const { payerName: _p, ...kept } = input;
    return {
      drafts: { cashCollection: cash },
      payload: payloadOf(kept),
      after: async (x) => {
        const steps = foldSteps(x.record.steps);
        const decided = steps.decision ?? steps.onTheSpot;
        const penalty = decided?.penalty ?? [];
        const fine = penalty.reduce((s, p) => s + (p.kind === 'fine' && 'amountFen' in p ? p.amountFen : 0), 0);
        const check = checkCashCollection({ ...cash, procedure: x.row.procedure ?? 'simple', fineFen: fine });
        // A simple-procedure decision is handed over when made: its payment clock runs from that day.
        const servedOn: LocalDate | null = steps.service
          ? toLocalDate(steps.service.servedAt)
          : steps.onTheSpot
            ? toLocalDate(steps.onTheSpot.decidedAt)
            : null;
        const r = await recordCashPayment(
          x.tx,
          x.actor,
          {
            caseId: x.row.id,
            bureauId: x.row.bureauId,
            decisionNumber: x.row.decisionNumber,
            partyName: x.row.partyName,
            penalty,
            decidedAt: decided?.decidedAt ?? x.now,
            servedOn,
            amountFen: input.amountFen,
            receiptNumber: input.receiptNumber,
            receiptIssuer: input.receiptIssuer,
            onWater: input.onWater,
            payerName: input.payerName,
            ground: check.ok ? check.ground : '',
          },
          x.now,
          x.config.calendar,
        );
        return { payload: { paymentId: r.paymentId, paidInFull: r.settled } };
      },
    };
  },
  startExecution: () => ({ payload: {} }),
  close: (_c, input) => {
    const payload = payloadOf(input);
    return { payload, after: (x) => closureEffects(x, payload) }; // 满意度评议: the 评价码 goes on this step
  },
} satisfies Partial<PreparerTable>;
