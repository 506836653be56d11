/** Labels and options from the domain (one source of the Chinese names). */
import {
  CUSTODY_KIND_LABELS,
  EVIDENCE_KIND_LABELS,
  EVIDENCE_KINDS,
  OBTAINED_HOW,
  OBTAINED_HOW_LABELS,
  PRESERVATION_DECISION_KINDS,
  PRESERVATION_DECISION_LABELS,
  PROPERTY_STATUS_LABELS,
  PROPERTY_STATUSES,
} from '@quanze/domain';

export { CUSTODY_KIND_LABELS, EVIDENCE_KIND_LABELS, OBTAINED_HOW_LABELS, PRESERVATION_DECISION_LABELS, PROPERTY_STATUS_LABELS };

export const evidenceKindOptions = EVIDENCE_KINDS.map((k) => ({ value: k, label: EVIDENCE_KIND_LABELS[k] }));
export const obtainedHowOptions = OBTAINED_HOW.map((k) => ({ value: k, label: OBTAINED_HOW_LABELS[k] }));
export const decisionOptions = PRESERVATION_DECISION_KINDS.map((k) => ({ value: k, label: PRESERVATION_DECISION_LABELS[k] }));
export const propertyStatusOptions = PROPERTY_STATUSES.map((k) => ({ value: k, label: PROPERTY_STATUS_LABELS[k] }));
export const disposalOptions = PROPERTY_STATUSES.filter((s) => s !== 'held').map((k) => ({ value: k, label: PROPERTY_STATUS_LABELS[k].replace(/^已/, '') }));

export const PROPERTY_STATUS_COLORS: Record<string, string> = { held: 'blue', returned: 'green', auctioned: 'gold', destroyed: 'default', handedToTreasury: 'purple' };
export const PRESERVATION_STATUS_COLORS: Record<string, string> = { applied: 'orange', emergency: 'red', approved: 'blue', rejected: 'default', decided: 'green' };
export const MOVEMENT_LABELS: Record<string, string> = { registered: '登记入库', moved: '移库／更换保管人', disposalApproved: '处置审批', disposed: '处置' };
