/**
 * After the decision: service (第六十一条, T8 alerts only), on-the-spot cash within 第六十八条/第六十九条 with a
 * fiscal receipt (第七十条, G3), execution, closing and archiving the full record (第四十七条).
 */
import { PENALTY_CASE_CLOCKS } from '../../deadlines/clock-table.ts';
import { checkCashCollection } from '../../penalties/cash-collection.ts';
import { fineFen, needsExecution, type Penalty } from '../../penalties/penalty.ts';
import { CASH_ON_THE_SPOT } from '../../penalties/sources.ts';
import { block, dayOf, deadlineOf, hasEnded, warn, type Finding, type Guard } from '../guard-kit.ts';
import type { CaseSnapshot } from '../snapshot.ts';
import { ARCHIVING, CLOSING, ELECTRONIC_SERVICE, EXECUTION, SERVICE } from '../sources.ts';

/** The penalty in force: the decision's, or the on-the-spot one; empty when none was imposed. */
export function penaltyInForce(snapshot: CaseSnapshot): Penalty {
  return snapshot.steps.decision?.penalty ?? snapshot.steps.onTheSpot?.penalty ?? [];
}

export const serveDecision: Guard = (ctx) => {
  const { snapshot: s, today } = ctx;
  const service = s.drafts.service;
  if (service === null) return [block('SERVICE_METHOD_MISSING', '须选择送达方式', SERVICE)];
  const findings: Finding[] = [];
  if (service.method === 'electronic' && !service.electronicConsentSigned) {
    findings.push(block('ELECTRONIC_SERVICE_NOT_AGREED', '当事人同意并签订确认书后，方可采用传真、电子邮件等方式送达', ELECTRONIC_SERVICE));
  }
  const decision = s.steps.decision;
  if (decision) {
    const decidedOn = dayOf(decision.decidedAt);
    if (decision.partyPresent && today !== decidedOn) {
      findings.push(warn('SERVICE_NOT_ON_THE_SPOT', `当事人在场的，决定书应当在宣告后当场交付（决定日${decidedOn}）`, SERVICE));
    }
    const due = deadlineOf(PENALTY_CASE_CLOCKS.decisionService, decidedOn, ctx.config);
    if (hasEnded(due, today)) findings.push(warn('SERVICE_LATE', `决定书应于${due.dueDate ?? ''}前送达，已逾期`, SERVICE));
  }
  return findings;
};

export const startExecution: Guard = (ctx) =>
  needsExecution(penaltyInForce(ctx.snapshot))
    ? []
    : [block('NOTHING_TO_EXECUTE', '处罚仅为警告或通报批评，送达即履行完毕，可直接结案', EXECUTION, 'close')];

export const collectCashOnTheSpot: Guard = (ctx) => {
  const { snapshot: s } = ctx;
  const fine = fineFen(penaltyInForce(s));
  if (fine === 0) return [block('NO_FINE', '本案没有罚款可收缴', CASH_ON_THE_SPOT)];
  const draft = s.drafts.cashCollection;
  if (draft === null) return [block('INVALID_AMOUNT', '须填写收缴金额、收缴理由和专用票据号码', CASH_ON_THE_SPOT)];
  const r = checkCashCollection({ ...draft, procedure: s.procedure ?? 'simple', fineFen: fine });
  return r.ok ? [] : [block(r.code, r.reason, r.basis)];
};

export const close: Guard = (ctx) => {
  const { snapshot: s } = ctx;
  if (!needsExecution(penaltyInForce(s))) return [];
  if (s.state !== 'executing') return [block('EXECUTION_NOT_COMPLETE', '处罚决定尚待执行，执行完毕后方可结案', CLOSING, 'startExecution')];
  return s.steps.execution?.completedAt
    ? []
    : [block('EXECUTION_NOT_COMPLETE', '处罚决定尚未执行完毕（罚款未缴清或其他处罚未履行）', CLOSING)];
};

export const archive: Guard = (ctx) =>
  ctx.snapshot.drafts.caseFileComplete ? [] : [block('CASE_FILE_INCOMPLETE', '案卷材料或全过程记录不完整，补齐后方可归档', ARCHIVING)];
