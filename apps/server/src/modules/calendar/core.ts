/** The calendar's routes-free face for other modules' transactions (see scripts/check-boundaries.mjs). */
export { invalidateCalendar, procedureConfigOf } from './calendar-cache.ts';
