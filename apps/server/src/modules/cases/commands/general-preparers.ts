/**
 * The general procedure's part of performCaseAction (see action-input.ts): filing, investigation, review, collective
 * discussion, notice, statement, the hearing (request, notice with its presider, hearing, withdrawal),
 * decision (numbered 示司罚决字〔YYYY〕第N号 in the bureau's unbroken yearly series) and the outcomes without a penalty.
 */
import {
  dayOfWeek,
  formatDocumentNumber,
  isWeekend,
  nextNumber,
  toLocalDate,
  WEEKDAY_LABELS,
  type DocumentNumberKind,
  type LocalDate,
} from '@quanze/domain';
import { AppError } from '../../../platform/errors.ts';
import { evidenceOfCase } from '../../documents/index.ts';
import { allocateNumber, assignOfficers, leaderUserIds, officersInBureau, personOfUser } from '../cases.repository.ts';
import { payloadOf, type ActionContext, type AfterCheck, type PreparerTable } from './action-input.ts';
import { decisionEffects } from './decision-effects.ts';

/** 机关代字: bureaus.short_name is written like 示司 (示司罚决字…); the kind code already begins with 司. */
export function issuerOf(shortName: string): string {
  return shortName.endsWith('司') && shortName.length > 1 ? shortName.slice(0, -1) : shortName;
}

async function issueNumber(c: ActionContext, kind: DocumentNumberKind): Promise<string> {
  const year = Number(toLocalDate(c.now).slice(0, 4));
  const sequence = await allocateNumber(c.tx, c.row.bureauId, kind, year, c.now, (last) => nextNumber(last, year).sequence);
  return formatDocumentNumber({ issuer: issuerOf(c.bureau.shortName), kind, year, sequence });
}

const closure = (reason: string, noPenaltyGround: null | 'minorCorrected' | 'firstViolation' | 'noFault' | 'factsNotEstablished' | 'limitationExpired' | 'partyNotPunishable' = null, receivingOrgan: string | null = null) => ({
  closure: { reason, noPenaltyGround, receivingOrgan },
});

/**
 * A hearing on a rest day of the bureau's working-day calendar (周末、法定节假日、调休休息日). No article forbids it, so it
 * is a confirmation, not a refusal: without `confirmRestDay` the request is answered 422 HEARING_ON_REST_DAY (the UI
 * asks and resends); with it the step records that the rest day was confirmed.
 */
function restDayCheck(c: ActionContext, scheduledFor: LocalDate, confirmed: boolean): AfterCheck {
  const calendar = c.config.calendar;
  if (calendar.isWorkingDay(scheduledFor)) return {};
  if (confirmed) return { payload: { restDayConfirmed: true } };
  const kind = isWeekend(scheduledFor) ? `${WEEKDAY_LABELS[dayOfWeek(scheduledFor)]}，休息日` : '法定节假日或调休休息日';
  const provisional = calendar.isProvisional(scheduledFor) ? `（${scheduledFor.slice(0, 4)}年节假日安排尚未录入，暂按周末判断）` : '';
  const next = calendar.nextWorkingDay(scheduledFor);
  const message = `听证日期${scheduledFor}为${kind}${provisional}。确需在休息日举行听证的，请确认后再提交；也可改定于${next}（下一个工作日）`;
  throw new AppError('HEARING_ON_REST_DAY', message, {
    fieldErrors: { scheduledFor: [message] },
    details: { scheduledFor, nextWorkingDay: next, confirmWith: 'confirmRestDay' },
  });
}

export const GENERAL_PREPARERS = {
  fileCase: (_c, input) => ({
    payload: payloadOf(input),
    after: async (c) => {
      const caseNumber = await issueNumber(c, 'filing');
      return { set: { caseNumber }, payload: { caseNumber } };
    },
  }),
  declineFiling: (_c, input) => ({ drafts: closure(input.reason), payload: payloadOf(input) }),
  reopenInvestigation: (_c, input) => ({ drafts: { reopenReason: input.reason }, payload: payloadOf(input) }),

  startInvestigation: async (c, input) => {
    const ids = [...new Set(input.officerIds)];
    const found = await officersInBureau(c.tx, c.row.bureauId, ids);
    const missing = ids.filter((id) => !found.some((o) => o.officer.id === id));
    if (missing.length > 0) throw new AppError('VALIDATION_FAILED', '所选执法人员不存在', { fieldErrors: { officerIds: ['所选执法人员不存在'] } });
    return {
      snapshot: { investigators: found.map((o) => ({ userId: o.userId, officer: o.officer })) },
      payload: { officerIds: ids, names: found.map((o) => o.officer.name) },
      after: async (x) => {
        await assignOfficers(x.tx, x.row.id, ids, x.actor.userId, x.now);
        return {};
      },
    };
  },
  submitInvestigationReport: async (c, input) => ({
    snapshot: { proposedPenalty: input.proposedPenalty },
    // The guard refuses a report on an empty 证据目录 (第五十四条、第四十条).
    drafts: { ...(input.closureReason ? closure(input.closureReason) : {}), evidence: { items: (await evidenceOfCase(c.tx, c.row.id)).items } },
    set: { proposedPenalty: input.proposedPenalty },
    payload: payloadOf(input),
  }),

  completeLegalReview: (c, input) => ({ payload: { ...payloadOf(input), reviewedPenalty: c.row.proposedPenalty ?? [] } }),
  returnLegalReview: (c, input) => ({ payload: { ...payloadOf(input), reviewedPenalty: c.row.proposedPenalty ?? [] } }),

  servePriorNotice: (_c, input) => ({ drafts: { priorNotice: payloadOf(input) as never }, payload: payloadOf(input) }),
  recordStatementAndDefence: (_c, input) => ({ payload: payloadOf(input) }),
  recordStatementWaiver: (_c, input) => ({ payload: payloadOf(input) }),
  recordHearingWaiver: (_c, input) => ({ payload: payloadOf(input) }),

  requestHearing: (c, input) => {
    const receivedOn = (input.receivedOn ?? toLocalDate(c.now)) as LocalDate;
    return { drafts: { hearingRequestReceivedOn: receivedOn }, payload: { ...payloadOf(input), receivedOn } };
  },
  serveHearingNotice: async (c, input) => {
    const presider = await personOfUser(c.tx, c.row.bureauId, input.presiderUserId);
    if (!presider) throw new AppError('VALIDATION_FAILED', '听证主持人不存在', { fieldErrors: { presiderUserId: ['听证主持人不存在'] } });
    const scheduledFor = input.scheduledFor as LocalDate;
    return {
      drafts: { hearingSchedule: { scheduledFor, presider } },
      payload: { scheduledFor, place: input.place, presider },
      // Asked only once the guards passed (第六十四条's seven working days and the presider), so the user confirms a
      // hearing that can otherwise be noticed.
      after: (x) => Promise.resolve(restDayCheck(x, scheduledFor, input.confirmRestDay)),
    };
  },
  replaceHearingPresider: async (c, input) => {
    const presider = await personOfUser(c.tx, c.row.bureauId, input.presiderUserId);
    if (!presider) throw new AppError('VALIDATION_FAILED', '听证主持人不存在', { fieldErrors: { presiderUserId: ['听证主持人不存在'] } });
    return { drafts: { newPresider: presider }, payload: { presider, reason: input.reason } };
  },
  holdHearing: (_c, input) => ({ drafts: { hearingRecord: { outcome: input.outcome, recordSigned: input.recordSigned } }, payload: payloadOf(input) }),
  recordHearingWithdrawal: (_c, input) => ({ payload: payloadOf(input) }),

  recordCollectiveDiscussion: async (c, input) => {
    // Who is a 负责人 is the account's role (leader), never the client's say-so; a name without an account is not one.
    const leaders = await leaderUserIds(c.tx, c.row.bureauId, input.attendees.flatMap((a) => (a.userId ? [a.userId] : [])));
    // One attendee after another: the transaction is one pg client (platform/db-all.ts).
    const attendees = [];
    for (const [i, a] of input.attendees.entries()) {
      const person = a.userId ? await personOfUser(c.tx, c.row.bureauId, a.userId) : { userId: null, officerId: null, name: a.name };
      if (!person || person.name === '') {
        throw new AppError('VALIDATION_FAILED', '参会人员不存在或未填写姓名', { fieldErrors: { [`attendees.${i}`]: ['参会人员不存在或未填写姓名'] } });
      }
      attendees.push({ person, isLeader: person.userId !== null && leaders.has(person.userId), claimedLeader: a.isLeader });
    }
    const claimedNotLeader = attendees.filter((a) => a.claimedLeader && !a.isLeader).map((a) => a.person.name);
    return {
      drafts: {
        collectiveDiscussion: {
          attendees: attendees.map(({ person, isLeader }) => ({ person, isLeader })),
          approvedPenalty: input.approvedPenalty,
          minutesRecorded: input.minutesRecorded,
        },
      },
      payload: { ...payloadOf(input), attendees: attendees.map((a) => ({ ...a.person, isLeader: a.isLeader })), ...(claimedNotLeader.length ? { notLeaders: claimedNotLeader } : {}) },
    };
  },

  decide: (c, input) => {
    const draft = {
      penalty: input.penalty,
      partyName: c.row.partyName,
      partyAddress: input.partyAddress || (c.row.partyAddress ?? ''),
      facts: input.facts,
      evidence: input.evidence,
      legalBasis: input.legalBasis,
      performance: input.performance,
      remedies: input.remedies,
      agencyName: c.bureau.name,
      decisionDate: toLocalDate(c.now),
      sealed: input.sealed,
      partyPresent: input.partyPresent,
      mitigation: input.mitigation,
    };
    const { partyName: _name, ...kept } = draft;
    return {
      drafts: { decision: draft },
      payload: kept,
      after: async (x) => {
        const decisionNumber = await issueNumber(x, 'decision');
        await decisionEffects(x.tx, {
          caseId: x.row.id,
          bureauId: x.row.bureauId,
          departmentId: x.row.departmentId,
          powerId: x.row.powerId,
          decisionNumber,
          decidedAt: x.now,
          penalty: input.penalty,
          party: { kind: x.row.partyKind, name: x.row.partyName },
          actorUserId: x.actor.userId,
        }, x.config.calendar);
        return { set: { decisionNumber }, payload: { decisionNumber } };
      },
    };
  },
  decideNoPenalty: (_c, input) => ({ drafts: closure(input.reason, input.ground), payload: payloadOf(input) }),
  withdraw: (_c, input) => ({ drafts: closure(input.reason), payload: payloadOf(input) }),
  transfer: (_c, input) => ({ drafts: closure(input.reason, null, input.receivingOrgan), payload: payloadOf(input) }),
} satisfies Partial<PreparerTable>;
