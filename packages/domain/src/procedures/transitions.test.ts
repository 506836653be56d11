import { describe, expect, it } from 'vitest';
import { actionDefinition, actionsFrom, CASE_ACTION_NAMES, CASE_ACTIONS, type CaseActionName } from './actions.ts';
import { availableActions, checkAction, type GuardResult } from './check-action.ts';
import type { CaseActor } from './guard-kit.ts';
import { ACTION_GUARDS } from './guards/index.ts';
import { at, HEAD, LEADER, makeCase, OFFICER_ZHANG, PRESIDER_ACTOR, REVIEWER, withCase } from './procedure-fixtures.ts';
import type { CaseSnapshot } from './snapshot.ts';
import { CASE_STATE_LABELS, CASE_STATES, isTerminalState, type CaseState } from './states.ts';

const expectOk = (r: GuardResult): Extract<GuardResult, { ok: true }> => {
  if (!r.ok) throw new Error(`${r.code}: ${r.reason}${r.others.map((o) => ` / ${o.code}: ${o.reason}`).join('')}`);
  return r;
};

type Step = [string, CaseSnapshot, CaseActionName, CaseActor, Date, CaseState];

describe('the transition table', () => {
  it('gives every action a Chinese label, an article, known states and a guard', () => {
    for (const name of CASE_ACTION_NAMES) {
      const d = actionDefinition(name);
      expect(d.label).toMatch(/\p{Script=Han}/u);
      expect(d.basis.law).toBeTruthy();
      expect(d.basis.article).toBeTruthy();
      expect(d.from.length).toBeGreaterThan(0);
      for (const s of d.from) expect(CASE_STATES).toContain(s);
      if (d.to !== null) expect(CASE_STATES).toContain(d.to);
      expect(typeof ACTION_GUARDS[name]).toBe('function');
    }
  });

  it('leaves every state but the archive by some action, and reaches every state', () => {
    for (const s of CASE_STATES) {
      expect(CASE_STATE_LABELS[s]).toMatch(/\p{Script=Han}/u);
      if (!isTerminalState(s))
        expect(
          CASE_ACTION_NAMES.some((a) => CASE_ACTIONS[a].from.includes(s as never)),
          s,
        ).toBe(true);
      if (s !== 'lead')
        expect(
          CASE_ACTION_NAMES.some((a) => actionDefinition(a).to === s),
          s,
        ).toBe(true);
    }
    expect(actionsFrom('archived', 'general')).toEqual([]);
  });

  it('keeps the procedures apart: no simple-procedure action on a general case', () => {
    expect(actionsFrom('lead', null)).toEqual(['fileCase', 'declineFiling', 'decideOnTheSpot']);
    const r = checkAction(makeCase('served'), 'fileWithAgency', OFFICER_ZHANG, at('2026-09-16'));
    expect(r).toMatchObject({ ok: false, code: 'INVALID_STATE' });
  });

  it('refuses an action out of order with the procedure article', () => {
    const r = checkAction(makeCase('filed'), 'serveDecision', OFFICER_ZHANG, at('2026-08-06'));
    expect(r).toMatchObject({ ok: false, code: 'INVALID_STATE', basis: { law: '行政处罚法' } });
    if (!r.ok) expect(r.reason).toContain('已立案');
  });
});

describe('every state, action and actor', () => {
  it('never throws, and every refusal and alert is Chinese with an article', () => {
    const actors = [LEADER, HEAD, REVIEWER, OFFICER_ZHANG, PRESIDER_ACTOR];
    let refusals = 0;
    for (const state of CASE_STATES) {
      const snapshot = makeCase(state);
      for (const action of CASE_ACTION_NAMES) {
        for (const actor of actors) {
          const r = checkAction(snapshot, action, actor, at('2026-09-10'));
          for (const item of r.ok ? r.warnings : [r, ...r.others, ...r.warnings]) {
            expect(item.reason).toMatch(/\p{Script=Han}/u);
            expect(item.basis.law.length * item.basis.article.length).toBeGreaterThan(0);
          }
          if (!r.ok) refusals++;
        }
      }
    }
    expect(refusals).toBeGreaterThan(0);
  });
});

describe('a general case from lead to archive', () => {
  const executed = withCase(makeCase('executing'), {
    steps: { execution: { startedAt: at('2026-09-23'), completedAt: at('2026-09-30') } },
  });
  const steps: Step[] = [
    ['file', makeCase('lead'), 'fileCase', LEADER, at('2026-08-05'), 'filed'],
    ['investigate', makeCase('filed'), 'startInvestigation', OFFICER_ZHANG, at('2026-08-06'), 'investigating'],
    ['report', makeCase('investigating'), 'submitInvestigationReport', OFFICER_ZHANG, at('2026-08-20'), 'investigationReported'],
    ['review', makeCase('investigationReported'), 'completeLegalReview', REVIEWER, at('2026-08-24'), 'legalReview'],
    ['discuss', makeCase('legalReview'), 'recordCollectiveDiscussion', LEADER, at('2026-08-26'), 'collectiveDiscussion'],
    ['notify', makeCase('collectiveDiscussion'), 'servePriorNotice', OFFICER_ZHANG, at('2026-09-01'), 'priorNoticeServed'],
    ['hear the party', makeCase('priorNoticeServed'), 'recordStatementAndDefence', OFFICER_ZHANG, at('2026-09-03'), 'statementAndDefence'],
    ['decide', makeCase('statementAndDefence'), 'decide', LEADER, at('2026-09-14'), 'decided'],
    ['serve', makeCase('decided'), 'serveDecision', OFFICER_ZHANG, at('2026-09-15'), 'served'],
    ['execute', makeCase('served'), 'startExecution', HEAD, at('2026-09-23'), 'executing'],
    ['close', executed, 'close', LEADER, at('2026-10-09'), 'closed'],
    ['archive', makeCase('closed'), 'archive', HEAD, at('2026-10-12'), 'archived'],
  ];
  it.each(steps)('%s', (_name, snapshot, action, actor, now, to) => {
    const r = expectOk(checkAction(snapshot, action, actor, now));
    expect(r.to).toBe(to);
    expect(r.warnings).toEqual([]);
  });

  it('fixes the procedure of a lead when it is filed', () => {
    expect(expectOk(checkAction(makeCase('lead'), 'fileCase', LEADER, at('2026-08-05'))).procedure).toBe('general');
  });
});

describe('a hearing case', () => {
  const heardAndReviewed = withCase(makeCase('heard'), {
    state: 'legalReview',
    steps: {
      legalReview: {
        completedAt: at('2026-09-17'),
        reviewer: { userId: 'u-rev', officerId: null, name: '赵审核' },
        result: 'agree',
        reviewedPenalty: makeCase('heard').proposedPenalty!,
      },
    },
  });
  const discussedAfter = withCase(heardAndReviewed, {
    state: 'collectiveDiscussion',
    steps: { collectiveDiscussion: { heldAt: at('2026-09-18'), approvedPenalty: makeCase('heard').proposedPenalty! } },
  });
  const steps: Step[] = [
    ['request', makeCase('priorNoticeServed', { path: 'hearing' }), 'requestHearing', HEAD, at('2026-09-03'), 'hearingRequested'],
    ['notify the hearing', makeCase('hearingRequested'), 'serveHearingNotice', REVIEWER, at('2026-09-03', '16:00'), 'hearingNoticed'],
    ['hold it', makeCase('hearingNoticed'), 'holdHearing', PRESIDER_ACTOR, at('2026-09-15'), 'heard'],
    ['review after it', makeCase('heard'), 'completeLegalReview', REVIEWER, at('2026-09-17'), 'legalReview'],
    ['discuss after it', heardAndReviewed, 'recordCollectiveDiscussion', LEADER, at('2026-09-18'), 'collectiveDiscussion'],
    ['decide on the record', discussedAfter, 'decide', LEADER, at('2026-09-21'), 'decided'],
  ];
  it.each(steps)('%s', (_name, snapshot, action, actor, now, to) => {
    expect(expectOk(checkAction(snapshot, action, actor, now)).to).toBe(to);
  });
});

describe('a simple-procedure case', () => {
  const paid = withCase(makeCase('executing', { path: 'simple' }), {
    steps: { execution: { startedAt: at('2026-09-02'), completedAt: at('2026-09-05') } },
  });
  const steps: Step[] = [
    ['decide on the spot', makeCase('lead'), 'decideOnTheSpot', OFFICER_ZHANG, at('2026-09-01'), 'simpleDecided'],
    ['file with the agency', makeCase('simpleDecided'), 'fileWithAgency', OFFICER_ZHANG, at('2026-09-02'), 'simpleRecorded'],
    ['execute', makeCase('simpleRecorded'), 'startExecution', HEAD, at('2026-09-02'), 'executing'],
    ['close', paid, 'close', LEADER, at('2026-09-08'), 'closed'],
  ];
  it.each(steps)('%s', (_name, snapshot, action, actor, now, to) => {
    expect(expectOk(checkAction(snapshot, action, actor, now)).to).toBe(to);
  });

  it('a warning alone needs no execution: straight to closing', () => {
    const warned = makeCase('simpleRecorded', { penalty: [{ kind: 'warning' }] });
    expect(checkAction(warned, 'startExecution', HEAD, at('2026-09-02'))).toMatchObject({
      ok: false,
      code: 'NOTHING_TO_EXECUTE',
      suggestedAction: 'close',
    });
    expect(checkAction(warned, 'close', LEADER, at('2026-09-02')).ok).toBe(true);
  });
});

describe('availableActions', () => {
  it('lists each action of the state with allowed or the blocking reason and article', () => {
    const list = availableActions(makeCase('investigationReported'), LEADER, at('2026-08-21'));
    expect(list.map((a) => a.action)).toEqual(actionsFrom('investigationReported', 'general'));
    const decide = list.find((a) => a.action === 'decide');
    expect(decide).toMatchObject({
      allowed: false,
      code: 'PRIOR_NOTICE_REQUIRED',
      basis: { article: '第四十四条' },
      suggestedAction: 'servePriorNotice',
    });
    expect(list.find((a) => a.action === 'withdraw')).toMatchObject({ allowed: false, code: 'CLOSURE_REASON_MISSING' });
    expect(list.find((a) => a.action === 'completeLegalReview')).toMatchObject({ allowed: false, code: 'ACTOR_NOT_LEGAL_REVIEWER' });
  });

  it('shows the reviewer what they may do', () => {
    const list = availableActions(makeCase('investigationReported'), REVIEWER, at('2026-08-21'));
    expect(list.filter((a) => a.allowed).map((a) => a.action)).toEqual(['completeLegalReview', 'returnLegalReview']);
  });
});
