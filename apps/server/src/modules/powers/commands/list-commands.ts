/**
 * Versions of the power list: a draft is opened as a copy of the version in force; the domain's transition table
 * and guards (checkListTransition, with checkListDraft before approval) decide approve / return / publish /
 * discard; publishing supersedes the version before. Every version is kept with its items.
 */
import { and, eq, inArray } from 'drizzle-orm';
import {
  basisArticleIds,
  checkListDraft,
  checkListTransition,
  nextListVersionNo,
  POWER_LIST_ACTION_LABELS,
  powerSources,
  toLocalDate,
  versionsSupersededBy,
  type PowerListAction,
} from '@quanze/domain';
import { appendAudit } from '../../../platform/audit/audit-writer.ts';
import { auditContextOf, type Actor } from '../../../platform/auth/actor.ts';
import type { Deps } from '../../../platform/deps.ts';
import { AppError, notFound, versionConflict } from '../../../platform/errors.ts';
import { loadLegalArticles } from '../../legal-basis/index.ts';
import { enforcementSubjects } from '../../subjects/index.ts';
import { assertMayManagePowers } from '../powers.policy.ts';
import { getList, itemsOfLists, listsOfBureau, toListVersion, toPower } from '../powers.repository.ts';
import { powerListItems, powerLists } from '../powers.table.ts';

type Ip = string | null;

/** Opens a draft of the bureau's own subject's list, copying the items of the version in force. */
export async function createDraftList(deps: Deps, actor: Actor, input: { title?: string | undefined; note?: string | null | undefined }, ip: Ip): Promise<string> {
  assertMayManagePowers(actor);
  return deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const [subject] = await tx
      .select({ id: enforcementSubjects.id, name: enforcementSubjects.name })
      .from(enforcementSubjects)
      .where(and(eq(enforcementSubjects.bureauId, actor.bureauId), eq(enforcementSubjects.isBureauItself, true)))
      .for('update');
    if (!subject) throw new AppError('CONFLICT', '本局尚未登记为执法主体，请先在“执法主体”中登记');
    const lists = (await listsOfBureau(tx, actor.bureauId)).filter((l) => l.subjectId === subject.id);
    const open = lists.find((l) => l.status === 'draft' || l.status === 'approved');
    if (open) throw new AppError('CONFLICT', `已有未公布的第 ${open.versionNo} 版（${open.status === 'draft' ? '草稿' : '已审批待公布'}），请在该版本上修改`, { details: { listId: open.id } });
    const versionNo = nextListVersionNo(lists.map(toListVersion), subject.id);
    const [list] = await tx
      .insert(powerLists)
      .values({
        bureauId: actor.bureauId,
        subjectId: subject.id,
        versionNo,
        status: 'draft',
        title: input.title ?? `${subject.name}权责清单（第${versionNo}版）`,
        note: input.note ?? null,
        draftedBy: actor.userId,
        draftedByName: actor.displayName,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: powerLists.id });
    const base = lists.find((l) => l.status === 'published');
    const items = base ? await itemsOfLists(tx, [base.id]) : [];
    for (let i = 0; i < items.length; i += 500) {
      await tx.insert(powerListItems).values(
        items.slice(i, i + 500).map(({ id: _id, listId: _l, createdAt: _c, updatedAt: _u, version: _v, changeReason: _r, ...rest }) => ({
          ...rest,
          listId: list!.id,
          change: 'unchanged' as const,
          createdAt: now,
          updatedAt: now,
        })),
      );
    }
    await appendAudit(tx, auditContextOf(actor, ip), now, {
      action: 'powerList.draft',
      objectType: 'powerList',
      objectId: list!.id,
      summary: { versionNo, copiedFrom: base?.versionNo ?? null, items: items.length },
    });
    return list!.id;
  });
}

export async function transitionList(
  deps: Deps,
  actor: Actor,
  listId: string,
  input: { action: PowerListAction; reason?: string | null | undefined; version: number },
  ip: Ip,
): Promise<void> {
  if (!actor.permissions.has('power:manage') && !actor.permissions.has('power:approve')) throw new AppError('FORBIDDEN', '没有办理权责清单审批的权限');
  await deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const date = toLocalDate(now);
    const list = await getList(tx, listId, true);
    if (!list || list.bureauId !== actor.bureauId) throw notFound('权责清单版本');
    if (list.version !== input.version) throw versionConflict();
    let draftProblems;
    if (input.action === 'approve') {
      const items = await itemsOfLists(tx, [list.id]);
      const powers = items.map((i) => toPower(i, list.subjectId));
      const articles = await loadLegalArticles(tx, list.bureauId, { ids: [...new Set(powers.flatMap(basisArticleIds))] });
      draftProblems = checkListDraft(powers, new Map(articles.map((a) => [a.id, a])), date);
    }
    const check = checkListTransition(toListVersion(list), input.action, { actorId: actor.userId, actorRoles: actor.roles, reason: input.reason ?? null, date, ...(draftProblems ? { draftProblems } : {}) });
    if (!check.ok) {
      throw new AppError(check.code, check.reason, {
        basis: check.basis,
        ...(draftProblems ? { details: { problems: draftProblems.filter((p) => p.blocking).map((p) => ({ powerId: p.powerId, code: p.code, message: p.message })) } } : {}),
      });
    }
    let superseded: string[] = [];
    if (input.action === 'publish') {
      const lists = await listsOfBureau(tx, list.bureauId);
      superseded = versionsSupersededBy({ ...toListVersion(list), status: 'published' }, lists.map(toListVersion));
      if (superseded.length) await tx.update(powerLists).set({ status: 'superseded', updatedAt: now }).where(inArray(powerLists.id, superseded));
    }
    await tx
      .update(powerLists)
      .set({
        status: check.to,
        statusReason: input.reason ?? null,
        ...(input.action === 'approve' ? { approvedBy: actor.userId, approvedByName: actor.displayName, approvedOn: date } : {}),
        ...(input.action === 'return' ? { approvedBy: null, approvedByName: null, approvedOn: null } : {}),
        ...(input.action === 'publish' ? { publishedOn: date } : {}),
        version: list.version + 1,
        updatedAt: now,
      })
      .where(eq(powerLists.id, list.id));
    await appendAudit(tx, auditContextOf(actor, ip), now, {
      action: `powerList.${input.action}`,
      objectType: 'powerList',
      objectId: list.id,
      summary: { label: POWER_LIST_ACTION_LABELS[input.action], versionNo: list.versionNo, before: { status: list.status }, after: { status: check.to }, reason: input.reason ?? null, superseded },
      basis: powerSources.LIST_PUBLICATION,
    });
  });
}
