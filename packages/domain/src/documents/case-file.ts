/**
 * The case file (案卷): which documents a case can have generated now, which documents its path requires
 * (general / hearing / simple / no penalty / transfer / withdrawn / declined) — plus the records of the steps the
 * case actually took (笔录, 法制审核意见书, 集体讨论记录) — and the completeness check archiving rests on (第四十七条:
 * the full record is archived). Pure: the server passes the actions recorded on the case, the kinds of its
 * structured 笔录 and the documents already generated.
 */
import type { Citation } from '../citation.ts';
import type { RecordKind } from '../evidence/evidence-types.ts';
import type { CaseProcedure, CaseState } from '../procedures/states.ts';
import { ENFORCEMENT_DOCUMENT_KINDS, GENERATED_DOCUMENT_KINDS, type GeneratedDocumentKind } from './kinds.ts';
import * as S from './sources.ts';

export interface CaseFileFacts {
  state: CaseState;
  procedure: CaseProcedure | null;
  /** The actions recorded on the case (case_steps.action), in order. */
  actions: readonly string[];
  /** The kinds of the structured 笔录 kept as evidence of the case (evidence module); absent = none. */
  recordKinds?: readonly RecordKind[];
  /** How many items the case's 证据目录 holds (笔录 included); absent = not read, nothing to judge. */
  evidenceItems?: number;
}

/** A generated document in the case file (each version is a row; the check reads them all). */
export interface CaseFileDocument {
  kind: GeneratedDocumentKind;
  version: number;
  generatedAt: Date;
}

export type CaseFilePath = 'general' | 'hearing' | 'simple' | 'noPenalty' | 'transfer' | 'withdrawn' | 'declined';

export const CASE_FILE_PATH_LABELS: Record<CaseFilePath, string> = {
  general: '普通程序',
  hearing: '普通程序（听证）',
  simple: '简易程序',
  noPenalty: '不予行政处罚',
  transfer: '移送司法机关',
  withdrawn: '撤销立案',
  declined: '不予立案',
};

/** States after which the case is at its end: the closing report and the cover can be made, archiving follows. */
const ENDED_STATES: readonly CaseState[] = ['closed', 'noPenalty', 'transferred', 'withdrawn'];

/** The path the case took (or is taking): what decides the documents its file must hold. */
export function caseFilePath(f: CaseFileFacts): CaseFilePath {
  const has = (a: string) => f.actions.includes(a);
  if (f.procedure === 'simple' || has('decideOnTheSpot')) return 'simple';
  if (has('declineFiling')) return 'declined';
  if (has('decideNoPenalty')) return 'noPenalty';
  if (has('transfer')) return 'transfer';
  if (has('withdraw')) return 'withdrawn';
  if (has('serveHearingNotice')) return 'hearing';
  return 'general';
}

export interface RequiredDocument {
  kind: GeneratedDocumentKind;
  label: string;
  /** Why the file must hold it, in Chinese. */
  reason: string;
  basis: Citation;
}

const req = (kind: GeneratedDocumentKind, reason: string, basis: Citation): RequiredDocument => ({
  kind,
  label: ENFORCEMENT_DOCUMENT_KINDS[kind].label,
  reason,
  basis,
});

const FILING = req('filingApproval', '立案须经负责人批准，立案审批表入卷', S.FILING_RECORD);
const REPORT = req('investigationReport', '调查终结后须制作调查终结报告，供负责人审查决定', S.INVESTIGATION_END_RECORD);
const NOTICE = req('priorNotice', '作出处罚决定前须书面告知拟处罚内容及陈述、申辩、听证权利', S.PRIOR_NOTICE_RECORD);
const HEARING = req('hearingNotice', '举行听证的，须于听证七日前书面通知当事人', S.HEARING_NOTICE_RECORD);
const DECISION = req('decision', '处罚决定须制作行政处罚决定书，载明第五十九条所列事项', S.DECISION_CONTENT);
const RECEIPT = req('serviceReceipt', '决定书须依法送达，送达回证证明送达', S.SERVICE_RECORD);
const NO_PENALTY = req('noPenaltyDecision', '决定不予处罚的，须制作不予行政处罚决定书', S.NO_PENALTY_RECORD);
const TRANSFER = req('transferLetter', '涉嫌犯罪移送司法机关的，须制作案件移送函', S.TRANSFER_RECORD);
const CLOSING = req('closingReport', '案件办结须制作结案报告，经负责人批准结案', S.CLOSING_RECORD);
const DECLINE = req('declineFilingApproval', '不予立案须经负责人批准，不予立案审批表入卷', S.DECLINE_FILING_RECORD);
const INQUIRY = req('inquiryRecord', '询问应当制作笔录，案件已登记的询问笔录须形成文书入卷', S.INQUIRY_RECORD);
const INSPECTION = req('inspectionRecord', '检查应当制作笔录，案件已登记的现场检查笔录须形成文书入卷', S.INSPECTION_RECORD);
const LEGAL_REVIEW = req('legalReviewOpinion', '经法制审核的案件，法制审核意见书入卷', S.LEGAL_REVIEW_RECORD);
const DISCUSSION = req('collectiveDiscussionRecord', '负责人集体讨论决定的，集体讨论记录入卷', S.COLLECTIVE_DISCUSSION_RECORD);
const ON_THE_SPOT = req('onTheSpotDecision', '当场处罚须填写预定格式、编有号码的决定书当场交付，并报所属行政机关备案', S.ON_THE_SPOT_RECORD);
const COVER = req('caseFileCover', '归档须编制案卷封面及卷内目录，列明全部文书', S.FULL_PROCESS_RECORD);

const REQUIRED: Record<CaseFilePath, readonly RequiredDocument[]> = {
  general: [FILING, REPORT, NOTICE, DECISION, RECEIPT, CLOSING, COVER],
  hearing: [FILING, REPORT, NOTICE, HEARING, DECISION, RECEIPT, CLOSING, COVER],
  simple: [ON_THE_SPOT, CLOSING, COVER],
  noPenalty: [FILING, REPORT, NO_PENALTY, CLOSING, COVER],
  transfer: [FILING, TRANSFER, CLOSING, COVER],
  withdrawn: [FILING, CLOSING, COVER],
  declined: [DECLINE, COVER],
};

/** The documents every case file on this path must hold before it is archived, in case order. */
export function requiredDocuments(path: CaseFilePath): readonly RequiredDocument[] {
  return REQUIRED[path];
}

/**
 * What this case's file must hold: its path's documents, plus the record of each step it took that the law wants
 * written down — every 笔录 made (第五十五条), the 法制审核 opinion (第五十八条), the collective discussion
 * (第五十七条) — in case order.
 */
export function requiredDocumentsOf(f: CaseFileFacts): readonly RequiredDocument[] {
  const path = caseFilePath(f);
  const extra: RequiredDocument[] = [];
  if (path !== 'declined' && path !== 'simple') {
    if (f.recordKinds?.includes('inquiry')) extra.push(INQUIRY);
    if (f.recordKinds?.includes('inspection')) extra.push(INSPECTION);
  }
  if (f.actions.includes('completeLegalReview')) extra.push(LEGAL_REVIEW);
  if (f.actions.includes('recordCollectiveDiscussion')) extra.push(DISCUSSION);
  const order = (k: GeneratedDocumentKind) => GENERATED_DOCUMENT_KINDS.indexOf(k);
  return [...REQUIRED[path], ...extra].sort((a, b) => order(a.kind) - order(b.kind));
}

export interface DocumentAvailability {
  kind: GeneratedDocumentKind;
  label: string;
  available: boolean;
  /** Why it cannot be generated yet (Chinese); null when it can. */
  reason: string | null;
}

/** What each generated kind needs recorded on the case first: an action, a structured 笔录, or the end of the case. */
const NEEDS: Record<GeneratedDocumentKind, { action: string; missing: string } | { record: RecordKind; missing: string } | 'ended'> = {
  filingApproval: { action: 'fileCase', missing: '案件尚未经批准立案' },
  declineFilingApproval: { action: 'declineFiling', missing: '案件未作不予立案处理' },
  inquiryRecord: { record: 'inquiry', missing: '案件尚未登记询问笔录（在“证据”中登记当事人陈述或证人证言的笔录）' },
  inspectionRecord: { record: 'inspection', missing: '案件尚未登记现场检查笔录（在“证据”中登记勘验笔录、现场笔录）' },
  investigationReport: { action: 'submitInvestigationReport', missing: '尚未提交调查终结报告' },
  legalReviewOpinion: { action: 'completeLegalReview', missing: '法制审核尚未完成' },
  collectiveDiscussionRecord: { action: 'recordCollectiveDiscussion', missing: '尚未记录负责人集体讨论' },
  priorNotice: { action: 'servePriorNotice', missing: '尚未办理事先告知（先在案件操作中填写告知内容）' },
  hearingNotice: { action: 'serveHearingNotice', missing: '尚未确定听证时间、地点和主持人' },
  decision: { action: 'decide', missing: '尚未作出行政处罚决定' },
  noPenaltyDecision: { action: 'decideNoPenalty', missing: '案件未作出不予行政处罚决定' },
  onTheSpotDecision: { action: 'decideOnTheSpot', missing: '案件未适用简易程序当场作出处罚决定' },
  serviceReceipt: { action: 'decide', missing: '尚未作出行政处罚决定，无决定书可送达' },
  transferLetter: { action: 'transfer', missing: '案件未移送司法机关' },
  closingReport: 'ended',
  caseFileCover: 'ended',
};

/** Which documents can be generated now; an archived file is sealed (nothing more is generated into it). */
export function documentAvailability(f: CaseFileFacts): DocumentAvailability[] {
  return GENERATED_DOCUMENT_KINDS.map((kind) => {
    const label = ENFORCEMENT_DOCUMENT_KINDS[kind].label;
    const need = NEEDS[kind];
    let reason: string | null = null;
    if (f.state === 'archived') reason = '案卷已归档，不再生成文书';
    else if (need === 'ended') reason = ENDED_STATES.includes(f.state) ? null : '案件尚未办结（结案或作出不予处罚、移送、撤销等处理后制作）';
    else if ('record' in need) reason = f.recordKinds?.includes(need.record) ? null : need.missing;
    else if (!f.actions.includes(need.action)) reason = need.missing;
    return { kind, label, available: reason === null, reason };
  });
}

/** The 证据目录 is not a generated document; it is named among the missing items under this kind. */
export const EVIDENCE_CATALOGUE = 'evidenceCatalogue';

export interface MissingDocument {
  kind: GeneratedDocumentKind | typeof EVIDENCE_CATALOGUE;
  label: string;
  reason: string;
  basis: Citation;
}

export interface CaseFileCheck {
  path: CaseFilePath;
  complete: boolean;
  required: readonly (RequiredDocument & { present: boolean })[];
  missing: readonly MissingDocument[];
}

/**
 * Is the case file complete for archiving? Every required document generated at least once, a non-empty 证据目录
 * for a penalty decided on the general procedure, and the cover with its
 * 卷内目录 generated after every other document (a directory older than a document does not list it).
 */
export function checkCaseFile(f: CaseFileFacts, documents: readonly CaseFileDocument[]): CaseFileCheck {
  const path = caseFilePath(f);
  const latest = new Map<GeneratedDocumentKind, Date>();
  for (const d of documents) {
    const t = latest.get(d.kind);
    if (!t || d.generatedAt > t) latest.set(d.kind, d.generatedAt);
  }
  const required = requiredDocumentsOf(f).map((r) => ({ ...r, present: latest.has(r.kind) }));
  const missing: MissingDocument[] = required
    .filter((r) => !r.present)
    .map((r) => ({ kind: r.kind, label: r.label, reason: `未生成《${r.label}》：${r.reason}`, basis: r.basis }));
  // A penalty decided on the general procedure rests on evidence (第四十条): an empty 证据目录 is not archived.
  if (f.evidenceItems === 0 && (path === 'general' || path === 'hearing') && f.actions.includes('decide')) {
    missing.unshift({
      kind: EVIDENCE_CATALOGUE,
      label: '证据目录',
      reason: '证据目录为空：作出处罚决定的案件须有证明违法事实的证据入卷',
      basis: S.EVIDENCE_RECORD,
    });
  }
  const cover = latest.get('caseFileCover');
  if (cover) {
    const newer = documents.filter((d) => d.kind !== 'caseFileCover' && d.generatedAt > cover);
    if (newer.length > 0) {
      const labels = [...new Set(newer.map((d) => `《${ENFORCEMENT_DOCUMENT_KINDS[d.kind].label}》`))].join('、');
      missing.push({
        kind: 'caseFileCover',
        label: ENFORCEMENT_DOCUMENT_KINDS.caseFileCover.label,
        reason: `卷内目录生成后又生成了${labels}，须重新生成案卷封面及卷内目录`,
        basis: S.FULL_PROCESS_RECORD,
      });
    }
  }
  return { path, complete: missing.length === 0, required, missing };
}

/** "缺少《立案审批表》、《结案报告》" — the refusal text naming what is missing. */
export function describeMissing(missing: readonly MissingDocument[]): string {
  return missing.map((m) => m.reason).join('；');
}
