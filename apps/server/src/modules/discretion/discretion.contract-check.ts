/**
 * Compile-time proof that the zod schemas in packages/contracts mirror the domain types exactly: the same keys on
 * every object and the same enum values. A field added to the domain and not to the contract fails `tsc`.
 */
import type { z } from 'zod';
import type * as C from '@quanze/contracts';
import type * as D from '@quanze/domain';
import type { DeepMutable } from './discretion.presenter.ts';

type Expect<T extends true> = T;
type SameKeys<A, B> = [Exclude<keyof A, keyof B> | Exclude<keyof B, keyof A>] extends [never] ? true : false;
type SameUnion<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type In<S extends z.ZodType> = z.infer<S>;
type Tier = In<typeof C.DiscretionTier>;

export type ContractMatchesDomain = [
  Expect<SameKeys<In<typeof C.DiscretionBenchmarkInput>, D.DiscretionBenchmark>>,
  Expect<SameKeys<Tier, D.DiscretionTier>>,
  Expect<SameKeys<In<typeof C.StatutoryRange>, D.StatutoryRange>>,
  Expect<SameKeys<NonNullable<In<typeof C.StatutoryRange>['fineMultiple']>, NonNullable<D.StatutoryRange['fineMultiple']>>>,
  Expect<SameKeys<NonNullable<In<typeof C.StatutoryRange>['suspension']>, NonNullable<D.StatutoryRange['suspension']>>>,
  Expect<SameKeys<In<typeof C.DiscretionPolicy>, D.DiscretionPolicy>>,
  Expect<SameKeys<In<typeof C.DiscretionGround>, D.DiscretionGround>>,
  Expect<SameKeys<In<typeof C.TierScheme>, D.TierScheme>>,
  Expect<SameKeys<In<typeof C.TierLevel>, D.TierLevel>>,
  Expect<SameKeys<In<typeof C.DeviationRule>, D.DeviationRule>>,
  Expect<SameKeys<In<typeof C.FirstViolationEntry>, D.FirstViolationEntry>>,
  Expect<SameKeys<In<typeof C.DiscretionCitation>, D.Citation>>,
  Expect<SameKeys<In<typeof C.DiscretionFactsInput>, D.DiscretionFacts>>,
  Expect<SameKeys<In<typeof C.ProposedPenaltyInput>, D.ProposedPenalty>>,
  Expect<SameUnion<In<typeof C.DiscretionParty>['kind'], D.DiscretionParty['kind']>>,
  Expect<SameUnion<In<typeof C.TierKindEnum>, D.TierKind>>,
  Expect<SameUnion<In<typeof C.HarmLevelEnum>, D.HarmLevel>>,
  Expect<SameUnion<In<typeof C.CorrectionStateEnum>, D.CorrectionState>>,
  Expect<SameUnion<In<typeof C.MentalStateEnum>, D.MentalState>>,
  Expect<SameUnion<In<typeof C.DiscretionSanctionKindEnum>, D.DiscretionSanctionKind>>,
  Expect<SameUnion<In<typeof C.SuspensionKindEnum>, D.SuspensionKind>>,
  Expect<SameUnion<In<typeof C.GroundEffectEnum>, D.GroundEffect>>,
  Expect<SameUnion<In<typeof C.DiscretionSourceTagEnum>, D.DiscretionSourceTag>>,
  Expect<SameUnion<In<typeof C.NumericFactEnum>, D.NumericFact>>,
  Expect<SameUnion<In<typeof C.DiscretionResultDto>['tier']['kind'], D.TierKind>>,
  // Both directions of the condition language and of the whole benchmark.
  Expect<SameUnion<C.DiscretionConditionInput, DeepMutable<D.DiscretionCondition>>>,
  Expect<[In<typeof C.DiscretionBenchmarkInput>] extends [D.DiscretionBenchmark] ? true : false>,
  Expect<[DeepMutable<D.DiscretionBenchmark>] extends [In<typeof C.DiscretionBenchmarkInput>] ? true : false>,
  Expect<
    SameKeys<In<typeof C.DiscretionResultDto>, D.DiscretionResult & { rangeText: string; lawfulText: string; benchmarkVersion: number }>
  >,
];
