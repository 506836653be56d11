import { describe, expect, it } from 'vitest';
import { CN_WORKDAY_CALENDAR, CN_WORKDAY_YEARS } from '../calendar/cn-workday-calendar.data.ts';
import { createWorkdayCalendar } from '../calendar/workday-calendar.ts';
import { checkAction } from './check-action.ts';
import { DEFAULT_PROCEDURE_CONFIG, JIANGSU_PROCEDURE_CONFIG } from './config.ts';
import { at, LEADER, makeCase, REVIEWER, STOP_3M, withCase } from './procedure-fixtures.ts';
import { caseRequirements } from './requirements.ts';
import type { CaseSnapshot } from './snapshot.ts';

const noticeOn = (date: string): CaseSnapshot => {
  const s = makeCase('priorNoticeServed');
  return withCase(s, { steps: { priorNotice: { ...s.steps.priorNotice!, servedAt: at(date) } } });
};

describe('the statement period across Spring Festival 2026 (working days, 第八十五条)', () => {
  // Notice served Friday 2-13: 2-14 (调休 Saturday), then the break to 2-23, then 2-24, 2-25, 2-26, 2-27.
  it.each([
    ['2026-02-27', 'STATEMENT_PERIOD_OPEN'],
    ['2026-02-28', 'ok'],
  ])('decision on %s', (day, expected) => {
    const r = checkAction(noticeOn('2026-02-13'), 'decide', LEADER, at(day), DEFAULT_PROCEDURE_CONFIG);
    expect(r.ok ? 'ok' : r.code).toBe(expected);
  });
});

describe('clocks reaching into a year whose holidays are not yet entered', () => {
  const only2026 = { ...DEFAULT_PROCEDURE_CONFIG, calendar: createWorkdayCalendar(CN_WORKDAY_YEARS.filter((y) => y.year <= 2026)) };
  it('a statement period ending in 2027 is computed on weekends only and flagged provisional', () => {
    // Served Tuesday 2026-12-29: 12-30, 12-31, then 2027-01-01 (a holiday every year, but not entered) counts.
    const r = checkAction(noticeOn('2026-12-29'), 'decide', LEADER, at('2027-01-06'), only2026);
    expect(r.ok).toBe(true);
    expect(r.warnings.map((w) => w.code)).toContain('CLOCK_PROVISIONAL');
    expect(r.warnings[0]?.reason).toContain('2027');
  });

  it('a hearing notice for a date in 2027 passes with the same flag', () => {
    const requested = withCase(makeCase('hearingRequested'), {
      drafts: { hearingSchedule: { ...makeCase('hearingRequested').drafts.hearingSchedule!, scheduledFor: '2027-01-15' } },
    });
    const r = checkAction(requested, 'serveHearingNotice', REVIEWER, at('2026-12-31'), only2026);
    expect(r).toMatchObject({ ok: true, warnings: [{ code: 'CLOCK_PROVISIONAL' }] });
  });

  it('within known years nothing is provisional', () => {
    expect(
      checkAction(noticeOn('2026-09-01'), 'decide', LEADER, at('2026-09-14'), {
        ...DEFAULT_PROCEDURE_CONFIG,
        calendar: CN_WORKDAY_CALENDAR,
      }).warnings,
    ).toEqual([]);
  });
});

describe('caseRequirements: what the law asks of a case for a penalty', () => {
  const s = makeCase('investigationReported');
  it('¥2,000 on a citizen: nothing nationally; a hearing right and the catalogue review in Jiangsu', () => {
    const fine = s.proposedPenalty!;
    expect(caseRequirements(s, fine, DEFAULT_PROCEDURE_CONFIG)).toMatchObject({
      hearingRight: { required: false },
      legalReview: [],
      collectiveDiscussion: [],
    });
    const js = caseRequirements(s, fine, JIANGSU_PROCEDURE_CONFIG);
    expect(js.hearingRight.required).toBe(true);
    expect(js.legalReview.map((g) => g.reason)).toEqual(['拟作出的处罚属于听证范围']);
  });

  it('停止执业 3 months: hearing, review and collective discussion, each with its ground', () => {
    const r = caseRequirements(s, STOP_3M);
    expect(r.hearingRight.triggers[0]?.basis.article).toBe('第六十三条');
    expect(r.legalReview.map((g) => g.reason)).toEqual(['拟限制从业', '拟作出的处罚属于听证范围']);
    expect(r.collectiveDiscussion.length).toBeGreaterThan(0);
  });

  it('a heard case needs review whatever the penalty (第五十八条第（二）项)', () => {
    const heard = makeCase('heard', { penalty: [{ kind: 'warning' }] });
    expect(caseRequirements(heard, [{ kind: 'warning' }]).legalReview).toMatchObject([
      { reason: '经过听证程序', basis: { article: '第五十八条' } },
    ]);
  });
});
