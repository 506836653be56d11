/**
 * 询问（调查）笔录 and 现场检查（勘验）笔录, printed from the structured records of the evidence module: one document
 * per kind holding every record of that kind in evidence order (a new record → regenerate → a new version). Each
 * record shows the time, place, the officers with their certificate numbers and that they were shown (第五十五条),
 * the person questioned or present, the content and the signature — or the refusal the officers noted.
 */
import type { RecordKind } from '../../evidence/evidence-types.ts';
import type { BuildOptions, DocumentBlock, DocumentModel, DocumentRecord, DocumentSource } from '../model.ts';
import { DocumentSourceError } from '../model.ts';
import { ENFORCEMENT_DOCUMENT_KINDS } from '../kinds.ts';
import { caseTitle, chineseTimeSpan, para, paragraphs } from './support.ts';

const ROLE_LABELS: Record<DocumentRecord['person']['role'], string> = { party: '当事人', witness: '证人', other: '其他有关人员' };

const officersText = (r: DocumentRecord): string =>
  r.officers.map((o) => `${o.name}${o.certificateNumber ? `（执法证号${o.certificateNumber}）` : ''}`).join('、') || '—';

function recordBlocks(src: DocumentSource, r: DocumentRecord): DocumentBlock[] {
  const inquiry = r.kind === 'inquiry';
  const shown = r.certificatesShown ? '已出示' : '未出示';
  const blocks: DocumentBlock[] = [
    {
      type: 'fields',
      rows: [
        { label: '案件名称', value: caseTitle(src) },
        { label: inquiry ? '询问时间' : '检查时间', value: chineseTimeSpan(r.startedAt, r.endedAt) },
        { label: inquiry ? '询问地点' : '检查地点', value: r.place || '—' },
        { label: inquiry ? '询问人' : '检查人', value: officersText(r) },
        { label: inquiry ? '被询问人' : '在场人', value: `${r.person.name}（${ROLE_LABELS[r.person.role]}）` },
        { label: '执法证件', value: `执法人员${shown}执法证件（《中华人民共和国行政处罚法》第五十五条）` },
      ],
    },
  ];
  if (inquiry) {
    blocks.push(
      para(
        `执法人员告知：我们是${src.agency.name}的执法人员，现依法向你了解有关情况，请如实回答。你有权申请与本案有利害关系的执法人员回避；对与本案无关的问题，你有权拒绝回答。`,
      ),
    );
  }
  blocks.push(para(inquiry ? '询问内容：' : '检查情况：', undefined, { indent: false, bold: true }), ...paragraphs(r.content));
  if (r.signature.kind === 'signed') {
    blocks.push(para(inquiry ? '以上笔录我已看过，与我说的相符。' : '以上笔录我已核对，与现场情况相符。'));
    blocks.push(para(`${inquiry ? '被询问人' : '在场人'}（签名）：${r.person.name}`, undefined, { indent: false }));
  } else {
    blocks.push(para(`${inquiry ? '被询问人' : '在场人'}拒绝签名。执法人员注明：${r.signature.note}`, undefined, { indent: false }));
  }
  blocks.push(para(`执法人员（签名）：${r.officers.map((o) => o.name).join('、')}`, undefined, { indent: false }));
  return blocks;
}

function buildRecords(kind: 'inquiryRecord' | 'inspectionRecord', recordKind: RecordKind, src: DocumentSource, opts: BuildOptions): DocumentModel {
  const records = src.records.filter((r) => r.kind === recordKind).sort((a, b) => a.evidenceSeq - b.evidenceSeq);
  const label = ENFORCEMENT_DOCUMENT_KINDS[kind].label;
  if (records.length === 0) throw new DocumentSourceError(`案件没有登记${label}，无法生成文书`);
  const blocks = records.flatMap((r, i) => [
    ...(records.length > 1 ? [para(`第${i + 1}份（证据第${r.evidenceSeq}号）`, undefined, { indent: false, align: 'center', bold: true })] : []),
    ...recordBlocks(src, r),
  ]);
  return { kind, agencyName: src.agency.name, title: label, number: opts.number, blocks };
}

export const buildInquiryRecord = (src: DocumentSource, opts: BuildOptions): DocumentModel => buildRecords('inquiryRecord', 'inquiry', src, opts);
export const buildInspectionRecord = (src: DocumentSource, opts: BuildOptions): DocumentModel => buildRecords('inspectionRecord', 'inspection', src, opts);
