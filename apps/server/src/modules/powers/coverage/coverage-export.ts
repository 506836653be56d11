/** The coverage report as an Excel workbook (what the actor sees), for filing and printing; each export is audited. */
import ExcelJS from 'exceljs';
import { citationForDisplay, POWER_CATEGORY_LABELS } from '@quanze/domain';
import { appendAudit } from '../../../platform/audit/audit-writer.ts';
import { auditContextOf, type Actor } from '../../../platform/auth/actor.ts';
import type { Deps } from '../../../platform/deps.ts';
import { newSheet } from '../../legal-basis/index.ts';
import { coverageEntry, filterPowers, scopedReport, type CoverageFilter } from './coverage.queries.ts';

const STATUS_LABELS = { red: '红（不能依法履行或无人负责）', amber: '黄（链条薄弱）', green: '绿' } as const;
const cite = (b: { law: string; article: string }) => citationForDisplay(b);

export async function exportCoverage(deps: Deps, actor: Actor, f: Omit<CoverageFilter, 'page' | 'pageSize'>, ip: string | null): Promise<{ body: Buffer; fileName: string }> {
  const { entry } = await coverageEntry(deps, actor);
  const r = scopedReport(entry, actor);
  const powers = filterPowers(entry, r.powers, f);
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    await appendAudit(tx, auditContextOf(actor, ip), now, { action: 'power.coverage.export', objectType: 'powerCoverage', summary: { date: r.date, powers: powers.length, filter: f } });
  });
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Quanze 权责';
  wb.created = now;
  const main = newSheet(wb, '事项覆盖情况', [
    { key: 'code', header: '事项编码', width: 12 },
    { key: 'name', header: '事项名称', width: 40 },
    { key: 'category', header: '类别', width: 10 },
    { key: 'status', header: '状态', width: 22 },
    { key: 'department', header: '承办科室', width: 18 },
    { key: 'aPosts', header: 'A岗', width: 20 },
    { key: 'bPosts', header: 'B岗', width: 20 },
    { key: 'eligible', header: '可执法人数/至少', width: 14 },
    { key: 'reasons', header: '问题及依据', width: 90 },
  ]);
  for (const p of powers) {
    const power = entry.data.powers.get(p.powerId);
    const postNames = (ids: string[]) => ids.map((id) => entry.data.posts.get(id)?.name ?? '').join('、');
    const row = main.addRow({
      code: p.code,
      name: power?.name ?? '',
      category: power ? POWER_CATEGORY_LABELS[power.category] : '',
      status: STATUS_LABELS[p.status],
      department: p.departmentId ? (entry.data.departmentNames.get(p.departmentId) ?? '') : '',
      aPosts: postNames(p.aPostIds),
      bPosts: postNames(p.bPostIds),
      eligible: `${p.eligibleCount}/${p.required}`,
      reasons: p.reasons.map((x, i) => `${i + 1}. ${x.message}（${cite(x.basis)}）`).join('\n'),
    });
    row.alignment = { wrapText: true, vertical: 'top' };
    row.getCell('status').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: p.status === 'red' ? 'FFF4CCCC' : p.status === 'amber' ? 'FFFFF2CC' : 'FFD9EAD3' } };
  }
  const uncovered = newSheet(wb, '未被事项覆盖的罚则', [
    { key: 'label', header: '条文', width: 40 },
    { key: 'message', header: '说明', width: 80 },
  ]);
  for (const a of r.uncoveredPenaltyArticles) uncovered.addRow({ label: a.label, message: a.message });
  const idle = newSheet(wb, '未承担事项的岗位', [
    { key: 'department', header: '科室', width: 20 },
    { key: 'name', header: '岗位', width: 30 },
    { key: 'message', header: '说明', width: 60 },
  ]);
  for (const p of r.postsWithoutPower) idle.addRow({ department: entry.data.departmentNames.get(p.departmentId) ?? '', name: p.name, message: p.message });
  const people = newSheet(wb, '不具备执法资格的在岗人员', [
    { key: 'name', header: '姓名', width: 12 },
    { key: 'post', header: '岗位', width: 24 },
    { key: 'powers', header: '涉及事项及原因', width: 100 },
  ]);
  for (const o of r.ineligibleOfficers) {
    people.addRow({
      name: o.name,
      post: entry.data.posts.get(o.postId)?.name ?? '',
      powers: o.powers.map((p) => `${p.code}：${p.reasons.map((x) => x.message).join('；')}`).join('\n'),
    }).alignment = { wrapText: true, vertical: 'top' };
  }
  return { body: Buffer.from(await wb.xlsx.writeBuffer()), fileName: `职权覆盖检查-${r.date}.xlsx` };
}
