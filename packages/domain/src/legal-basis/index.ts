/**
 * The legal-basis library: documents, articles and their versions; whether an article is in force; the guards on a
 * penalty's basis (行政处罚法 第五条、第十六条、第三十八条) and the choice of version (第三十七条); search terms.
 */
export * from './address.ts';
export * from './document.ts';
export * from './article-status.ts';
export * from './penalty-basis.ts';
export * from './applicable-version.ts';
export * from './search.ts';
export * as legalBasisSources from './sources.ts';
