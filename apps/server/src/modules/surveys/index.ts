/** surveys: 满意度评议 — one-time codes issued when a case or complaint closes, the party's rating, results per department and officer. */
export { issueInvitation, issueSurveyInvitation, type IssuedInvitation, type SurveyInvitationInput } from './commands/issue-invitation.ts';
export { surveyInvitations, surveyInvitationOfficers, surveyResponses } from './surveys.table.ts';
export { publicSurveyRoutes, surveyResultRoutes, surveyRoutes } from './surveys.routes.ts';
export { respondWithCode, submitSurveyResponse } from './commands/submit-response.ts';
