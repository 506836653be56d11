/**
 * The only place the survey tables are read or written. Reads department and officer names (org, officers) and the
 * case number of a rated case for the portal's "what you are rating" line.
 */
import { eq } from 'drizzle-orm';
import type { Executor, Tx } from '../../platform/db.ts';
import {
  surveyInvitationOfficers,
  surveyInvitations,
  surveyResponses,
  type SurveyInvitationRow,
  type SurveyResponseRow,
} from './surveys.table.ts';

export type NewInvitation = typeof surveyInvitations.$inferInsert;
export type NewResponse = typeof surveyResponses.$inferInsert;

/** Inserts the invitation with its officers; undefined when the code's hash is taken (draw again). */
export async function insertInvitation(tx: Tx, row: NewInvitation, officerIds: string[]): Promise<SurveyInvitationRow | undefined> {
  const [inserted] = await tx.insert(surveyInvitations).values(row).onConflictDoNothing({ target: surveyInvitations.codeHash }).returning();
  if (inserted && officerIds.length > 0) {
    await tx.insert(surveyInvitationOfficers).values(officerIds.map((officerId) => ({ invitationId: inserted.id, officerId })));
  }
  return inserted;
}

export async function invitationByHash(db: Executor, codeHash: string): Promise<SurveyInvitationRow | undefined> {
  const [r] = await db.select().from(surveyInvitations).where(eq(surveyInvitations.codeHash, codeHash));
  return r;
}

export async function lockInvitationByHash(tx: Tx, codeHash: string): Promise<SurveyInvitationRow | undefined> {
  const [r] = await tx.select().from(surveyInvitations).where(eq(surveyInvitations.codeHash, codeHash)).for('update');
  return r;
}

/** Marks the invitation used and stores the response; the unique index on invitation_id backs the one-time rule. */
export async function insertResponse(tx: Tx, invitationId: string, response: NewResponse): Promise<SurveyResponseRow> {
  await tx.update(surveyInvitations).set({ usedAt: response.respondedAt }).where(eq(surveyInvitations.id, invitationId));
  const [r] = await tx.insert(surveyResponses).values(response).returning();
  return r!;
}
