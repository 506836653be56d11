/**
 * A supervisor's registered mobile and ID-card numbers: masked everywhere, shown in full to staff who hold the reveal
 * permission, one audited view at a time. Once the supervisor is ended (解聘) the purpose of holding the numbers is
 * gone: the record stays (nothing is deleted), but beyond storage nothing more is done with them, so they are not
 * shown unmasked again (个人信息保护法 第四十七条第二款).
 */
import type { Citation } from '../citation.ts';
import type { SupervisorStatus } from './appointment.ts';

export const PII_REVEAL_BASIS: Citation = { law: '个人信息保护法', article: '第五十一条' };
export const PII_RETENTION_BASIS: Citation = { law: '个人信息保护法', article: '第四十七条第二款' };

export type RevealCheck = { ok: true } | { ok: false; reason: string; basis: Citation };

export function checkSupervisorPiiReveal(status: SupervisorStatus): RevealCheck {
  if (status === 'ended') {
    return { ok: false, reason: '该监督员已解聘，登记信息仅作保存，不再提供完整个人信息查看', basis: PII_RETENTION_BASIS };
  }
  return { ok: true };
}
