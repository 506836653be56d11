/**
 * The investigating team after filing — recusal requests and decisions (第四十三条), making up the team again
 * (第四十二条) — and 中止 / 恢复 / 延期 of the 90-day decision clock (第六十条, LAW.md §11 T7), and the leaders a
 * collective discussion needs (第五十七条).
 */
import { describe, expect, it } from 'vitest';
import { computeDeadline } from '../deadlines/compute-deadline.ts';
import { checkAction } from './check-action.ts';
import { DEFAULT_PROCEDURE_CONFIG } from './config.ts';
import type { CaseActor } from './guard-kit.ts';
import { closeSuspension } from './guards/decision-clock.ts';
import { at, HEAD, LEADER, LI, makeCase, makeOfficer, OFFICER_WANG, OFFICER_ZHANG, PRINCIPAL, refOf, WANG, withCase, ZHANG } from './procedure-fixtures.ts';
import type { CaseSnapshot, DecisionClockChange } from './snapshot.ts';

const codeOf = (s: CaseSnapshot, action: Parameters<typeof checkAction>[1], actor: CaseActor, now: Date): string => {
  const r = checkAction(s, action, actor, now);
  return r.ok ? 'ok' : r.code;
};
const li = { userId: 'u-li', officerId: 'o-li', name: '李四' };
const investigating = makeCase('investigating');

describe('recusal requests (第四十三条)', () => {
  const request = (change: Partial<NonNullable<CaseSnapshot['drafts']['recusalRequest']>> = {}) =>
    withCase(investigating, {
      drafts: { recusalRequest: { person: li, role: 'investigator', requestedBy: 'party', reason: '李四系当事人近亲属', ...change } },
    });

  it.each<[string, CaseSnapshot, CaseActor, string]>([
    ['the party’s request, recorded by an investigator', request(), OFFICER_ZHANG, 'ok'],
    ['recorded by the department head', request(), HEAD, 'ok'],
    ['no reason', request({ reason: ' ' }), OFFICER_ZHANG, 'RECUSAL_REASON_MISSING'],
    ['a person who is not an investigator of the case', request({ person: refOf(OFFICER_WANG) }), OFFICER_ZHANG, 'RECUSAL_PERSON_NOT_IN_ROLE'],
    ['“self” recusal asked for someone else', request({ requestedBy: 'self' }), OFFICER_ZHANG, 'RECUSAL_NOT_SELF'],
    ['self recusal by the officer himself', request({ requestedBy: 'self', person: refOf(OFFICER_ZHANG) }), OFFICER_ZHANG, 'ok'],
    [
      'a second request while one is pending',
      withCase(request(), { recusals: [{ person: li, role: 'investigator', status: 'pending' }] }),
      OFFICER_ZHANG,
      'RECUSAL_ALREADY_REQUESTED',
    ],
    ['an officer not on the case may not record it', request(), OFFICER_WANG, 'ACTOR_NOT_CASE_MANAGER'],
    [
      'a presider who is not the designated one',
      withCase(makeCase('hearingNoticed'), { drafts: { recusalRequest: { person: li, role: 'presider', requestedBy: 'party', reason: '有利害关系' } } }),
      HEAD,
      'RECUSAL_PERSON_NOT_IN_ROLE',
    ],
  ])('%s', (_name, snapshot, actor, expected) => {
    expect(codeOf(snapshot, 'requestRecusal', actor, at('2026-08-10'))).toBe(expected);
  });

  it('is decided by the leader in charge, for the role requested', () => {
    const pending = withCase(investigating, { recusals: [{ person: li, role: 'investigator', status: 'pending' }] });
    const deciding = withCase(pending, { drafts: { recusal: { person: li, role: 'investigator', granted: true } } });
    expect(codeOf(deciding, 'decideRecusal', LEADER, at('2026-08-10'))).toBe('ok');
    expect(checkAction(deciding, 'decideRecusal', HEAD, at('2026-08-10'))).toMatchObject({
      code: 'ACTOR_NOT_LEADER_IN_CHARGE',
      basis: { article: '第四十三条' },
    });
    const otherRole = withCase(pending, { drafts: { recusal: { person: li, role: 'presider', granted: true } } });
    expect(codeOf(otherRole, 'decideRecusal', LEADER, at('2026-08-10'))).toBe('NO_PENDING_RECUSAL');
  });
});

describe('after a granted recusal the case waits for a full team (第四十二条)', () => {
  // 李四 recused and taken off: 张三 alone.
  const short = withCase(makeCase('investigationReported'), {
    investigators: [ZHANG],
    formerInvestigators: [li],
    recusals: [{ person: li, role: 'investigator', status: 'granted' }],
  });

  it('no step forward: the refusal names the article and points to 调整承办人员', () => {
    const r = checkAction(short, 'servePriorNotice', OFFICER_ZHANG, at('2026-08-31'));
    expect(r).toMatchObject({ ok: false, code: 'TWO_OFFICER_RULE', basis: { article: '第四十二条' } });
    const decide = checkAction(withCase(makeCase('statementAndDefence'), { investigators: [ZHANG] }), 'decide', LEADER, at('2026-09-14'));
    expect(decide).toMatchObject({ ok: false, code: 'TWO_OFFICER_RULE', suggestedAction: 'assignInvestigators' });
    expect(codeOf(short, 'completeLegalReview', refReviewer(), at('2026-08-24'))).toBe('TWO_OFFICER_RULE');
  });

  it('the department head or the leader in charge assigns a replacement, with a reason', () => {
    const change = (added: typeof WANG[], reason = '李四回避，改由王五承办') =>
      withCase(short, { investigators: [ZHANG, ...added], drafts: { investigatorChange: { added, removed: [], reason } } });
    expect(codeOf(change([WANG]), 'assignInvestigators', HEAD, at('2026-08-21'))).toBe('ok');
    expect(codeOf(change([WANG]), 'assignInvestigators', PRINCIPAL, at('2026-08-21'))).toBe('ok');
    expect(codeOf(change([WANG]), 'assignInvestigators', OFFICER_ZHANG, at('2026-08-21'))).toBe('ACTOR_NOT_ASSIGNER');
    expect(codeOf(change([WANG], ''), 'assignInvestigators', HEAD, at('2026-08-21'))).toBe('INVESTIGATOR_CHANGE_REASON_MISSING');
    expect(codeOf(change([]), 'assignInvestigators', HEAD, at('2026-08-21'))).toBe('INVESTIGATOR_CHANGE_MISSING');
    // The recused officer may not come back; an officer whose certificate is suspended may not be added.
    expect(codeOf(change([LI]), 'assignInvestigators', HEAD, at('2026-08-21'))).toBe('OFFICER_RECUSED');
    const suspended = { userId: 'u-zhao', officer: makeOfficer('o-zhao', '赵六', { status: 'suspended' }) };
    expect(codeOf(change([suspended]), 'assignInvestigators', HEAD, at('2026-08-21'))).toBe('OFFICER_NOT_ELIGIBLE');
    // Made up again, the case proceeds.
    const full = withCase(short, { investigators: [ZHANG, WANG] });
    expect(codeOf(full, 'servePriorNotice', OFFICER_ZHANG, at('2026-08-31'))).toBe('ok');
  });
});

function refReviewer(): CaseActor {
  return { ...LEADER, userId: 'u-rev', name: '赵审核', roles: ['legalReviewer'], leaderOf: [], legalProfessionQualification: true };
}

describe('the 90-day decision clock: 中止, 恢复, 延期 (第六十条)', () => {
  const filed = makeCase('investigating'); // filed 2026-08-05: due 2026-11-03
  const withChange = (s: CaseSnapshot, c: DecisionClockChange) => withCase(s, { drafts: { decisionClockChange: c } });
  const due = (s: CaseSnapshot) =>
    computeDeadline({ clock: DEFAULT_PROCEDURE_CONFIG.clocks.decisionPeriod, startDate: '2026-08-05', calendar: DEFAULT_PROCEDURE_CONFIG.calendar, ...s.decisionClock })
      .dueDate;

  it('a suspension of N days moves the due date by N days', () => {
    expect(due(filed)).toBe('2026-11-03');
    const s = withChange(filed, { kind: 'suspend', from: '2026-08-10', reason: '等待鉴定结论' });
    expect(codeOf(s, 'suspendDecisionClock', LEADER, at('2026-08-10'))).toBe('ok');
    const open = withCase(filed, { decisionClock: { suspensions: [{ from: '2026-08-10', to: null }], extensions: [] } });
    expect(due(open)).toBeNull();
    const resume = withChange(open, { kind: 'resume', resumedOn: '2026-08-20' });
    expect(codeOf(resume, 'resumeDecisionClock', OFFICER_ZHANG, at('2026-08-20'))).toBe('ok');
    // 8-10 … 8-19 paused: ten days later.
    const closed = withCase(filed, { decisionClock: { suspensions: closeSuspension(open.decisionClock.suspensions, '2026-08-20'), extensions: [] } });
    expect(closed.decisionClock.suspensions).toEqual([{ from: '2026-08-10', to: '2026-08-19' }]);
    expect(due(closed)).toBe('2026-11-13');
  });

  it.each<[string, CaseSnapshot, CaseActor, Date, string]>([
    ['a suspension needs the head’s approval', withChange(filed, { kind: 'suspend', from: '2026-08-10', reason: '鉴定' }), OFFICER_ZHANG, at('2026-08-10'), 'ACTOR_NOT_LEADER_IN_CHARGE'],
    ['a suspension needs its reason', withChange(filed, { kind: 'suspend', from: '2026-08-10', reason: '' }), LEADER, at('2026-08-10'), 'CLOCK_CHANGE_REASON_MISSING'],
    ['not from a future day', withChange(filed, { kind: 'suspend', from: '2026-08-12', reason: '鉴定' }), LEADER, at('2026-08-10'), 'INVALID_CLOCK_CHANGE'],
    ['not before filing', withChange(filed, { kind: 'suspend', from: '2026-08-01', reason: '鉴定' }), LEADER, at('2026-08-10'), 'INVALID_CLOCK_CHANGE'],
    [
      'not twice at once',
      withChange(withCase(filed, { decisionClock: { suspensions: [{ from: '2026-08-10', to: null }], extensions: [] } }), { kind: 'suspend', from: '2026-08-11', reason: '鉴定' }),
      LEADER,
      at('2026-08-12'),
      'DECISION_CLOCK_SUSPENDED',
    ],
    ['no resumption without a suspension', withChange(filed, { kind: 'resume', resumedOn: '2026-08-10' }), OFFICER_ZHANG, at('2026-08-10'), 'DECISION_CLOCK_NOT_SUSPENDED'],
    ['an extension approved by the leader in charge', withChange(filed, { kind: 'extend', days: 30, reason: '案情复杂', collectiveDecision: false }), LEADER, at('2026-10-30'), 'ok'],
    ['not by the department head', withChange(filed, { kind: 'extend', days: 30, reason: '案情复杂', collectiveDecision: false }), HEAD, at('2026-10-30'), 'ACTOR_NOT_LEADER_IN_CHARGE'],
    ['at most 30 days each time', withChange(filed, { kind: 'extend', days: 31, reason: '案情复杂', collectiveDecision: false }), LEADER, at('2026-10-30'), 'EXTENSION_LIMIT'],
    ['not after the period ran out', withChange(filed, { kind: 'extend', days: 30, reason: '案情复杂', collectiveDecision: false }), LEADER, at('2026-11-04'), 'EXTENSION_AFTER_EXPIRY'],
    [
      'a further extension only on a collective decision',
      withChange(withCase(filed, { decisionClock: { suspensions: [], extensions: [{ days: 30 }] } }), { kind: 'extend', days: 30, reason: '仍需鉴定', collectiveDecision: false }),
      LEADER,
      at('2026-11-30'),
      'EXTENSION_NEEDS_COLLECTIVE_DECISION',
    ],
  ])('%s', (_name, snapshot, actor, now, expected) => {
    expect(codeOf(snapshot, snapshot.drafts.decisionClockChange!.kind === 'suspend' ? 'suspendDecisionClock' : snapshot.drafts.decisionClockChange!.kind === 'resume' ? 'resumeDecisionClock' : 'extendDecisionClock', actor, now)).toBe(expected);
  });

  it('an approved extension adds its days to the due date', () => {
    const extended = withCase(filed, { decisionClock: { suspensions: [], extensions: [{ days: 30 }] } });
    expect(due(extended)).toBe('2026-12-03');
  });
});

describe('collective discussion counts leaders identified by their accounts (第五十七条)', () => {
  it('a name typed as a leader does not make the quorum', () => {
    const s = makeCase('legalReview');
    const d = s.drafts.collectiveDiscussion!;
    const typed = withCase(s, {
      drafts: {
        collectiveDiscussion: {
          ...d,
          attendees: [d.attendees[0]!, d.attendees[1]!, { person: { userId: null, officerId: null, name: '自称领导' }, isLeader: true }],
        },
      },
    });
    expect(checkAction(typed, 'recordCollectiveDiscussion', LEADER, at('2026-08-26'))).toMatchObject({
      ok: false,
      code: 'COLLECTIVE_QUORUM',
      basis: { article: '第五十七条' },
    });
    expect(codeOf(s, 'recordCollectiveDiscussion', LEADER, at('2026-08-26'))).toBe('ok');
  });
});
