/** Read models: the scoped case list (department + state + date range, newest first) and the case detail. */
import { CASE_LIST_COUNT_CAP, type CaseDetailDto, type CaseListQuery, type CaseListResponse } from '@quanze/contracts';
import { toLocalDate } from '@quanze/domain';
import type { Actor } from '../../platform/auth/actor.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { listCaseRows, officerIdsOfUser } from './case-list.repository.ts';
import { deadlineFilterDueBy, nextDeadlinesFromPage } from '../deadlines/core.ts';
import { procedureConfigOf } from '../calendar/index.ts';
import { caseFileStateOf } from '../documents/index.ts';
import { caseAbilities, canSeeCase } from './cases.policy.ts';
import { presentDetail, presentSummary } from './cases.presenter.ts';
import { ARCHIVABLE, caseDetailRows, REPORTABLE } from './case-detail.repository.ts';
import { buildCaseActor, buildSnapshot, caseRecordOfView } from './snapshot-builder.ts';

/** Start of a calendar day in Asia/Shanghai. */
const shanghaiDayStart = (date: string): Date => new Date(`${date}T00:00:00+08:00`);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** 18-character resident ID / 统一社会信用代码, or the old 15-digit ID: searched by the blind index, exactly. */
const ID_NUMBER = /^[0-9A-Z]{15}$|^[0-9A-Z]{18}$/;

/**
 * 案件列表: the actor's scope (officer: the cases they investigate or registered; department head: the department;
 * bureau-wide roles: the bureau), the filters, the search box, newest first; offset pages or a keyset cursor.
 */
export async function listCasesFor(deps: Deps, actor: Actor, q: CaseListQuery): Promise<CaseListResponse> {
  const empty = { items: [], total: 0, totalCapped: false, page: q.page, pageSize: q.pageSize, nextCursor: null };
  if (actor.scope === 'department' && q.departmentId && q.departmentId !== actor.departmentId) return empty;
  if (q.cursor !== undefined && !UUID.test(q.cursor)) throw new AppError('VALIDATION_FAILED', '翻页参数无效，请从第一页重新查看', { fieldErrors: { cursor: ['翻页参数无效'] } });
  const term = q.q?.trim() ?? '';
  const idCandidate = term.toUpperCase();
  const { rows, total } = await listCaseRows(deps.db, {
    bureauId: actor.bureauId,
    departmentId: actor.scope === 'department' ? (actor.departmentId ?? '00000000-0000-0000-0000-000000000000') : q.departmentId,
    states: q.state,
    procedure: q.procedure,
    leadSource: q.leadSource,
    powerId: q.powerId,
    from: q.receivedFrom ? shanghaiDayStart(q.receivedFrom) : undefined,
    to: q.receivedTo ? new Date(shanghaiDayStart(q.receivedTo).getTime() + 86_400_000) : undefined,
    self: actor.scope === 'self' ? { userId: actor.userId, officerIds: await officerIdsOfUser(deps.db, actor.userId) } : undefined,
    search: term ? { prefix: term, idIndex: ID_NUMBER.test(idCandidate) ? deps.cipher.blindIndex(idCandidate) : null } : undefined,
    dueBy: q.deadline ? await deadlineFilterDueBy(deps, actor.bureauId, q.deadline) : undefined,
    afterId: q.cursor,
    limit: q.pageSize,
    offset: (q.page - 1) * q.pageSize,
    countCap: q.withTotal ? CASE_LIST_COUNT_CAP : null,
  });
  // The power labels and the next deadline clocks come with the page (one statement).
  const next = await nextDeadlinesFromPage(deps, actor.bureauId, rows);
  const last = rows.at(-1);
  return {
    items: rows.map((r) => ({ ...presentSummary(r, r.powerCode === null ? null : { code: r.powerCode, name: r.powerName ?? '' }), nextDeadline: next.get(r.id) ?? null })),
    total: total === null ? null : Math.min(total, CASE_LIST_COUNT_CAP),
    totalCapped: total !== null && total > CASE_LIST_COUNT_CAP,
    page: q.page,
    pageSize: q.pageSize,
    nextCursor: rows.length === q.pageSize && last ? last.id : null,
  };
}

export async function caseDetail(deps: Deps, actor: Actor, id: string): Promise<CaseDetailDto> {
  const now = deps.clock.now();
  // One statement for the case and everything hanging off it; the actor's facts and the calendar come from their
  // caches (a statement only when expired), asked at the same time.
  const [found, caseActor, config] = await Promise.all([caseDetailRows(deps.db, id, actor.userId), buildCaseActor(deps.db, actor, now, 'cached'), procedureConfigOf(deps, actor.bureauId)]);
  if (!found || !canSeeCase(actor, found.row, found.investigates)) throw notFound('案件');
  const { row, departmentName } = found;
  const record = await caseRecordOfView(deps.db, found, toLocalDate(now));
  const snapshot = buildSnapshot(record);
  // 归档 is offered only when the case file is complete; 调查终结 is shown blocked on an empty 证据目录 (第五十四条). The
  // statement read the documents and the evidence only where these are next.
  if (ARCHIVABLE.has(row.state)) snapshot.drafts = { ...snapshot.drafts, caseFileComplete: caseFileStateOf(row, record.steps, found.documents ?? [], found.evidence ?? []).check.complete };
  if (REPORTABLE.has(row.state)) snapshot.drafts = { ...snapshot.drafts, evidence: { items: (found.evidence ?? []).length } };
  return presentDetail(record, snapshot, caseAbilities(actor, caseActor, snapshot, now, config), deps.cipher, now, departmentName, config);
}
