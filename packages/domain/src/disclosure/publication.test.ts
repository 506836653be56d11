import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CN_WORKDAY_CALENDAR as cal } from '../calendar/cn-workday-calendar.data.ts';
import { addCalendarDays, fromDayNumber, toDayNumber, type LocalDate } from '../calendar/local-date.ts';
import { PENALTY_CASE_CLOCKS } from '../deadlines/clock-table.ts';
import type { Penalty } from '../penalties/penalty.ts';
import { checkPublishable, type PublicationCandidate } from './eligibility.ts';
import { configureEventClock } from './event-clock.ts';
import { isPublicationExpired, publicationExpiry, SAMR_STYLE_EXPIRY } from './expiry.ts';
import { checkNoLeaks } from './mask.ts';
import { PUBLICATION_CLOCKS, publicationDeadline, withdrawalDeadline, type PublicationClocks } from './publication-clocks.ts';
import { checkWithdrawal } from './withdrawal.ts';

const FINE: Penalty = [{ kind: 'fine', amountFen: 500_000 }];
const adult: PublicationCandidate = {
  resultType: 'penalty',
  status: 'inForce',
  party: { kind: 'citizen', birthDate: '1990-03-07' },
  actDate: '2026-03-01',
  penalty: FINE,
  flags: {},
};
const codes = (c: ReturnType<typeof checkPublishable>) => (c.ok ? [] : c.refusals.map((r) => r.code));

describe('checkPublishable', () => {
  it('publishes an adult’s fine decision in force, citing 第四十八条', () => {
    const c = checkPublishable(adult, '2026-04-01');
    expect(c.ok).toBe(true);
    expect(c.ok && c.basis.map((b) => b.article)).toContain('第四十八条');
  });

  it('never publishes when the party was a minor at the act or is one now', () => {
    const atAct = { ...adult, party: { kind: 'citizen', birthDate: '2008-03-02' }, actDate: '2026-03-01' } as const;
    expect(codes(checkPublishable(atAct, '2026-04-01'))).toEqual(['PARTY_IS_MINOR']);
    // 18 full years are reached the day after the 18th birthday (penalties/party.ts)
    const turned = { ...adult, party: { kind: 'citizen', birthDate: '2008-02-27' }, actDate: '2026-02-28' } as const;
    expect(checkPublishable(turned, '2026-04-01').ok).toBe(true);
  });

  it('refuses a citizen of unknown age unless configured otherwise; organisations have no age', () => {
    const unknown = { ...adult, party: { kind: 'citizen', birthDate: null } } as const;
    expect(codes(checkPublishable(unknown, '2026-04-01'))).toEqual(['PARTY_AGE_UNKNOWN']);
    expect(checkPublishable(unknown, '2026-04-01', { excludeWarningOnly: true, citizenWithUnknownAge: 'allow' }).ok).toBe(true);
    expect(checkPublishable({ ...adult, party: { kind: 'organisation', birthDate: null } }, '2026-04-01').ok).toBe(true);
  });

  it('lists every reason: privacy, secrets, security risk, not in force', () => {
    const c = checkPublishable(
      { ...adult, status: 'revoked', flags: { privacy: true, stateSecret: true, commercialSecret: true, securityRisk: true } },
      '2026-04-01',
    );
    expect(codes(c)).toEqual(['NOT_IN_FORCE', 'PRIVACY', 'STATE_SECRET', 'COMMERCIAL_SECRET', 'SECURITY_RISK']);
    expect(!c.ok && c.refusals.find((r) => r.code === 'PRIVACY')?.basis).toMatchObject({ law: '政府信息公开条例', article: '第十五条' });
  });

  it('leaves warning-only decisions out when configured (default), and in when not', () => {
    const warning = { ...adult, penalty: [{ kind: 'warning' }] } as const;
    expect(codes(checkPublishable(warning, '2026-04-01'))).toEqual(['WARNING_ONLY']);
    expect(checkPublishable(warning, '2026-04-01', { excludeWarningOnly: false, citizenWithUnknownAge: 'refuse' }).ok).toBe(true);
    expect(checkPublishable({ ...warning, penalty: [{ kind: 'warning' }, ...FINE] }, '2026-04-01').ok).toBe(true);
  });

  it('property: a case flagged minor or privacy is never publishable, whatever else holds (battery item 26)', () => {
    const day = fc.integer({ min: toDayNumber('1950-01-01'), max: toDayNumber('2030-12-31') }).map(fromDayNumber);
    const candidate = fc.record({
      resultType: fc.constantFrom('penalty', 'licence', 'other'),
      status: fc.constantFrom('inForce', 'changed', 'revoked'),
      party: fc.record({ kind: fc.constantFrom('citizen', 'organisation'), birthDate: fc.option(day) }),
      actDate: fc.option(day),
      penalty: fc.option(fc.constant(FINE)),
      flags: fc.record({
        minor: fc.boolean(),
        privacy: fc.boolean(),
        stateSecret: fc.boolean(),
        commercialSecret: fc.boolean(),
        securityRisk: fc.boolean(),
      }),
    }) as fc.Arbitrary<PublicationCandidate>;
    const policy = fc.record({ excludeWarningOnly: fc.boolean(), citizenWithUnknownAge: fc.constantFrom('refuse', 'allow') } as const);
    fc.assert(
      fc.property(candidate, day, policy, (c, on, p) => {
        fc.pre(c.flags.minor === true || c.flags.privacy === true);
        const r = checkPublishable(c, on, p);
        expect(r.ok).toBe(false);
      }),
    );
  });
});

describe('publication and withdrawal clocks', () => {
  it('reuses the penalty clocks of deadlines/', () => {
    expect(PUBLICATION_CLOCKS.penaltyPublication).toBe(PENALTY_CASE_CLOCKS.decisionPublication);
    expect(PUBLICATION_CLOCKS.penaltyWithdrawal).toBe(PENALTY_CASE_CLOCKS.publicationWithdrawal);
  });

  it('7 WD for 处罚 and 许可 decisions across National Day 2026', () => {
    for (const resultType of ['penalty', 'licence'] as const) {
      expect(publicationDeadline({ resultType, decidedOn: '2026-09-29', calendar: cal }).dueDate).toBe('2026-10-14');
    }
  });

  it('7 WD for a licence decided before Spring Festival 2026 counts both 调休 Saturdays', () => {
    // 2-14 (Sat, works), 2-24, 2-25, 2-26, 2-27, 2-28 (Sat, works), 3-2
    expect(publicationDeadline({ resultType: 'licence', decidedOn: '2026-02-13', calendar: cal }).dueDate).toBe('2026-03-02');
  });

  it('20 WD for other results, cited to 政府信息公开条例 第二十六条', () => {
    const d = publicationDeadline({ resultType: 'other', decidedOn: '2026-09-29', calendar: cal });
    expect(d.dueDate).toBe('2026-11-02');
    expect(d.dueDate).toBe(cal.addWorkingDays('2026-09-29', 20));
    expect(d.basis[0]).toMatchObject({ law: '政府信息公开条例', article: '第二十六条' });
  });

  it('withdrawal within 3 WD (第四十八条) — a decision revoked on 9-30 is withdrawn by 10-10, the 调休 Saturday', () => {
    const d = withdrawalDeadline({ resultType: 'penalty', alteredOn: '2026-09-30', calendar: cal });
    expect(d.dueDate).toBe('2026-10-10');
    expect(d.basis.map((b) => `${b.law}${b.article}`)).toEqual(expect.arrayContaining(['行政处罚法第四十八条', '行政处罚法第八十五条']));
    expect(withdrawalDeadline({ resultType: 'licence', alteredOn: '2026-09-30', calendar: cal }).dueDate).toBe('2026-10-10');
  });

  it('a bureau may configure the parameterised clocks, not the statutory withdrawal', () => {
    const source = { law: '示例市行政执法公示办法', article: '第十条' };
    const licence5 = configureEventClock(PUBLICATION_CLOCKS.licencePublication, { length: { value: 5, unit: 'days' }, source });
    const clocks: PublicationClocks = { ...PUBLICATION_CLOCKS, licencePublication: licence5 };
    expect(publicationDeadline({ resultType: 'licence', decidedOn: '2026-09-29', calendar: cal, clocks }).dueDate).toBe('2026-10-12'); // 9-30, 10-8, 10-9, 10-10, 10-12
    expect(licence5.startEvent).toBe('licenceDecided');
    expect(() => configureEventClock(PUBLICATION_CLOCKS.penaltyWithdrawal, { length: { value: 5, unit: 'days' }, source })).toThrow();
  });

  it('property: the publication due date is the 7th / 20th working day after the decision', () => {
    const day = fc.integer({ min: toDayNumber('2020-01-01'), max: toDayNumber('2026-11-30') }).map(fromDayNumber);
    fc.assert(
      fc.property(day, fc.constantFrom<'penalty' | 'licence' | 'other'>('penalty', 'licence', 'other'), (on: LocalDate, t) => {
        const d = publicationDeadline({ resultType: t, decidedOn: on, calendar: cal });
        expect(d.dueDate).toBe(cal.addWorkingDays(on, t === 'other' ? 20 : 7));
      }),
    );
  });
});

describe('withdrawal requests', () => {
  const reason = '该处罚决定已被示例市人民政府行政复议决定撤销';
  it('needs a 第四十八条 ground and a public reason', () => {
    expect(checkWithdrawal({ resultType: 'penalty', ground: 'revoked', publicReason: reason }).ok).toBe(true);
    expect(checkWithdrawal({ resultType: 'penalty', ground: 'revoked', publicReason: '撤销' })).toMatchObject({
      code: 'WITHDRAWAL_REASON_REQUIRED',
      basis: { article: '第四十八条' },
    });
    expect(checkWithdrawal({ resultType: 'penalty', ground: 'redoOrdered', publicReason: reason })).toMatchObject({
      code: 'WITHDRAWAL_GROUND_INVALID',
    });
    expect(checkWithdrawal({ resultType: 'other', ground: 'redoOrdered', publicReason: reason }).ok).toBe(true);
  });
});

describe('publication expiry (configuration per party kind)', () => {
  it('default: citizens 2 years, organisations 3 years, warning or 通报批评 only 3 months', () => {
    expect(publicationExpiry({ publishedOn: '2026-02-28', partyKind: 'citizen', penalty: FINE }).lastDayShown).toBe('2028-02-28');
    expect(publicationExpiry({ publishedOn: '2026-02-28', partyKind: 'organisation', penalty: FINE }).lastDayShown).toBe('2029-02-28');
    const light = publicationExpiry({ publishedOn: '2026-02-28', partyKind: 'organisation', penalty: [{ kind: 'circulatedCriticism' }] });
    expect(light).toMatchObject({ lastDayShown: '2026-05-28', shortTerm: true });
  });

  it('month ends follow 民法典 第二百零二条; a null period never expires', () => {
    expect(publicationExpiry({ publishedOn: '2024-02-29', partyKind: 'citizen', penalty: null }).lastDayShown).toBe('2026-02-28');
    const forever = { ...SAMR_STYLE_EXPIRY, periods: { citizen: null, organisation: null } };
    const e = publicationExpiry({ publishedOn: '2024-02-29', partyKind: 'citizen', penalty: FINE, policy: forever });
    expect(e.lastDayShown).toBeNull();
    expect(isPublicationExpired(e, '2099-01-01')).toBe(false);
  });

  it('is expired from the day after the last day shown', () => {
    const e = publicationExpiry({ publishedOn: '2026-01-15', partyKind: 'citizen', penalty: FINE });
    expect(isPublicationExpired(e, e.lastDayShown!)).toBe(false);
    expect(isPublicationExpired(e, addCalendarDays(e.lastDayShown!, 1))).toBe(true);
  });
});

describe('checkNoLeaks', () => {
  it('refuses a text with personal data and passes a masked one', () => {
    expect(checkNoLeaks('联系电话13905140001')).toMatchObject({ ok: false, code: 'PII_REMAINS' });
    expect(checkNoLeaks('联系电话***********')).toEqual({ ok: true });
  });
});
