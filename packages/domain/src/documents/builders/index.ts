/** The document model of each generated kind, from the case data. */
import type { GeneratedDocumentKind } from '../kinds.ts';
import type { BuildOptions, DocumentModel, DocumentSource } from '../model.ts';
import { buildDecision, buildNoPenaltyDecision } from './decision.ts';
import {
  buildCaseFileCover,
  buildClosingReport,
  buildDeclineFilingApproval,
  buildFilingApproval,
  buildInvestigationReport,
  buildServiceReceipt,
} from './forms.ts';
import { buildHearingNotice, buildPriorNotice, buildTransferLetter } from './letters.ts';
import { buildOnTheSpotDecision } from './on-the-spot.ts';
import { buildInquiryRecord, buildInspectionRecord } from './records.ts';
import { buildCollectiveDiscussionRecord, buildLegalReviewOpinion } from './review.ts';

const BUILDERS: Record<GeneratedDocumentKind, (src: DocumentSource, opts: BuildOptions) => DocumentModel> = {
  filingApproval: buildFilingApproval,
  declineFilingApproval: buildDeclineFilingApproval,
  inquiryRecord: buildInquiryRecord,
  inspectionRecord: buildInspectionRecord,
  investigationReport: buildInvestigationReport,
  legalReviewOpinion: buildLegalReviewOpinion,
  collectiveDiscussionRecord: buildCollectiveDiscussionRecord,
  priorNotice: buildPriorNotice,
  hearingNotice: buildHearingNotice,
  decision: buildDecision,
  noPenaltyDecision: buildNoPenaltyDecision,
  onTheSpotDecision: buildOnTheSpotDecision,
  serviceReceipt: buildServiceReceipt,
  transferLetter: buildTransferLetter,
  closingReport: buildClosingReport,
  caseFileCover: buildCaseFileCover,
};

/** Throws DocumentSourceError (Chinese message) when the case lacks the step the document records. */
export function buildDocumentModel(kind: GeneratedDocumentKind, src: DocumentSource, opts: BuildOptions): DocumentModel {
  return BUILDERS[kind](src, opts);
}
