/**
 * 执法文书 and the case file: the document kinds of JUSTICE-POWERS.md §5, the document model each generated kind
 * is built into (one model, rendered as .docx and as an HTML preview by the server), the documents a case's path
 * requires and the completeness check archiving rests on (第四十七条), and the window in which each may be made.
 */
export * from './kinds.ts';
export * from './model.ts';
export * from './case-file.ts';
export * from './windows.ts';
export { buildDocumentModel } from './builders/index.ts';
export { chineseDate } from './builders/support.ts';
export * as documentSources from './sources.ts';
