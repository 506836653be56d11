/** powers: the power list (权责清单) and its versions, the breakdown (职权分解), annual targets, the coverage check. */
export { powerListRoutes } from './power-lists.routes.ts';
export { powerRoutes } from './powers.routes.ts';
export { catalogueRoutes } from './catalogue/catalogue.routes.ts';
export { powers, powerAssignments, powerListItems, powerLists, powerTargets } from './powers.table.ts';
export { coverageCacheFor, type CoverageEntry } from './coverage/coverage-cache.ts';
export { loadCatalogueAsList, type CatalogueLoad } from './catalogue/load-catalogue.ts';
export { inForceLists, itemsOfLists, listsOfBureau, type ItemRow as PowerItemRow, type ListRow as PowerListRow } from './powers.repository.ts';
