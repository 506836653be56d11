/**
 * A list version exported as a catalogue: Excel with the import's columns, or JSON shaped like justice-powers.json
 * ({ area, items }), so that either re-imports as the same items. Yuan in the file, fen inside. Audited.
 */
import ExcelJS from 'exceljs';
import { POWER_CATEGORY_SHORT } from '@quanze/domain';
import { appendAudit } from '../../../platform/audit/audit-writer.ts';
import { auditContextOf, type Actor } from '../../../platform/auth/actor.ts';
import type { Deps } from '../../../platform/deps.ts';
import { notFound } from '../../../platform/errors.ts';
import { newSheet } from '../../legal-basis/index.ts';
import { canReadPowers } from '../powers.policy.ts';
import { getList, itemsOfLists, type ItemRow } from '../powers.repository.ts';
import { CATALOGUE_COLUMNS, CATALOGUE_SHEET_NAME, formatBasisCell, VERIFICATION_LABELS, type CatalogueColumnKey } from './catalogue-columns.ts';

const yuan = (fen: number | null | undefined): number | null => (fen === null || fen === undefined ? null : fen / 100);

function asEntry(i: ItemRow) {
  const s = i.sanctions;
  return {
    code: i.code,
    category: POWER_CATEGORY_SHORT[i.category],
    catalogType: i.catalogType,
    name: i.name,
    target: i.target,
    basis: i.basis.map((b) => ({ law: b.law, article: b.article, gist: b.gist })),
    department: i.departmentName,
    level: i.level,
    fineMin: yuan(s?.fineMinFen),
    fineMax: yuan(s?.fineMaxFen),
    fineMultipleOfIllegalIncome: s?.multipleOfIllegalIncome ? [...s.multipleOfIllegalIncome] : null,
    suspensionMonthsMin: s?.suspensionMonthsMin ?? null,
    suspensionMonthsMax: s?.suspensionMonthsMax ?? null,
    otherSanctions: [...(s?.otherSanctions ?? [])],
    hearingEligible: i.hearingEligible,
    hearingCondition: i.hearingCondition,
    verification: i.verification,
    verificationNote: i.verificationNote,
    notes: i.notes,
    enforcementField: i.enforcementField,
    scope: i.scope,
    authority: i.authority,
    standard: i.standard,
    procedure: i.procedure,
    responsibility: i.responsibility,
    accountabilityTriggers: i.accountabilityTriggers,
    statutoryTimeLimit: i.statutoryTimeLimit,
    fees: i.fees,
    supervisionChannel: i.supervisionChannel,
  };
}

export async function exportCatalogue(deps: Deps, actor: Actor, listId: string, format: 'xlsx' | 'json', ip: string | null): Promise<{ body: Buffer; fileName: string; mime: string }> {
  const list = await getList(deps.db, listId);
  if (!list || !canReadPowers(actor, list)) throw notFound('权责清单版本');
  const items = await itemsOfLists(deps.db, [list.id]);
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    await appendAudit(tx, auditContextOf(actor, ip), now, { action: 'power.export', objectType: 'powerList', objectId: list.id, summary: { format, versionNo: list.versionNo, items: items.length } });
  });
  const name = `${CATALOGUE_SHEET_NAME}-第${list.versionNo}版`;
  const area = items[0]?.area ?? '';
  if (format === 'json') return { body: Buffer.from(JSON.stringify({ area, items: items.map(asEntry) }, null, 1)), fileName: `${name}.json`, mime: 'application/json' };
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Quanze 权责';
  wb.created = now;
  const sheet = newSheet(wb, CATALOGUE_SHEET_NAME, CATALOGUE_COLUMNS);
  for (const i of items) {
    const e = asEntry(i);
    const cells: Record<CatalogueColumnKey, string> = {
      code: e.code,
      category: e.category,
      catalogType: e.catalogType,
      name: e.name,
      target: e.target,
      basis: formatBasisCell(e.basis),
      department: e.department,
      level: e.level,
      enforcementField: e.enforcementField,
      fineMin: e.fineMin === null ? '' : String(e.fineMin),
      fineMax: e.fineMax === null ? '' : String(e.fineMax),
      fineMultiple: e.fineMultipleOfIllegalIncome ? e.fineMultipleOfIllegalIncome.join('-') : '',
      suspensionMonthsMin: e.suspensionMonthsMin === null ? '' : String(e.suspensionMonthsMin),
      suspensionMonthsMax: e.suspensionMonthsMax === null ? '' : String(e.suspensionMonthsMax),
      otherSanctions: e.otherSanctions.join('、'),
      hearingEligible: e.hearingEligible ? '是' : '否',
      hearingCondition: e.hearingCondition ?? '',
      scope: e.scope ?? '',
      authority: e.authority ?? '',
      standard: e.standard ?? '',
      procedure: e.procedure ?? '',
      responsibility: e.responsibility ?? '',
      accountabilityTriggers: e.accountabilityTriggers.join('\n'),
      timeLimit: e.statutoryTimeLimit?.text ?? '',
      fees: e.fees ?? '',
      supervisionChannel: e.supervisionChannel ?? '',
      verification: VERIFICATION_LABELS[e.verification],
      verificationNote: e.verificationNote ?? '',
      notes: e.notes,
    };
    sheet.addRow(cells).alignment = { wrapText: true, vertical: 'top' };
  }
  return { body: Buffer.from(await wb.xlsx.writeBuffer()), fileName: `${name}.xlsx`, mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };
}
