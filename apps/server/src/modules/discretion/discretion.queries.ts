/**
 * Read side: a power's benchmark with its versions, and the calculator (computeDiscretion, checkProposedPenalty
 * from packages/domain) run against the current published benchmark — or a saved version asked for by number.
 */
import type { z } from 'zod';
import type { CheckPenaltyResponse, DiscretionFactsInput, DiscretionResultDto, PowerDiscretionDto } from '@quanze/contracts';
import {
  checkProposedPenalty,
  computeDiscretion,
  discretionSources,
  type DiscretionFacts,
  type DiscretionResult,
  type ProposedPenalty,
} from '@quanze/domain';
import type { Actor } from '../../platform/auth/actor.ts';
import type { Executor } from '../../platform/db.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { defaultBenchmark, statutoryOfItem } from './discretion.defaults.ts';
import { benchmarkProblems, discretionAbilities, inBureau } from './discretion.policy.ts';
import { mutable, presentCheck, presentResult, presentVersion } from './discretion.presenter.ts';
import { currentItem, currentPublished, getPower, getVersion, versionsOf, type BenchmarkRow } from './discretion.repository.ts';

/** The power in the actor's bureau and its list item; anything else is a 404. */
export async function powerInScope(db: Executor, actor: Actor, powerId: string, lock = false) {
  const power = await getPower(db, powerId, lock);
  if (!power || !inBureau(actor, power)) throw notFound('执法事项');
  const item = await currentItem(db, power.bureauId, powerId);
  if (!item) throw notFound('执法事项');
  return { power, item, listed: statutoryOfItem(item) };
}

export async function discretionDetail(deps: Deps, actor: Actor, powerId: string): Promise<PowerDiscretionDto> {
  const { item, listed } = await powerInScope(deps.db, actor, powerId);
  const versions = await versionsOf(deps.db, powerId);
  const currentNo = versions.find((v) => v.status === 'published')?.versionNo ?? null;
  const newest = versions[0];
  const draftNo = newest && newest.status === 'draft' && newest.versionNo > (currentNo ?? 0) ? newest.versionNo : null;
  const [current, draft] = await Promise.all([
    currentNo ? getVersion(deps.db, powerId, currentNo) : undefined,
    draftNo ? getVersion(deps.db, powerId, draftNo) : undefined,
  ]);
  const withBenchmark = (r: BenchmarkRow | undefined) => (r ? { ...presentVersion(r, currentNo), benchmark: mutable(r.benchmark) } : null);
  const problems = current && listed ? benchmarkProblems(current.benchmark, item, listed) : [];
  const suggested = versions.length === 0 && listed ? defaultBenchmark(item, listed) : null;
  return {
    powerId,
    powerCode: item.code,
    powerName: item.name,
    category: item.category,
    statutory: listed ? mutable(listed) : null,
    current: withBenchmark(current),
    draft: withBenchmark(draft),
    suggested: suggested ? mutable(suggested) : null,
    problems: mutable(problems),
    version: newest?.versionNo ?? 0,
    history: versions.map((v) => presentVersion(v, currentNo)),
    abilities: discretionAbilities(actor, { penaltyPower: listed !== null, hasCurrent: currentNo !== null }),
  };
}

interface ComputeInput {
  powerId: string;
  facts: DiscretionFactsInput;
  versionNo?: number | undefined;
}

async function compute(deps: Deps, actor: Actor, input: ComputeInput): Promise<{ result: DiscretionResult; versionNo: number }> {
  await powerInScope(deps.db, actor, input.powerId);
  const row = input.versionNo ? await getVersion(deps.db, input.powerId, input.versionNo) : await currentPublished(deps.db, input.powerId);
  if (!row)
    throw input.versionNo
      ? notFound('裁量基准版本')
      : new AppError('BENCHMARK_MISSING', '该事项尚未公布裁量基准，无法计算', { basis: discretionSources.BENCHMARK_PUBLICATION });
  const facts: DiscretionFacts = input.facts;
  try {
    return { result: computeDiscretion(row.benchmark, facts), versionNo: row.versionNo };
  } catch (e) {
    // computeDiscretion refuses impossible facts (and a benchmark with no applicable tier) with a Chinese reason.
    if (e instanceof RangeError) throw new AppError('VALIDATION_FAILED', e.message);
    throw e;
  }
}

export async function computeForPower(deps: Deps, actor: Actor, input: ComputeInput): Promise<DiscretionResultDto> {
  const { result, versionNo } = await compute(deps, actor, input);
  return presentResult(result, versionNo);
}

export async function checkForPower(
  deps: Deps,
  actor: Actor,
  input: ComputeInput & { proposed: ProposedPenalty },
): Promise<z.infer<typeof CheckPenaltyResponse>> {
  const { result, versionNo } = await compute(deps, actor, input);
  let check;
  try {
    check = checkProposedPenalty(result, input.proposed);
  } catch (e) {
    if (e instanceof RangeError) throw new AppError('VALIDATION_FAILED', e.message);
    throw e;
  }
  return { result: presentResult(result, versionNo), check: presentCheck(check) };
}
