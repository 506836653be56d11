/** A decided general-procedure case as the server hands it to the builders (tests only). */
import type { DocumentRecord, DocumentSource, DocumentStep } from './model.ts';

const at = (iso: string) => new Date(iso);
const step = (action: string, iso: string, payload: Record<string, unknown> = {}, actorName = '张执法'): DocumentStep => ({ action, at: at(iso), actorName, payload });

export function decidedCaseSource(overrides: Partial<DocumentSource> = {}): DocumentSource {
  return {
    agency: { name: '示例市司法局' },
    caseNumber: '示司罚立字〔2026〕第3号',
    decisionNumber: '示司罚决字〔2026〕第7号',
    state: 'decided',
    procedure: 'general',
    party: { kind: 'citizen', name: '王某某', address: '示例市玄武区某路1号' },
    power: { code: 'CF-LS-001', name: '律师同时在两个以上律师事务所执业的处罚' },
    departmentName: '律师工作处',
    lead: { source: 'complaint', summary: '群众投诉某律师同时在两个律师事务所执业', receivedAt: at('2026-02-20T02:00:00Z') },
    violation: { startedOn: '2026-02-10', endedOn: null },
    legalBasis: ['《中华人民共和国律师法》第四十七条'],
    proposedPenalty: [{ kind: 'fine', amountFen: 300_000 }],
    investigators: [
      { name: '张执法', certificateNumber: '32010020260001' },
      { name: '李执法', certificateNumber: '32010020260002' },
    ],
    steps: [
      step('fileCase', '2026-02-21T02:00:00Z', { opinion: '同意立案', caseNumber: '示司罚立字〔2026〕第3号' }, '局长'),
      step('startInvestigation', '2026-02-22T02:00:00Z', { officerIds: [] }),
      step('submitInvestigationReport', '2026-02-25T02:00:00Z', { summary: '事实清楚，证据确凿', proposedPenalty: [{ kind: 'fine', amountFen: 300_000 }] }),
      step('servePriorNotice', '2026-02-26T02:00:00Z', {
        penalty: [{ kind: 'fine', amountFen: 300_000 }],
        facts: '当事人自2026年2月10日起同时在两个律师事务所执业',
        reasons: '当事人的上述行为违反了《中华人民共和国律师法》第十条第一款的规定',
        legalBasis: ['《中华人民共和国律师法》第四十七条'],
        statesStatementRight: true,
        statesHearingRight: false,
      }),
      step('recordStatementAndDefence', '2026-02-27T02:00:00Z', { statement: '当事人称系初犯', recheck: '经复核，陈述不影响事实认定' }),
      step('recordStatementWaiver', '2026-02-28T02:00:00Z', { note: '' }),
      step(
        'decide',
        '2026-03-02T01:00:00Z',
        {
          penalty: [{ kind: 'warning' }, { kind: 'fine', amountFen: 300_000 }],
          partyAddress: '示例市玄武区某路1号',
          facts: '当事人自2026年2月10日起同时在两个律师事务所执业',
          evidence: ['询问笔录', '执业登记材料'],
          legalBasis: ['《中华人民共和国律师法》第四十七条'],
          performance: '',
          remedies: '可向示例市人民政府申请行政复议，或者向示例市玄武区人民法院提起行政诉讼',
          agencyName: '示例市司法局',
          decisionDate: '2026-03-02',
          sealed: true,
          partyPresent: false,
          mitigation: null,
          decisionNumber: '示司罚决字〔2026〕第7号',
        },
        '局长',
      ),
    ],
    records: [],
    caseFile: [],
    ...overrides,
  };
}

/** A 询问笔录 of the party and a 现场检查笔录, as the evidence module keeps them. */
export const inquiry: DocumentRecord = {
  kind: 'inquiry',
  evidenceSeq: 1,
  startedAt: at('2026-02-23T01:30:00Z'),
  endedAt: at('2026-02-23T02:15:00Z'),
  place: '示例市司法局询问室',
  officers: [
    { name: '张执法', certificateNumber: '32010020260001' },
    { name: '李执法', certificateNumber: '32010020260002' },
  ],
  certificatesShown: true,
  person: { name: '王某某', role: 'party' },
  content: '问：你在哪些律师事务所执业？\n答：甲律师事务所和乙律师事务所。',
  signature: { kind: 'signed' },
};
export const inspection: DocumentRecord = {
  ...inquiry,
  kind: 'inspection',
  evidenceSeq: 2,
  place: '乙律师事务所',
  person: { name: '陈某', role: 'witness' },
  content: '乙律师事务所公示栏载有王某某的执业信息。',
  signature: { kind: 'refused', note: '在场人拒绝签名，执法人员张执法、李执法见证' },
};

export const reviewAndDiscussionSteps: DocumentStep[] = [
  step('returnLegalReview', '2026-02-25T05:00:00Z', { problems: '缺少执业登记材料', reviewedPenalty: [{ kind: 'fine', amountFen: 300_000 }] }, '赵审核'),
  step('completeLegalReview', '2026-02-25T08:00:00Z', { opinion: '事实清楚，证据确凿，适用依据正确', reviewedPenalty: [{ kind: 'fine', amountFen: 300_000 }] }, '赵审核'),
  step(
    'recordCollectiveDiscussion',
    '2026-02-26T01:00:00Z',
    {
      attendees: [
        { userId: 'u1', officerId: null, name: '局长', isLeader: true },
        { userId: 'u2', officerId: null, name: '王副局长', isLeader: true },
        { userId: 'u3', officerId: null, name: '陈副局长', isLeader: true },
        { userId: null, officerId: null, name: '法制科科长', isLeader: false },
      ],
      approvedPenalty: [{ kind: 'fine', amountFen: 300_000 }],
      minutesRecorded: true,
      conclusion: '局长：事实清楚。\n王副局长：同意罚款三千元。',
    },
    '局长',
  ),
];

export const onTheSpotStep: DocumentStep = step('decideOnTheSpot', '2026-03-02T01:00:00Z', {
  penalty: [{ kind: 'fine', amountFen: 10_000 }],
  formNumber: 'DC-2026-000123',
  act: '未按规定悬挂执业证书',
  legalBasis: ['《示例市法律服务管理办法》第二十条'],
  time: '2026-03-02T01:00:00.000Z',
  place: '示例市玄武区某路1号',
  remedies: '',
  certificateShown: true,
  handedOver: 'signed',
  agencyName: '示例市司法局',
  officers: [
    { officerId: 'o1', name: '张执法', certificateNumber: '32010020260001' },
    { officerId: 'o2', name: '李执法', certificateNumber: '32010020260002' },
  ],
});
