/**
 * The investigating team and the decision clock in performCaseAction: 回避申请 and its decision (第四十三条 — a granted
 * investigator is taken off the case with the reason), 调整承办人员 (第四十二条), and 中止 / 恢复 / 延期 of the 90-day
 * decision clock (第六十条), kept on the case row and replayed by the domain's clock.
 */
import { closeSuspension, toLocalDate, type CaseInvestigator, type LocalDate, type PersonRef } from '@quanze/domain';
import { AppError } from '../../../platform/errors.ts';
import { assignOfficers, decideRecusalRow, insertRecusal, officersInBureau, personOfUser, removeOfficers } from '../cases.repository.ts';
import { payloadOf, type ActionContext, type PreparerTable } from './action-input.ts';

const invalid = (field: string, message: string) => new AppError('VALIDATION_FAILED', message, { fieldErrors: { [field]: [message] } });

/** The case's current investigators (assigned, not taken off) as the snapshot lists them. */
function currentTeam(c: ActionContext): CaseInvestigator[] {
  return c.record.assignments
    .filter((a) => a.removedAt === null)
    .flatMap((a) => {
      const o = c.record.officers.get(a.officerId);
      return o ? [{ userId: o.userId, officer: o.officer }] : [];
    });
}

const refOf = (i: CaseInvestigator): PersonRef => ({ userId: i.userId, officerId: i.officer.id, name: i.officer.name });

export const TEAM_PREPARERS = {
  requestRecusal: async (c, input) => {
    let person: PersonRef | null;
    if (input.role === 'investigator') {
      if (!input.officerId) throw invalid('officerId', '请选择申请回避的执法人员');
      const [o] = await officersInBureau(c.tx, c.row.bureauId, [input.officerId]);
      person = o ? { userId: o.userId, officerId: o.officer.id, name: o.officer.name } : null;
      if (!person) throw invalid('officerId', '所选执法人员不存在');
    } else {
      if (!input.userId) throw invalid('userId', '请选择申请回避的人员');
      person = await personOfUser(c.tx, c.row.bureauId, input.userId);
      if (!person) throw invalid('userId', '所选人员不存在');
    }
    const named = person;
    return {
      drafts: { recusalRequest: { person: named, role: input.role, requestedBy: input.requestedBy, reason: input.reason } },
      payload: { ...payloadOf(input), person: named },
      after: async (x) => {
        const r = await insertRecusal(x.tx, {
          caseId: x.row.id,
          role: input.role,
          userId: named.userId,
          officerId: named.officerId,
          personName: named.name,
          requestedBy: input.requestedBy,
          reason: input.reason,
          requestedAt: x.now,
          recordedBy: x.actor.userId,
          recordedByName: x.actor.displayName,
        });
        return { payload: { recusalId: r.id } };
      },
    };
  },

  decideRecusal: (c, input) => {
    const r = (c.record.recusals ?? []).find((x) => x.id === input.recusalId);
    if (!r) throw invalid('recusalId', '回避申请不存在');
    const person: PersonRef = { userId: r.userId, officerId: r.officerId, name: r.personName };
    return {
      drafts: { recusal: { person, role: r.role, granted: input.granted } },
      payload: { ...payloadOf(input), role: r.role, person },
      after: async (x) => {
        const status = input.granted ? 'granted' : 'refused';
        const done = await decideRecusalRow(x.tx, r.id, { status, decidedAt: x.now, decidedBy: x.actor.userId, decidedByName: x.actor.displayName, decisionReason: input.reason });
        if (!done) throw new AppError('CONFLICT', '该回避申请已经作出决定');
        if (input.granted && r.role === 'investigator' && r.officerId) {
          await removeOfficers(x.tx, x.row.id, [r.officerId], `决定回避：${input.reason}`, x.now);
        }
        return { payload: { status } };
      },
    };
  },

  assignInvestigators: async (c, input) => {
    const team = currentTeam(c);
    const onCase = new Set(team.map((i) => i.officer.id));
    const removeIds = [...new Set(input.removeOfficerIds)];
    const notOnCase = removeIds.filter((id) => !onCase.has(id));
    if (notOnCase.length > 0) throw new AppError('OFFICER_NOT_ON_CASE', '要调出的人员不是本案在办的承办人员', { fieldErrors: { removeOfficerIds: ['不是本案在办的承办人员'] } });
    const addIds = [...new Set(input.addOfficerIds)].filter((id) => !onCase.has(id) || removeIds.includes(id));
    const found = await officersInBureau(c.tx, c.row.bureauId, addIds);
    if (found.length !== addIds.length) throw invalid('addOfficerIds', '所选执法人员不存在');
    const added = found.map((o) => ({ userId: o.userId, officer: o.officer }));
    const removed = team.filter((i) => removeIds.includes(i.officer.id));
    const next = [...team.filter((i) => !removeIds.includes(i.officer.id)), ...added];
    const reason = input.reason;
    return {
      snapshot: { investigators: next },
      drafts: { investigatorChange: { added, removed: removed.map(refOf), reason } },
      payload: { reason, added: added.map((i) => ({ officerId: i.officer.id, name: i.officer.name })), removed: removed.map((i) => ({ officerId: i.officer.id, name: i.officer.name })) },
      after: async (x) => {
        await removeOfficers(x.tx, x.row.id, removed.map((i) => i.officer.id), `调整承办人员：${reason}`, x.now);
        await assignOfficers(x.tx, x.row.id, added.map((i) => i.officer.id), x.actor.userId, x.now);
        return {};
      },
    };
  },

  suspendDecisionClock: (c, input) => {
    const from = input.from as LocalDate;
    return {
      drafts: { decisionClockChange: { kind: 'suspend', from, reason: input.reason } },
      set: { decisionClockSuspensions: [...c.row.decisionClockSuspensions, { from, to: null, reason: input.reason, recordedBy: c.actor.displayName }] },
      payload: payloadOf(input),
    };
  },
  resumeDecisionClock: (c, input) => {
    const resumedOn = (input.resumedOn ?? toLocalDate(c.now)) as LocalDate;
    const open = c.row.decisionClockSuspensions.find((s) => s.to === null || s.to === undefined);
    return {
      drafts: { decisionClockChange: { kind: 'resume', resumedOn } },
      set: { decisionClockSuspensions: closeSuspension(c.row.decisionClockSuspensions, resumedOn) },
      payload: { ...payloadOf(input), resumedOn, suspendedFrom: open?.from ?? null },
    };
  },
  extendDecisionClock: (c, input) => ({
    drafts: { decisionClockChange: { kind: 'extend', days: input.days, reason: input.reason, collectiveDecision: input.collectiveDecision } },
    set: {
      decisionClockExtensions: [
        ...c.row.decisionClockExtensions,
        { days: input.days, reason: input.reason, approvedAt: c.now.toISOString(), approvedBy: c.actor.displayName },
      ],
    },
    payload: payloadOf(input),
  }),
} satisfies Partial<PreparerTable>;
