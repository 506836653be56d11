import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Penalty } from '../penalties/penalty.ts';
import { SIMPLE_PROCEDURE_FINE_LIMIT_FEN } from '../penalties/simple-procedure.ts';
import { checkAction } from './check-action.ts';
import type { CaseActor } from './guard-kit.ts';
import {
  at,
  HEAD,
  LEADER,
  makeCase,
  makeOfficer,
  OFFICER_WANG,
  OFFICER_ZHANG,
  OTHER_LEADER,
  PRINCIPAL,
  withCase,
  ZHANG,
} from './procedure-fixtures.ts';
import type { CaseSnapshot } from './snapshot.ts';

const lead = makeCase('lead');
const codeOf = (s: CaseSnapshot, action: Parameters<typeof checkAction>[1], actor: CaseActor, now: Date): string => {
  const r = checkAction(s, action, actor, now);
  return r.ok ? 'ok' : r.code;
};

describe('filing (立案, 第五十四条) and limitation (第三十六条) — LAW.md §11 T2, T3', () => {
  it.each<[string, CaseSnapshot, CaseActor, string]>([
    ['the leader in charge approves', lead, LEADER, 'ok'],
    ['the 局长 approves', lead, PRINCIPAL, 'ok'],
    ['a leader in charge of another department', lead, OTHER_LEADER, 'ACTOR_NOT_LEADER_IN_CHARGE'],
    ['the department head alone', lead, HEAD, 'ACTOR_NOT_LEADER_IN_CHARGE'],
    ['an officer', lead, OFFICER_ZHANG, 'ACTOR_NOT_LEADER_IN_CHARGE'],
    ['no act date entered', withCase(lead, { violation: null }), LEADER, 'VIOLATION_DATES_MISSING'],
    ['no legal basis', withCase(lead, { legalBasis: [] }), LEADER, 'LEGAL_BASIS_MISSING'],
    [
      'a 规范性文件 as the basis (verdict of the legal-basis module)',
      withCase(lead, {
        legalBasis: [
          {
            label: '某市规范性文件',
            problems: [
              {
                code: 'NORMATIVE_DOCUMENT_ONLY',
                message: '规范性文件不得设定行政处罚',
                basis: { law: '行政处罚法', article: '第十六条' },
              },
            ],
          },
        ],
      }),
      LEADER,
      'LEGAL_BASIS_INVALID',
    ],
  ])('%s', (_name, snapshot, actor, expected) => {
    expect(codeOf(snapshot, 'fileCase', actor, at('2026-08-05'))).toBe(expected);
  });

  it('refuses filing an act discovered more than two years after it ended, pointing to 不予立案', () => {
    const old = withCase(lead, {
      violation: { startedOn: '2023-05-01', endedOn: '2024-08-02', ongoing: false, seriousHarm: false },
      leadReceivedAt: at('2026-08-03'),
    });
    const r = checkAction(old, 'fileCase', LEADER, at('2026-08-05'));
    expect(r).toMatchObject({ ok: false, code: 'LIMITATION_EXPIRED', basis: { article: '第三十六条' }, suggestedAction: 'declineFiling' });
    const inTime = withCase(old, { leadReceivedAt: at('2026-08-02') });
    expect(checkAction(inTime, 'fileCase', LEADER, at('2026-08-05')).ok).toBe(true);
  });

  it('five years where life, health or financial safety was harmed', () => {
    const serious = withCase(lead, { violation: { startedOn: '2022-01-01', endedOn: null, ongoing: false, seriousHarm: true } });
    expect(checkAction(serious, 'fileCase', LEADER, at('2026-08-05')).ok).toBe(true);
  });

  it('files late with an alert, not a refusal (SAMR 15 WD default, configurable)', () => {
    const r = checkAction(lead, 'fileCase', LEADER, at('2026-09-30'));
    expect(r.ok).toBe(true);
    expect(r.warnings.map((w) => w.code)).toEqual(['FILING_LATE']);
  });

  it('a basis amended after the act in a way the platform cannot rank is flagged for review, not refused (第三十七条)', () => {
    const changed = withCase(lead, {
      legalBasis: [
        {
          label: '《律师法》第四十七条',
          problems: [],
          applied: [
            {
              article: '《律师法》第四十七条',
              rule: 'needsReview',
              versionEffectiveFrom: null,
              message: '新旧规定轻重无法自动比较，须由法制审核认定',
              basis: { law: '行政处罚法', article: '第三十七条' },
            },
          ],
        },
      ],
    });
    const r = checkAction(changed, 'fileCase', LEADER, at('2026-08-05'));
    expect(r.ok).toBe(true);
    expect(r.warnings).toEqual([expect.objectContaining({ code: 'LEGAL_BASIS_CHANGED', basis: expect.objectContaining({ article: '第三十七条' }) })]);
  });

  it('declines a lead only with a reason', () => {
    expect(codeOf(lead, 'declineFiling', LEADER, at('2026-08-05'))).toBe('CLOSURE_REASON_MISSING');
    const withReason = withCase(lead, { drafts: { closure: { reason: '不属于本机关管辖', noPenaltyGround: null, receivingOrgan: null } } });
    expect(codeOf(withReason, 'declineFiling', LEADER, at('2026-08-05'))).toBe('ok');
  });
});

describe('simple procedure on the spot (第五十一条、第五十二条) — LAW.md §11 G2', () => {
  const onTheSpot = (penalty: Penalty, change: Partial<CaseSnapshot> = {}) =>
    withCase({ ...lead, ...change }, { drafts: { onTheSpot: { ...lead.drafts.onTheSpot!, penalty } } });

  it('refuses a fine above ¥200 on a citizen and points to the general procedure', () => {
    const r = checkAction(onTheSpot([{ kind: 'fine', amountFen: 50_000 }]), 'decideOnTheSpot', OFFICER_ZHANG, at('2026-09-01'));
    expect(r).toMatchObject({
      ok: false,
      code: 'SIMPLE_PROCEDURE_LIMIT',
      basis: { law: '行政处罚法', article: '第五十一条' },
      suggestedAction: 'fileCase',
    });
    if (!r.ok) expect(r.reason).toContain('普通程序');
  });

  it('warns when the remedies offer a direct suit within six months (行政复议法 第二十三条: 复议前置)', () => {
    const ok = checkAction(onTheSpot([{ kind: 'warning' }]), 'decideOnTheSpot', OFFICER_ZHANG, at('2026-09-01'));
    expect(ok.warnings.map((w) => w.code)).not.toContain('ON_THE_SPOT_REMEDIES_RECONSIDERATION_FIRST');
    const s = withCase(lead, {
      drafts: { onTheSpot: { ...lead.drafts.onTheSpot!, penalty: [{ kind: 'warning' }], remedies: '可在六十日内申请行政复议，或在六个月内提起行政诉讼' } },
    });
    const r = checkAction(s, 'decideOnTheSpot', OFFICER_ZHANG, at('2026-09-01'));
    expect(r.ok).toBe(true);
    expect(r.warnings).toContainEqual(
      expect.objectContaining({ code: 'ON_THE_SPOT_REMEDIES_RECONSIDERATION_FIRST', basis: expect.objectContaining({ law: '行政复议法' }) }),
    );
  });

  it('accepts ¥3,000 on an organisation and refuses ¥3,000.01', () => {
    const firm = { party: { ...lead.party, kind: 'organisation' as const, birthDate: null } };
    expect(
      checkAction(onTheSpot([{ kind: 'fine', amountFen: 300_000 }], firm), 'decideOnTheSpot', OFFICER_ZHANG, at('2026-09-01')).ok,
    ).toBe(true);
    expect(
      checkAction(onTheSpot([{ kind: 'fine', amountFen: 300_001 }], firm), 'decideOnTheSpot', OFFICER_ZHANG, at('2026-09-01')),
    ).toMatchObject({ code: 'SIMPLE_PROCEDURE_LIMIT' });
  });

  it('accepts any fine up to the limit and refuses any fine above it, for either party', () => {
    fc.assert(
      fc.property(fc.constantFrom('citizen' as const, 'organisation' as const), fc.integer({ min: 1, max: 2_000_000 }), (kind, fen) => {
        const s = onTheSpot([{ kind: 'fine', amountFen: fen }], { party: { ...lead.party, kind } });
        const r = checkAction(s, 'decideOnTheSpot', OFFICER_ZHANG, at('2026-09-01'));
        return r.ok === fen <= SIMPLE_PROCEDURE_FINE_LIMIT_FEN[kind] && (r.ok || r.code === 'SIMPLE_PROCEDURE_LIMIT');
      }),
    );
  });

  it.each<[string, CaseSnapshot, CaseActor, string]>([
    ['a warning', onTheSpot([{ kind: 'warning' }]), OFFICER_ZHANG, 'ok'],
    [
      'facts not certain',
      withCase(lead, { drafts: { onTheSpot: { ...lead.drafts.onTheSpot!, factsCertain: false } } }),
      OFFICER_ZHANG,
      'FACTS_NOT_CERTAIN',
    ],
    [
      'certificate not shown',
      withCase(lead, { drafts: { onTheSpot: { ...lead.drafts.onTheSpot!, certificateShown: false } } }),
      OFFICER_ZHANG,
      'CERTIFICATE_NOT_SHOWN',
    ],
    [
      'no pre-printed form number',
      withCase(lead, { drafts: { onTheSpot: { ...lead.drafts.onTheSpot!, formNumber: null } } }),
      OFFICER_ZHANG,
      'ON_THE_SPOT_FORM_INCOMPLETE',
    ],
    ['one officer alone', withCase(lead, { investigators: [ZHANG] }), OFFICER_ZHANG, 'TWO_OFFICER_RULE'],
    ['an officer not on the case', lead, OFFICER_WANG, 'ACTOR_NOT_INVESTIGATOR'],
    [
      'the officer’s certificate is suspended',
      withCase(lead, {
        investigators: [
          { userId: 'u-zhang', officer: makeOfficer('o-zhang', '张三', { status: 'suspended' }) },
          ...lead.investigators.slice(1),
        ],
      }),
      OFFICER_ZHANG,
      'ACTOR_NOT_ELIGIBLE',
    ],
    ['a 13-year-old', withCase(lead, { party: { ...lead.party, birthDate: '2013-01-01' } }), OFFICER_ZHANG, 'NO_PENALTY_FOR_PARTY'],
  ])('%s', (_name, snapshot, actor, expected) => {
    expect(codeOf(snapshot, 'decideOnTheSpot', actor, at('2026-09-01'))).toBe(expected);
  });

  it('lists the missing form items together', () => {
    const s = withCase(lead, {
      drafts: { onTheSpot: { ...lead.drafts.onTheSpot!, formNumber: null, place: ' ', officerSigned: false, handedOver: null } },
    });
    const r = checkAction(s, 'decideOnTheSpot', OFFICER_ZHANG, at('2026-09-01'));
    expect(r.ok ? '' : r.reason).toBe(
      '当场处罚决定书缺少：预定格式、编有号码的决定书编号、地点、执法人员签名或者盖章、当场交付（当事人签收或注明拒绝签收）',
    );
  });
});
