/**
 * The hearing (第六十四条, LAW.md §11 T6): notice at least 7 working days before the hearing (the statutory 'before'
 * clock of deadlines/: seven whole working days strictly between notice and hearing), a presider who did not
 * investigate and is not recused, and a record signed or with the refusal noted.
 */
import { addCalendarDays, type LocalDate } from '../../calendar/local-date.ts';
import type { WorkdayCalendar } from '../../calendar/workday-calendar.ts';
import { PENALTY_CASE_CLOCKS } from '../../deadlines/clock-table.ts';
import {
  block,
  deadlineOf,
  everInvestigated,
  provisionalWarning,
  recusalOf,
  type Finding,
  type Guard,
  type GuardContext,
} from '../guard-kit.ts';
import type { PersonRef } from '../snapshot.ts';
import { HEARING_NOTICE, HEARING_PRESIDER, HEARING_RECORD } from '../sources.ts';

const NOTICE_CLOCK = PENALTY_CASE_CLOCKS.hearingNotice;

/** The first working day a hearing may be held when its notice is served on `noticeDay`. */
export function earliestHearingDate(noticeDay: LocalDate, calendar: WorkdayCalendar): LocalDate {
  return calendar.workingDayOnOrAfter(addCalendarDays(calendar.addWorkingDays(noticeDay, NOTICE_CLOCK.length.value), 1));
}

function presiderFindings(ctx: GuardContext, presider: PersonRef): Finding[] {
  const findings: Finding[] = [];
  if (everInvestigated(ctx.snapshot, presider)) {
    findings.push(block('PRESIDER_IS_INVESTIGATOR', `${presider.name}是本案调查人员，不得主持听证`, HEARING_PRESIDER));
  }
  const recusal = recusalOf(ctx.snapshot, presider, 'presider');
  if (recusal === 'granted' || recusal === 'pending') {
    findings.push(
      block(
        'PRESIDER_RECUSED',
        `听证主持人${presider.name}${recusal === 'granted' ? '已决定回避' : '的回避申请尚未决定'}`,
        HEARING_PRESIDER,
      ),
    );
  }
  return findings;
}

export const serveHearingNotice: Guard = (ctx) => {
  const schedule = ctx.snapshot.drafts.hearingSchedule;
  if (schedule === null) return [block('HEARING_SCHEDULE_MISSING', '须确定听证的时间、地点和主持人', HEARING_NOTICE)];
  const findings = presiderFindings(ctx, schedule.presider);
  const deadline = deadlineOf(NOTICE_CLOCK, schedule.scheduledFor, ctx.config);
  if (deadline.dueDate === null || ctx.today > deadline.dueDate) {
    const earliest = earliestHearingDate(ctx.today, ctx.config.calendar);
    findings.push(
      block(
        'HEARING_NOTICE_TOO_LATE',
        `听证定于${schedule.scheduledFor}，应当在${deadline.dueDate ?? ''}前通知（须间隔七个工作日）；今日通知的，听证最早可定于${earliest}`,
        HEARING_NOTICE,
      ),
    );
  }
  return [...findings, ...provisionalWarning(deadline)];
};

/** Only a presider whose recusal was granted is replaced; the new one passes the same checks as the first. */
export const replaceHearingPresider: Guard = (ctx) => {
  const current = ctx.snapshot.steps.hearing?.presider ?? null;
  const findings: Finding[] = [];
  if (!current || recusalOf(ctx.snapshot, current, 'presider') !== 'granted') {
    findings.push(
      block(
        'PRESIDER_NOT_RECUSED',
        `听证主持人${current ? `${current.name}` : ''}未经决定回避，不得另行指定；须先登记回避申请并由负责人决定回避`,
        HEARING_PRESIDER,
        'requestRecusal',
      ),
    );
  }
  const next = ctx.snapshot.drafts.newPresider;
  if (next === null) findings.push(block('HEARING_SCHEDULE_MISSING', '须指定新的听证主持人', HEARING_PRESIDER));
  else findings.push(...presiderFindings(ctx, next));
  return findings;
};

export const holdHearing: Guard = (ctx) => {
  const hearing = ctx.snapshot.steps.hearing;
  const findings: Finding[] = [];
  if (hearing?.scheduledFor && ctx.today < hearing.scheduledFor) {
    findings.push(block('HEARING_NOT_YET_DUE', `听证已通知定于${hearing.scheduledFor}举行，不得提前`, HEARING_NOTICE));
  }
  if (hearing?.presider) findings.push(...presiderFindings(ctx, hearing.presider));
  const record = ctx.snapshot.drafts.hearingRecord;
  if (record === null) findings.push(block('HEARING_RECORD_MISSING', '须制作听证笔录并记录听证结果', HEARING_RECORD));
  else if (record.outcome === 'held' && !record.recordSigned) {
    findings.push(block('HEARING_RECORD_MISSING', '听证笔录须经当事人核对签字或盖章；拒绝签字的，由主持人注明', HEARING_RECORD));
  }
  return findings;
};

export const recordHearingWithdrawal: Guard = () => [];
