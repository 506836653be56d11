/**
 * Power list DTO types, derived from the zod schemas in @quanze/contracts (powers.ts).
 * `ReturnType<S['parse']>` is a schema's output type, so the web needs no direct zod import.
 */
import type {
  AssignPowerRequest as AssignSchema,
  CommitPowerImportResponse as CommitSchema,
  CoverageReportDto as CoverageReportSchema,
  CoverageStatus as CoverageStatusSchema,
  CreateTargetRequest as CreateTargetSchema,
  ListDraftProblemDto as ProblemSchema,
  PowerAssignmentDto as AssignmentSchema,
  PowerCategory as CategorySchema,
  PowerCoverageDto as PowerCoverageSchema,
  PowerDetailDto as DetailSchema,
  PowerImportDto as ImportSchema,
  PowerItemDto as ItemSchema,
  PowerItemList as ItemListSchema,
  PowerListAction as ListActionSchema,
  PowerListVersionDetailDto as ListDetailSchema,
  PowerListVersionDto as ListVersionSchema,
  TargetDto as TargetSchema,
  UpdatePowerItemRequest as UpdateItemSchema,
  UpdateTargetRequest as UpdateTargetSchema,
} from '@quanze/contracts';

type Output<S extends { parse: (value: unknown) => unknown }> = ReturnType<S['parse']>;

export type PowerCategory = Output<typeof CategorySchema>;
export type CoverageStatus = Output<typeof CoverageStatusSchema>;
export type PowerItem = Output<typeof ItemSchema>;
export type PowerItemList = Output<typeof ItemListSchema>;
export type PowerDetail = Output<typeof DetailSchema>;
export type PowerAssignment = Output<typeof AssignmentSchema>;
export type PowerCoverage = Output<typeof PowerCoverageSchema>;
export type CoverageReport = Output<typeof CoverageReportSchema>;
export type CoverageReason = PowerCoverage['reasons'][number];
export type OfficerOnPower = PowerCoverage['officers'][number];
export type AssignPowerRequest = Output<typeof AssignSchema>;
export type UpdatePowerItemRequest = Output<typeof UpdateItemSchema>;
export type PowerListVersion = Output<typeof ListVersionSchema>;
export type PowerListVersionDetail = Output<typeof ListDetailSchema>;
export type ListDraftProblem = Output<typeof ProblemSchema>;
export type PowerListAction = Output<typeof ListActionSchema>;
export type Target = Output<typeof TargetSchema>;
export type CreateTargetRequest = Output<typeof CreateTargetSchema>;
export type UpdateTargetRequest = Output<typeof UpdateTargetSchema>;
export type PowerImport = Output<typeof ImportSchema>;
export type CommitPowerImportResponse = Output<typeof CommitSchema>;
