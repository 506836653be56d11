import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CN_WORKDAY_CALENDAR as cal } from '../calendar/cn-workday-calendar.data.ts';
import { addCalendarDays, addMonths, fromDayNumber, toDayNumber, type LocalDate } from '../calendar/local-date.ts';
import { checkLimitation, type ViolationPeriod } from './limitation.ts';
import { checkPartyMayBePunished, hasReachedAge, partyStanding, type PartyFacts } from './party.ts';

const act = (startedOn: LocalDate, change: Partial<ViolationPeriod> = {}): ViolationPeriod => ({
  startedOn,
  endedOn: null,
  ongoing: false,
  seriousHarm: false,
  ...change,
});

describe('limitation (行政处罚法 第三十六条)', () => {
  it.each<[string, ViolationPeriod, LocalDate, boolean]>([
    ['discovered on the last day of 2 years', act('2024-05-20'), '2026-05-20', true],
    ['discovered the day after', act('2024-05-20'), '2026-05-21', false],
    ['continuing act: counted from its end', act('2023-01-10', { endedOn: '2024-06-30' }), '2026-06-30', true],
    ['continuing act ended more than 2 years ago', act('2023-01-10', { endedOn: '2024-06-30' }), '2026-07-01', false],
    ['still going on', act('2019-01-01', { ongoing: true }), '2026-05-20', true],
    ['life/health or financial harm: 5 years', act('2021-06-01', { seriousHarm: true }), '2026-06-01', true],
    ['5 years passed', act('2021-06-01', { seriousHarm: true }), '2026-06-02', false],
    ['29 February: 2 years end on 28 February', act('2024-02-29'), '2026-03-01', false],
  ])('%s', (_name, v, discovered, ok) => {
    const r = checkLimitation(v, discovered, cal);
    expect(r.ok).toBe(ok);
    if (!r.ok) {
      expect(r.code).toBe('LIMITATION_EXPIRED');
      expect(r.basis).toMatchObject({ law: '行政处罚法', article: '第三十六条' });
      expect(r.reason).toContain('不再给予行政处罚');
    }
  });

  it('refuses impossible dates', () => {
    expect(checkLimitation(act('2026-05-01', { endedOn: '2026-04-01' }), '2026-05-20', cal)).toMatchObject({
      code: 'INVALID_VIOLATION_DATES',
    });
    expect(checkLimitation(act('2026-05-01'), '2026-04-01', cal)).toMatchObject({ code: 'INVALID_VIOLATION_DATES' });
  });

  it('is ok exactly when discovery falls on or before the same date two years on', () => {
    const day = fc.integer({ min: toDayNumber('2018-01-01'), max: toDayNumber('2026-12-31') }).map(fromDayNumber);
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 1500 }), (start, after) => {
        const discovered = addCalendarDays(start, after);
        expect(checkLimitation(act(start), discovered, cal).ok).toBe(discovered <= addMonths(start, 24));
      }),
    );
  });
});

describe('minors and capacity (第三十条、第三十一条)', () => {
  const citizen = (birthDate: LocalDate | null, lackedCapacityAtAct = false): PartyFacts => ({
    kind: 'citizen',
    birthDate,
    lackedCapacityAtAct,
  });

  it('an age is reached the day after the birthday', () => {
    expect(hasReachedAge('2012-05-20', 14, '2026-05-20')).toBe(false);
    expect(hasReachedAge('2012-05-20', 14, '2026-05-21')).toBe(true);
  });

  it.each<[string, PartyFacts, LocalDate, string]>([
    ['13 at the act', citizen('2012-06-01'), '2026-05-20', 'noPenalty'],
    ['on the 14th birthday', citizen('2012-05-20'), '2026-05-20', 'noPenalty'],
    ['16', citizen('2010-01-01'), '2026-05-20', 'mustMitigate'],
    ['on the 18th birthday', citizen('2008-05-20'), '2026-05-20', 'mustMitigate'],
    ['adult', citizen('1990-01-01'), '2026-05-20', 'ordinary'],
    ['birth date unknown', citizen(null), '2026-05-20', 'ordinary'],
    ['lacked capacity', citizen('1990-01-01', true), '2026-05-20', 'noPenalty'],
    ['an organisation', { kind: 'organisation', birthDate: null, lackedCapacityAtAct: false }, '2026-05-20', 'ordinary'],
  ])('%s', (_name, party, date, standing) => {
    expect(partyStanding(party, date)).toBe(standing);
  });

  it('refuses a penalty on a child, and an unmitigated one on a minor', () => {
    expect(checkPartyMayBePunished(citizen('2013-01-01'), '2026-05-20', 'lighter')).toMatchObject({
      code: 'NO_PENALTY_FOR_PARTY',
      basis: { article: '第三十条' },
    });
    expect(checkPartyMayBePunished(citizen('2010-01-01'), '2026-05-20', null)).toMatchObject({ code: 'MITIGATION_REQUIRED' });
    expect(checkPartyMayBePunished(citizen('2010-01-01'), '2026-05-20', 'mitigated').ok).toBe(true);
    expect(checkPartyMayBePunished(citizen('1990-01-01', true), '2026-05-20', null)).toMatchObject({ basis: { article: '第三十一条' } });
  });
});
