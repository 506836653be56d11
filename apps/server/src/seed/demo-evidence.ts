/**
 * The demo cases' 证据目录: the report of an investigation (调查终结) needs at least one evidence item (行政处罚法
 * 第五十四条、第四十条), so before a demo case's report its investigators register the documentary evidence the lead
 * came with — through the evidence module's own command, like everything else the demo does.
 */
import { and, eq, isNull } from 'drizzle-orm';
import { CreateEvidenceRequest } from '@quanze/contracts';
import type { Actor } from '../platform/auth/actor.ts';
import type { Deps } from '../platform/deps.ts';
import { caseOfficers } from '../modules/cases/index.ts';
import { createEvidence } from '../modules/evidence/index.ts';

export async function registerDemoEvidence(deps: Deps, actor: Actor, caseId: string): Promise<void> {
  const team = await deps.db
    .select({ officerId: caseOfficers.officerId })
    .from(caseOfficers)
    .where(and(eq(caseOfficers.caseId, caseId), isNull(caseOfficers.removedAt)));
  const input = CreateEvidenceRequest.parse({
    kind: 'documentary',
    name: '举报（来源）材料及相关书证',
    source: '案件来源材料',
    obtainedHow: 'onSiteCollection',
    collectorIds: team.map((t) => t.officerId),
    collectedAt: new Date(deps.clock.now().getTime() - 60 * 60 * 1000).toISOString(),
    place: '本局',
  });
  await createEvidence(deps, actor, caseId, input, null);
}
