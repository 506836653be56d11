/**
 * What a case step recorded, in words a reader of the case understands: 「指派 张执法、李执法」,
 * 「决定书号 …；处罚：罚款500元」, 「送达方式：直接送达」, 「听证日期 2026-03-20；主持人 赵审核」 — never raw JSON or "2 项".
 * Actions with their own wording are listed here; any other action is described by the labels of its dialog's fields
 * (action-fields.ts), so a new action reads well without a change here.
 */
import { describePenalty, type Penalty } from '@quanze/domain';
import { formatDate, yuan } from '../../../app/format.ts';
import { ACTION_FIELDS, type ActionField } from '../action-fields.ts';
import { LEAD_SOURCE_LABELS } from '../labels.ts';

type Payload = Record<string, unknown>;

const MAX_TEXT = 60;
const clip = (s: string) => (s.length > MAX_TEXT ? `${s.slice(0, MAX_TEXT)}…` : s);
const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x !== '') : []);

function isPenalty(v: unknown): v is Penalty {
  return Array.isArray(v) && v.every((s) => typeof s === 'object' && s !== null && typeof (s as { kind?: unknown }).kind === 'string');
}

/** Amounts grouped by thousands on screen (罚款12,000元); the documents keep plain digits. */
const penaltyText = (v: unknown): string | null => (isPenalty(v) ? describePenalty(v, { grouped: true }) : null);

const RECUSAL_ROLES: Record<string, string> = { investigator: '承办执法人员', presider: '听证主持人', reviewer: '法制审核人员' };
const REQUESTERS: Record<string, string> = { party: '当事人申请', officer: '执法人员提出', self: '本人自行回避' };
const personName = (v: unknown): string | null => (typeof v === 'object' && v !== null ? str((v as { name?: unknown }).name) : null);

const HEARING_OUTCOMES: Record<string, string> = {
  held: '如期举行',
  partyAbsent: '当事人无正当理由缺席',
  partyWalkedOut: '当事人中途退场',
  requestWithdrawn: '当事人撤回申请',
};

function fieldOf(action: string, name: string): ActionField | undefined {
  return ACTION_FIELDS[action]?.fields.find((f) => f.name === name);
}

/** A value as its field reads it: an option's label, 是/否, a date, a penalty, a short text. */
function describeValue(action: string, key: string, value: unknown): string | null {
  const field = fieldOf(action, key);
  if (value === null || value === undefined || value === '') return null;
  if (field?.kind === 'select' && typeof value === 'string') return field.options.find((o) => o.value === value)?.label ?? value;
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (field?.kind === 'penalty' || /penalty$/i.test(key)) return penaltyText(value);
  if (field?.kind === 'date' && typeof value === 'string') return value;
  if (field?.kind === 'datetime' && typeof value === 'string') return formatDate(value);
  if (typeof value === 'string') return clip(value.trim());
  if (typeof value === 'number') return String(value);
  const texts = strings(value);
  if (texts.length && Array.isArray(value) && texts.length === value.length) return clip(texts.join('、'));
  return null;
}

/** Labels for payload keys no dialog field describes (audit rows written by other modules). */
const GENERIC_LABELS: Record<string, string> = {
  reason: '理由',
  note: '说明',
  opinion: '意见',
  summary: '摘要',
  title: '标题',
  number: '文号',
  fileName: '文件名',
  name: '名称',
};
/** Free text a person wrote (it has Chinese in it): shown as is; codes, hashes and bare numbers are not for readers. */
const isHumanText = (v: unknown): boolean => typeof v === 'string' && /[\u4e00-\u9fff]/.test(v);

/** Any action: "label：value" for the fields the dialog asked (ids, hashes, codes and unknown objects left out). */
function byFields(action: string, payload: Payload): string[] {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(payload)) {
    if (key === 'version' || /ids?$/i.test(key)) continue;
    const field = fieldOf(action, key);
    const label = field?.label ?? GENERIC_LABELS[key];
    if (!label && !isHumanText(value)) continue;
    const text = describeValue(action, key, value);
    if (!text) continue;
    if (typeof value === 'boolean') {
      if (field && value) parts.push(field.label);
      continue;
    }
    parts.push(label ? `${label}：${text}` : text);
  }
  return parts;
}

const fen = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

type Describer = (p: Payload) => (string | null | false)[];

const DESCRIBERS: Record<string, Describer> = {
  registerLead: (p) => [
    str(p['leadSource']) && `案源：${LEAD_SOURCE_LABELS[p['leadSource'] as string] ?? String(p['leadSource'])}`,
    str(p['powerCode']) && `执法事项 ${String(p['powerCode'])}`,
    str(p['leadSummary']) && clip(String(p['leadSummary'])),
  ],
  fileCase: (p) => [
    str(p['caseNumber']) && `立案号 ${String(p['caseNumber'])}`,
    str(p['opinion']) && `意见：${clip(String(p['opinion']))}`,
  ],
  startInvestigation: (p) => [strings(p['names']).length > 0 && `指派 ${strings(p['names']).join('、')}`],
  submitInvestigationReport: (p) => [
    penaltyText(p['proposedPenalty']) && `拟处罚：${penaltyText(p['proposedPenalty'])}`,
    str(p['closureReason']) && `不予处罚 / 移送理由：${clip(String(p['closureReason']))}`,
    str(p['summary']) && `报告：${clip(String(p['summary']))}`,
  ],
  completeLegalReview: (p) => [
    str(p['opinion']) && `审核意见：${clip(String(p['opinion']))}`,
    penaltyText(p['reviewedPenalty']) && `审核的拟处罚：${penaltyText(p['reviewedPenalty'])}`,
  ],
  returnLegalReview: (p) => [str(p['problems']) && `退回的问题：${clip(String(p['problems']))}`],
  servePriorNotice: (p) => [
    penaltyText(p['penalty']) && `拟处罚：${penaltyText(p['penalty'])}`,
    `告知${['陈述申辩权', p['statesHearingRight'] === true ? '听证权' : null].filter(Boolean).join('、')}`,
  ],
  recordStatementAndDefence: (p) => [
    str(p['statement']) && `陈述申辩：${clip(String(p['statement']))}`,
    str(p['recheck']) ? `复核：${clip(String(p['recheck']))}` : '复核意见待填写',
  ],
  requestHearing: (p) => [str(p['receivedOn']) && `收到听证申请 ${String(p['receivedOn'])}`, str(p['note']) && clip(String(p['note']))],
  serveHearingNotice: (p) => {
    const presider = typeof p['presider'] === 'object' && p['presider'] !== null ? str((p['presider'] as { name?: unknown }).name) : null;
    return [
      str(p['scheduledFor']) && `听证日期 ${String(p['scheduledFor'])}${p['restDayConfirmed'] === true ? '（休息日，已确认）' : ''}`,
      str(p['place']) && `地点 ${String(p['place'])}`,
      presider && `主持人 ${presider}`,
    ];
  },
  replaceHearingPresider: (p) => {
    const presider = typeof p['presider'] === 'object' && p['presider'] !== null ? str((p['presider'] as { name?: unknown }).name) : null;
    return [presider && `新主持人 ${presider}`, str(p['reason']) && clip(String(p['reason']))];
  },
  holdHearing: (p) => [
    str(p['outcome']) && `听证${HEARING_OUTCOMES[p['outcome'] as string] ?? String(p['outcome'])}`,
    p['recordSigned'] === true ? '笔录已签字' : p['recordSigned'] === false ? '笔录未签字' : null,
    str(p['summary']) && clip(String(p['summary'])),
  ],
  recordCollectiveDiscussion: (p) => {
    const people = Array.isArray(p['attendees'])
      ? p['attendees'].flatMap((a) =>
          typeof a === 'object' && a !== null && str((a as { name?: unknown }).name) ? [String((a as { name: string }).name)] : [],
        )
      : [];
    return [
      people.length > 0 && `参加 ${people.join('、')}`,
      penaltyText(p['approvedPenalty']) && `决定的处罚：${penaltyText(p['approvedPenalty'])}`,
      str(p['conclusion']) && `结论：${clip(String(p['conclusion']))}`,
    ];
  },
  decide: (p) => [
    str(p['decisionNumber']) && `决定书号 ${String(p['decisionNumber'])}`,
    penaltyText(p['penalty']) && `处罚：${penaltyText(p['penalty'])}`,
  ],
  startExecution: () => [],
  // Written by the payments module when the ledger is settled (notice-ledger.ts).
  completeExecution: (p) => {
    const principal = fen(p['principalFen']);
    const surcharge = fen(p['surchargeFen']);
    const paid = fen(p['paidFen']);
    return [
      principal !== null && `罚没款 ${yuan(principal)}`,
      surcharge !== null && surcharge > 0 && `加处罚款 ${yuan(surcharge)}`,
      paid !== null && `实缴 ${yuan(paid)}`,
      str(p['reference']) && `缴款码 ${String(p['reference'])}`,
      str(p['paidInFullOn']) && `缴清日期 ${String(p['paidInFullOn'])}`,
    ];
  },
  requestRecusal: (p) => [
    personName(p['person']) && `申请${RECUSAL_ROLES[String(p['role'])] ?? ''}${personName(p['person'])}回避`,
    REQUESTERS[String(p['requestedBy'])] ?? null,
    str(p['reason']) && `理由：${clip(String(p['reason']))}`,
  ],
  decideRecusal: (p) => [
    personName(p['person']) && `${RECUSAL_ROLES[String(p['role'])] ?? ''}${personName(p['person'])}${p['granted'] === true ? '决定回避' : '不予回避'}`,
    str(p['reason']) && `理由：${clip(String(p['reason']))}`,
  ],
};

/** The readable summary of a step's payload; '' when nothing was entered. */
export function describeStep(action: string, payload: Payload): string {
  const own = DESCRIBERS[action];
  const parts = own ? own(payload).filter((x): x is string => typeof x === 'string' && x !== '') : byFields(action, payload);
  return parts.join('；');
}

/** What an audit row without a step says (查看证件号码 and the reason, a saved file …). */
export function describeAuditDetails(action: string, details: Record<string, unknown> | null): string {
  if (!details) return '';
  if (action === 'pii.reveal') return str(details['reason']) ? `原因：${String(details['reason'])}` : '';
  if (action === 'case.document.generate') {
    const title = str(details['title']);
    const version = typeof details['version'] === 'number' && details['version'] > 1 ? `（第${details['version']}版）` : '';
    return [title && `《${title.replace(/^《|》$/g, '')}》${version}`, str(details['number']) && `文号 ${String(details['number'])}`]
      .filter((x): x is string => typeof x === 'string' && x !== '')
      .join('；');
  }
  return byFields(action, details).join('；');
}
