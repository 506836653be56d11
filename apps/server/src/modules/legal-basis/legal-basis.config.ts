import { toLocalDate, type LocalDate } from '@quanze/domain';
import type { Clock } from '../../platform/clock.ts';

/** Today as an Asia/Shanghai calendar date: the day every status in the library is judged on. */
export const today = (clock: Clock): LocalDate => toLocalDate(clock.now());
