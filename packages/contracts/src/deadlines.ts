/**
 * Deadlines (期限监控): every open clock of the cases — and of the complaints (信访工作条例) — in the user's data scope, and the in-app reminders the deadline
 * scan writes (upcoming / due today / overdue). Dates are YYYY-MM-DD; instants ISO strings.
 */
import { z } from 'zod';

const citation = z.object({ law: z.string(), article: z.string(), note: z.string().optional() });

export const DeadlineListQuery = z.object({
  clockId: z.string().max(60).optional(),
  departmentId: z.uuid().optional(),
  /** 'overdue': only overdue; 'open': only not yet overdue. */
  status: z.enum(['overdue', 'open']).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type DeadlineListQuery = z.infer<typeof DeadlineListQuery>;

/** 'publication': an item of the publication queue (公示管理; clockId `…:publicationId`, caseId its case if any). */
export const DeadlineSubject = z.enum(['case', 'complaint', 'publication']);
export type DeadlineSubject = z.infer<typeof DeadlineSubject>;

export const DeadlineItemDto = z.object({
  /** What the clock runs on: a case (caseId) or a complaint (complaintId; its page is /complaints/:id). */
  subject: DeadlineSubject,
  caseId: z.string().nullable(),
  complaintId: z.string().nullable(),
  /** The case number, or the complaint's reference number (XF2026-000123). */
  caseNumber: z.string().nullable(),
  /** The party, or the complainant (masked). */
  partyName: z.string(),
  /** Null for a complaint not yet assigned to a department. */
  departmentId: z.string().nullable(),
  departmentName: z.string().nullable(),
  state: z.string(),
  stateLabel: z.string(),
  clockId: z.string(),
  label: z.string(),
  startDate: z.string(),
  dueDate: z.string().nullable(),
  dayType: z.enum(['workingDays', 'calendarDays']),
  /** 'deadline': act by the due date; 'waitingPeriod': act only after it. */
  kind: z.enum(['deadline', 'waitingPeriod']),
  /** Who must act: the agency / officer, or the party (a party's window closing is shown as 届满, not overdue). */
  obligor: z.enum(['agency', 'officer', 'party']),
  /** Days of the clock's own type (working or calendar) left; 0 on the due date; negative when overdue. */
  daysLeft: z.number().nullable(),
  overdue: z.boolean(),
  suspended: z.boolean(),
  provisional: z.boolean(),
  provisionalYears: z.array(z.number().int()),
  basis: z.array(citation),
});
export type DeadlineItemDto = z.infer<typeof DeadlineItemDto>;

export const DeadlineListResponse = z.object({
  items: z.array(DeadlineItemDto),
  total: z.number().int(),
  overdueCount: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  today: z.string(),
  clockKinds: z.array(z.object({ clockId: z.string(), label: z.string() })),
});

export const ReminderLevel = z.enum(['upcoming', 'dueToday', 'overdue']);
export const NotificationDto = z.object({
  id: z.string(),
  caseId: z.string().nullable(),
  caseNumber: z.string().nullable(),
  /** A complaint's clock: the complaint and its reference number (the link goes to /complaints/:id). */
  complaintId: z.string().nullable(),
  complaintNumber: z.string().nullable(),
  clockId: z.string().nullable(),
  level: ReminderLevel,
  title: z.string(),
  body: z.string(),
  dueDate: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type NotificationDto = z.infer<typeof NotificationDto>;
export const NotificationListQuery = z.object({
  unread: z.enum(['1', '0']).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export const NotificationListResponse = z.object({
  items: z.array(NotificationDto),
  total: z.number().int(),
  unread: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export const UnreadCountResponse = z.object({ unread: z.number().int() });
export const MarkReadRequest = z.object({ ids: z.array(z.uuid()).max(200).optional(), all: z.boolean().optional() });

/** The bureau's reminder lead times: working days before the due date (e.g. 3 and 1), plus due-today and overdue. */
export const ReminderSettingsDto = z.object({
  leadWorkingDays: z
    .array(z.number().int('提前天数应为整数').min(1, '提前天数至少为1个工作日').max(30, '提前天数不超过30个工作日'))
    .max(5, '最多设置5个提醒时点'),
  version: z.number().int(),
});
export const ReminderSettingsRequest = z.object({
  leadWorkingDays: ReminderSettingsDto.shape.leadWorkingDays,
  version: z.number().int().min(0),
});

/** The case list's 下一期限 column: the case's earliest open clock its people must act on (stored by the deadline module). */
export const NextDeadlineDto = z.object({
  clockId: z.string(),
  label: z.string(),
  dueDate: z.string(),
  dayType: z.enum(['workingDays', 'calendarDays']),
  daysLeft: z.number().int(),
  overdue: z.boolean(),
  /** Within the bureau's longest reminder lead time (working days), or overdue. */
  dueSoon: z.boolean(),
  /** The count crossed a year whose official holiday schedule is not entered yet (暂定): the date may move. */
  provisional: z.boolean(),
});
export type NextDeadlineDto = z.infer<typeof NextDeadlineDto>;

/** The case list's 只看逾期/临期 filter: 'overdue' — a clock past its due date; 'attention' — overdue or due within the lead time. */
export const CaseDeadlineFilter = z.enum(['overdue', 'attention']);
export type CaseDeadlineFilter = z.infer<typeof CaseDeadlineFilter>;
