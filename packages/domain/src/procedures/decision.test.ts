import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Penalty } from '../penalties/penalty.ts';
import { checkAction } from './check-action.ts';
import { DEFAULT_PROCEDURE_CONFIG, JIANGSU_PROCEDURE_CONFIG } from './config.ts';
import { at, FINE_2000, HEAD, LEADER, makeCase, OFFICER_ZHANG, withCase } from './procedure-fixtures.ts';
import type { CaseSnapshot } from './snapshot.ts';

const decideCode = (s: CaseSnapshot, now: Date, config = JIANGSU_PROCEDURE_CONFIG): string => {
  const r = checkAction(s, 'decide', LEADER, now, config);
  return r.ok ? 'ok' : r.code;
};
const withDecision = (s: CaseSnapshot, penalty: Penalty): CaseSnapshot =>
  withCase(s, { drafts: { decision: { ...s.drafts.decision!, penalty } } });

describe('no decision before the prior notice and before the party is heard (第四十四条、第六十二条、第六十四条) — G5', () => {
  it('refuses a decision attempted before notice, citing 第四十四条 and pointing to the notice', () => {
    const r = checkAction(makeCase('investigationReported'), 'decide', LEADER, at('2026-08-21'));
    expect(r).toMatchObject({
      ok: false,
      code: 'PRIOR_NOTICE_REQUIRED',
      basis: { law: '行政处罚法', article: '第四十四条' },
      suggestedAction: 'servePriorNotice',
    });
    if (!r.ok) expect(r.reason).toContain('陈述、申辩');
  });

  // Notice served Tuesday 9-01; five working days: 9-02, 9-03, 9-04, 9-07, 9-08.
  const notified = makeCase('priorNoticeServed');
  it.each<[string, CaseSnapshot, Date, string]>([
    ['on the last day of the statement period', notified, at('2026-09-08'), 'STATEMENT_PERIOD_OPEN'],
    ['the day after it', notified, at('2026-09-09'), 'ok'],
    ['during it, after an express waiver', withCase(notified, { steps: { statementWaivedAt: at('2026-09-02') } }), at('2026-09-03'), 'ok'],
    [
      'after a statement that was not re-checked',
      withCase(makeCase('statementAndDefence'), { steps: { statement: { recordedAt: at('2026-09-03'), recheckedAt: null } } }),
      at('2026-09-14'),
      'STATEMENT_NOT_RECHECKED',
    ],
  ])('national config: %s', (_name, s, now, expected) => {
    expect(decideCode(s, now, DEFAULT_PROCEDURE_CONFIG)).toBe(expected);
  });

  // Jiangsu: ¥2,000 on a citizen outside business is 较大数额 (≥¥500), so the notice gave a hearing right.
  const withRight = withCase(notified, { steps: { priorNotice: { ...notified.steps.priorNotice!, statesHearingRight: true } } });
  it.each<[string, CaseSnapshot, Date, string]>([
    [
      'hearing window still open, statement waived',
      withCase(withRight, { steps: { statementWaivedAt: at('2026-09-02') } }),
      at('2026-09-07'),
      'HEARING_WINDOW_OPEN',
    ],
    ['both windows over', withRight, at('2026-09-09'), 'ok'],
    [
      'both waived',
      withCase(withRight, { steps: { statementWaivedAt: at('2026-09-02'), hearingWaivedAt: at('2026-09-02') } }),
      at('2026-09-03'),
      'ok',
    ],
    [
      'hearing requested, not yet held',
      withCase(makeCase('hearingRequested', { penalty: FINE_2000 }), {}),
      at('2026-09-14'),
      'HEARING_PENDING',
    ],
    ['hearing noticed, not yet held', makeCase('hearingNoticed', { penalty: FINE_2000 }), at('2026-09-14'), 'HEARING_PENDING'],
  ])('Jiangsu config: %s', (_name, s, now, expected) => {
    expect(decideCode(s, now)).toBe(expected);
  });

  it('a party who did not show up at the hearing waived it; the decision may follow', () => {
    const absent = withCase(makeCase('heard', { penalty: FINE_2000 }), {
      steps: { hearing: { ...makeCase('heard').steps.hearing!, outcome: 'partyAbsent' } },
    });
    expect(decideCode(absent, at('2026-09-16'))).toBe('ok');
  });
});

describe('no heavier penalty after statement and defence (第四十五条) — G6', () => {
  const heardParty = makeCase('statementAndDefence');
  it.each<[string, Penalty, string]>([
    ['as noticed', FINE_2000, 'ok'],
    ['lowered after the defence', [{ kind: 'fine', amountFen: 150_000 }], 'ok'],
    ['raised after the defence', [{ kind: 'fine', amountFen: 250_000 }], 'INCREASED_AFTER_DEFENCE'],
    ['a confiscation added', [...FINE_2000, { kind: 'confiscateIllegalIncome', amountFen: 80_000 }], 'INCREASED_AFTER_DEFENCE'],
  ])('%s', (_name, penalty, expected) => {
    expect(decideCode(withDecision(heardParty, penalty), at('2026-09-14'), DEFAULT_PROCEDURE_CONFIG)).toBe(expected);
  });

  it('cites 第四十五条 and points to a supplementary investigation', () => {
    const r = checkAction(withDecision(heardParty, [{ kind: 'fine', amountFen: 250_000 }]), 'decide', LEADER, at('2026-09-14'));
    expect(r).toMatchObject({
      ok: false,
      code: 'INCREASED_AFTER_DEFENCE',
      basis: { article: '第四十五条' },
      suggestedAction: 'reopenInvestigation',
    });
  });

  it('refuses any fine above the noticed one and accepts any at or below it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 400_000 }), (fen) => {
        const r = checkAction(withDecision(heardParty, [{ kind: 'fine', amountFen: fen }]), 'decide', LEADER, at('2026-09-14'));
        return r.ok === fen <= 200_000 && (r.ok || r.code === 'INCREASED_AFTER_DEFENCE');
      }),
    );
  });

  it('a heavier re-notice needs a supplementary investigation after the first notice', () => {
    const renotice = withCase(makeCase('statementAndDefence'), { state: 'investigationReported' });
    const heavier = withCase(renotice, {
      drafts: { priorNotice: { ...renotice.drafts.priorNotice!, penalty: [{ kind: 'fine', amountFen: 250_000 }] } },
    });
    expect(checkAction(heavier, 'servePriorNotice', OFFICER_ZHANG, at('2026-09-10'))).toMatchObject({
      ok: false,
      code: 'NOTICE_INCREASED_WITHOUT_NEW_FACTS',
    });
    const afterNewFacts = withCase(heavier, { steps: { investigationReopenedAt: at('2026-09-07') } });
    expect(checkAction(afterNewFacts, 'servePriorNotice', OFFICER_ZHANG, at('2026-09-10')).ok).toBe(true);
  });
});

describe('the decision itself (第五十九条、第六十条、第三十条)', () => {
  const ready = makeCase('statementAndDefence');
  it('lists every missing item of 第五十九条', () => {
    const s = withCase(ready, {
      drafts: { decision: { ...ready.drafts.decision!, partyAddress: '', evidence: [], remedies: ' ', sealed: false } },
    });
    const r = checkAction(s, 'decide', LEADER, at('2026-09-14'));
    expect(r).toMatchObject({ ok: false, code: 'DECISION_ITEMS_MISSING', basis: { article: '第五十九条' } });
    expect(r.ok ? '' : r.reason).toBe('决定书缺少：当事人的地址、证据、申请行政复议、提起行政诉讼的途径和期限、行政机关印章');
  });

  it('a warning needs no manner of performance; a fine does', () => {
    const warning: Penalty = [{ kind: 'warning' }];
    const s = withCase(ready, { steps: { priorNotice: { ...ready.steps.priorNotice!, penalty: warning } } });
    const noPerformance = (p: Penalty) => withCase(s, { drafts: { decision: { ...s.drafts.decision!, penalty: p, performance: '' } } });
    expect(checkAction(noPerformance(warning), 'decide', LEADER, at('2026-09-14')).ok).toBe(true);
    expect(checkAction(noPerformance(FINE_2000), 'decide', LEADER, at('2026-09-14'))).toMatchObject({ code: 'INCREASED_AFTER_DEFENCE' });
  });

  it('an empty penalty is a no-penalty decision instead', () => {
    expect(checkAction(withDecision(ready, []), 'decide', LEADER, at('2026-09-14'))).toMatchObject({
      code: 'EMPTY_PENALTY',
      suggestedAction: 'decideNoPenalty',
    });
    const noPenalty = withCase(ready, {
      drafts: { closure: { reason: '当事人及时改正', noPenaltyGround: 'minorCorrected', receivingOrgan: null } },
    });
    expect(checkAction(noPenalty, 'decideNoPenalty', LEADER, at('2026-09-14')).ok).toBe(true);
    expect(checkAction(ready, 'decideNoPenalty', LEADER, at('2026-09-14'))).toMatchObject({ code: 'NO_PENALTY_GROUND_MISSING' });
  });

  it('only the 局长 or the leader in charge decides', () => {
    expect(checkAction(ready, 'decide', HEAD, at('2026-09-14'))).toMatchObject({ code: 'ACTOR_NOT_LEADER_IN_CHARGE' });
  });

  it('a minor’s penalty must be mitigated (第三十条)', () => {
    const minor = withCase(ready, { party: { ...ready.party, birthDate: '2010-02-01' } });
    expect(checkAction(minor, 'decide', LEADER, at('2026-09-14'))).toMatchObject({ code: 'MITIGATION_REQUIRED' });
    const mitigated = withCase(minor, { drafts: { decision: { ...minor.drafts.decision!, mitigation: 'lighter' } } });
    expect(checkAction(mitigated, 'decide', LEADER, at('2026-09-14')).ok).toBe(true);
  });

  it('past 90 days from filing the decision is allowed with an alert (第六十条); suspensions count', () => {
    // Filed 2026-08-05: 90 days end 11-03.
    expect(checkAction(ready, 'decide', LEADER, at('2026-11-03')).warnings).toEqual([]);
    const late = checkAction(ready, 'decide', LEADER, at('2026-11-04'));
    expect(late.ok).toBe(true);
    expect(late.warnings).toMatchObject([{ code: 'DECISION_PERIOD_EXCEEDED', basis: { article: '第六十条' } }]);
    const suspended = withCase(ready, { decisionClock: { suspensions: [{ from: '2026-09-01', to: '2026-09-10' }], extensions: [] } });
    expect(checkAction(suspended, 'decide', LEADER, at('2026-11-04')).warnings).toEqual([]);
    const broken = withCase(ready, { decisionClock: { suspensions: [{ from: '2026-09-10', to: '2026-09-01' }], extensions: [] } });
    expect(checkAction(broken, 'decide', LEADER, at('2026-09-14'))).toMatchObject({ ok: false, code: 'CLOCK_DATA_INVALID' });
  });
});
