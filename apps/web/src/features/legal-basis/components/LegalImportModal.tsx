import { startLibraryJson, startLibraryUpload, useCommitLibraryImport, useLibraryImport } from '../api.ts';
import type { LegalImport } from '../types.ts';
import { ImportDialog } from '../../../app/import/ImportDialog.tsx';

/** The report names fields by their code (Excel columns of the library workbook, JSON keys). */
const FIELD_HEADERS: Record<string, string> = {
  title: '文件名称',
  level: '效力级别',
  issuingBody: '制定机关',
  documentNumber: '文号',
  publishedOn: '公布日期',
  effectiveFrom: '施行日期',
  repealedOn: '废止日期',
  note: '备注',
  address: '条款',
  text: '条文内容',
  isPenaltyProvision: '罚则',
  articleRepealedOn: '条文废止日期',
  versionFrom: '版本施行日期',
  versionTo: '版本失效日期',
  versionLabel: '版本名称',
};

/** A JSON file is `{ documents: [...] }` or the array of documents itself. */
async function start(file: File): Promise<{ importId: string }> {
  if (!file.name.toLowerCase().endsWith('.json')) return startLibraryUpload(file);
  let parsed: unknown;
  try {
    parsed = JSON.parse(await file.text());
  } catch {
    throw new Error('JSON 文件格式不正确，无法解析');
  }
  return startLibraryJson(Array.isArray(parsed) ? { documents: parsed } : parsed);
}

export function LegalImportModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const commit = useCommitLibraryImport();
  return (
    <ImportDialog<LegalImport, Awaited<ReturnType<typeof commit.mutateAsync>>>
      open={open}
      title="导入法规库"
      hint="Excel 格式与“导出 Excel”相同（每行一条条文的一个版本）；JSON 为 { documents: [...] }。校验完成前不会写入任何数据。"
      unit={(r) => (r.format === 'xlsx' ? '行' : '条')}
      fieldHeaders={FIELD_HEADERS}
      start={start}
      useReport={useLibraryImport}
      commit={(importId, mode) => commit.mutateAsync({ importId, mode })}
      summary={(r) => `涉及法律文件 ${r.documents} 件。`}
      done={(r) => `已导入法律文件 ${r.documents} 件、条文 ${r.articles} 条${r.skipped ? `，跳过 ${r.skipped} 条` : ''}。`}
      onClose={onClose}
    />
  );
}
