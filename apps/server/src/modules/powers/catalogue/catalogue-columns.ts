/**
 * The columns of a power-catalogue workbook (权责清单): one row per item, the fields of justice-powers.json plus
 * the 五要素. Export writes them and import reads them, so an export re-imports as the same catalogue. Money is
 * in yuan in the file (as catalogues are published) and fen inside.
 */
export const CATALOGUE_SHEET_NAME = '权责清单';

export const CATALOGUE_COLUMNS = [
  { key: 'code', header: '事项编码', width: 12, required: true },
  { key: 'category', header: '职权类别', width: 10, required: true },
  { key: 'catalogType', header: '职权类型', width: 16, required: false },
  { key: 'name', header: '事项名称', width: 40, required: true },
  { key: 'target', header: '实施对象', width: 16, required: false },
  { key: 'basis', header: '执法依据', width: 60, required: true },
  { key: 'department', header: '承办科室', width: 18, required: false },
  { key: 'level', header: '决定层级', width: 24, required: false },
  { key: 'enforcementField', header: '执法类别', width: 10, required: false },
  { key: 'fineMin', header: '罚款下限（元）', width: 12, required: false },
  { key: 'fineMax', header: '罚款上限（元）', width: 12, required: false },
  { key: 'fineMultiple', header: '违法所得倍数', width: 12, required: false },
  { key: 'suspensionMonthsMin', header: '停业/停止执业下限（月）', width: 12, required: false },
  { key: 'suspensionMonthsMax', header: '停业/停止执业上限（月）', width: 12, required: false },
  { key: 'otherSanctions', header: '其他处罚种类', width: 24, required: false },
  { key: 'hearingEligible', header: '可申请听证', width: 10, required: false },
  { key: 'hearingCondition', header: '听证条件', width: 30, required: false },
  { key: 'scope', header: '执法范围', width: 30, required: false },
  { key: 'authority', header: '执法权限', width: 30, required: false },
  { key: 'standard', header: '执法标准', width: 30, required: false },
  { key: 'procedure', header: '执法程序', width: 30, required: false },
  { key: 'responsibility', header: '责任事项', width: 30, required: false },
  { key: 'accountabilityTriggers', header: '追责情形', width: 30, required: false },
  { key: 'timeLimit', header: '法定时限', width: 20, required: false },
  { key: 'fees', header: '收费依据及标准', width: 16, required: false },
  { key: 'supervisionChannel', header: '监督投诉渠道', width: 20, required: false },
  { key: 'verification', header: '核实状态', width: 10, required: false },
  { key: 'verificationNote', header: '核实说明', width: 30, required: false },
  { key: 'notes', header: '备注', width: 30, required: false },
] as const;

export type CatalogueColumnKey = (typeof CATALOGUE_COLUMNS)[number]['key'];
export type CatalogueRecord = Record<CatalogueColumnKey, string>;

export const catalogueHeaderOf = (key: string): string => CATALOGUE_COLUMNS.find((c) => c.key === key)?.header ?? key;

export function catalogueColumnOfHeader(header: string): CatalogueColumnKey | null {
  const h = header.replace(/\s+/g, '');
  return CATALOGUE_COLUMNS.find((c) => c.header === h)?.key ?? null;
}

export const VERIFICATION_LABELS = { verified: '已核实', partial: '部分核实', unverified: '未核实' } as const;

/** "《律师法》第四十七条第（一）项：要点" per line ⇄ the basis list. */
export function formatBasisCell(basis: readonly { law: string; article: string; gist: string }[]): string {
  return basis.map((b) => `《${b.law}》${b.article}${b.gist ? `：${b.gist}` : ''}`).join('\n');
}

export function parseBasisCell(text: string): { ok: true; basis: { law: string; article: string; gist: string }[] } | { ok: false; reason: string } {
  const basis = [];
  for (const line of text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean)) {
    const m = /^《(.+?)》([^：:]*)(?:[：:](.*))?$/.exec(line);
    if (!m || !m[2]!.trim()) return { ok: false, reason: `“${line}”应写作“《法律文件名称》条款：要点”，每行一条` };
    basis.push({ law: m[1]!.trim(), article: m[2]!.trim(), gist: (m[3] ?? '').trim() });
  }
  return basis.length ? { ok: true, basis } : { ok: false, reason: '未填写' };
}

/** "20日内作出决定（工作日）" ⇄ { days, dayType, text }: the first number is the days; 工作日 marks working days. */
export function parseTimeLimit(text: string): { days: number | null; dayType: 'workingDays' | 'calendarDays'; text: string } | null {
  if (!text) return null;
  const m = /(\d+)\s*(个)?(工作日|日|天)/.exec(text);
  return { days: m ? Number(m[1]) : null, dayType: m?.[3] === '工作日' || text.includes('工作日') ? 'workingDays' : 'calendarDays', text };
}
