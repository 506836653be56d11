/** calendar: the working-day calendar (法定节假日 + 调休) in the database, entered yearly by the system administrator. */
export { calendarRoutes } from './calendar.routes.ts';
export { workdayYears, workdayYearRevisions } from './calendar.table.ts';
export { invalidateCalendar, procedureConfigOf, workdayCalendarOf } from './calendar-cache.ts';
