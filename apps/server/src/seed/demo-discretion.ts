/**
 * Demo discretion benchmarks (裁量基准) for the penalty powers of the demo list, published as version 1: the real
 * §4 tables of JUSTICE-POWERS.md (packages/domain discretion fixtures: 北京, 重庆, 凤凰县, 衢州) where the power
 * codes match — other cities' texts, borrowed for the demo and noted so — and for every other penalty power with a
 * fine, multiple or suspension a 示例 benchmark split into thirds of its statutory range (defaultBenchmark).
 * Each must pass the same checks as a save through the API.
 */
import { REAL_FIXTURES } from '@quanze/domain/discretion-fixtures';
import type { DiscretionBenchmark } from '@quanze/domain';
import type { Tx } from '../platform/db.ts';
import { benchmarkProblems, defaultBenchmark, discretionBenchmarks, statutoryOfItem } from '../modules/discretion/index.ts';
import { inForceLists, itemsOfLists, listsOfBureau } from '../modules/powers/index.ts';

export async function seedDemoDiscretion(tx: Tx, bureauId: string, now: Date): Promise<void> {
  const lists = inForceLists(await listsOfBureau(tx, bureauId));
  const items = await itemsOfLists(
    tx,
    lists.map((l) => l.id),
  );
  const rows = items.flatMap((item) => {
    const listed = statutoryOfItem(item);
    if (!listed) return [];
    const fixture = REAL_FIXTURES.find((f) => f.powerCode === item.code);
    const benchmark: DiscretionBenchmark | null = fixture
      ? {
          ...fixture,
          powerName: item.name,
          source: { ...fixture.source, note: `${fixture.source.note ?? ''}；演示数据借用外地基准文本，非本局现行基准` },
        }
      : defaultBenchmark(item, listed);
    if (!benchmark) return [];
    const blocking = benchmarkProblems(benchmark, item, listed).filter((p) => p.blocking);
    if (blocking.length > 0) throw new Error(`demo benchmark ${item.code}: ${blocking.map((p) => p.message).join('; ')}`);
    return [
      {
        bureauId,
        powerId: item.powerId,
        versionNo: 1,
        status: 'published' as const,
        powerCode: item.code,
        benchmark,
        note: fixture ? '演示：外地裁量基准（JUSTICE-POWERS.md §4）' : '演示：按法定幅度三等分生成的示例基准',
        savedBy: null,
        savedByName: '演示数据',
        createdAt: now,
      },
    ];
  });
  if (rows.length > 0) await tx.insert(discretionBenchmarks).values(rows);
}
