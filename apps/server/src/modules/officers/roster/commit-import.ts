/**
 * Roster import, step 3: write the validated rows in ONE transaction — every officer (through insertOfficer, with
 * its history row), its certificate and certificate event, the import record and one summary audit row — or
 * nothing at all. 'all' is refused while any row has an error; 'validOnly' writes exactly the valid rows.
 * What changed since validation (a number taken, a department closed) is checked again here and refuses the
 * whole commit, naming the row.
 */
import { appendAudit } from '../../../platform/audit/audit-writer.ts';
import { auditContextOf, type Actor } from '../../../platform/auth/actor.ts';
import type { Tx } from '../../../platform/db.ts';
import type { Deps } from '../../../platform/deps.ts';
import { AppError, notFound } from '../../../platform/errors.ts';
import { insertOfficer, newCheckCode } from '../commands/create-officer.ts';
import { certificateEvents, certificates } from '../officers.table.ts';
import type { ImportRow } from './imports.table.ts';
import { existingCertificateNumbers, existingIdCardIndexes, getImport, updateImport } from './roster.queries.ts';
import { assertMayImport } from './start-import.ts';

const changedSince = (row: number, what: string) =>
  new AppError('IMPORT_HAS_ERRORS', `第 ${row} 行：${what}（名册校验之后数据已发生变化）；未导入任何数据，请重新上传名册`, {
    details: { row },
  });

async function recheck(tx: Tx, bureauId: string, rows: readonly ImportRow[]): Promise<void> {
  const ids = await existingIdCardIndexes(
    tx,
    bureauId,
    rows.map((r) => r.idCardIndex),
  );
  const numbers = await existingCertificateNumbers(
    tx,
    rows.flatMap((r) => (r.certificate?.number ? [r.certificate.number] : [])),
  );
  for (const r of rows) {
    if (ids.has(r.idCardIndex)) throw changedSince(r.row, '该身份证号码的执法人员已存在');
    if (r.certificate?.number && numbers.has(r.certificate.number)) throw changedSince(r.row, `执法证号“${r.certificate.number}”已被使用`);
  }
}

const BATCH = 500;

/** The certificates of the imported officers, with one 'import' event each, in batches. */
async function insertImportedCertificates(
  tx: Tx,
  actor: Actor,
  imported: readonly { officerId: string; r: ImportRow }[],
  importId: string,
  now: Date,
): Promise<void> {
  const withCertificate = imported.filter((x) => x.r.certificate);
  for (let i = 0; i < withCertificate.length; i += BATCH) {
    const part = withCertificate.slice(i, i + BATCH);
    const rows = await tx
      .insert(certificates)
      .values(
        part.map(({ officerId, r }) => {
          const c = r.certificate!;
          return {
            bureauId: actor.bureauId,
            officerId,
            number: c.number,
            issuingAuthority: c.issuingAuthority,
            status: c.status,
            categories: c.categories,
            areas: c.areas,
            validFrom: c.validFrom,
            validTo: c.validTo,
            lastReviewedYear: c.lastReviewedYear,
            checkCode: newCheckCode(),
            createdAt: now,
            updatedAt: now,
          };
        }),
      )
      .returning({ id: certificates.id, officerId: certificates.officerId, status: certificates.status });
    const rowOf = new Map(part.map((x) => [x.officerId, x.r.row]));
    await tx.insert(certificateEvents).values(
      rows.map((c) => ({
        certificateId: c.id,
        action: 'import',
        fromStatus: null,
        toStatus: c.status,
        reason: '执法人员名册导入',
        details: { importId, row: rowOf.get(c.officerId) },
        actorId: actor.userId,
        actorName: actor.displayName,
        at: now,
      })),
    );
  }
}

export async function commitImport(
  deps: Deps,
  actor: Actor,
  importId: string,
  mode: 'all' | 'validOnly',
  ip: string | null,
): Promise<{ imported: number; skipped: number }> {
  assertMayImport(actor);
  return deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const imp = await getImport(tx, importId, true);
    if (!imp || imp.bureauId !== actor.bureauId || imp.actorId !== actor.userId) throw notFound('导入记录');
    if (imp.status === 'committed') throw new AppError('IMPORT_NOT_READY', '该名册已导入，不能重复导入');
    if (imp.status !== 'validated')
      throw new AppError('IMPORT_NOT_READY', imp.status === 'failed' ? '该名册无法读取，请修改后重新上传' : '名册仍在校验中，请稍候');
    const skipped = imp.total - imp.valid;
    if (mode === 'all' && skipped > 0) {
      throw new AppError('IMPORT_HAS_ERRORS', `名册中有 ${skipped} 行存在错误，未导入任何数据；请改正后重新上传，或选择“仅导入无误的行”`, {
        details: { invalidRows: skipped },
      });
    }
    const rows = imp.rows ?? [];
    if (rows.length === 0) throw new AppError('IMPORT_HAS_ERRORS', '名册中没有无误的行，未导入任何数据');
    await recheck(tx, actor.bureauId, rows);
    const imported: { officerId: string; r: ImportRow }[] = [];
    for (const r of rows) {
      try {
        const officerId = await insertOfficer(
          tx,
          deps,
          actor,
          {
            name: r.name,
            gender: r.gender,
            idCardNumber: deps.cipher.decrypt(r.idCardSealed),
            employmentType: r.employmentType,
            departmentId: r.departmentId,
            postId: r.postId,
            legalProfessionQualification: r.legalProfessionQualification,
            legalProfessionCertificateNumber: r.legalProfessionCertificateNumber,
            education: r.education,
          },
          now,
        );
        imported.push({ officerId, r });
      } catch (err) {
        if (err instanceof AppError) throw changedSince(r.row, err.message);
        throw err;
      }
    }
    await insertImportedCertificates(tx, actor, imported, importId, now);
    // The sealed ID numbers have served their purpose: keep the report, drop the rows.
    await updateImport(tx, importId, { status: 'committed', imported: rows.length, rows: null, updatedAt: now });
    await appendAudit(tx, auditContextOf(actor, ip), now, {
      action: 'officer.import.commit',
      objectType: 'officerImport',
      objectId: importId,
      summary: { fileName: imp.fileName, mode, imported: rows.length, skipped, withCertificate: rows.filter((r) => r.certificate).length },
    });
    return { imported: rows.length, skipped };
  });
}
