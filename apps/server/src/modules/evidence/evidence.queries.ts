/** Read models: a case's evidence (items, records, preservations), its property, and the bureau-wide register. */
import { checkEvidenceStage, type WorkdayCalendar } from '@quanze/domain';
import type { CaseEvidenceDto, CasePropertyDto, PropertyRegisterQuery, PropertyRegisterResponse } from '@quanze/contracts';
import type { Actor } from '../../platform/auth/actor.ts';
import type { Deps } from '../../platform/deps.ts';
import { procedureConfigOf } from '../calendar/index.ts';
import { caseAccess } from './evidence.policy.ts';
import { presentItem, presentPreservation, presentProperty } from './evidence.presenter.ts';
import { custodyOfItems, filesOfItems, itemsOfCase, listRegister, movementsOf, preservationsOfCase, propertyOfCase } from './evidence.repository.ts';

/** The working-day calendar the bureau's clocks are counted with (database calendar via the procedure config). */
export async function calendarOf(deps: Deps, bureauId: string): Promise<WorkdayCalendar> {
  return (await procedureConfigOf(deps, bureauId)).calendar;
}

export async function caseEvidence(deps: Deps, actor: Actor, caseId: string, maxUploadBytes: number): Promise<CaseEvidenceDto> {
  const access = await caseAccess(deps.db, actor, caseId);
  const [items, preservations, calendar] = await Promise.all([itemsOfCase(deps.db, caseId), preservationsOfCase(deps.db, caseId), calendarOf(deps, access.head.bureauId)]);
  const ids = items.map((i) => i.id);
  const [files, custody] = await Promise.all([filesOfItems(deps.db, ids), custodyOfItems(deps.db, ids)]);
  const now = deps.clock.now();
  const stage = checkEvidenceStage(access.head.state);
  return {
    items: items.map((i) =>
      presentItem(
        i,
        files.filter((f) => f.itemId === i.id),
        custody.filter((c) => c.itemId === i.id),
      ),
    ),
    preservations: preservations.map((p) => presentPreservation(p, calendar, now)),
    canAdd: access.canManage && stage.ok,
    canManage: access.canManage,
    addBlocked: stage.ok ? (access.canManage ? null : { reason: '只有本案承办人员、所在科室负责人或局领导可以登记证据', basis: { law: '行政处罚法', article: '第四十二条' } }) : { reason: stage.reason, basis: stage.basis },
    canApprove: access.canApprove,
    maxUploadBytes,
  };
}

export async function caseProperty(deps: Deps, actor: Actor, caseId: string): Promise<CasePropertyDto> {
  const access = await caseAccess(deps.db, actor, caseId);
  const rows = await propertyOfCase(deps.db, caseId);
  const movements = await movementsOf(deps.db, rows.map((r) => r.id));
  return {
    items: rows.map((r) => presentProperty(r, movements.filter((m) => m.propertyId === r.id), access.head)),
    canManage: access.canManage,
    canApprove: access.canApprove,
  };
}

export async function propertyRegister(deps: Deps, actor: Actor, q: PropertyRegisterQuery): Promise<PropertyRegisterResponse> {
  const { rows, total } = await listRegister(deps.db, {
    bureauId: actor.bureauId,
    departmentId: actor.scope === 'department' ? (actor.departmentId ?? '00000000-0000-0000-0000-000000000000') : undefined,
    userId: actor.scope === 'self' ? actor.userId : undefined,
    status: q.status,
    q: q.q,
    limit: q.pageSize,
    offset: (q.page - 1) * q.pageSize,
  });
  const movements = await movementsOf(deps.db, rows.map((r) => r.p.id));
  return {
    items: rows.map((r) => presentProperty(r.p, movements.filter((m) => m.propertyId === r.p.id), { caseNumber: r.caseNumber, partyName: r.partyName })),
    total,
    page: q.page,
    pageSize: q.pageSize,
  };
}
