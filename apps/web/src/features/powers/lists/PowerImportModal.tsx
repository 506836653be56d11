import { Form, Input } from 'antd';
import { useState } from 'react';
import { ImportDialog } from '../../../app/import/ImportDialog.tsx';
import { startCatalogueJson, startCatalogueUpload, useCatalogueImport, useCommitCatalogueImport } from '../api.ts';
import type { CommitPowerImportResponse, PowerImport } from '../types.ts';

/** Column headings of the 权责清单 workbook, by field code (catalogue-columns.ts on the server). */
const FIELD_HEADERS: Record<string, string> = {
  code: '事项编码',
  category: '职权类别',
  catalogType: '职权类型',
  name: '事项名称',
  target: '实施对象',
  basis: '执法依据',
  department: '承办科室',
  level: '决定层级',
  enforcementField: '执法类别',
  fineMin: '罚款下限（元）',
  fineMax: '罚款上限（元）',
  fineMultiple: '违法所得倍数',
  suspensionMonthsMin: '停业/停止执业下限（月）',
  suspensionMonthsMax: '停业/停止执业上限（月）',
  otherSanctions: '其他处罚种类',
  hearingEligible: '可申请听证',
  hearingCondition: '听证条件',
  scope: '执法范围',
  authority: '执法权限',
  standard: '执法标准',
  procedure: '执法程序',
  responsibility: '责任事项',
  accountabilityTriggers: '追责情形',
  timeLimit: '法定时限',
  fees: '收费依据及标准',
  supervisionChannel: '监督投诉渠道',
  verification: '核实状态',
  verificationNote: '核实说明',
  notes: '备注',
  row: '整行',
  item: '事项',
};

/** 导入权责清单 into a draft: Excel (the export's format) or JSON (justice-powers.json: an array, or { area, items }). */
export function PowerImportModal({ listId, open, onClose }: { listId: string; open: boolean; onClose: () => void }) {
  const commit = useCommitCatalogueImport();
  const [area, setArea] = useState('320100');

  const start = async (file: File) => {
    if (!file.name.toLowerCase().endsWith('.json')) return startCatalogueUpload(listId, area.trim(), file);
    let parsed: unknown;
    try {
      parsed = JSON.parse(await file.text());
    } catch {
      throw new Error('JSON 文件格式不正确，无法解析');
    }
    const items = Array.isArray(parsed) ? parsed : ((parsed as { items?: unknown[] }).items ?? []);
    const fileArea = Array.isArray(parsed) ? undefined : (parsed as { area?: string }).area;
    return startCatalogueJson(listId, { area: fileArea ?? area.trim(), items });
  };

  return (
    <ImportDialog<PowerImport, CommitPowerImportResponse>
      open={open}
      title="导入权责清单"
      hint="Excel 格式与“导出 Excel”相同；JSON 可为事项数组（同 justice-powers.json）或 { area, items }。编码已在草稿中的事项将被更新。"
      before={
        <Form layout="inline" style={{ marginBottom: 12 }}>
          <Form.Item label="执法区域（行政区划代码）" required>
            <Input value={area} onChange={(e) => setArea(e.target.value)} maxLength={32} style={{ width: 140 }} data-testid="import-area" />
          </Form.Item>
        </Form>
      }
      ready={area.trim() !== ''}
      unit={(r) => (r.format === 'xlsx' ? '行' : '项')}
      fieldHeaders={FIELD_HEADERS}
      start={start}
      useReport={useCatalogueImport}
      commit={(importId, mode) => commit.mutateAsync({ importId, mode })}
      summary={(r) => (r.unlinkedBases ? `${r.unlinkedBases} 处执法依据未能关联法规库条文（不影响导入，覆盖检查中显示为黄色）。` : null)}
      done={(r) => `新增 ${r.added} 项，更新 ${r.updated} 项${r.skipped ? `，跳过 ${r.skipped} 项` : ''}。`}
      onClose={onClose}
    />
  );
}
