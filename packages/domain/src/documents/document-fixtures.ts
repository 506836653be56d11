/** A decided general-procedure case as the server hands it to the builders (tests only). */
import type { DocumentSource, DocumentStep } from './model.ts';

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
    caseFile: [],
    ...overrides,
  };
}
