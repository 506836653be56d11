/** documents: 执法文书 generated from case data (.docx + HTML preview of one model), listed with their SM3 hash, and the case file (案卷) check. */
export { documentRoutes } from './documents.routes.ts';
export { caseDocuments as caseDocumentsTable } from './documents.table.ts';
// The archive action (cases/commands/archive-preparers.ts) asks for the case-file check.
export { caseFileState, caseFileStateOf } from './document-source.ts';
// 调查终结 (cases/commands/general-preparers.ts) reads the size of the 证据目录.
export { evidenceOfCase } from './document-source.ts';
// The demo seed (seed/demo-cases.ts) generates a demo case's documents through the same command as the API.
export { generateDocument } from './commands/generate-document.ts';
// The bench times decision generation: model → .docx bytes.
export { renderDocx } from './render-docx.ts';
export { renderHtml } from './render-html.ts';

import type { DocumentModel } from '@quanze/domain';
import { renderDocx } from './render-docx.ts';

/** 行政处罚决定书 model → .docx bytes (the bench's unit of work; `at` defaults to the decision's own date). */
export function renderDecisionDocx(model: DocumentModel, at: Date = new Date(0)): Promise<Buffer> {
  return renderDocx(model, at);
}
