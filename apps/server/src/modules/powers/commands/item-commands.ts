/**
 * Draft changes to the power list: add an item, edit it, remove it — only while the version is a draft
 * (canEditListVersion), each one transaction with its audit row. A removed item stays in the draft, marked, so the
 * version shows what it changes; published versions are never touched.
 */
import { and, eq, ne } from 'drizzle-orm';
import type { PowerInput } from '@quanze/contracts';
import { appendAudit } from '../../../platform/audit/audit-writer.ts';
import { auditContextOf, type Actor } from '../../../platform/auth/actor.ts';
import type { Tx } from '../../../platform/db.ts';
import type { Deps } from '../../../platform/deps.ts';
import { AppError, notFound, versionConflict } from '../../../platform/errors.ts';
import { assertMayManagePowers, canEditItems, inPowerScope } from '../powers.policy.ts';
import { getItem, getList, openAssignment, type ItemRow, type ListRow } from '../powers.repository.ts';
import { powerListItems, powers } from '../powers.table.ts';
import { checkItemInput, itemValues, linkBasis } from './item-values.ts';

type Ip = string | null;

async function editableList(tx: Tx, actor: Actor, listId: string): Promise<ListRow> {
  assertMayManagePowers(actor);
  const list = await getList(tx, listId, true);
  if (!list || list.bureauId !== actor.bureauId) throw notFound('权责清单版本');
  if (!canEditItems(actor, list)) throw new AppError('CONFLICT', '只有草稿状态的清单版本可以修改（已审批的请先退回）');
  return list;
}

async function assertCodeFree(tx: Tx, listId: string, code: string, exceptPowerId?: string): Promise<void> {
  const [dup] = await tx
    .select({ id: powerListItems.id })
    .from(powerListItems)
    .where(and(eq(powerListItems.listId, listId), eq(powerListItems.code, code), ne(powerListItems.change, 'removed'), ...(exceptPowerId ? [ne(powerListItems.powerId, exceptPowerId)] : [])));
  if (dup) throw new AppError('DUPLICATE', `本版本已有编码为 ${code} 的事项`, { fieldErrors: { code: ['编码已被使用'] } });
}

export async function addItem(deps: Deps, actor: Actor, listId: string, input: PowerInput, ip: Ip): Promise<string> {
  checkItemInput(input);
  return deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const list = await editableList(tx, actor, listId);
    await assertCodeFree(tx, list.id, input.code);
    const basis = await linkBasis(tx, list.bureauId, input.basis);
    const [p] = await tx.insert(powers).values({ bureauId: list.bureauId, subjectId: list.subjectId, createdAt: now }).returning({ id: powers.id });
    await tx.insert(powerListItems).values({ ...itemValues(input, basis), bureauId: list.bureauId, listId: list.id, powerId: p!.id, change: 'added', createdAt: now, updatedAt: now });
    await appendAudit(tx, auditContextOf(actor, ip), now, {
      action: 'power.add',
      objectType: 'power',
      objectId: p!.id,
      summary: { listVersion: list.versionNo, code: input.code, name: input.name, category: input.category },
    });
    return p!.id;
  });
}

async function lockItem(tx: Tx, actor: Actor, list: ListRow, powerId: string, version: number): Promise<ItemRow> {
  const item = await getItem(tx, list.id, powerId, true);
  if (!item) throw notFound('执法事项');
  const open = await openAssignment(tx, powerId);
  if (!inPowerScope(actor, open?.departmentId ?? null)) throw notFound('执法事项');
  if (item.version !== version) throw versionConflict();
  if (item.change === 'removed') throw new AppError('CONFLICT', '该事项已在本版本中删除');
  return item;
}

export async function updateItem(deps: Deps, actor: Actor, listId: string, powerId: string, patch: Partial<PowerInput> & { version: number }, ip: Ip): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const list = await editableList(tx, actor, listId);
    const item = await lockItem(tx, actor, list, powerId, patch.version);
    const { version: _v, ...fields } = patch;
    const merged: PowerInput = {
      code: item.code,
      catalogCode: item.catalogCode,
      category: item.category,
      catalogType: item.catalogType,
      name: item.name,
      target: item.target,
      basis: item.basis.map((b) => ({ ...b, articleIds: [...b.articleIds] })),
      departmentName: item.departmentName,
      level: item.level,
      enforcementField: item.enforcementField,
      area: item.area,
      sanctions: item.sanctions ? { ...item.sanctions, multipleOfIllegalIncome: item.sanctions.multipleOfIllegalIncome ? [...item.sanctions.multipleOfIllegalIncome] : null, otherSanctions: [...item.sanctions.otherSanctions] } : null,
      hearingEligible: item.hearingEligible,
      hearingCondition: item.hearingCondition,
      scope: item.scope,
      authority: item.authority,
      standard: item.standard,
      procedure: item.procedure,
      responsibility: item.responsibility,
      accountabilityTriggers: item.accountabilityTriggers,
      statutoryTimeLimit: item.statutoryTimeLimit,
      fees: item.fees,
      supervisionChannel: item.supervisionChannel,
      verification: item.verification,
      verificationNote: item.verificationNote,
      notes: item.notes,
      ...Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)),
    };
    // A new code without a new 执法类别 takes the code's 领域.
    if (fields.code !== undefined && fields.enforcementField === undefined) delete merged.enforcementField;
    checkItemInput(merged);
    if (merged.code !== item.code) await assertCodeFree(tx, list.id, merged.code, powerId);
    const basis = fields.basis !== undefined ? await linkBasis(tx, list.bureauId, fields.basis) : item.basis;
    await tx
      .update(powerListItems)
      .set({ ...itemValues(merged, [...basis]), change: item.change === 'added' ? 'added' : 'modified', version: item.version + 1, updatedAt: now })
      .where(eq(powerListItems.id, item.id));
    const changed = Object.keys(fields);
    await appendAudit(tx, auditContextOf(actor, ip), now, {
      action: 'power.update',
      objectType: 'power',
      objectId: powerId,
      summary: { listVersion: list.versionNo, code: merged.code, fields: changed, before: Object.fromEntries(changed.map((k) => [k, item[k as keyof ItemRow]])) },
    });
  });
}

export async function removeItem(deps: Deps, actor: Actor, listId: string, powerId: string, input: { reason: string; version: number }, ip: Ip): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const list = await editableList(tx, actor, listId);
    const item = await lockItem(tx, actor, list, powerId, input.version);
    await tx.update(powerListItems).set({ change: 'removed', changeReason: input.reason, version: item.version + 1, updatedAt: now }).where(eq(powerListItems.id, item.id));
    await appendAudit(tx, auditContextOf(actor, ip), now, {
      action: 'power.remove',
      objectType: 'power',
      objectId: powerId,
      summary: { listVersion: list.versionNo, code: item.code, name: item.name, reason: input.reason },
    });
  });
}
