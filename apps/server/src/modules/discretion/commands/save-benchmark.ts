/**
 * Save a power's discretion benchmark as a new version (draft, or published = current at once): guard (the
 * power's statutory range from its list item, validateBenchmark), then one transaction with the version row and
 * the audit row. A stale `version` is a 409; any blocking problem is a 400 listing every problem, nothing written.
 */
import type { DiscretionBenchmarkInput } from '@quanze/contracts';
import { discretionSources, type DiscretionBenchmark } from '@quanze/domain';
import { appendAudit } from '../../../platform/audit/audit-writer.ts';
import { auditContextOf, type Actor } from '../../../platform/auth/actor.ts';
import type { Deps } from '../../../platform/deps.ts';
import { AppError, forbidden, versionConflict } from '../../../platform/errors.ts';
import { benchmarkProblems } from '../discretion.policy.ts';
import { powerInScope } from '../discretion.queries.ts';
import { insertVersion, latestVersionNo } from '../discretion.repository.ts';

export interface SaveBenchmarkInput {
  benchmark: DiscretionBenchmarkInput;
  version: number;
  publish: boolean;
  note?: string | undefined;
}

export async function saveBenchmark(
  deps: Deps,
  actor: Actor,
  powerId: string,
  input: SaveBenchmarkInput,
  ip: string | null,
): Promise<number> {
  if (!actor.permissions.has('discretion:manage')) throw forbidden('没有制定裁量基准的权限');
  return deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const { power, item, listed } = await powerInScope(tx, actor, powerId, true);
    if (!listed)
      throw new AppError('NOT_PENALTY_POWER', '只有行政处罚事项（且权责清单列明处罚种类和幅度）可以设定裁量基准', {
        basis: discretionSources.BENCHMARK_PUBLICATION,
      });
    const latest = await latestVersionNo(tx, powerId);
    if (input.version !== latest) throw versionConflict();

    // The list item names the power; the benchmark follows it.
    const benchmark: DiscretionBenchmark = { ...input.benchmark, powerName: item.name };
    const problems = benchmarkProblems(benchmark, item, listed);
    const blocking = problems.filter((p) => p.blocking);
    if (blocking.length > 0) {
      const messages = blocking.map((p) => p.message);
      throw new AppError('BENCHMARK_INVALID', `裁量基准有${blocking.length}处问题，未保存：${messages.join('；')}`, {
        basis: blocking[0]!.basis,
        fieldErrors: { benchmark: messages },
        details: { problems },
      });
    }

    const status = input.publish ? 'published' : 'draft';
    const versionNo = latest + 1;
    const id = await insertVersion(tx, {
      bureauId: power.bureauId,
      powerId,
      versionNo,
      status,
      powerCode: item.code,
      benchmark,
      note: input.note ?? null,
      savedBy: actor.userId,
      savedByName: actor.displayName,
      createdAt: now,
    });
    await appendAudit(tx, auditContextOf(actor, ip), now, {
      action: input.publish ? 'discretion.publish' : 'discretion.saveDraft',
      objectType: 'power',
      objectId: powerId,
      summary: {
        benchmarkId: id,
        powerCode: item.code,
        before: { version: latest },
        after: { version: versionNo, status },
        source: `${benchmark.source.law} ${benchmark.source.article}`,
        tiers: benchmark.tiers.map((t) => t.level),
        note: input.note ?? null,
      },
      basis: discretionSources.BENCHMARK_PUBLICATION,
    });
    return versionNo;
  });
}
