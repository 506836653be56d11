/**
 * The simple procedure's part of performCaseAction (第五十一条、第五十二条): the on-the-spot decision on the
 * pre-numbered form — its number unique in the bureau and kept as the case's decision number; the acting officer and
 * the second officer become the investigators (第四十二条) — and 备案 with the agency afterwards.
 */
import { toLocalDate } from '@quanze/domain';
import { AppError } from '../../../platform/errors.ts';
import { enqueueDecisionForPublication } from '../../disclosure/index.ts';
import { issuePaymentNotice } from '../../payments/index.ts';
import { assignOfficers, decisionNumberTaken, officerOfUser, officersInBureau } from '../cases.repository.ts';
import { payloadOf, type PreparerTable } from './action-input.ts';

export const SIMPLE_PREPARERS = {
  decideOnTheSpot: async (c, input) => {
    if (await decisionNumberTaken(c.tx, c.row.bureauId, input.formNumber)) {
      throw new AppError('DUPLICATE', `编号为 ${input.formNumber} 的决定书已经使用，请核对预定格式决定书的编号`, {
        fieldErrors: { formNumber: ['该编号已使用'] },
      });
    }
    const me = await officerOfUser(c.tx, c.actor.userId);
    const second = input.secondOfficerId ? (await officersInBureau(c.tx, c.row.bureauId, [input.secondOfficerId]))[0] : undefined;
    if (input.secondOfficerId && !second) {
      throw new AppError('VALIDATION_FAILED', '所选执法人员不存在', { fieldErrors: { secondOfficerId: ['所选执法人员不存在'] } });
    }
    const team = [me, second].flatMap((o) => (o && o.bureauId === c.row.bureauId ? [o] : []));
    const unique = team.filter((o, i) => team.findIndex((x) => x.officer.id === o.officer.id) === i);
    const draft = {
      penalty: input.penalty,
      factsCertain: input.factsCertain,
      act: input.act,
      legalBasis: input.legalBasis,
      time: new Date(input.time),
      place: input.place,
      remedies: input.remedies,
      agencyName: c.bureau.name,
      formNumber: input.formNumber,
      certificateShown: input.certificateShown,
      officerSigned: input.officerSigned,
      handedOver: input.handedOver,
      mitigation: input.mitigation,
    };
    return {
      snapshot: { investigators: unique.map((o) => ({ userId: o.userId, officer: o.officer })) },
      drafts: { onTheSpot: draft },
      set: { decisionNumber: input.formNumber, proposedPenalty: input.penalty },
      payload: {
        ...payloadOf(input),
        agencyName: c.bureau.name,
        officers: unique.map((o) => ({ officerId: o.officer.id, name: o.officer.name, certificateNumber: o.officer.certificate?.number ?? null })),
      },
      after: async (x) => {
        await assignOfficers(x.tx, x.row.id, unique.map((o) => o.officer.id), x.actor.userId, x.now);
        // 罚缴分离 holds for on-the-spot fines too: the party may pay at the bank (第六十七条); the form is handed over
        // on the spot, so it is served today and the 15-day payment period starts now.
        await issuePaymentNotice(
          x.tx,
          { caseId: x.row.id, bureauId: x.row.bureauId, decisionNumber: input.formNumber, decidedAt: x.now, penalty: input.penalty, party: { name: x.row.partyName }, onTheSpot: true },
          toLocalDate(x.now),
        );
        // 执法公示: an on-the-spot decision enters the publication queue when made, like any decision (7-WD clock).
        await enqueueDecisionForPublication(
          x.tx,
          {
            caseId: x.row.id,
            bureauId: x.row.bureauId,
            departmentId: x.row.departmentId,
            decisionNumber: input.formNumber,
            decidedAt: x.now,
            penalty: input.penalty,
            party: { kind: x.row.partyKind, name: x.row.partyName },
            actorUserId: x.actor.userId,
            procedure: 'simple',
          },
          x.config.calendar,
        );
        return {};
      },
    };
  },
  fileWithAgency: (_c, input) => ({ payload: payloadOf(input) }),
} satisfies Partial<PreparerTable>;
