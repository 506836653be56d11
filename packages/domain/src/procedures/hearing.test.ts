import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CN_WORKDAY_CALENDAR as cal } from '../calendar/cn-workday-calendar.data.ts';
import { addCalendarDays, fromDayNumber, toDayNumber, type LocalDate } from '../calendar/local-date.ts';
import { checkAction } from './check-action.ts';
import { DEFAULT_PROCEDURE_CONFIG, JIANGSU_PROCEDURE_CONFIG } from './config.ts';
import { earliestHearingDate } from './guards/hearing.ts';
import { at, HEAD, LEADER, makeCase, OFFICER_ZHANG, PRESIDER_ACTOR, REVIEWER, refOf, withCase } from './procedure-fixtures.ts';
import type { CaseSnapshot, PersonRef } from './snapshot.ts';

describe('the prior notice states the hearing right where 第六十三条 gives it — G7', () => {
  const ready = makeCase('collectiveDiscussion');
  it('¥2,000 on a citizen: a hearing right in Jiangsu (≥¥500), none under 司法部令53号 alone (≥¥3,000)', () => {
    const jiangsu = checkAction(ready, 'servePriorNotice', OFFICER_ZHANG, at('2026-09-01'), JIANGSU_PROCEDURE_CONFIG);
    expect(jiangsu).toMatchObject({ ok: false, code: 'HEARING_RIGHT_NOT_STATED', basis: { article: '第六十三条' } });
    expect(jiangsu.ok ? '' : jiangsu.reason).toContain('较大数额');
    expect(checkAction(ready, 'servePriorNotice', OFFICER_ZHANG, at('2026-09-01'), DEFAULT_PROCEDURE_CONFIG).ok).toBe(true);
  });

  it('lists the missing items of 第四十四条', () => {
    const s = withCase(ready, { drafts: { priorNotice: { ...ready.drafts.priorNotice!, reasons: '', statesStatementRight: false } } });
    const r = checkAction(s, 'servePriorNotice', OFFICER_ZHANG, at('2026-09-01'));
    expect(r).toMatchObject({ ok: false, code: 'PRIOR_NOTICE_INCOMPLETE', basis: { article: '第四十四条' } });
    expect(r.ok ? '' : r.reason).toBe('告知书缺少：理由、陈述、申辩的权利');
  });

  it('no hearing request where the notice gave no hearing right', () => {
    expect(checkAction(makeCase('priorNoticeServed'), 'requestHearing', HEAD, at('2026-09-03'))).toMatchObject({
      ok: false,
      code: 'NO_HEARING_RIGHT',
    });
  });
});

describe('hearing request within 5 working days of the notice (第六十四条、第八十五条) — T5, National Day 2026', () => {
  // Notice served Tuesday 9-29: 9-30, 10-8, 10-9, 10-10 (调休 Saturday), 10-12 → the window ends 10-12.
  const notified = withCase(makeCase('priorNoticeServed', { path: 'hearing' }), {
    steps: { priorNotice: { ...makeCase('priorNoticeServed', { path: 'hearing' }).steps.priorNotice!, servedAt: at('2026-09-29') } },
  });
  it.each<[LocalDate, string]>([
    ['2026-10-08', 'ok'],
    ['2026-10-12', 'ok'],
    ['2026-10-13', 'HEARING_REQUEST_LATE'],
  ])('request received %s', (receivedOn, expected) => {
    const s = withCase(notified, { drafts: { hearingRequestReceivedOn: receivedOn } });
    const r = checkAction(s, 'requestHearing', HEAD, at('2026-10-13'));
    expect(r.ok ? 'ok' : r.code).toBe(expected);
  });

  it('no decision before the window closes, unless waived', () => {
    const waivedStatement = withCase(notified, { steps: { statementWaivedAt: at('2026-09-30') } });
    expect(checkAction(waivedStatement, 'decide', LEADER, at('2026-10-12'))).toMatchObject({ code: 'HEARING_WINDOW_OPEN' });
    const r = checkAction(waivedStatement, 'decide', LEADER, at('2026-10-13'));
    expect(r.ok ? 'ok' : r.code).not.toBe('HEARING_WINDOW_OPEN');
    expect(checkAction(waivedStatement, 'recordHearingWaiver', HEAD, at('2026-10-08')).ok).toBe(true);
  });
});

describe('hearing notice at least 7 working days before the hearing (第六十四条) — T6, National Day 2026', () => {
  const requested = makeCase('hearingRequested');
  const scheduled = (scheduledFor: LocalDate, presider = refOf(PRESIDER_ACTOR)): CaseSnapshot =>
    withCase(requested, { drafts: { hearingSchedule: { scheduledFor, presider } } });

  it.each<[string, LocalDate, LocalDate, string]>([
    // Between 9-28 and 10-14: 9-29, 9-30, 10-8, 10-9, 10-10 (调休), 10-12, 10-13 — exactly seven.
    ['hearing 10-14, notice on 9-28', '2026-10-14', '2026-09-28', 'ok'],
    ['hearing 10-14, notice on 9-29: only six working days left', '2026-10-14', '2026-09-29', 'HEARING_NOTICE_TOO_LATE'],
    // Between 9-21 and 10-09: 9-22, 9-23, 9-24, 9-28, 9-29, 9-30, 10-08 — Mid-Autumn 9-25 and the holiday week skipped.
    ['hearing 10-09, notice on 9-21', '2026-10-09', '2026-09-21', 'ok'],
    [
      'hearing 10-09, notice on 9-22: six working days, though seventeen calendar days',
      '2026-10-09',
      '2026-09-22',
      'HEARING_NOTICE_TOO_LATE',
    ],
  ])('%s', (_name, hearingOn, noticeOn, expected) => {
    const r = checkAction(scheduled(hearingOn), 'serveHearingNotice', REVIEWER, at(noticeOn));
    expect(r.ok ? 'ok' : r.code).toBe(expected);
    if (!r.ok) expect(r.basis).toMatchObject({ law: '行政处罚法', article: '第六十四条' });
  });

  it('suggests the earliest lawful hearing date', () => {
    const r = checkAction(scheduled('2026-10-14'), 'serveHearingNotice', REVIEWER, at('2026-09-29'));
    expect(r.ok ? '' : r.reason).toContain('听证最早可定于2026-10-15');
    expect(earliestHearingDate('2026-09-30', cal)).toBe('2026-10-16');
  });

  it('allows the notice exactly when seven whole working days lie between it and the hearing', () => {
    const day = fc.integer({ min: toDayNumber('2026-01-01'), max: toDayNumber('2026-12-20') }).map(fromDayNumber);
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 25 }), (noticeOn, gap) => {
        const hearingOn = addCalendarDays(noticeOn, gap);
        const between = cal.workingDaysBetween(noticeOn, addCalendarDays(hearingOn, -1));
        const r = checkAction(scheduled(hearingOn), 'serveHearingNotice', REVIEWER, at(noticeOn));
        return r.ok === between >= 7 && (r.ok || r.code === 'HEARING_NOTICE_TOO_LATE');
      }),
    );
  });

  it('the presider may not be an investigator of the case (第六十四条第（四）项)', () => {
    const r = checkAction(scheduled('2026-09-15', refOf(OFFICER_ZHANG)), 'serveHearingNotice', REVIEWER, at('2026-09-03'));
    expect(r).toMatchObject({ ok: false, code: 'PRESIDER_IS_INVESTIGATOR', basis: { article: '第六十四条' } });
  });

  it('a presider whose recusal is pending may not preside', () => {
    const s = withCase(scheduled('2026-09-15'), { recusals: [{ person: refOf(PRESIDER_ACTOR), role: 'presider', status: 'pending' }] });
    expect(checkAction(s, 'serveHearingNotice', REVIEWER, at('2026-09-03'))).toMatchObject({ code: 'PRESIDER_RECUSED' });
  });

  it('hearings are organised by the legal unit, the department head or the leader, not by an investigator', () => {
    expect(checkAction(scheduled('2026-09-15'), 'serveHearingNotice', OFFICER_ZHANG, at('2026-09-03'))).toMatchObject({
      code: 'ACTOR_NOT_HEARING_ORGANISER',
    });
  });
});

describe('holding the hearing', () => {
  const noticed = makeCase('hearingNoticed'); // set for 9-15, presided by 孙主持
  it.each<[string, CaseSnapshot, Date, string]>([
    ['on the day, by the presider, record signed', noticed, at('2026-09-15'), 'ok'],
    ['before the notified day', noticed, at('2026-09-14'), 'HEARING_NOT_YET_DUE'],
    [
      'record not signed and refusal not noted',
      withCase(noticed, { drafts: { hearingRecord: { outcome: 'held', recordSigned: false } } }),
      at('2026-09-15'),
      'HEARING_RECORD_MISSING',
    ],
    [
      'the party did not come: terminated, no signature needed',
      withCase(noticed, { drafts: { hearingRecord: { outcome: 'partyAbsent', recordSigned: false } } }),
      at('2026-09-15'),
      'ok',
    ],
  ])('%s', (_name, s, now, expected) => {
    const r = checkAction(s, 'holdHearing', PRESIDER_ACTOR, now);
    expect(r.ok ? 'ok' : r.code).toBe(expected);
  });

  it('only the designated presider holds it', () => {
    expect(checkAction(noticed, 'holdHearing', REVIEWER, at('2026-09-15'))).toMatchObject({ code: 'ACTOR_NOT_PRESIDER' });
  });
});

describe('another presider after the presider’s recusal was granted (第四十三条、第六十四条)', () => {
  const noticed = makeCase('hearingNoticed');
  const other: PersonRef = { userId: 'u-other', officerId: null, name: '钱法制' };
  const granted = withCase(noticed, { recusals: [{ person: refOf(PRESIDER_ACTOR), role: 'presider', status: 'granted' }] });
  const naming = (s: CaseSnapshot, presider = other) => withCase(s, { drafts: { newPresider: presider } });

  it('is refused while the presider has not been recused, pointing to the recusal request', () => {
    const r = checkAction(naming(noticed), 'replaceHearingPresider', REVIEWER, at('2026-09-05'));
    expect(r).toMatchObject({ ok: false, code: 'PRESIDER_NOT_RECUSED', basis: { article: '第六十四条' }, suggestedAction: 'requestRecusal' });
    const pending = withCase(noticed, { recusals: [{ person: refOf(PRESIDER_ACTOR), role: 'presider', status: 'pending' }] });
    expect(checkAction(naming(pending), 'replaceHearingPresider', REVIEWER, at('2026-09-05'))).toMatchObject({ code: 'PRESIDER_NOT_RECUSED' });
  });

  it('names a non-investigator once the recusal is granted; the case stays with its hearing date', () => {
    expect(checkAction(naming(granted), 'replaceHearingPresider', REVIEWER, at('2026-09-05'))).toMatchObject({ ok: true, to: 'hearingNoticed' });
  });

  it('refuses an investigator of the case or the recused presider again as the new presider', () => {
    expect(checkAction(naming(granted, refOf(OFFICER_ZHANG)), 'replaceHearingPresider', REVIEWER, at('2026-09-05'))).toMatchObject({ code: 'PRESIDER_IS_INVESTIGATOR' });
    expect(checkAction(naming(granted, refOf(PRESIDER_ACTOR)), 'replaceHearingPresider', REVIEWER, at('2026-09-05'))).toMatchObject({ code: 'PRESIDER_RECUSED' });
  });

  it('is not for investigators to do, and not before a hearing was noticed', () => {
    expect(checkAction(naming(granted), 'replaceHearingPresider', OFFICER_ZHANG, at('2026-09-05'))).toMatchObject({ code: 'ACTOR_NOT_HEARING_ORGANISER' });
    expect(checkAction(naming(makeCase('hearingRequested')), 'replaceHearingPresider', REVIEWER, at('2026-09-05'))).toMatchObject({ code: 'INVALID_STATE' });
  });
});
