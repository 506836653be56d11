/**
 * For each console action: the domain command the guard checks (from the form and the row) and the row patch the
 * step writes. Extra server facts (the department and the handler exist in the bureau) are checked here too.
 */
import type { ComplaintActionBody, ComplaintActionName } from '@quanze/contracts';
import type { ComplaintCommand, LocalDate } from '@quanze/domain';
import type { Actor } from '../../../platform/auth/actor.ts';
import type { Tx } from '../../../platform/db.ts';
import { AppError } from '../../../platform/errors.ts';
import { checkedSubjectIds } from '../complaint-subjects.ts';
import { departmentOf, personIdsOfUsers, userOf } from '../complaints.repository.ts';
import type { ComplaintRow, NewComplaintRow } from '../complaints.table.ts';

export interface Prepared {
  command: ComplaintCommand;
  patch: Partial<NewComplaintRow>;
  /** What the step and the audit row record (never the citizen's contact). */
  payload: Record<string, unknown>;
}

const invalid = (field: string, message: string) => new AppError('VALIDATION_FAILED', message, { fieldErrors: { [field]: [message] } });

type Preparer<A extends ComplaintActionName> = (
  tx: Tx,
  actor: Actor,
  row: ComplaintRow,
  body: ComplaintActionBody<A>,
  on: LocalDate,
) => Promise<Prepared>;

const PREPARERS: { [A in ComplaintActionName]: Preparer<A> } = {
  accept: async (tx, _actor, row, b, on) => {
    // 被反映人 confirmed at acceptance replace those named at intake; left out, they stay.
    const subjectIds = b.subjectPersonIds ? await checkedSubjectIds(tx, row.bureauId, b.subjectPersonIds) : undefined;
    const noticeServedOn = (b.noticeServedOn ?? null) as LocalDate | null;
    return {
      command: { action: 'accept', on, noticeServedOn, route: b.route, ...(subjectIds ? { subjectIds } : {}) },
      patch: { acceptedOn: on, noticeServedOn, route: b.route ?? row.route, ...(subjectIds ? { subjectOfficerIds: subjectIds } : {}) },
      payload: { noticeServedOn: b.noticeServedOn, route: b.route, ...(subjectIds ? { subjectPersonIds: subjectIds } : {}) },
    };
  },
  notAccept: async (_tx, _actor, _row, b, on) => ({
    command: {
      action: 'notAccept',
      on,
      ground: b.ground,
      noticeServedOn: (b.noticeServedOn ?? null) as LocalDate | null,
      redirectTo: b.redirectTo,
      explanation: b.explanation,
    },
    patch: {
      noticeServedOn: (b.noticeServedOn ?? null) as LocalDate | null,
      notAccepted: { ground: b.ground, redirectTo: b.redirectTo, explanation: b.explanation },
      closedOn: on,
    },
    payload: { ground: b.ground, redirectTo: b.redirectTo, explanation: b.explanation, noticeServedOn: b.noticeServedOn },
  }),
  transfer: async (_tx, _actor, _row, b, on) => ({
    command: { action: 'transfer', on, to: b.to, noticeServedOn: (b.noticeServedOn ?? null) as LocalDate | null },
    // The matter leaves this bureau: its notice clock ends here, the receiving agency runs its own.
    patch: {
      noticeServedOn: (b.noticeServedOn ?? null) as LocalDate | null,
      redirect: { kind: 'transfer', to: b.to, note: b.note, on },
      closedOn: on,
    },
    // `agency`, not `to`: the audit summary's `to` is the new state.
    payload: { agency: b.to, note: b.note, noticeServedOn: b.noticeServedOn },
  }),
  returnToSender: async (_tx, _actor, _row, b, on) => ({
    command: { action: 'returnToSender', on, reason: b.reason },
    patch: { redirect: { kind: 'returnToSender', to: b.to, note: b.reason, on }, closedOn: on },
    payload: { agency: b.to, reason: b.reason },
  }),
  assign: async (tx, actor, row, b, on) => {
    const dept = await departmentOf(tx, b.departmentId);
    if (!dept || dept.bureauId !== row.bureauId || dept.status !== 'active') throw invalid('departmentId', '承办部门不存在');
    // A department head assigns within the department; a leader or supervisor anywhere in the bureau.
    if (actor.scope === 'department' && actor.departmentId !== b.departmentId) throw invalid('departmentId', '只能交办本部门承办');
    const handler = await userOf(tx, b.handlerUserId);
    if (!handler || handler.bureauId !== row.bureauId || handler.status !== 'active') throw invalid('handlerUserId', '承办人不存在');
    if (handler.departmentId !== b.departmentId) throw invalid('handlerUserId', '承办人不属于所选承办部门');
    // Every id the handler has (account and officer record): a 被反映人 named by either must step aside (回避).
    const handlerIds = (await personIdsOfUsers(tx, [handler.id])).get(handler.id) ?? [handler.id];
    return {
      command: { action: 'assign', on, departmentId: b.departmentId, officerIds: handlerIds },
      patch: { departmentId: b.departmentId, handlerUserId: handler.id },
      payload: { departmentId: b.departmentId, departmentName: dept.name, handlerUserId: handler.id, handlerName: handler.displayName },
    };
  },
  extend: async (_tx, actor, row, b, on) => ({
    command: {
      action: 'extend',
      on,
      days: b.days,
      approvedByLeader: b.approvedByLeader,
      reason: b.reason,
      petitionerInformed: b.petitionerInformed,
    },
    patch: { extensions: [...row.extensions, { days: b.days, reason: b.reason, on, approvedBy: actor.displayName }] },
    payload: { days: b.days, reason: b.reason, approvedByLeader: b.approvedByLeader, petitionerInformed: b.petitionerInformed },
  }),
  reply: async (_tx, _actor, _row, b, on) => ({
    command: { action: 'reply', on, opinion: b.opinion, text: b.text, legalBasis: b.legalBasis },
    // The written reply is served on the day it is given (online and to the contact on file); windows run from it.
    patch: { reply: { opinion: b.opinion, text: b.text, legalBasis: b.legalBasis }, repliedOn: on, replyReceivedOn: on },
    payload: { opinion: b.opinion, legalBasis: b.legalBasis, length: [...b.text].length },
  }),
  close: async (_tx, _actor, _row, b, on) => ({
    command: { action: 'close', on },
    patch: { outcome: b.outcome, closedOn: on },
    payload: { outcome: b.outcome },
  }),
  requestReview: async (_tx, _actor, _row, b, on) => ({
    command: { action: 'requestReview', on },
    patch: { review: { requestedOn: on, answeredOn: null, answerReceivedOn: null }, closedOn: null },
    payload: { note: b.note },
  }),
  answerReview: async (_tx, _actor, row, b, on) => ({
    command: { action: 'answerReview', on, text: b.text },
    patch: { review: row.review ? { ...row.review, answeredOn: on, answerReceivedOn: on, text: b.text } : null },
    payload: { length: [...b.text].length },
  }),
  requestReexamination: async (_tx, _actor, _row, b, on) => ({
    command: { action: 'requestReexamination', on },
    patch: { reexamination: { requestedOn: on, answeredOn: null, answerReceivedOn: null }, closedOn: null },
    payload: { note: b.note },
  }),
  answerReexamination: async (_tx, _actor, row, b, on) => ({
    command: { action: 'answerReexamination', on, text: b.text },
    patch: { reexamination: row.reexamination ? { ...row.reexamination, answeredOn: on, answerReceivedOn: on, text: b.text } : null },
    payload: { length: [...b.text].length },
  }),
  openCaseLead: async (_tx, _actor, _row, b, on) => ({
    command: { action: 'openCaseLead', on },
    patch: {},
    payload: { powerId: b.powerId, leadSummary: b.leadSummary },
  }),
};

export function prepareAction<A extends ComplaintActionName>(
  tx: Tx,
  actor: Actor,
  row: ComplaintRow,
  action: A,
  body: ComplaintActionBody<A>,
  on: LocalDate,
): Promise<Prepared> {
  // The map is keyed so that each preparer gets its own action's body; TypeScript cannot correlate the two.
  return (PREPARERS[action] as Preparer<A>)(tx, actor, row, body, on);
}
