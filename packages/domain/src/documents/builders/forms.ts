/**
 * Internal forms: 立案审批表, 不予立案审批表, 案件调查终结报告, 送达回证, 结案报告, 案卷封面及卷内目录.
 * A form is a table of labelled fields; the cover adds the 卷内目录 of the documents already in the case file.
 */
import { CASE_STATE_LABELS } from '../../procedures/states.ts';
import { describePenalty, PARTY_KIND_LABELS } from '../../penalties/penalty.ts';
import { ENFORCEMENT_DOCUMENT_KINDS, GENERATED_DOCUMENT_KINDS } from '../kinds.ts';
import type { BuildOptions, DocumentModel, DocumentSource } from '../model.ts';
import { caseTitle, chineseDate, latestStep, LEAD_SOURCE_LABELS, para, penaltyIn, quoted, requireStep, str } from './support.ts';

type Row = { label: string; value: string };

const investigatorsText = (src: DocumentSource): string =>
  src.investigators.map((i) => `${i.name}${i.certificateNumber ? `（执法证号${i.certificateNumber}）` : ''}`).join('、') || '—';

function partyRows(src: DocumentSource): Row[] {
  return [
    { label: '当事人', value: `${src.party.name}（${PARTY_KIND_LABELS[src.party.kind]}）` },
    { label: src.party.kind === 'citizen' ? '住址' : '住所', value: src.party.address ?? '—' },
  ];
}

function caseRows(src: DocumentSource): Row[] {
  const v = src.violation;
  return [
    { label: '案由', value: src.power ? `${src.power.name}（${src.power.code}）` : '—' },
    { label: '案件来源', value: `${LEAD_SOURCE_LABELS[src.lead.source] ?? src.lead.source}，${chineseDate(src.lead.receivedAt)}收到` },
    ...partyRows(src),
    { label: '违法行为时间', value: v ? `${chineseDate(v.startedOn)}${v.endedOn ? `至${chineseDate(v.endedOn)}` : ''}` : '—' },
    { label: '承办部门', value: src.departmentName ?? '—' },
  ];
}

function model(kind: DocumentModel['kind'], src: DocumentSource, opts: BuildOptions, blocks: DocumentModel['blocks']): DocumentModel {
  return { kind, agencyName: src.agency.name, title: ENFORCEMENT_DOCUMENT_KINDS[kind].label, number: opts.number, blocks };
}

export function buildFilingApproval(src: DocumentSource, opts: BuildOptions): DocumentModel {
  const step = requireStep(src, '立案审批', 'fileCase');
  return model('filingApproval', src, { ...opts, number: opts.number ?? src.caseNumber }, [
    {
      type: 'fields',
      rows: [
        ...caseRows(src),
        { label: '案情摘要', value: src.lead.summary },
        { label: '立案依据', value: quoted(src.legalBasis) || '—' },
        { label: '审批意见', value: str(step.payload, 'opinion') || '同意立案' },
        { label: '审批人', value: step.actorName },
        { label: '审批日期', value: chineseDate(step.at) },
      ],
    },
  ]);
}

export function buildDeclineFilingApproval(src: DocumentSource, opts: BuildOptions): DocumentModel {
  const step = requireStep(src, '不予立案', 'declineFiling');
  return model('declineFilingApproval', src, opts, [
    {
      type: 'fields',
      rows: [
        ...caseRows(src),
        { label: '案情摘要', value: src.lead.summary },
        { label: '不予立案理由', value: str(step.payload, 'reason') },
        { label: '审批人', value: step.actorName },
        { label: '审批日期', value: chineseDate(step.at) },
      ],
    },
  ]);
}

export function buildInvestigationReport(src: DocumentSource, opts: BuildOptions): DocumentModel {
  const step = requireStep(src, '调查终结报告', 'submitInvestigationReport');
  const started = latestStep(src, 'startInvestigation');
  const proposed = step.payload['proposedPenalty'];
  return model('investigationReport', src, opts, [
    {
      type: 'fields',
      rows: [
        { label: '案件编号', value: src.caseNumber ?? '—' },
        ...caseRows(src),
        { label: '承办人', value: investigatorsText(src) },
        { label: '调查起止', value: `${started ? chineseDate(started.at) : '—'}至${chineseDate(step.at)}` },
        { label: '调查结论', value: str(step.payload, 'summary') },
        { label: '处理意见', value: Array.isArray(proposed) ? `拟给予${describePenalty(penaltyIn(step.payload, 'proposedPenalty'))}` : str(step.payload, 'closureReason') || '—' },
        { label: '报告人', value: step.actorName },
      ],
    },
  ]);
}

const SERVICE_METHOD_LABELS: Record<string, string> = {
  onTheSpot: '当场交付',
  direct: '直接送达',
  leftAtResidence: '留置送达',
  entrusted: '委托送达',
  mail: '邮寄送达',
  electronic: '电子送达（已签订确认书）',
  publicNotice: '公告送达',
};

export function buildServiceReceipt(src: DocumentSource, opts: BuildOptions): DocumentModel {
  const decision = requireStep(src, '处罚决定', 'decide');
  const served = latestStep(src, 'serveDecision');
  const number = str(decision.payload, 'decisionNumber') || src.decisionNumber || '';
  return model('serviceReceipt', src, opts, [
    {
      type: 'fields',
      rows: [
        { label: '送达文书名称及文号', value: `《行政处罚决定书》${number}` },
        { label: '受送达人', value: src.party.name },
        { label: '送达地点', value: str(decision.payload, 'partyAddress') || src.party.address || '' },
        { label: '送达方式', value: served ? (SERVICE_METHOD_LABELS[str(served.payload, 'method')] ?? '') : '' },
        { label: '送达时间', value: served ? chineseDate(served.at) : '      年    月    日' },
        { label: '送达人', value: src.investigators.map((i) => i.name).join('、') },
        { label: '受送达人签名或盖章', value: '                （签名）      年    月    日' },
        { label: '备注', value: '受送达人拒绝签收的，送达人应当注明情况（《中华人民共和国民事诉讼法》第八十九条）' },
      ],
    },
    para('依据：《中华人民共和国行政处罚法》第六十一条。'),
  ]);
}

/** The outcome line of the closing report and the cover. */
function outcomeText(src: DocumentSource): string {
  const decision = latestStep(src, 'decide');
  if (decision) return `${str(decision.payload, 'decisionNumber') || src.decisionNumber || ''}：${describePenalty(penaltyIn(decision.payload, 'penalty'))}`;
  const closure = latestStep(src, 'decideNoPenalty', 'transfer', 'withdraw', 'declineFiling');
  if (closure) return `${CASE_STATE_LABELS[src.state]}：${str(closure.payload, 'reason')}`;
  return CASE_STATE_LABELS[src.state];
}

export function buildClosingReport(src: DocumentSource, opts: BuildOptions): DocumentModel {
  const filed = latestStep(src, 'fileCase');
  const served = latestStep(src, 'serveDecision');
  const execution = latestStep(src, 'startExecution');
  const closed = latestStep(src, 'close', 'decideNoPenalty', 'transfer', 'withdraw', 'declineFiling');
  return model('closingReport', src, opts, [
    {
      type: 'fields',
      rows: [
        { label: '案件编号', value: src.caseNumber ?? '—' },
        ...caseRows(src),
        { label: '立案日期', value: filed ? chineseDate(filed.at) : '—' },
        { label: '处理结果', value: outcomeText(src) },
        { label: '送达情况', value: served ? `${chineseDate(served.at)}送达` : '—' },
        { label: '执行情况', value: execution ? `${chineseDate(execution.at)}进入执行` : '无需执行或已当场履行' },
        { label: '结案理由', value: closed ? str(closed.payload, 'summary') || str(closed.payload, 'reason') || '—' : '—' },
        { label: '承办人', value: investigatorsText(src) },
        { label: '结案审批', value: closed ? `${closed.actorName}，${chineseDate(closed.at)}` : '—' },
      ],
    },
  ]);
}

export function buildCaseFileCover(src: DocumentSource, opts: BuildOptions): DocumentModel {
  const filed = latestStep(src, 'fileCase');
  const ended = latestStep(src, 'close', 'decideNoPenalty', 'transfer', 'withdraw', 'declineFiling');
  const order = (k: (typeof GENERATED_DOCUMENT_KINDS)[number]) => GENERATED_DOCUMENT_KINDS.indexOf(k);
  const listed = src.caseFile.filter((d) => d.kind !== 'caseFileCover').sort((a, b) => order(a.kind) - order(b.kind));
  return model('caseFileCover', src, opts, [
    {
      type: 'fields',
      rows: [
        { label: '机关名称', value: src.agency.name },
        { label: '案件名称', value: caseTitle(src) },
        { label: '案件编号', value: src.caseNumber ?? '—' },
        { label: '处理结果', value: outcomeText(src) },
        { label: '立案日期', value: filed ? chineseDate(filed.at) : '—' },
        { label: '结案日期', value: ended ? chineseDate(ended.at) : '—' },
        { label: '承办人', value: investigatorsText(src) },
        { label: '归档日期', value: chineseDate(opts.generatedOn) },
      ],
    },
    para('卷内目录', undefined, { indent: false, align: 'center', bold: true }),
    {
      type: 'table',
      columns: ['序号', '文书名称', '文号', '日期'],
      rows: listed.map((d, i) => [String(i + 1), d.title, d.number ?? '', chineseDate(d.generatedAt)]),
    },
    para(`本卷共列文书${listed.length}件。询问笔录、现场检查笔录、证据材料及音像记录按形成时间附后（《中华人民共和国行政处罚法》第四十七条）。`),
  ]);
}
