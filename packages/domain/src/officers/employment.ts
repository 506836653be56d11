/** Employment types (用工性质) of officers and who among them may hold an enforcement certificate. */
export const EMPLOYMENT_TYPES = ['civilServant', 'civilServantManaged', 'publicInstitution', 'contract', 'dispatched'] as const;
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];

export const EMPLOYMENT_TYPE_LABELS: Record<EmploymentType, string> = {
  civilServant: '公务员',
  civilServantManaged: '参照公务员法管理人员',
  publicInstitution: '事业编制人员',
  contract: '劳动合同制人员',
  dispatched: '劳务派遣人员',
};
