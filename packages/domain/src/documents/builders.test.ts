import { describe, expect, it } from 'vitest';
import { buildDocumentModel } from './builders/index.ts';
import { decidedCaseSource, inquiry, inspection, onTheSpotStep, reviewAndDiscussionSteps } from './document-fixtures.ts';
import { GENERATED_DOCUMENT_KINDS } from './kinds.ts';
import { DocumentSourceError, type DecisionItem, type DocumentBlock, type DocumentModel } from './model.ts';

const textOf = (b: DocumentBlock): string => {
  switch (b.type) {
    case 'paragraph':
      return b.text;
    case 'fields':
      return b.rows.map((r) => `${r.label}${r.value}`).join('');
    case 'table':
      return [...b.columns, ...b.rows.flat()].join('');
    case 'signature':
      return `${b.agency}${b.date}${b.seal ? '（印章）' : ''}`;
  }
};
const allText = (m: DocumentModel) => m.blocks.map(textOf).join('\n');
const itemText = (m: DocumentModel, item: DecisionItem) =>
  m.blocks
    .filter((b) => 'item' in b && b.item === item)
    .map(textOf)
    .join('');

describe('行政处罚决定书 model (第五十九条)', () => {
  const model = buildDocumentModel('decision', decidedCaseSource(), { number: null, generatedOn: '2026-03-02' });

  it('carries the decision number issued by the decide action and the agency', () => {
    expect(model.number).toBe('示司罚决字〔2026〕第7号');
    expect(model.title).toBe('行政处罚决定书');
    expect(model.agencyName).toBe('示例市司法局');
  });

  it('contains every item of 第五十九条 with the case data', () => {
    expect(itemText(model, 1)).toContain('王某某');
    expect(itemText(model, 1)).toContain('示例市玄武区某路1号');
    expect(itemText(model, 2)).toContain('经查，当事人自2026年2月10日起同时在两个律师事务所执业');
    expect(itemText(model, 2)).toContain('询问笔录、执业登记材料');
    expect(itemText(model, 3)).toContain('依照《中华人民共和国律师法》第四十七条的规定');
    expect(itemText(model, 3)).toContain('警告');
    expect(itemText(model, 3)).toContain('罚款3000元');
    expect(itemText(model, 4)).toContain('十五日内');
    expect(itemText(model, 4)).toContain('百分之三加处罚款');
    expect(itemText(model, 5)).toContain('六十日内');
    expect(itemText(model, 5)).toContain('六个月内');
    expect(itemText(model, 5)).toContain('示例市人民政府');
    expect(itemText(model, 6)).toBe('示例市司法局2026年3月2日（印章）');
  });

  it('follows the decision-letter order of JUSTICE-POWERS §5: party, facts, evidence, assessment, basis and decision, payment, remedies, signature', () => {
    const text = allText(model);
    const order = ['当事人：', '经查，', '以上事实有', '本机关认为，', '依照', '十五日内', '六十日内', '示例市司法局2026年3月2日'];
    const positions = order.map((s) => text.indexOf(s));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('states the notice and the party being heard, with the reasons from the notice', () => {
    const text = allText(model);
    expect(text).toContain('2026年2月26日向当事人送达了《行政处罚事先告知书》');
    expect(text).toContain('违反了《中华人民共和国律师法》第十条第一款');
    expect(text).toContain('经复核，陈述不影响事实认定');
  });

  it('a warning alone has no payment paragraph but still states how it is performed', () => {
    const src = decidedCaseSource();
    const steps = src.steps.map((s) => (s.action === 'decide' ? { ...s, payload: { ...s.payload, penalty: [{ kind: 'warning' }] } } : s));
    const m = buildDocumentModel('decision', { ...src, steps }, { number: null, generatedOn: '2026-03-02' });
    expect(itemText(m, 4)).not.toContain('加处罚款');
    expect(itemText(m, 4)).toContain('送达之日起');
  });

  it('adds the statutory periods when the officer wrote the remedies without them', () => {
    expect(itemText(model, 5).indexOf('六十日')).toBeLessThan(itemText(model, 5).indexOf('示例市人民政府'));
  });

  it('an unsealed draft prints no seal mark', () => {
    const src = decidedCaseSource();
    const steps = src.steps.map((s) => (s.action === 'decide' ? { ...s, payload: { ...s.payload, sealed: false } } : s));
    const sig = buildDocumentModel('decision', { ...src, steps }, { number: null, generatedOn: '2026-03-02' }).blocks.at(-1);
    expect(sig).toMatchObject({ type: 'signature', seal: false });
  });
});

describe('the other documents', () => {
  it('refuses to build a document whose step is not recorded', () => {
    expect(() => buildDocumentModel('hearingNotice', decidedCaseSource(), { number: 'x', generatedOn: '2026-03-02' })).toThrow(DocumentSourceError);
    expect(() => buildDocumentModel('noPenaltyDecision', decidedCaseSource(), { number: 'x', generatedOn: '2026-03-02' })).toThrow('缺少');
  });

  it('the prior notice states facts, reasons, basis, the proposed penalty and the statement right', () => {
    const m = buildDocumentModel('priorNotice', decidedCaseSource(), { number: '示司罚告字〔2026〕第2号', generatedOn: '2026-03-02' });
    const text = allText(m);
    expect(m.number).toBe('示司罚告字〔2026〕第2号');
    for (const s of ['王某某：', '经调查，', '本机关认为，', '罚款3000元', '陈述、申辩的权利', '五个工作日']) expect(text).toContain(s);
    expect(text).not.toContain('要求举行听证');
  });

  it('the filing approval carries the case number, the approver and the opinion', () => {
    const m = buildDocumentModel('filingApproval', decidedCaseSource(), { number: null, generatedOn: '2026-03-02' });
    expect(m.number).toBe('示司罚立字〔2026〕第3号');
    expect(allText(m)).toContain('审批意见同意立案');
    expect(allText(m)).toContain('审批人局长');
  });

  it('the service receipt names the decision and its number', () => {
    const m = buildDocumentModel('serviceReceipt', decidedCaseSource(), { number: null, generatedOn: '2026-03-02' });
    expect(allText(m)).toContain('《行政处罚决定书》示司罚决字〔2026〕第7号');
  });

  it('the cover lists the documents of the case file in case order, not itself', () => {
    const src = decidedCaseSource({
      state: 'closed',
      caseFile: [
        { kind: 'decision', title: '行政处罚决定书', number: '示司罚决字〔2026〕第7号', generatedAt: new Date('2026-03-02T03:00:00Z') },
        { kind: 'filingApproval', title: '立案审批表', number: '示司罚立字〔2026〕第3号', generatedAt: new Date('2026-03-02T02:00:00Z') },
        { kind: 'caseFileCover', title: '案卷封面及卷内目录', number: null, generatedAt: new Date('2026-03-01T02:00:00Z') },
      ],
    });
    const m = buildDocumentModel('caseFileCover', src, { number: null, generatedOn: '2026-03-20' });
    const table = m.blocks.find((b) => b.type === 'table');
    expect(table && table.type === 'table' ? table.rows.map((r) => r[1]) : []).toEqual(['立案审批表', '行政处罚决定书']);
    expect(allText(m)).toContain('归档日期2026年3月20日');
  });

  it('every generated kind builds from a case that has all its steps', () => {
    const src = decidedCaseSource({ state: 'closed' });
    const extra = [
      { action: 'declineFiling', at: new Date('2026-02-21T02:00:00Z'), actorName: '局长', payload: { reason: '不属于本机关管辖' } },
      { action: 'requestHearing', at: new Date('2026-02-27T02:00:00Z'), actorName: '张执法', payload: { receivedOn: '2026-02-27' } },
      { action: 'serveHearingNotice', at: new Date('2026-02-27T03:00:00Z'), actorName: '赵审核', payload: { scheduledFor: '2026-03-12', place: '第一听证室', presider: { name: '赵审核' } } },
      { action: 'decideNoPenalty', at: new Date('2026-03-01T02:00:00Z'), actorName: '局长', payload: { ground: 'firstViolation', reason: '初次违法' } },
      { action: 'transfer', at: new Date('2026-03-01T02:00:00Z'), actorName: '局长', payload: { receivingOrgan: '示例市公安局', reason: '涉嫌伪造证件' } },
      { action: 'close', at: new Date('2026-03-20T02:00:00Z'), actorName: '局长', payload: { summary: '执行完毕' } },
      ...reviewAndDiscussionSteps,
      onTheSpotStep,
    ];
    for (const kind of GENERATED_DOCUMENT_KINDS) {
      const m = buildDocumentModel(kind, { ...src, steps: [...src.steps, ...extra], records: [inquiry, inspection] }, { number: null, generatedOn: '2026-03-20' });
      expect(m.kind).toBe(kind);
      expect(m.blocks.length).toBeGreaterThan(0);
    }
  });
});

describe('行政处罚决定书: 履行方式和期限 said once (第五十九条)', () => {
  /** The source with the officer's own 履行方式 entered on the decision (the demo writes the 15 days and 3 % again). */
  const withPerformance = (performance: string) => {
    const src = decidedCaseSource();
    const steps = src.steps.map((s) => (s.action === 'decide' ? { ...s, payload: { ...s.payload, performance } } : s));
    return buildDocumentModel('decision', { ...src, steps }, { number: null, generatedOn: '2026-03-02' });
  };
  const count = (text: string, needle: string) => text.split(needle).length - 1;

  it('states the 15-day payment and the 3 % surcharge once each, even when the entered 履行方式 repeats them', () => {
    const model = withPerformance('自收到本决定书之日起十五日内，持《罚款缴款通知书》到指定代收银行缴纳罚款；逾期不缴纳的，每日按罚款数额的百分之三加处罚款');
    const text = allText(model);
    expect(count(text, '十五日内')).toBe(1);
    expect(count(text, '百分之三')).toBe(1);
    expect(text).not.toContain('罚缴分离');
    expect(text).not.toContain('不直接收取');
    expect(model.blocks.filter((b) => 'item' in b && b.item === 4)).toHaveLength(1);
  });

  it('keeps what the officer added that the standard paragraph does not say', () => {
    const text = itemText(withPerformance('缴款账户：示例市财政局非税收入专户。'), 4);
    expect(text).toContain('缴款账户：示例市财政局非税收入专户。');
    expect(count(text, '十五日内')).toBe(1);
  });
});
