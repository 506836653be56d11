/**
 * Suspensions (中止) and extensions (延期) of a clock, and the guards the server runs before recording one.
 * Both are recorded facts; computeDeadline replays them.
 */
import type { Citation } from '../citation.ts';
import { isLocalDate, type LocalDate } from '../calendar/local-date.ts';
import type { ClockDefinition } from './clock-definition.ts';

/**
 * Days `from` … `to` (both inclusive) do not count. `to` is the last paused day — the day before the clock
 * resumes; without it the clock is still paused.
 */
export interface Suspension {
  from: LocalDate;
  to?: LocalDate | null;
}

/** An approved extension, in the clock's own day type (working days for a working-day clock). */
export interface Extension {
  days: number;
  /** The approval's own basis when it differs from the clock's general extension rule. */
  basis?: Citation;
}

export type ClockChangeCheck =
  | { ok: true }
  | {
      ok: false;
      code: 'CLOCK_NOT_SUSPENDABLE' | 'CLOCK_NOT_EXTENDABLE' | 'EXTENSION_LIMIT' | 'INVALID_CLOCK_CHANGE';
      reason: string;
      basis: Citation;
    };

export function checkSuspensions(clock: ClockDefinition, suspensions: readonly Suspension[]): ClockChangeCheck {
  if (suspensions.length === 0) return { ok: true };
  if (!clock.suspendable) {
    return { ok: false, code: 'CLOCK_NOT_SUSPENDABLE', reason: `${clock.label}不适用中止`, basis: clock.basis };
  }
  for (const s of suspensions) {
    const to = s.to ?? null;
    if (!isLocalDate(s.from) || (to !== null && !isLocalDate(to)) || (to !== null && to < s.from)) {
      const reason = `中止期间无效：${s.from} 至 ${to ?? '（未恢复）'}`;
      return { ok: false, code: 'INVALID_CLOCK_CHANGE', reason, basis: clock.suspendable.basis };
    }
  }
  return { ok: true };
}

export function checkExtensions(clock: ClockDefinition, extensions: readonly Extension[]): ClockChangeCheck {
  if (extensions.length === 0) return { ok: true };
  if (!clock.extendable) {
    return { ok: false, code: 'CLOCK_NOT_EXTENDABLE', reason: `${clock.label}为法定期限，不得延长`, basis: clock.basis };
  }
  const { maxDays, basis } = clock.extendable;
  if (extensions.some((e) => !Number.isInteger(e.days) || e.days < 1)) {
    return { ok: false, code: 'INVALID_CLOCK_CHANGE', reason: '延长天数应为正整数', basis };
  }
  const total = extensions.reduce((sum, e) => sum + e.days, 0);
  if (maxDays !== null && total > maxDays) {
    const unit = clock.dayType === 'workingDays' ? '个工作日' : '日';
    return { ok: false, code: 'EXTENSION_LIMIT', reason: `${clock.label}累计延长不得超过${maxDays}${unit}（已申请${total}）`, basis };
  }
  return { ok: true };
}
