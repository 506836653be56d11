import type { ClockDefinition } from './clock-definition.ts';
import { EXECUTION_CLOCKS } from './execution-clocks.ts';
import { PROCEDURE_CLOCKS } from './procedure-clocks.ts';

/** Every statutory clock of a penalty case, by id. */
export const PENALTY_CASE_CLOCKS = { ...PROCEDURE_CLOCKS, ...EXECUTION_CLOCKS } as const;
export type ClockId = keyof typeof PENALTY_CASE_CLOCKS;

export const CLOCK_IDS = Object.keys(PENALTY_CASE_CLOCKS) as ClockId[];

export function isClockId(value: string): value is ClockId {
  return Object.hasOwn(PENALTY_CASE_CLOCKS, value);
}

export function clockById(id: ClockId): ClockDefinition {
  return PENALTY_CASE_CLOCKS[id];
}
