/**
 * The kinds of evidence (行政诉讼法 第三十三条, 行政处罚法 第四十六条), which of them officers must sign, and the
 * stages of a case in which evidence may still be collected (before the decision: 先取证、后裁决).
 */
import type { CaseState } from '../procedures/states.ts';
import { CASE_STATE_LABELS } from '../procedures/states.ts';
import { allowed, refuse, type EvidenceCheck } from './result.ts';
import { EVIDENCE_KINDS_BASIS, INVESTIGATION_STAGE, TWO_OFFICERS } from './sources.ts';

export const EVIDENCE_KINDS = [
  'documentary',
  'physical',
  'audioVisual',
  'electronicData',
  'witnessTestimony',
  'partyStatement',
  'expertOpinion',
  'inspectionRecord',
] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export interface EvidenceKindRule {
  label: string;
  /** The record is signed by the (at least two) officers who made it: 询问笔录, 勘验笔录、现场笔录. */
  officerSignatures: boolean;
  /** Collected by officers in the field, so at least two take part (第四十二条); an expert opinion is received. */
  collectedByTwo: boolean;
  /** Structured record forms this kind may take. */
  recordKinds: readonly RecordKind[];
}

export const RECORD_KINDS = ['inquiry', 'inspection'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];
export const RECORD_KIND_LABELS: Record<RecordKind, string> = { inquiry: '询问笔录', inspection: '现场检查（勘验）笔录' };

export const EVIDENCE_KIND_RULES: Record<EvidenceKind, EvidenceKindRule> = {
  documentary: { label: '书证', officerSignatures: false, collectedByTwo: true, recordKinds: [] },
  physical: { label: '物证', officerSignatures: false, collectedByTwo: true, recordKinds: [] },
  audioVisual: { label: '视听资料', officerSignatures: false, collectedByTwo: true, recordKinds: [] },
  electronicData: { label: '电子数据', officerSignatures: false, collectedByTwo: true, recordKinds: [] },
  witnessTestimony: { label: '证人证言', officerSignatures: true, collectedByTwo: true, recordKinds: ['inquiry'] },
  partyStatement: { label: '当事人的陈述', officerSignatures: true, collectedByTwo: true, recordKinds: ['inquiry'] },
  expertOpinion: { label: '鉴定意见', officerSignatures: false, collectedByTwo: false, recordKinds: [] },
  inspectionRecord: { label: '勘验笔录、现场笔录', officerSignatures: true, collectedByTwo: true, recordKinds: ['inspection'] },
};
export const EVIDENCE_KIND_LABELS = Object.fromEntries(EVIDENCE_KINDS.map((k) => [k, EVIDENCE_KIND_RULES[k].label])) as Record<EvidenceKind, string>;

export const OBTAINED_HOW = ['onSiteCollection', 'providedByParty', 'providedByThirdParty', 'inquiry', 'inspection', 'appraisal', 'retrieval', 'other'] as const;
export type ObtainedHow = (typeof OBTAINED_HOW)[number];
export const OBTAINED_HOW_LABELS: Record<ObtainedHow, string> = {
  onSiteCollection: '现场提取',
  providedByParty: '当事人提供',
  providedByThirdParty: '有关单位或个人提供',
  inquiry: '询问',
  inspection: '现场检查（勘验）',
  appraisal: '委托鉴定',
  retrieval: '调取',
  other: '其他',
};

/** States in which evidence may be added: filed and before the decision (including statement, defence and hearing). */
export const EVIDENCE_STATES = [
  'filed',
  'investigating',
  'investigationReported',
  'legalReview',
  'collectiveDiscussion',
  'priorNoticeServed',
  'statementAndDefence',
  'hearingRequested',
  'hearingNoticed',
  'heard',
] as const satisfies readonly CaseState[];

export function checkEvidenceStage(state: CaseState): EvidenceCheck {
  if ((EVIDENCE_STATES as readonly CaseState[]).includes(state)) return allowed;
  const why = state === 'lead' ? '案件尚未立案' : `案件处于“${CASE_STATE_LABELS[state]}”阶段，处罚决定前才能调查取证`;
  return refuse('EVIDENCE_CASE_STATE', `${why}，不能登记证据或申请先行登记保存`, INVESTIGATION_STAGE);
}

/** At least two distinct collecting officers for kinds gathered in the field (第四十二条). */
export function checkCollectors(kind: EvidenceKind, officerIds: readonly string[]): EvidenceCheck {
  const distinct = new Set(officerIds).size;
  if (distinct !== officerIds.length) return refuse('EVIDENCE_COLLECTORS', '同一执法人员不能重复列为收集人', TWO_OFFICERS);
  const need = EVIDENCE_KIND_RULES[kind].collectedByTwo ? 2 : 1;
  if (distinct < need) {
    return refuse('EVIDENCE_COLLECTORS', `${EVIDENCE_KIND_LABELS[kind]}应由不少于${need}名执法人员收集，目前为${distinct}人`, need === 2 ? TWO_OFFICERS : EVIDENCE_KINDS_BASIS);
  }
  return allowed;
}
