import { describe, expect, it } from 'vitest';
import { checkAction } from './check-action.ts';
import { DEFAULT_PROCEDURE_CONFIG } from './config.ts';
import type { CaseActor } from './guard-kit.ts';
import {
  at,
  HEAD,
  LEADER,
  LI,
  makeActor,
  makeCase,
  makeOfficer,
  OFFICER_ZHANG,
  REVIEWER,
  STOP_3M,
  WANG,
  withCase,
  ZHANG,
} from './procedure-fixtures.ts';
import type { CaseSnapshot } from './snapshot.ts';

const codeOf = (
  s: CaseSnapshot,
  action: Parameters<typeof checkAction>[1],
  actor: CaseActor,
  now: Date,
  config = DEFAULT_PROCEDURE_CONFIG,
): string => {
  const r = checkAction(s, action, actor, now, config);
  return r.ok ? 'ok' : r.code;
};

describe('investigation by two officers eligible today (第四十二条 via officers/twoOfficerRule) and recusal (第四十三条)', () => {
  const filed = makeCase('filed');
  const suspendedLi = { userId: 'u-li', officer: makeOfficer('o-li', '李四', { status: 'suspended' }) };
  const grantedLi = {
    person: { userId: 'u-li', officerId: 'o-li', name: '李四' },
    role: 'investigator' as const,
    status: 'granted' as const,
  };
  const pendingLi = { ...grantedLi, status: 'pending' as const };

  it.each<[string, CaseSnapshot, CaseActor, Date, string]>([
    ['two eligible officers', filed, OFFICER_ZHANG, at('2026-08-06'), 'ok'],
    ['the department head starts it', filed, HEAD, at('2026-08-06'), 'ok'],
    ['one officer', withCase(filed, { investigators: [ZHANG] }), OFFICER_ZHANG, at('2026-08-06'), 'TWO_OFFICER_RULE'],
    [
      'the second certificate suspended',
      withCase(filed, { investigators: [ZHANG, suspendedLi] }),
      OFFICER_ZHANG,
      at('2026-08-06'),
      'TWO_OFFICER_RULE',
    ],
    [
      'certificates expired by the day of the act',
      withCase(filed, {
        investigators: [ZHANG, LI].map((i) => ({ ...i, officer: makeOfficer(i.officer.id, i.officer.name, { validTo: '2026-08-05' }) })),
      }),
      HEAD,
      at('2026-08-06'),
      'TWO_OFFICER_RULE',
    ],
    [
      'the act is outside the certificates’ area',
      withCase(filed, { enforcementScope: { ...filed.enforcementScope, area: '320205' } }),
      HEAD,
      at('2026-08-06'),
      'TWO_OFFICER_RULE',
    ],
    ['one of two recused', withCase(filed, { recusals: [grantedLi] }), OFFICER_ZHANG, at('2026-08-06'), 'TWO_OFFICER_RULE'],
    [
      'one of three recused',
      withCase(filed, { investigators: [ZHANG, LI, WANG], recusals: [grantedLi] }),
      OFFICER_ZHANG,
      at('2026-08-06'),
      'ok',
    ],
    [
      'a recusal request pending does not stop the investigation',
      withCase(filed, { recusals: [pendingLi] }),
      OFFICER_ZHANG,
      at('2026-08-06'),
      'ok',
    ],
    [
      'someone else',
      filed,
      makeActor({ roles: ['officer'], officer: WANG.officer, userId: 'u-wang' }),
      at('2026-08-06'),
      'ACTOR_NOT_CASE_MANAGER',
    ],
  ])('%s', (_name, snapshot, actor, now, expected) => {
    expect(codeOf(snapshot, 'startInvestigation', actor, now)).toBe(expected);
  });

  it('names the ineligible officer and why', () => {
    const r = checkAction(withCase(filed, { investigators: [ZHANG, suspendedLi] }), 'startInvestigation', HEAD, at('2026-08-06'));
    expect(r).toMatchObject({ ok: false, basis: { article: '第四十二条' } });
    expect(r.ok ? '' : r.reason).toContain('李四：执法证状态为“暂扣”');
  });

  it('a recused investigator may no longer act', () => {
    const s = withCase(makeCase('investigating'), {
      investigators: [ZHANG, LI, WANG],
      recusals: [{ ...grantedLi, person: { userId: 'u-zhang', officerId: 'o-zhang', name: '张三' } }],
    });
    expect(codeOf(s, 'submitInvestigationReport', OFFICER_ZHANG, at('2026-08-20'))).toBe('ACTOR_NOT_INVESTIGATOR');
  });

  it('no decision while a recusal request is pending; the head decides it', () => {
    const s = withCase(makeCase('statementAndDefence'), { recusals: [pendingLi] });
    expect(checkAction(s, 'decide', LEADER, at('2026-09-14'))).toMatchObject({
      ok: false,
      code: 'RECUSAL_PENDING',
      suggestedAction: 'decideRecusal',
      basis: { article: '第四十三条' },
    });
    const deciding = withCase(s, { drafts: { recusal: { person: pendingLi.person, role: 'investigator', granted: false } } });
    expect(codeOf(deciding, 'decideRecusal', LEADER, at('2026-09-14'))).toBe('ok');
    expect(codeOf(deciding, 'decideRecusal', HEAD, at('2026-09-14'))).toBe('ACTOR_NOT_LEADER_IN_CHARGE');
  });
});

describe('legal review (第五十八条) — LAW.md §11 G8', () => {
  const reported = makeCase('investigationReported');
  const zhangAsReviewer = makeActor({
    userId: 'u-zhang',
    name: '张三',
    roles: ['legalReviewer', 'officer'],
    officer: ZHANG.officer,
    legalProfessionQualification: true,
  });
  const formerInvestigator = makeActor({ userId: 'u-old', name: '钱七', roles: ['legalReviewer'], legalProfessionQualification: true });
  const unqualified = makeActor({ userId: 'u-rev2', name: '吴审核', roles: ['legalReviewer'], firstReviewedOn: '2019-05-01' });

  it.each<[string, CaseSnapshot, CaseActor, string]>([
    ['a qualified reviewer who did not investigate', reported, REVIEWER, 'ok'],
    ['a reviewer who investigated the case', reported, zhangAsReviewer, 'REVIEWER_IS_INVESTIGATOR'],
    [
      'a reviewer taken off the investigation earlier',
      withCase(reported, { formerInvestigators: [{ userId: 'u-old', officerId: 'o-old', name: '钱七' }] }),
      formerInvestigator,
      'REVIEWER_IS_INVESTIGATOR',
    ],
    ['a reviewer without 法律职业资格', reported, unqualified, 'REVIEWER_NOT_QUALIFIED'],
    [
      'a reviewer whose recusal was granted',
      withCase(reported, {
        recusals: [{ person: { userId: 'u-rev', officerId: null, name: '赵审核' }, role: 'reviewer', status: 'granted' }],
      }),
      REVIEWER,
      'REVIEWER_RECUSED',
    ],
    ['a leader', reported, LEADER, 'ACTOR_NOT_LEGAL_REVIEWER'],
  ])('%s', (_name, snapshot, actor, expected) => {
    expect(codeOf(snapshot, 'completeLegalReview', actor, at('2026-08-24'))).toBe(expected);
  });

  it('accepts a reviewer who started before 2021-07-15 only when the bureau allows it', () => {
    const config = {
      ...DEFAULT_PROCEDURE_CONFIG,
      legalReview: { ...DEFAULT_PROCEDURE_CONFIG.legalReview, allowGrandfatheredReviewers: true },
    };
    expect(codeOf(reported, 'completeLegalReview', unqualified, at('2026-08-24'), config)).toBe('ok');
    const newcomer = { ...unqualified, firstReviewedOn: '2021-07-15' as const };
    expect(codeOf(reported, 'completeLegalReview', newcomer, at('2026-08-24'), config)).toBe('REVIEWER_NOT_QUALIFIED');
  });

  it('blocks the notice of a 停止执业 proposal until review and collective discussion (catalogue, before notice)', () => {
    const s = withCase(makeCase('investigationReported', { penalty: STOP_3M }), {
      drafts: { priorNotice: { ...makeCase('investigationReported').drafts.priorNotice!, penalty: STOP_3M, statesHearingRight: true } },
    });
    const r = checkAction(s, 'servePriorNotice', OFFICER_ZHANG, at('2026-09-01'));
    expect(r).toMatchObject({ ok: false, code: 'LEGAL_REVIEW_REQUIRED', suggestedAction: 'completeLegalReview' });
    expect(r.ok ? [] : r.others.map((o) => o.code)).toContain('COLLECTIVE_DISCUSSION_REQUIRED');
  });

  it('requires review for major public interest before the decision even when the catalogue does not', () => {
    const s = withCase(makeCase('statementAndDefence'), {
      flags: { ...makeCase('lead').flags, majorPublicInterest: true },
      steps: { legalReview: null },
    });
    const r = checkAction(s, 'decide', LEADER, at('2026-09-14'));
    expect(r).toMatchObject({ ok: false, code: 'LEGAL_REVIEW_REQUIRED', basis: { article: '第五十八条' } });
    expect(r.ok ? '' : r.reason).toContain('涉及重大公共利益');
  });

  it('a review before the hearing does not hold after it (第五十八条第（二）项)', () => {
    const heard = makeCase('heard');
    const r = checkAction(withCase(heard, { state: 'heard' }), 'decide', LEADER, at('2026-09-21'));
    expect(r).toMatchObject({ ok: false, code: 'LEGAL_REVIEW_STALE' });
    expect(r.ok ? '' : r.reason).toContain('听证后');
  });

  it('a review after which the investigation was reopened does not hold', () => {
    const s = withCase(makeCase('statementAndDefence', { penalty: STOP_3M }), { steps: { investigationReopenedAt: at('2026-08-25') } });
    expect(checkAction(s, 'decide', LEADER, at('2026-09-14'))).toMatchObject({ code: 'LEGAL_REVIEW_STALE' });
  });
});

describe('collective discussion (第五十七条) — LAW.md §11 G9', () => {
  const reviewed = makeCase('legalReview', { penalty: STOP_3M });
  it('needs minutes and enough leaders', () => {
    expect(codeOf(reviewed, 'recordCollectiveDiscussion', LEADER, at('2026-08-26'))).toBe('ok');
    const two = withCase(reviewed, {
      drafts: {
        collectiveDiscussion: {
          ...reviewed.drafts.collectiveDiscussion!,
          attendees: reviewed.drafts.collectiveDiscussion!.attendees.slice(0, 2),
        },
      },
    });
    expect(codeOf(two, 'recordCollectiveDiscussion', LEADER, at('2026-08-26'))).toBe('COLLECTIVE_QUORUM');
    const noMinutes = withCase(reviewed, {
      drafts: { collectiveDiscussion: { ...reviewed.drafts.collectiveDiscussion!, minutesRecorded: false } },
    });
    expect(codeOf(noMinutes, 'recordCollectiveDiscussion', LEADER, at('2026-08-26'))).toBe('COLLECTIVE_MINUTES_MISSING');
  });

  it('comes after a required legal review', () => {
    const unreviewed = withCase(makeCase('investigationReported', { penalty: STOP_3M }), {});
    expect(codeOf(unreviewed, 'recordCollectiveDiscussion', LEADER, at('2026-08-26'))).toBe('LEGAL_REVIEW_REQUIRED');
  });

  it('is required for a complex case and must approve at least the decided penalty', () => {
    const complex = withCase(makeCase('statementAndDefence'), { flags: { ...makeCase('lead').flags, complex: true } });
    expect(checkAction(complex, 'decide', LEADER, at('2026-09-14')).ok).toBe(true); // discussed on 8-26 at ¥2,000 and reviewed
    const approvedLess = withCase(complex, {
      steps: { collectiveDiscussion: { heldAt: at('2026-08-26'), approvedPenalty: [{ kind: 'fine', amountFen: 100_000 }] } },
    });
    expect(codeOf(approvedLess, 'decide', LEADER, at('2026-09-14'))).toBe('COLLECTIVE_DISCUSSION_STALE');
    const none = withCase(complex, { steps: { collectiveDiscussion: null } });
    expect(checkAction(none, 'decide', LEADER, at('2026-09-14'))).toMatchObject({
      code: 'COLLECTIVE_DISCUSSION_REQUIRED',
      basis: { article: '第五十七条' },
    });
  });
});
