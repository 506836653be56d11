/** Discretion DTO types, derived from the zod schemas in @quanze/contracts (discretion.ts). */
import type {
  CheckPenaltyResponse as CheckResponseSchema,
  DiscretionBenchmarkInput as BenchmarkSchema,
  DiscretionFactsInput as FactsSchema,
  DiscretionResultDto as ResultSchema,
  DiscretionTier as TierSchema,
  PowerDiscretionDto as PowerDiscretionSchema,
  ProposedPenaltyInput as ProposedSchema,
  SaveBenchmarkRequest as SaveSchema,
} from '@quanze/contracts';

type Output<S extends { parse: (value: unknown) => unknown }> = ReturnType<S['parse']>;

export type PowerDiscretion = Output<typeof PowerDiscretionSchema>;
export type Benchmark = Output<typeof BenchmarkSchema>;
export type BenchmarkTier = Output<typeof TierSchema>;
export type DiscretionFacts = Output<typeof FactsSchema>;
export type DiscretionResult = Output<typeof ResultSchema>;
export type ProposedPenalty = Output<typeof ProposedSchema>;
export type CheckPenaltyResponse = Output<typeof CheckResponseSchema>;
export type PenaltyCheck = CheckPenaltyResponse['check'];
export type SaveBenchmarkRequest = Output<typeof SaveSchema>;
