/**
 * 证据登记: an evidence item (with its structured record for 询问笔录 / 现场检查笔录) and the first link of its
 * chain of custody, in one transaction with the audit row. Guards: the case's stage (filed, before the decision),
 * two collecting officers (第四十二条), the record's officers, certificates and signature (第四十二条、第五十五条).
 */
import { checkCollectors, checkRecord, EVIDENCE_KIND_LABELS, EVIDENCE_KIND_RULES, evidenceSources, OBTAINED_HOW_LABELS, RECORD_KIND_LABELS, toLocalDate } from '@quanze/domain';
import type { CreateEvidenceRequest } from '@quanze/contracts';
import { appendAudit } from '../../../platform/audit/audit-writer.ts';
import { auditContextOf, type Actor } from '../../../platform/auth/actor.ts';
import type { Deps } from '../../../platform/deps.ts';
import { AppError } from '../../../platform/errors.ts';
import { assertEvidenceStage, assertRule, caseAccess, requireManage } from '../evidence.policy.ts';
import { insertCustody, insertItem, nextItemSeq, officersWithCertificate, type EvidenceItemRow } from '../evidence.repository.ts';

export async function createEvidence(deps: Deps, actor: Actor, caseId: string, input: CreateEvidenceRequest, ip: string | null): Promise<EvidenceItemRow> {
  const now = deps.clock.now();
  const collectedAt = new Date(input.collectedAt);
  if (collectedAt.getTime() > now.getTime() + 60_000) throw new AppError('VALIDATION_FAILED', '收集时间不能晚于当前时间', { fieldErrors: { collectedAt: ['收集时间不能晚于当前时间'] } });
  return deps.db.transaction(async (tx) => {
    const access = await caseAccess(tx, actor, caseId, true);
    assertEvidenceStage(access);
    requireManage(access);
    const found = await officersWithCertificate(tx, access.head.bureauId, input.collectorIds);
    const byId = new Map(found.map((o) => [o.officerId, o]));
    const missing = input.collectorIds.filter((id) => !byId.has(id));
    if (missing.length) throw new AppError('VALIDATION_FAILED', '收集人不是本局执法人员', { fieldErrors: { collectorIds: ['收集人不是本局执法人员'] } });
    assertRule(checkCollectors(input.kind, input.collectorIds));
    const collectors = input.collectorIds.map((id) => byId.get(id)!);
    if (input.record) {
      const allowedKinds = EVIDENCE_KIND_RULES[input.kind].recordKinds;
      if (!allowedKinds.includes(input.record.kind)) {
        throw new AppError('RECORD_INCOMPLETE', `${RECORD_KIND_LABELS[input.record.kind]}不能登记为“${EVIDENCE_KIND_LABELS[input.kind]}”`, { basis: evidenceSources.EVIDENCE_KINDS_PENALTY });
      }
      assertRule(
        checkRecord({
          ...input.record,
          date: toLocalDate(new Date(input.record.startedAt)),
          place: input.place,
          officers: collectors.map((o) => ({ officerId: o.officerId, name: o.name, certificate: o.certificate })),
        }),
      );
    }
    const seq = await nextItemSeq(tx, caseId);
    const officerRefs = collectors.map((o) => ({ officerId: o.officerId, name: o.name, certificateNumber: o.certificate?.number ?? null }));
    const item = await insertItem(tx, {
      bureauId: access.head.bureauId,
      caseId,
      seq,
      kind: input.kind,
      name: input.name,
      source: input.source,
      obtainedHow: input.obtainedHow,
      collectors: officerRefs,
      collectedAt,
      place: input.place,
      description: input.description,
      record: input.record,
      createdBy: actor.userId,
      createdByName: actor.displayName,
      createdAt: now,
    });
    await insertCustody(tx, {
      itemId: item.id,
      seq: 1,
      kind: 'collected',
      fromHolder: null,
      toHolder: input.holder?.trim() || collectors[0]!.name,
      reason: `收集入卷（${OBTAINED_HOW_LABELS[input.obtainedHow]}，${input.place}）`,
      correctsSeq: null,
      actorId: actor.userId,
      actorName: actor.displayName,
      at: collectedAt,
    });
    await appendAudit(tx, auditContextOf(actor, ip), now, {
      action: input.record ? 'evidence.record.create' : 'evidence.create',
      objectType: 'evidenceItem',
      objectId: item.id,
      summary: { caseId, seq, kind: input.kind, name: input.name, record: input.record?.kind ?? null, collectors: officerRefs.map((o) => o.name) },
      basis: input.record ? evidenceSources.RECORD_REQUIRED : evidenceSources.EVIDENCE_KINDS_PENALTY,
    });
    return item;
  });
}
