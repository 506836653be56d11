/**
 * The case console around the list and the detail: saved views of the list (常用筛选), the case's business log
 * (操作记录: its steps and audit rows) and the audited reveal of the party's ID number.
 */
import { z } from 'zod';
import { CaseListFilters } from './cases.ts';

const viewName = z.string().trim().min(1, '请填写名称').max(40, '名称不超过 40 个字');

/** 保存常用筛选: the current filter set under a name; `shared` offers it to the owner's department. */
export const CreateCaseViewRequest = z.object({
  name: viewName,
  filters: CaseListFilters,
  shared: z.boolean().default(false),
});
export type CreateCaseViewRequest = z.infer<typeof CreateCaseViewRequest>;

export const UpdateCaseViewRequest = z.object({
  version: z.number().int().min(1),
  name: viewName.optional(),
  filters: CaseListFilters.optional(),
  shared: z.boolean().optional(),
});
export type UpdateCaseViewRequest = z.infer<typeof UpdateCaseViewRequest>;

/** The saved filters as the server sends them (parsed: the states as an array). */
export const CaseListFiltersDto = z.object({
  departmentId: z.string().optional(),
  state: z.array(z.string()).optional(),
  procedure: z.string().optional(),
  leadSource: z.string().optional(),
  powerId: z.string().optional(),
  receivedFrom: z.string().optional(),
  receivedTo: z.string().optional(),
  q: z.string().optional(),
});

export const CaseViewDto = z.object({
  id: z.string(),
  name: z.string(),
  filters: CaseListFiltersDto,
  shared: z.boolean(),
  /** The actor's own view (may rename, change, delete); otherwise shared by a colleague of the department. */
  mine: z.boolean(),
  ownerName: z.string(),
  version: z.number(),
  updatedAt: z.string(),
});
export type CaseViewDto = z.infer<typeof CaseViewDto>;
export const CaseViewListResponse = z.object({ items: z.array(CaseViewDto) });

/**
 * One entry of a case's 操作记录: an audit row (who, when, what), with the step it recorded when there is one (the
 * step carries what was entered, for a readable summary). Steps without an audit row (none in practice) are listed too.
 */
export const CaseHistoryEntryDto = z.object({
  key: z.string(),
  at: z.string(),
  actorName: z.string().nullable(),
  action: z.string(),
  label: z.string(),
  result: z.enum(['success', 'failure']),
  basis: z.string().nullable(),
  step: z
    .object({ id: z.number(), action: z.string(), fromState: z.string(), toState: z.string(), payload: z.record(z.string(), z.unknown()) })
    .nullable(),
  /** The audit summary for entries without a step (e.g. which field was revealed and why). */
  details: z.record(z.string(), z.unknown()).nullable(),
});
export type CaseHistoryEntryDto = z.infer<typeof CaseHistoryEntryDto>;
export const CaseHistoryResponse = z.object({ items: z.array(CaseHistoryEntryDto) });

/** 查看完整证件号码: the reason is kept in the audit row. */
export const RevealPartyIdRequest = z.object({ reason: z.string().trim().min(2, '请填写查看原因').max(200, '查看原因不超过 200 个字') });
export const RevealPartyIdResponse = z.object({ idNumber: z.string() });

/**
 * The bureau's accounts a case action may name: 负责人 (role leader) for a collective discussion, a hearing presider,
 * the legal reviewer whose recusal is asked. Roles come from the account; the server checks each choice again.
 */
export const CasePersonDto = z.object({
  userId: z.string(),
  name: z.string(),
  roles: z.array(z.string()),
  departmentName: z.string().nullable(),
  /** An investigator of this case now (may not preside a hearing, 第六十四条). */
  investigator: z.boolean(),
});
export type CasePersonDto = z.infer<typeof CasePersonDto>;
export const CasePeopleResponse = z.object({ items: z.array(CasePersonDto) });
export type CasePeopleResponse = z.infer<typeof CasePeopleResponse>;
