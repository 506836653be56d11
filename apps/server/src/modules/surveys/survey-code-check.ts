/**
 * Reading a 评价码 from the portal: the shape is checked first (parseSurveyCode), then the hash is looked up. A code
 * that is mistyped and one that was never issued get the same answer, so the answer never tells whether a code
 * exists; a used or expired code — which only its holder can type — gets the reason (domain checkSurveyCode).
 */
import { calendarDaysBetween, checkSurveyCode, DEFAULT_SURVEY_POLICY, parseSurveyCode, toLocalDate, type LocalDate } from '@quanze/domain';
import type { Executor, Tx } from '../../platform/db.ts';
import { AppError } from '../../platform/errors.ts';
import { hashSurveyCode } from './survey-code.ts';
import { invitationByHash, lockInvitationByHash } from './surveys.repository.ts';
import type { SurveyInvitationRow } from './surveys.table.ts';

export const SURVEY_CODE_UNKNOWN_MESSAGE = '评价码有误，请核对后重新输入';
const unknownCode = (): AppError => new AppError('SURVEY_CODE_NOT_FOUND', SURVEY_CODE_UNKNOWN_MESSAGE);

function hashOf(input: string): string {
  const parsed = parseSurveyCode(input);
  // Wrong length, characters or check digit: answered exactly like a code that was never issued.
  if (!parsed.ok) throw unknownCode();
  return hashSurveyCode(parsed.value);
}

/** The invitation is unused and within the validity fixed when it was issued. */
export function assertUsable(inv: SurveyInvitationRow, now: Date): void {
  const policy = { ...DEFAULT_SURVEY_POLICY, codeValidDays: calendarDaysBetween(inv.issuedOn, inv.validUntil) };
  const usedOn: LocalDate | null = inv.usedAt ? toLocalDate(inv.usedAt) : null;
  const check = checkSurveyCode({ issuedOn: inv.issuedOn, usedOn }, toLocalDate(now), policy);
  if (check.ok) return;
  if (check.code === 'SURVEY_CODE_USED') {
    throw new AppError(check.code, '该评价码已使用：每个评价码只能评价一次，感谢您的参与', { basis: check.basis });
  }
  throw new AppError(check.code, `${check.reason}（有效期至${inv.validUntil}）`, { basis: check.basis });
}

export async function usableInvitation(db: Executor, code: string, now: Date): Promise<SurveyInvitationRow> {
  const inv = await invitationByHash(db, hashOf(code));
  if (!inv) throw unknownCode();
  assertUsable(inv, now);
  return inv;
}

/** As usableInvitation, with the row locked for the one-time use. */
export async function lockUsableInvitation(tx: Tx, code: string, now: Date): Promise<SurveyInvitationRow> {
  const inv = await lockInvitationByHash(tx, hashOf(code));
  if (!inv) throw unknownCode();
  assertUsable(inv, now);
  return inv;
}
