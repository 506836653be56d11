/** deadlines: the deadline view (期限监控), the deadline scan job with its in-app reminders, and the reminder settings. */
export { deadlineRoutes } from './deadlines.routes.ts';
export { caseClockMarks, notifications, reminderSettings, storedCaseClocks } from './deadlines.table.ts';
export { deadlineScanJob, reminderDue, reminderHorizon, scanDeadlines } from './scan-deadlines.job.ts';
// The case action stores the case's clocks in its transaction (cases/commands/perform-case-action.ts).
export { catchUpCaseClocks, rebuildCaseClocks, refreshCaseClocks } from './commands/refresh-case-clocks.ts';
