/** Labels the case screens need that the server does not send as text. */
import { CASE_STATE_LABELS, CASE_STATES } from '@quanze/domain';

export const LEAD_SOURCE_LABELS: Record<string, string> = {
  complaint: '投诉举报',
  inspection: '监督检查',
  referral: '移送',
  assignment: '上级交办',
  other: '其他',
};
export const LEAD_SOURCE_OPTIONS = Object.entries(LEAD_SOURCE_LABELS).map(([value, label]) => ({ value, label }));

export const PARTY_KIND_LABELS: Record<string, string> = { citizen: '公民', organisation: '法人或其他组织' };

export const STATE_OPTIONS = CASE_STATES.map((s) => ({ value: s, label: CASE_STATE_LABELS[s] }));

export const DAY_TYPE_LABELS: Record<string, string> = { workingDays: '工作日', calendarDays: '自然日' };

/** A tag colour by how far along a case is. */
export function stateColor(state: string): string {
  if (state === 'archived' || state === 'closed') return 'default';
  if (state === 'withdrawn' || state === 'noPenalty' || state === 'transferred') return 'orange';
  if (state === 'lead') return 'gold';
  return 'blue';
}
