/** deadlines: the deadline view (期限监控), the deadline scan job with its in-app reminders, and the reminder settings. */
export { deadlineRoutes } from './deadlines.routes.ts';
export { notifications, reminderSettings } from './deadlines.table.ts';
export { deadlineScanJob, reminderDue, scanDeadlines } from './scan-deadlines.job.ts';
