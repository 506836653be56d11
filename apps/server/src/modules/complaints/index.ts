/** complaints: 投诉、举报、信访 — public intake and tracking, the console queue and the lifecycle (信访工作条例). */
export { complaintRoutes } from './complaints.routes.ts';
export { publicComplaintRoutes } from './public.routes.ts';
export { complaints, complaintSteps, complaintAttachments } from './complaints.table.ts';
export { submitComplaint } from './commands/submit-complaint.ts';
export { performComplaintAction } from './commands/perform-complaint-action.ts';
