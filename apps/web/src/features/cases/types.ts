/** Penalty-case DTO types, derived from the zod schemas in @quanze/contracts (cases.ts). */
import type {
  CaseAbilityDto as AbilitySchema,
  CaseClockDto as ClockSchema,
  CaseListResponse as ListSchema,
  CaseStepDto as StepSchema,
  RegisterLeadRequest as RegisterSchema,
} from '@quanze/contracts';

type Output<S extends { parse: (value: unknown) => unknown }> = ReturnType<S['parse']>;

export type { CaseDetailDto, CasePeopleResponse, CasePersonDto, CaseSummaryDto } from '@quanze/contracts';
export type CaseList = Output<typeof ListSchema>;
export type CaseAbility = Output<typeof AbilitySchema>;
export type CaseStep = Output<typeof StepSchema>;
export type CaseClock = Output<typeof ClockSchema>;
export type RegisterLeadInput = Output<typeof RegisterSchema>;

export interface CaseQuery {
  departmentId?: string;
  state?: string;
  receivedFrom?: string;
  receivedTo?: string;
  page: number;
  pageSize: number;
}
