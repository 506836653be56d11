/** Complaint row → DTOs: the queue item (masked contact), the detail (full contact for handlers in scope), the tracking answer. */
import {
  COMPLAINT_ACTIONS,
  COMPLAINT_CATEGORY_LABELS,
  COMPLAINT_STATE_LABELS,
  REPLY_OPINION_LABELS,
  type ComplaintActionName as DomainAction,
  type ComplaintClock,
  type ComplaintConfig,
  type LocalDate,
} from '@quanze/domain';
import {
  COMPLAINT_KIND_LABELS,
  COMPLAINT_SOURCE_LABELS,
  type ComplaintAbilityDto,
  type ComplaintClockDto,
  type ComplaintDetailDto,
  type ComplaintSubjectPersonDto,
  type ComplaintSummaryDto,
  type TrackComplaintResponse,
} from '@quanze/contracts';
import type { FieldCipher } from '../../platform/crypto.ts';
import { openClocksOf, referenceNumberOf } from './complaint-snapshot.ts';
import type { ComplaintAttachmentRow, ComplaintRow, ComplaintStepRow } from './complaints.table.ts';

export const NOT_ACCEPTED_GROUND_LABELS = {
  notCompetent: '不属于本机关职权范围',
  statutoryProcedure: '应当通过诉讼、复议、仲裁等法定途径解决',
  duplicateUnderHandling: '同一事项正在办理中',
  finalAfterReexamination: '复核后以同一事实和理由再次提出',
} as const;

const STEP_LABELS: Record<string, string> = {
  submit: '提交',
  register: '登记',
  ...Object.fromEntries(Object.entries(COMPLAINT_ACTIONS).map(([k, v]) => [k, v.label])),
};

export interface Names {
  departments: Map<string, string>;
  users: Map<string, string>;
}

export function presentSummary(row: ComplaintRow, names: Names, today: LocalDate): ComplaintSummaryDto {
  const due = row.nextDueOn ?? null;
  return {
    id: row.id,
    referenceNumber: referenceNumberOf(row),
    kind: row.kind,
    kindLabel: COMPLAINT_KIND_LABELS[row.kind],
    category: row.category,
    categoryLabel: COMPLAINT_CATEGORY_LABELS[row.category],
    source: row.source,
    sourceLabel: COMPLAINT_SOURCE_LABELS[row.source],
    subject: row.subject,
    about: row.about,
    contactName: row.contactNameMasked,
    contactPhone: row.contactPhoneMasked ?? '',
    state: row.state,
    stateLabel: COMPLAINT_STATE_LABELS[row.state],
    receivedOn: row.receivedOn,
    departmentId: row.departmentId,
    departmentName: row.departmentId ? (names.departments.get(row.departmentId) ?? null) : null,
    handlerUserId: row.handlerUserId,
    handlerName: row.handlerUserId ? (names.users.get(row.handlerUserId) ?? null) : null,
    nextDueOn: due,
    overdue: due !== null && due < today,
    linkedCaseId: row.linkedCaseId,
    version: row.version,
  };
}

export function presentClocks(clocks: ComplaintClock[], today: LocalDate): ComplaintClockDto[] {
  return clocks.map(({ clockId, deadline: d }) => {
    const daysLeft = d.dueDate === null ? null : d.daysLeft(today);
    return {
      clockId,
      label: d.label,
      startDate: d.startDate,
      dueDate: d.dueDate,
      dayType: d.dayType,
      daysLeft,
      overdue: daysLeft !== null && daysLeft < 0,
      basis: d.basis,
    };
  });
}

const open = (cipher: FieldCipher, sealed: string | null): string | null => (sealed ? cipher.decrypt(sealed) : null);

export function presentDetail(input: {
  row: ComplaintRow;
  names: Names;
  today: LocalDate;
  config: ComplaintConfig;
  cipher: FieldCipher;
  steps: ComplaintStepRow[];
  attachments: ComplaintAttachmentRow[];
  abilities: ComplaintAbilityDto[];
  subjects: ComplaintSubjectPersonDto[];
}): ComplaintDetailDto {
  const { row, cipher, today } = input;
  const reply = row.reply;
  return {
    ...presentSummary(row, input.names, today),
    text: row.body,
    subjects: input.subjects,
    contact: {
      name: cipher.decrypt(row.contactNameSealed),
      phone: open(cipher, row.contactPhoneSealed),
      email: open(cipher, row.contactEmailSealed),
      address: open(cipher, row.contactAddressSealed),
    },
    via: row.via,
    route: row.route ?? null,
    acceptedOn: row.acceptedOn ?? null,
    noticeServedOn: row.noticeServedOn ?? null,
    notAccepted: row.notAccepted ? { ...row.notAccepted, groundLabel: NOT_ACCEPTED_GROUND_LABELS[row.notAccepted.ground] } : null,
    reply:
      reply && row.repliedOn
        ? {
            opinion: reply.opinion,
            opinionLabel: REPLY_OPINION_LABELS[reply.opinion],
            text: reply.text,
            legalBasis: reply.legalBasis,
            repliedOn: row.repliedOn,
          }
        : null,
    extensions: row.extensions.map((e) => ({ days: e.days, reason: e.reason, on: e.on })),
    redirect: row.redirect ?? null,
    outcome: row.outcome,
    closedOn: row.closedOn ?? null,
    surveyCode: open(cipher, row.surveyCodeSealed),
    attachments: input.attachments.map((a) => ({ id: a.id, fileName: a.fileName, mimeType: a.mime, sizeBytes: a.size, sha256: a.sm3 })),
    steps: input.steps.map((s) => ({
      id: s.id,
      action: s.action,
      label: STEP_LABELS[s.action] ?? s.action,
      fromState: s.fromState,
      toState: s.toState,
      actorName: s.actorName,
      at: s.at.toISOString(),
      on: s.on,
      basis: s.basis,
      payload: s.payload,
      warnings: s.warnings,
    })),
    clocks: presentClocks(openClocksOf(row, input.config), today),
    abilities: input.abilities,
  };
}

/** What the citizen sees with the right code: no handler names, no internal notes. */
export function presentTracking(
  row: ComplaintRow,
  steps: ComplaintStepRow[],
  config: ComplaintConfig,
  cipher: FieldCipher,
): TrackComplaintResponse {
  const clocks = openClocksOf(row, config);
  const due = (id: string) => clocks.find((c) => c.clockId === id)?.deadline.dueDate ?? null;
  const publicReply = row.reply
    ? `${REPLY_OPINION_LABELS[row.reply.opinion]}。${row.reply.text}${row.reply.legalBasis ? `（依据：${row.reply.legalBasis}）` : ''}`
    : row.notAccepted
      ? `不予受理：${NOT_ACCEPTED_GROUND_LABELS[row.notAccepted.ground]}。${row.notAccepted.explanation}${row.notAccepted.redirectTo ? `请向${row.notAccepted.redirectTo}提出。` : ''}`
      : redirectNotice(row);
  return {
    referenceNumber: referenceNumberOf(row),
    kind: row.kind,
    kindLabel: COMPLAINT_KIND_LABELS[row.kind],
    subject: row.subject,
    state: row.state,
    stateLabel: COMPLAINT_STATE_LABELS[row.state],
    receivedOn: row.receivedOn,
    acceptedOn: row.acceptedOn ?? null,
    noticeDueOn: row.state === 'received' ? (due('directNotice') ?? due('transferredNotice')) : null,
    conclusionDueOn: due('petitionConclusion') ?? due('complaintConclusion'),
    repliedOn: row.repliedOn ?? null,
    closedOn: row.closedOn ?? null,
    publicReply,
    surveyCode: row.state === 'closed' ? open(cipher, row.surveyCodeSealed) : null,
    // Public milestones only: the step's label and date, never who or the internal notes.
    timeline: steps
      .filter((s) => s.action !== 'openCaseLead')
      .map((s) => ({ on: s.on, label: STEP_LABELS[s.action as DomainAction] ?? s.action })),
  };
}

/** Where a transferred or returned matter went, as the citizen is told (第二十三条第一款: 转送、交办并告知去向). */
function redirectNotice(row: ComplaintRow): string | null {
  const r = row.redirect;
  if (!r) return null;
  if (r.kind === 'transfer') return `本事项已转送、交办${r.to}办理，请向其了解后续办理情况。${r.note}`;
  return `本事项不属于本机关职权范围，已提出异议并退回${r.to || '原转送、交办机关'}。`;
}
