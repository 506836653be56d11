/**
 * 投诉、举报、信访: the complaint row (state + version + the dates its clocks run from), its steps (the history,
 * never updated) and its attachments (files in the content-addressed store). Personal fields of the citizen are
 * SM4-sealed (FieldCipher) with HMAC blind indexes on phone and e-mail, so the per-contact limit can count without
 * decrypting; lists read the masked copies. The tracking code is kept only as a hash.
 */
import { sql } from 'drizzle-orm';
import { bigserial, boolean, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type {
  ClaimRoute,
  ComplaintCategory,
  ComplaintState,
  Extension,
  LocalDate,
  NotAcceptedGround,
  ReplyOpinion,
  ReviewStage,
} from '@quanze/domain';
import { users } from '../identity/identity.table.ts';
import { bureaus, departments } from '../org/org.table.ts';
import { penaltyCases } from '../cases/cases.table.ts';

export const COMPLAINT_KIND_VALUES = ['complaint', 'report', 'petition'] as const;
export const COMPLAINT_SOURCE_VALUES = ['online', 'phone', 'letter', 'visit'] as const;

export type ComplaintExtension = Extension & { reason: string; on: LocalDate; approvedBy: string };
export interface ComplaintNotAccepted {
  ground: NotAcceptedGround;
  redirectTo: string;
  explanation: string;
}
/** 转送、交办 (第二十三条第一款) or 提出异议退回 (第二十三条第三款): where the matter went and why. */
export interface ComplaintRedirect {
  kind: 'transfer' | 'returnToSender';
  to: string;
  note: string;
  on: LocalDate;
}
export interface ComplaintReply {
  opinion: ReplyOpinion;
  text: string;
  legalBasis: string;
}

export const complaints = pgTable(
  'complaints',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Readable number (XF2026-000123) is built from this and the year received. */
    serial: bigserial('serial', { mode: 'number' }).notNull(),
    bureauId: uuid('bureau_id')
      .notNull()
      .references(() => bureaus.id),
    departmentId: uuid('department_id').references(() => departments.id),
    handlerUserId: uuid('handler_user_id').references(() => users.id),
    kind: text('kind', { enum: COMPLAINT_KIND_VALUES }).notNull(),
    category: text('category').notNull().$type<ComplaintCategory>(),
    source: text('source', { enum: COMPLAINT_SOURCE_VALUES }).notNull(),
    via: text('via', { enum: ['direct', 'transferred'] })
      .notNull()
      .default('direct'),
    contactNameSealed: text('contact_name_sealed').notNull(),
    contactNameMasked: text('contact_name_masked').notNull(),
    contactPhoneSealed: text('contact_phone_sealed'),
    contactPhoneMasked: text('contact_phone_masked'),
    contactPhoneIndex: text('contact_phone_index'),
    contactEmailSealed: text('contact_email_sealed'),
    contactEmailIndex: text('contact_email_index'),
    contactAddressSealed: text('contact_address_sealed'),
    /** 反映对象 as written (a department or an officer by name). */
    about: text('about').notNull().default(''),
    /** Officers the complaint is about (officers.id): they may not handle it (第二十八条第三款). */
    subjectOfficerIds: jsonb('subject_officer_ids')
      .notNull()
      .default(sql`'[]'::jsonb`)
      .$type<string[]>(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    state: text('state').notNull().$type<ComplaintState>(),
    route: text('route').$type<ClaimRoute>(),
    /** SM3 of the canonical tracking code; the code is shown once to the citizen. */
    trackingCodeHash: text('tracking_code_hash').notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
    receivedOn: date('received_on').notNull().$type<LocalDate>(),
    acceptedOn: date('accepted_on').$type<LocalDate>(),
    noticeServedOn: date('notice_served_on').$type<LocalDate>(),
    notAccepted: jsonb('not_accepted').$type<ComplaintNotAccepted>(),
    extensions: jsonb('extensions')
      .notNull()
      .default(sql`'[]'::jsonb`)
      .$type<ComplaintExtension[]>(),
    redirect: jsonb('redirect').$type<ComplaintRedirect>(),
    reply: jsonb('reply').$type<ComplaintReply>(),
    repliedOn: date('replied_on').$type<LocalDate>(),
    /** The reply is served with the answer; the petitioner's windows run from here. */
    replyReceivedOn: date('reply_received_on').$type<LocalDate>(),
    review: jsonb('review').$type<ReviewStage & { text?: string }>(),
    reexamination: jsonb('reexamination').$type<ReviewStage & { text?: string }>(),
    outcome: text('outcome'),
    closedOn: date('closed_on').$type<LocalDate>(),
    /** The 评价码 issued at closure, sealed, so the handler and the tracking page can show it again. */
    surveyCodeSealed: text('survey_code_sealed'),
    linkedCaseId: uuid('linked_case_id').references(() => penaltyCases.id),
    /** Earliest due date of the open clocks (recomputed on every write), for the overdue filter and the queue order. */
    nextDueOn: date('next_due_on').$type<LocalDate>(),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('complaints_tracking_code_idx').on(t.trackingCodeHash),
    index('complaints_bureau_state_idx').on(t.bureauId, t.state, t.receivedAt),
    index('complaints_dept_idx').on(t.bureauId, t.departmentId, t.receivedAt),
    index('complaints_handler_idx').on(t.handlerUserId),
    index('complaints_due_idx').on(t.bureauId, t.nextDueOn),
    index('complaints_phone_idx').on(t.contactPhoneIndex, t.receivedAt),
    index('complaints_email_idx').on(t.contactEmailIndex, t.receivedAt),
  ],
);
export type ComplaintRow = typeof complaints.$inferSelect;
export type NewComplaintRow = typeof complaints.$inferInsert;

export const complaintSteps = pgTable(
  'complaint_steps',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    complaintId: uuid('complaint_id')
      .notNull()
      .references(() => complaints.id),
    action: text('action').notNull(),
    fromState: text('from_state').notNull(),
    toState: text('to_state').notNull(),
    /** null for the citizen's own submission. */
    actorId: uuid('actor_id').references(() => users.id),
    actorName: text('actor_name').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    on: date('on').notNull().$type<LocalDate>(),
    payload: jsonb('payload').notNull().$type<Record<string, unknown>>(),
    basis: text('basis').notNull(),
    warnings: jsonb('warnings')
      .notNull()
      .default(sql`'[]'::jsonb`)
      .$type<{ code: string; reason: string }[]>(),
  },
  (t) => [index('complaint_steps_complaint_idx').on(t.complaintId, t.id)],
);
export type ComplaintStepRow = typeof complaintSteps.$inferSelect;

export const complaintAttachments = pgTable(
  'complaint_attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    complaintId: uuid('complaint_id')
      .notNull()
      .references(() => complaints.id),
    sm3: text('sm3').notNull(),
    fileName: text('file_name').notNull(),
    mime: text('mime').notNull(),
    size: integer('size').notNull(),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('complaint_attachments_complaint_idx').on(t.complaintId)],
);
export type ComplaintAttachmentRow = typeof complaintAttachments.$inferSelect;

/**
 * 监督渠道 the bureau publishes (信访工作条例 第十五条): one row per bureau, edited in the console (audited), read by
 * the portal. `demo` marks seeded placeholder values so the portal never presents them as real numbers.
 */
export const complaintChannels = pgTable('complaint_channels', {
  bureauId: uuid('bureau_id')
    .primaryKey()
    .references(() => bureaus.id),
  hotline: text('hotline').notNull().default(''),
  hotlineHours: text('hotline_hours').notNull().default(''),
  mailAddress: text('mail_address').notNull().default(''),
  postcode: text('postcode').notNull().default(''),
  email: text('email').notNull().default(''),
  receptionAddress: text('reception_address').notNull().default(''),
  receptionHours: text('reception_hours').notNull().default(''),
  note: text('note').notNull().default(''),
  demo: boolean('demo').notNull().default(false),
  version: integer('version').notNull().default(1),
  updatedBy: uuid('updated_by').references(() => users.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});
export type ComplaintChannelsRow = typeof complaintChannels.$inferSelect;
