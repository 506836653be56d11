/** Labels the complaint screens need that the server does not send as text (mirrors of the domain's tables). */
import { COMPLAINT_STATE_LABELS, COMPLAINT_STATES, REPLY_OPINION_LABELS } from '@quanze/domain';

export const KIND_OPTIONS = [
  { value: 'complaint', label: '投诉' },
  { value: 'report', label: '举报' },
  { value: 'petition', label: '信访' },
] as const;

export const STATE_OPTIONS = COMPLAINT_STATES.map((s) => ({ value: s, label: COMPLAINT_STATE_LABELS[s] }));

export const REPLY_OPINION_OPTIONS = Object.entries(REPLY_OPINION_LABELS).map(([value, label]) => ({ value, label }));

export const NOT_ACCEPTED_GROUND_OPTIONS = [
  { value: 'notCompetent', label: '不属于本机关职权范围（告知向有权机关提出）' },
  { value: 'statutoryProcedure', label: '应当通过诉讼、仲裁、行政复议等法定途径解决（第三十一条）' },
  { value: 'duplicateUnderHandling', label: '同一事项正在办理中' },
  { value: 'finalAfterReexamination', label: '已经复核终结，以同一事实和理由再次提出' },
];

export const CLAIM_ROUTE_OPTIONS = [
  { value: 'administrativeProcedure', label: '导入行政复议、行政处罚等行政程序（第三十一条第四项）' },
  { value: 'enforcementDuty', label: '依法履行或者答复（第三十一条第五项）' },
  { value: 'petitionOpinion', label: '调查核实并出具信访处理意见书（第三十一条第六项）' },
];

export const DAY_TYPE_LABELS: Record<string, string> = { workingDays: '工作日', calendarDays: '日' };

/** A tag colour by how far along a complaint is. */
export function complaintStateColor(state: string): string {
  if (state === 'closed') return 'default';
  if (state === 'notAccepted' || state === 'transferred' || state === 'returned') return 'orange';
  if (state === 'received') return 'gold';
  if (state === 'replied' || state === 'reviewed' || state === 'reexamined') return 'green';
  return 'blue';
}

/** Days from today (Beijing) to a due date; negative when past. */
export function daysLeft(due: string | null, today: string): number | null {
  if (!due) return null;
  const ms = (d: string) => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));
  return Math.round((ms(due) - ms(today)) / 86_400_000);
}
