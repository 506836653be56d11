/**
 * Clocks whose start event is not one of a penalty case's (a licence decided, a complaint received …). They use the
 * ClockDefinition shape and the same counting engine (deadlines/compute-deadline.ts); only the start-event label is
 * wider than deadlines' START_EVENTS. computeDeadline and configureClock never read `startEvent`, so widening it
 * is the whole difference. When deadlines/ adds these events to START_EVENTS, the casts below go.
 */
import { checkExtensions, type ClockChangeCheck, type Extension } from '../deadlines/clock-changes.ts';
import type { ClockDefinition, ClockLength, DayType, Verification } from '../deadlines/clock-definition.ts';
import { configureClock } from '../deadlines/clock-definition.ts';
import { computeDeadline, type Deadline, type DeadlineInput } from '../deadlines/compute-deadline.ts';
import type { Citation } from '../citation.ts';

export type EventClockDefinition<E extends string = string> = Omit<ClockDefinition, 'startEvent'> & { startEvent: E };

export type EventDeadlineInput = Omit<DeadlineInput, 'clock'> & { clock: EventClockDefinition };

export function computeEventDeadline(input: EventDeadlineInput): Deadline {
  return computeDeadline({ ...input, clock: input.clock as unknown as ClockDefinition });
}

/** configureClock for these clocks: only a clock with a `parameter` may take a locally set length. */
export function configureEventClock<E extends string>(
  clock: EventClockDefinition<E>,
  override: { length: ClockLength; dayType?: DayType; source: Citation; verified?: Verification },
): EventClockDefinition<E> {
  return { ...configureClock(clock as unknown as ClockDefinition, override), startEvent: clock.startEvent };
}

/** checkExtensions (deadlines/clock-changes.ts) for these clocks: the approved total against the clock's ceiling. */
export function checkEventClockExtensions(clock: EventClockDefinition, extensions: readonly Extension[]): ClockChangeCheck {
  return checkExtensions(clock as unknown as ClockDefinition, extensions);
}
