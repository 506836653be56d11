/**
 * The tabs of the case detail page below the stage timeline (evidence, documents, deadlines, payments, property,
 * audit). Each bounded context owns its tab component in its own feature folder and adds one entry here, so the
 * case page does not grow with every context.
 */
import type { ReactNode } from 'react';
import type { CaseDetailDto } from '../types.ts';
import { EvidenceTab } from '../../evidence/EvidenceTab.tsx';
import { PropertyTab } from '../../evidence/PropertyTab.tsx';
import { CaseDocumentsTab } from '../../documents/CaseDocumentsTab.tsx';
import { PaymentsTab } from '../../payments/PaymentsTab.tsx';
import { CaseHistoryTab } from '../audit/CaseHistoryTab.tsx';
import { CaseSurveyTab } from '../../surveys/CaseSurveyTab.tsx';

export interface CaseTab {
  key: string;
  label: string;
  /** Render the tab's content; `detail` is the case as the server presented it (abilities, version, state …). */
  render: (detail: CaseDetailDto) => ReactNode;
}

export const CASE_TABS: CaseTab[] = [
  { key: 'evidence', label: '证据材料', render: (detail) => <EvidenceTab detail={detail} /> },
  { key: 'property', label: '涉案财物', render: (detail) => <PropertyTab detail={detail} /> },
  { key: 'documents', label: '执法文书', render: (detail) => <CaseDocumentsTab detail={detail} /> },
  { key: 'payments', label: '罚没款缴纳', render: (detail) => <PaymentsTab detail={detail} /> },
  { key: 'survey', label: '满意度评议', render: (detail) => <CaseSurveyTab detail={detail} /> },
  { key: 'audit', label: '操作记录', render: (detail) => <CaseHistoryTab detail={detail} /> },
];
