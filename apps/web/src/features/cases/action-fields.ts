/**
 * What the action dialog asks for each case action (bodies in @quanze/contracts CASE_ACTION_BODIES).
 * An action not listed here (a new one the server starts offering) gets a plain confirm dialog that sends { version }.
 */
export type ActionField =
  | { name: string; label: string; kind: 'text' | 'textarea'; required?: boolean; placeholder?: string }
  | { name: string; label: string; kind: 'lines'; required?: boolean; placeholder?: string }
  | { name: string; label: string; kind: 'boolean' }
  | { name: string; label: string; kind: 'select'; options: { value: string; label: string }[]; required?: boolean }
  | { name: string; label: string; kind: 'officers' }
  | { name: string; label: string; kind: 'penalty'; required?: boolean }
  | { name: string; label: string; kind: 'date'; required?: boolean };

export interface ActionConfig {
  fields: ActionField[];
  danger?: boolean;
  /** Fills fields from the case (e.g. the proposed penalty) before the user edits. */
  prefill?: 'penalty';
}

const note: ActionField = { name: 'note', label: '说明', kind: 'textarea' };
const reason = (label: string): ActionField => ({ name: 'reason', label, kind: 'textarea', required: true });
const legalBasis: ActionField = { name: 'legalBasis', label: '法律依据（每行一条）', kind: 'lines' };

export const ACTION_FIELDS: Record<string, ActionConfig> = {
  fileCase: { fields: [{ name: 'opinion', label: '立案意见', kind: 'textarea' }] },
  declineFiling: { fields: [reason('不予立案理由')], danger: true },
  startInvestigation: { fields: [{ name: 'officerIds', label: '承办执法人员（至少两名）', kind: 'officers' }] },
  submitInvestigationReport: {
    fields: [
      { name: 'summary', label: '调查终结报告', kind: 'textarea', required: true },
      { name: 'proposedPenalty', label: '拟处罚内容（不予处罚时留空）', kind: 'penalty' },
      { name: 'closureReason', label: '不予处罚或移送的理由', kind: 'textarea' },
    ],
  },
  completeLegalReview: { fields: [{ name: 'opinion', label: '审核意见', kind: 'textarea', required: true }] },
  returnLegalReview: { fields: [{ name: 'problems', label: '审核发现的问题', kind: 'textarea', required: true }], danger: true },
  servePriorNotice: {
    prefill: 'penalty',
    fields: [
      { name: 'penalty', label: '拟处罚内容', kind: 'penalty', required: true },
      { name: 'facts', label: '违法事实', kind: 'textarea' },
      { name: 'reasons', label: '处罚理由', kind: 'textarea' },
      legalBasis,
      { name: 'statesStatementRight', label: '已告知陈述、申辩权', kind: 'boolean' },
      { name: 'statesHearingRight', label: '已告知要求听证的权利', kind: 'boolean' },
    ],
  },
  recordStatementAndDefence: {
    fields: [
      { name: 'statement', label: '陈述申辩内容', kind: 'textarea', required: true },
      { name: 'recheck', label: '复核意见（复核未完成时留空）', kind: 'textarea' },
    ],
  },
  recordStatementWaiver: { fields: [note] },
  recordHearingWaiver: { fields: [note] },
  decide: {
    prefill: 'penalty',
    fields: [
      { name: 'penalty', label: '处罚内容', kind: 'penalty', required: true },
      { name: 'partyAddress', label: '当事人地址', kind: 'text' },
      { name: 'facts', label: '违法事实', kind: 'textarea' },
      { name: 'evidence', label: '证据（每行一项）', kind: 'lines' },
      legalBasis,
      { name: 'performance', label: '履行方式和期限', kind: 'textarea' },
      { name: 'remedies', label: '救济途径和期限', kind: 'textarea', placeholder: '如不服本决定，可在收到本决定书之日起六十日内申请行政复议，或者六个月内提起行政诉讼' },
      {
        name: 'mitigation',
        label: '从轻或减轻',
        kind: 'select',
        options: [
          { value: 'lighter', label: '从轻处罚' },
          { value: 'mitigated', label: '减轻处罚' },
        ],
      },
      { name: 'sealed', label: '已加盖印章', kind: 'boolean' },
      { name: 'partyPresent', label: '当事人在场', kind: 'boolean' },
    ],
  },
  decideNoPenalty: {
    fields: [
      {
        name: 'ground',
        label: '不予处罚的情形',
        kind: 'select',
        required: true,
        options: [
          { value: 'minorCorrected', label: '违法行为轻微并及时改正，没有造成危害后果' },
          { value: 'firstViolation', label: '初次违法且危害后果轻微并及时改正' },
          { value: 'noFault', label: '有证据足以证明没有主观过错' },
          { value: 'factsNotEstablished', label: '违法事实不能成立' },
          { value: 'limitationExpired', label: '超过追责时效' },
          { value: 'partyNotPunishable', label: '当事人依法不予处罚' },
        ],
      },
      { name: 'reason', label: '不予处罚的事实和理由', kind: 'textarea', required: true },
    ],
  },
  withdraw: { fields: [reason('撤销立案理由')], danger: true },
  transfer: {
    fields: [
      { name: 'receivingOrgan', label: '接收的司法机关', kind: 'text', required: true },
      { name: 'reason', label: '移送理由', kind: 'textarea', required: true },
    ],
    danger: true,
  },
  serveDecision: {
    fields: [
      {
        name: 'method',
        label: '送达方式',
        kind: 'select',
        required: true,
        options: [
          { value: 'onTheSpot', label: '当场交付' },
          { value: 'direct', label: '直接送达' },
          { value: 'leftAtResidence', label: '留置送达' },
          { value: 'entrusted', label: '委托送达' },
          { value: 'mail', label: '邮寄送达' },
          { value: 'electronic', label: '电子送达' },
          { value: 'publicNotice', label: '公告送达' },
        ],
      },
      { name: 'electronicConsentSigned', label: '当事人已签署电子送达确认书', kind: 'boolean' },
    ],
  },
  startExecution: { fields: [] },
  close: { fields: [{ name: 'summary', label: '结案报告', kind: 'textarea', required: true }] },
};
