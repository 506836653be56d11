import type { z } from 'zod';
import type { PowerAssignmentDto, PowerItemDto, PowerListVersionDto, SanctionRangeDto } from '@quanze/contracts';
import { isAssignmentInForce, POWER_CATEGORY_LABELS, POWER_LIST_STATUS_LABELS, type LocalDate, type SanctionRange } from '@quanze/domain';
import type { Actor } from '../../platform/auth/actor.ts';
import { itemAbilities, listAbilities } from './powers.policy.ts';
import { toAssignment, type AssignmentRow, type ItemRow, type ListRow } from './powers.repository.ts';

const sanctionDto = (s: SanctionRange | null | undefined): SanctionRangeDto | null =>
  s
    ? { ...s, multipleOfIllegalIncome: s.multipleOfIllegalIncome ? [s.multipleOfIllegalIncome[0], s.multipleOfIllegalIncome[1]] : null, otherSanctions: [...s.otherSanctions] }
    : null;

export function presentItem(actor: Actor, list: ListRow, i: ItemRow, assignedDepartmentId: string | null): PowerItemDto {
  return {
    id: i.id,
    powerId: i.powerId,
    listId: i.listId,
    change: i.change,
    code: i.code,
    catalogCode: i.catalogCode,
    category: i.category,
    categoryLabel: POWER_CATEGORY_LABELS[i.category],
    catalogType: i.catalogType,
    name: i.name,
    target: i.target,
    basis: i.basis.map((b) => ({ law: b.law, article: b.article, gist: b.gist, articleIds: [...b.articleIds] })),
    departmentName: i.departmentName,
    level: i.level,
    enforcementField: i.enforcementField,
    area: i.area,
    sanctions: sanctionDto(i.sanctions),
    hearingEligible: i.hearingEligible,
    hearingCondition: i.hearingCondition,
    scope: i.scope,
    authority: i.authority,
    standard: i.standard,
    procedure: i.procedure,
    responsibility: i.responsibility,
    accountabilityTriggers: i.accountabilityTriggers,
    statutoryTimeLimit: i.statutoryTimeLimit ?? null,
    fees: i.fees,
    supervisionChannel: i.supervisionChannel,
    verification: i.verification,
    verificationNote: i.verificationNote,
    notes: i.notes,
    version: i.version,
    abilities: itemAbilities(actor, list, i.change, assignedDepartmentId),
  };
}

export function presentList(actor: Actor, l: ListRow, counts: Record<ItemRow['change'], number> | undefined): z.infer<typeof PowerListVersionDto> {
  const c = counts ?? { unchanged: 0, added: 0, modified: 0, removed: 0 };
  return {
    id: l.id,
    subjectId: l.subjectId,
    versionNo: l.versionNo,
    status: l.status,
    statusLabel: POWER_LIST_STATUS_LABELS[l.status],
    title: l.title,
    note: l.note,
    draftedBy: l.draftedBy,
    draftedByName: l.draftedByName,
    approvedBy: l.approvedBy,
    approvedByName: l.approvedByName,
    approvedOn: l.approvedOn,
    publishedOn: l.publishedOn,
    statusReason: l.statusReason,
    itemCount: c.unchanged + c.added + c.modified,
    changes: { added: c.added, modified: c.modified, removed: c.removed },
    version: l.version,
    abilities: listAbilities(actor, l),
  };
}

export interface NameMaps {
  departments: ReadonlyMap<string, string>;
  posts: ReadonlyMap<string, { name: string; role: 'A' | 'B'; status: 'active' | 'closed' }>;
  leaders: ReadonlyMap<string, string>;
}

export function presentAssignment(a: AssignmentRow, names: NameMaps, date: LocalDate): z.infer<typeof PowerAssignmentDto> {
  return {
    id: a.id,
    powerId: a.powerId,
    departmentId: a.departmentId,
    departmentName: a.departmentId ? (names.departments.get(a.departmentId) ?? null) : null,
    posts: a.postIds.flatMap((id) => {
      const p = names.posts.get(id);
      return p ? [{ id, ...p }] : [];
    }),
    leaderInChargeId: a.leaderInChargeId,
    leaderInChargeName: a.leaderInChargeId ? (names.leaders.get(a.leaderInChargeId) ?? null) : null,
    effectiveFrom: a.effectiveFrom,
    effectiveTo: a.effectiveTo,
    reason: a.reason,
    createdByName: a.createdByName,
    createdAt: a.createdAt.toISOString(),
    inForce: isAssignmentInForce(toAssignment(a), date),
  };
}
