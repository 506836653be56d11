/**
 * The tabs of the case detail page below the stage timeline (evidence, documents, deadlines, payments, property,
 * audit). Each bounded context owns its tab component in its own feature folder and adds one entry here, so the
 * case page does not grow with every context.
 */
import type { ReactNode } from 'react';
import type { CaseDetailDto } from '../types.ts';

export interface CaseTab {
  key: string;
  label: string;
  /** Render the tab's content; `detail` is the case as the server presented it (abilities, version, state …). */
  render: (detail: CaseDetailDto) => ReactNode;
}

export const CASE_TABS: CaseTab[] = [];
