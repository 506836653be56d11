/** evidence: evidence items and records with files (SM3) and custody, 先行登记保存, the property register (涉案财物). */
export { evidenceRoutes, type EvidenceRouteOptions } from './evidence.routes.ts';
export { evidenceItems, evidenceFiles, evidenceCustodyEvents, evidencePreservations, seizedProperty, seizedPropertyMovements } from './evidence.table.ts';
/** The case's evidence items in 证据目录 order (the documents module prints the structured 笔录 among them). */
export { itemsOfCase } from './evidence.repository.ts';
// The demo seed registers evidence through the same command as the API (调查终结 needs a 证据目录).
export { createEvidence } from './commands/create-evidence.ts';
