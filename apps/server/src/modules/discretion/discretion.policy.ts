/**
 * What makes a benchmark unusable, and who may do what. Every validateBenchmark finding blocks a save except a
 * 减轻 tier that is no lighter than 从轻 (lawful, only pointless); so do a statutory range wider than the power's
 * list item and a benchmark written for another power. Reading and computing follow power:read; saving and
 * publishing need discretion:manage (the 法制 unit). Scope is the bureau: another bureau's power is a 404.
 */
import { discretionSources, validateBenchmark, type Citation, type DiscretionBenchmark, type StatutoryRange } from '@quanze/domain';
import type { Actor } from '../../platform/auth/actor.ts';
import { statutoryMismatches } from './discretion.defaults.ts';

export interface Problem {
  code: string;
  message: string;
  tier: string | null;
  basis: Citation;
  blocking: boolean;
}

const NON_BLOCKING = new Set<string>(['MITIGATED_NOT_BELOW_FLOOR']);

export function benchmarkProblems(b: DiscretionBenchmark, item: { code: string }, listed: StatutoryRange): Problem[] {
  const out: Problem[] = [];
  if (b.powerCode !== item.code)
    out.push({
      code: 'POWER_CODE_MISMATCH',
      message: `基准所属事项编码${b.powerCode}与本事项${item.code}不符`,
      tier: null,
      basis: discretionSources.BENCHMARK_PUBLICATION,
      blocking: true,
    });
  for (const m of statutoryMismatches(b.statutory, listed))
    out.push({ code: 'STATUTORY_NOT_AS_LISTED', message: m.message, tier: null, basis: m.basis, blocking: true });
  for (const p of validateBenchmark(b)) out.push({ ...p, blocking: !NON_BLOCKING.has(p.code) });
  return out;
}

export const inBureau = (actor: Actor, record: { bureauId: string }): boolean => record.bureauId === actor.bureauId;

export function discretionAbilities(actor: Actor, opts: { penaltyPower: boolean; hasCurrent: boolean }): ('edit' | 'compute')[] {
  const out: ('edit' | 'compute')[] = [];
  if (opts.penaltyPower && actor.permissions.has('discretion:manage')) out.push('edit');
  if (opts.hasCurrent && actor.permissions.has('power:read')) out.push('compute');
  return out;
}
