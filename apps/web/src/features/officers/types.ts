/**
 * Officer and certificate DTO types, derived from the zod schemas in @quanze/contracts (docs/api-officers.md).
 * `ReturnType<S['parse']>` is a schema's output type, so the web needs no direct zod import.
 */
import type {
  AddCommitmentRequest as AddCommitmentSchema,
  AddOfficerRecordRequest as AddRecordSchema,
  AddTrainingRequest as AddTrainingSchema,
  ApplyCertificateRequest as ApplySchema,
  CertificateAction as CertificateActionSchema,
  CertificateAlertDto as AlertSchema,
  CertificateStatus as CertificateStatusSchema,
  CertificateTransitionRequest as TransitionSchema,
  CommitImportResponse as CommitImportSchema,
  EligibilityDto as EligibilitySchema,
  EmploymentType as EmploymentTypeSchema,
  OfficerDashboardDto as DashboardSchema,
  OfficerImportDto as ImportSchema,
  OfficerList as OfficerListSchema,
  PublicCertificateDto as PublicCertificateSchema,
  SaveOfficerRequest as SaveOfficerSchema,
  UpdateOfficerRequest as UpdateOfficerSchema,
} from '@quanze/contracts';

type Output<S extends { parse: (value: unknown) => unknown }> = ReturnType<S['parse']>;

export type { CertificateDto, OfficerDetailDto, OfficerSummaryDto } from '@quanze/contracts';
export type CertificateAlert = Output<typeof AlertSchema>;
export type CertificateStatus = Output<typeof CertificateStatusSchema>;
export type CertificateAction = Output<typeof CertificateActionSchema>;
export type EmploymentType = Output<typeof EmploymentTypeSchema>;
export type OfficerList = Output<typeof OfficerListSchema>;
export type OfficerDashboard = Output<typeof DashboardSchema>;
export type SaveOfficerRequest = Output<typeof SaveOfficerSchema>;
export type UpdateOfficerRequest = Output<typeof UpdateOfficerSchema>;
export type AddTrainingRequest = Output<typeof AddTrainingSchema>;
export type AddRecordRequest = Output<typeof AddRecordSchema>;
export type AddCommitmentRequest = Output<typeof AddCommitmentSchema>;
export type ApplyCertificateRequest = Output<typeof ApplySchema>;
export type CertificateTransitionRequest = Output<typeof TransitionSchema>;
export type Eligibility = Output<typeof EligibilitySchema>;
export type PublicCertificate = Output<typeof PublicCertificateSchema>;

/** What an OfficerSummaryDto's `abilities` may hold (apps/server officers.policy.ts). */
export type OfficerAbility = 'edit' | 'leave' | 'addTraining' | 'addRecord' | 'addCommitment' | 'applyCertificate' | 'reveal' | 'uploadPhoto';

/** The list's alert filter (OfficerListQuery.alert). */
export type OfficerAlertFilter = 'expiring' | 'overdueReview' | 'trainingDeficit' | 'any';

/** Progress and row-by-row report of a roster import (contracts roster.ts). */
export type ImportReport = Output<typeof ImportSchema>;
export type CommitImportResponse = Output<typeof CommitImportSchema>;
