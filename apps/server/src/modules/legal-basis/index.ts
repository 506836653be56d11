/** legal-basis: the library of laws, rules and normative documents, their revisions and articles; search; import. */
export { legalBasisRoutes } from './legal-basis.routes.ts';
export { libraryRoutes } from './library/library.routes.ts';
export { legalArticles, legalArticleVersions, legalDocuments, legalDocumentVersions } from './legal-basis.table.ts';
export { loadLegalArticles, getArticleRow } from './legal-basis.repository.ts';
export { resolveCitations, titleKey, type CitationRef } from './citations.ts';
export { cachedLegalArticles, cachedResolveCitations, followLibraryChanges, invalidateLibraryCache } from './library-cache.ts';
export { searchColumns } from './article-search.ts';
export { cellText, newSheet, parseDateText, readSheet } from './library/workbook.ts';
export { insertLibraryDocuments } from './library/library-import.ts';
export { libraryJsonToRows } from './library/parse-library.ts';
export { validateLibrary } from './library/validate-library.ts';
