/**
 * Issues the one-time 评价码 for a closed case or complaint, inside the closing transaction (called from the cases
 * module's closureEffects and from the complaints module's closure). Only the code's hash is stored; the code goes
 * back to the caller, who shows it to the officer to hand to the party. A case closes once (结案 → 归档); a
 * complaint closed again after re-opening gets a new invitation, since its handling was redone.
 */
import crypto from 'node:crypto';
import { sql } from 'drizzle-orm';
import { DEFAULT_SURVEY_POLICY, generateSurveyCode, surveyCodeValidUntil, toLocalDate, type LocalDate } from '@quanze/domain';
import type { Tx } from '../../../platform/db.ts';
import { hashSurveyCode } from '../survey-code.ts';
import { insertInvitation } from '../surveys.repository.ts';

export interface SurveyInvitationInput {
  bureauId: string;
  subjectKind: 'case' | 'complaint';
  subjectId: string;
  departmentId: string;
  /** officers.id of the officers being rated (a case's investigators, a complaint's handlers). */
  officerIds: string[];
  /** The closing time (the command's clock); defaults to the transaction's time. */
  issuedAt?: Date;
  /** Days the code may be used; the bureau's policy, 30 by default. */
  validDays?: number;
}

export interface IssuedInvitation {
  code: string;
  invitationId: string;
  validUntil: LocalDate;
}

const randomBytes = (n: number): Uint8Array => crypto.randomBytes(n);

export async function issueSurveyInvitation(tx: Tx, input: SurveyInvitationInput): Promise<{ code: string }> {
  const { code } = await issueInvitation(tx, input);
  return { code };
}

/** As issueSurveyInvitation, with the invitation's id and last valid day. */
export async function issueInvitation(tx: Tx, input: SurveyInvitationInput): Promise<IssuedInvitation> {
  const issuedAt = input.issuedAt ?? (await transactionTime(tx));
  const issuedOn = toLocalDate(issuedAt);
  const validUntil = surveyCodeValidUntil(issuedOn, {
    ...DEFAULT_SURVEY_POLICY,
    codeValidDays: input.validDays ?? DEFAULT_SURVEY_POLICY.codeValidDays,
  });
  // 54 bits: a collision is practically impossible, but the unique index turns one into a new draw, never a shared code.
  for (let attempt = 0; attempt < 3; attempt++) {
    const code = generateSurveyCode(randomBytes);
    const row = await insertInvitation(
      tx,
      {
        bureauId: input.bureauId,
        departmentId: input.departmentId,
        subjectKind: input.subjectKind,
        subjectId: input.subjectId,
        codeHash: hashSurveyCode(code),
        issuedAt,
        issuedOn,
        validUntil,
      },
      [...new Set(input.officerIds)],
    );
    if (row) return { code, invitationId: row.id, validUntil };
  }
  throw new Error('could not draw a unique survey code');
}

async function transactionTime(tx: Tx): Promise<Date> {
  const { rows } = await tx.execute<{ now: Date | string }>(sql`select now() as now`);
  return new Date(rows[0]!.now);
}
