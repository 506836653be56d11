/** evidence: evidence items and records with files (SM3) and custody, 先行登记保存, the property register (涉案财物). */
export { evidenceRoutes, type EvidenceRouteOptions } from './evidence.routes.ts';
export { evidenceItems, evidenceFiles, evidenceCustodyEvents, evidencePreservations, seizedProperty, seizedPropertyMovements } from './evidence.table.ts';
