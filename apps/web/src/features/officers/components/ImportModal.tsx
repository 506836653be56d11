import { ImportDialog } from '../../../app/import/ImportDialog.tsx';
import { startImport, useCommitImport, useImportReport } from '../api.ts';
import type { ImportReport } from '../types.ts';

/** The report names fields by their code; users know them by the roster's column headings. */
const FIELD_HEADERS: Record<string, string> = {
  name: '姓名',
  gender: '性别',
  idCardNumber: '身份证号码',
  employmentType: '用工性质',
  departmentName: '科室',
  postName: '岗位',
  certificateNumber: '执法证号',
  issuingAuthority: '发证机关',
  categories: '执法类别',
  areas: '执法区域',
  validFrom: '有效期自',
  validTo: '有效期至',
  lastReviewedYear: '最近审验年度',
  certificateStatus: '证件状态',
  trainingHoursThisYear: '本年培训学时',
  legalProfessionQualification: '法律职业资格',
  legalProfessionCertificateNumber: '法律职业资格证书编号',
  education: '学历',
};

/** 导入执法人员名册: the shared import steps (upload → validation with progress → row report → commit) for the roster. */
export function ImportModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const commit = useCommitImport();
  return (
    <ImportDialog<ImportReport, Awaited<ReturnType<typeof commit.mutateAsync>>>
      open={open}
      title="导入执法人员名册"
      hint="格式与“导出名册”相同（可先导出作为模板）；校验完成前不会写入任何数据。"
      jsonAllowed={false}
      unit={() => '行'}
      fieldHeaders={FIELD_HEADERS}
      start={startImport}
      useReport={useImportReport}
      commit={(importId, mode) => commit.mutateAsync({ importId, mode })}
      done={(r) => `已导入 ${r.imported} 行${r.skipped ? `，跳过有错误的 ${r.skipped} 行，可更正后再次导入` : ''}。`}
      onClose={onClose}
    />
  );
}
