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
  | { name: string; label: string; kind: 'date'; required?: boolean }
  | { name: string; label: string; kind: 'datetime'; required?: boolean }
  | { name: string; label: string; kind: 'number'; required?: boolean; min?: number; max?: number }
  /** One officer of the bureau (the second officer on the spot). */
  | { name: string; label: string; kind: 'officer'; required?: boolean }
  /** Officers of the bureau, any number (added to the case). */
  | { name: string; label: string; kind: 'officersAny' }
  /** A choice among the case's own people or records (its investigators, its pending recusal requests …). */
  | { name: string; label: string; kind: 'caseChoice'; source: CaseChoiceSource; multiple?: boolean; required?: boolean }
  /** Accounts of the bureau (GET /api/cases/:id/people): 负责人 by role, or a presider who does not investigate. */
  | { name: string; label: string; kind: 'person'; pick: PersonPick; multiple?: boolean; required?: boolean };

export type CaseChoiceSource = 'investigators' | 'pendingRecusals' | 'recusalPersons';
export type PersonPick = 'leaders' | 'presiders';

export interface ActionConfig {
  fields: ActionField[];
  danger?: boolean;
  /** Fills fields from the case (the proposed penalty into `penalty` and `approvedPenalty`) before the user edits. */
  prefill?: 'penalty';
  /** Values the form starts with (a checkbox that is usually ticked). */
  initial?: Record<string, unknown>;
  /** Reshapes the form's body before it is sent (a combined choice split into the body's fields). */
  transform?: (body: Record<string, unknown>) => Record<string, unknown>;
}

const yes = (v: unknown) => v === true || v === 'true';

/** requestRecusal: the chosen person is `role|officer|id` or `role|user|id`. */
function recusalBody(body: Record<string, unknown>): Record<string, unknown> {
  const { person, ...rest } = body;
  const [role, kind, id] = (typeof person === 'string' ? person : '').split('|');
  return { ...rest, role, officerId: kind === 'officer' ? id : null, userId: kind === 'user' ? id : null };
}

const note: ActionField = { name: 'note', label: '说明', kind: 'textarea' };

/** 集体讨论: the leaders chosen by account (counted by role on the server) and those sitting in, by name. */
function discussionBody(body: Record<string, unknown>): Record<string, unknown> {
  const { leaderUserIds, guests, ...rest } = body;
  const leaders = Array.isArray(leaderUserIds) ? (leaderUserIds as string[]) : [];
  const others = Array.isArray(guests) ? (guests as string[]) : [];
  return {
    ...rest,
    attendees: [...leaders.map((userId) => ({ userId, name: '', isLeader: true })), ...others.map((name) => ({ userId: null, name, isLeader: false }))],
  };
}
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
  recordCollectiveDiscussion: {
    prefill: 'penalty',
    initial: { minutesRecorded: true },
    transform: discussionBody,
    fields: [
      { name: 'leaderUserIds', label: '参加讨论的负责人（按账号选择，至少三人）', kind: 'person', pick: 'leaders', multiple: true, required: true },
      { name: 'guests', label: '列席人员（每行一人，不计入负责人）', kind: 'lines' },
      { name: 'approvedPenalty', label: '讨论决定的处罚', kind: 'penalty', required: true },
      { name: 'conclusion', label: '讨论记录（发言要点及结论）', kind: 'textarea', required: true },
      { name: 'minutesRecorded', label: '已制作会议记录，参会负责人已签名', kind: 'boolean' },
    ],
  },
  requestHearing: {
    fields: [
      { name: 'receivedOn', label: '收到听证申请日期（默认今日）', kind: 'date' },
      { name: 'note', label: '申请内容', kind: 'textarea' },
    ],
  },
  serveHearingNotice: {
    fields: [
      { name: 'scheduledFor', label: '听证日期（通知后至少间隔七个工作日；定于休息日的须确认）', kind: 'date', required: true },
      { name: 'place', label: '听证地点', kind: 'text' },
      { name: 'presiderUserId', label: '听证主持人（非本案调查人员）', kind: 'person', pick: 'presiders', required: true },
    ],
  },
  replaceHearingPresider: {
    fields: [
      { name: 'presiderUserId', label: '新的听证主持人（非本案调查人员）', kind: 'person', pick: 'presiders', required: true },
      { name: 'reason', label: '说明', kind: 'textarea', placeholder: '原主持人已决定回避' },
    ],
  },
  holdHearing: {
    initial: { recordSigned: true },
    fields: [
      {
        name: 'outcome',
        label: '听证结果',
        kind: 'select',
        required: true,
        options: [
          { value: 'held', label: '听证已举行' },
          { value: 'partyAbsent', label: '当事人无正当理由未到场（视为放弃）' },
          { value: 'partyWalkedOut', label: '当事人中途退出（视为放弃）' },
        ],
      },
      { name: 'recordSigned', label: '听证笔录已经当事人核对签字（拒绝签字的已由主持人注明）', kind: 'boolean' },
      { name: 'summary', label: '听证情况', kind: 'textarea' },
    ],
  },
  recordHearingWithdrawal: { fields: [note] },
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
  /** 当场收缴罚款 (payments module): amount in yuan here, fen in the body. */
  collectCashOnTheSpot: {
    fields: [
      { name: 'amountYuan', label: '收缴金额（元）', kind: 'number', required: true, min: 0.01 },
      { name: 'receiptNumber', label: '财政专用票据号码', kind: 'text', required: true },
      {
        name: 'receiptIssuer',
        label: '票据制发机关',
        kind: 'select',
        required: true,
        options: [
          { value: 'provincialFinance', label: '省级人民政府财政部门' },
          { value: 'ministryOfFinance', label: '国务院财政部门' },
          { value: 'other', label: '其他' },
        ],
      },
      { name: 'hardToEnforceLater', label: '不当场收缴事后难以执行（第六十八条）', kind: 'boolean' },
      { name: 'remoteArea', label: '边远、水上、交通不便地区（第六十九条）', kind: 'boolean' },
      { name: 'bankPaymentDifficult', label: '当事人到银行或电子缴纳确有困难', kind: 'boolean' },
      { name: 'partyRequested', label: '经当事人提出', kind: 'boolean' },
      { name: 'onWater', label: '在水上收缴（抵岸后二日内交付）', kind: 'boolean' },
      { name: 'payerName', label: '缴款人', kind: 'text' },
    ],
    transform: ({ amountYuan, ...rest }) => ({ ...rest, amountFen: Math.round(Number(amountYuan) * 100) }),
  },
  reopenInvestigation: { fields: [reason('补充调查理由（需要查明的事实）')] },
  decideOnTheSpot: {
    prefill: 'penalty',
    fields: [
      { name: 'penalty', label: '处罚内容（警告，或罚款：公民200元以下、组织3000元以下）', kind: 'penalty', required: true },
      { name: 'formNumber', label: '预定格式决定书编号', kind: 'text', required: true },
      { name: 'act', label: '违法行为', kind: 'textarea', required: true },
      legalBasis,
      { name: 'time', label: '处罚时间', kind: 'datetime', required: true },
      { name: 'place', label: '地点', kind: 'text', required: true },
      { name: 'remedies', label: '救济途径和期限', kind: 'textarea', placeholder: '如不服本决定，可在收到本决定书之日起六十日内申请行政复议，或者六个月内提起行政诉讼' },
      { name: 'secondOfficerId', label: '第二名执法人员', kind: 'officer', required: true },
      {
        name: 'handedOver',
        label: '当场交付',
        kind: 'select',
        options: [
          { value: 'signed', label: '当事人已签收' },
          { value: 'refusalNoted', label: '当事人拒绝签收，已注明' },
        ],
      },
      {
        name: 'mitigation',
        label: '从轻或减轻',
        kind: 'select',
        options: [
          { value: 'lighter', label: '从轻处罚' },
          { value: 'mitigated', label: '减轻处罚' },
        ],
      },
      { name: 'factsCertain', label: '违法事实确凿并有法定依据', kind: 'boolean' },
      { name: 'certificateShown', label: '已向当事人出示执法证件', kind: 'boolean' },
      { name: 'officerSigned', label: '执法人员已签名或盖章', kind: 'boolean' },
    ],
  },
  fileWithAgency: { fields: [note] },
  requestRecusal: {
    transform: recusalBody,
    fields: [
      { name: 'person', label: '申请回避的人员', kind: 'caseChoice', source: 'recusalPersons', required: true },
      {
        name: 'requestedBy',
        label: '提出方',
        kind: 'select',
        required: true,
        options: [
          { value: 'party', label: '当事人申请' },
          { value: 'officer', label: '执法人员提出' },
          { value: 'self', label: '本人自行回避' },
        ],
      },
      reason('回避理由'),
    ],
  },
  decideRecusal: {
    transform: (b) => ({ ...b, granted: yes(b['granted']) }),
    fields: [
      { name: 'recusalId', label: '回避申请', kind: 'caseChoice', source: 'pendingRecusals', required: true },
      {
        name: 'granted',
        label: '决定',
        kind: 'select',
        required: true,
        options: [
          { value: 'true', label: '决定回避' },
          { value: 'false', label: '不予回避' },
        ],
      },
      reason('决定理由'),
    ],
  },
  assignInvestigators: {
    fields: [
      { name: 'addOfficerIds', label: '增加的承办人员', kind: 'officersAny' },
      { name: 'removeOfficerIds', label: '调出的承办人员', kind: 'caseChoice', source: 'investigators', multiple: true },
      reason('调整理由'),
    ],
  },
  suspendDecisionClock: {
    fields: [
      { name: 'from', label: '中止起始日', kind: 'date', required: true },
      reason('中止原因'),
    ],
  },
  resumeDecisionClock: { fields: [{ name: 'resumedOn', label: '恢复计算日（默认今日）', kind: 'date' }, note] },
  extendDecisionClock: {
    fields: [
      { name: 'days', label: '延长天数（每次不超过30日）', kind: 'number', required: true, min: 1, max: 365 },
      reason('延期理由'),
      { name: 'collectiveDecision', label: '已经负责人集体讨论决定（再次延期时必需）', kind: 'boolean' },
    ],
  },
  close: { fields: [{ name: 'summary', label: '结案报告', kind: 'textarea', required: true }] },
  archive: { fields: [note] },
};
