/**
 * A new officer file. `insertOfficer` is also what the roster import calls for each row, inside its one transaction.
 */
import { and, eq } from 'drizzle-orm';
import { isValidIdCardNumber, type EmploymentType } from '@quanze/domain';
import { appendAudit } from '../../../platform/audit/audit-writer.ts';
import { auditContextOf, inScope, type Actor } from '../../../platform/auth/actor.ts';
import { randomToken } from '../../../platform/crypto.ts';
import type { Tx } from '../../../platform/db.ts';
import type { Deps } from '../../../platform/deps.ts';
import { AppError } from '../../../platform/errors.ts';
import { departments, posts } from '../../org/index.ts';
import { enforcementSubjects } from '../../subjects/index.ts';
import { recordOfficerChange } from '../officers.mutation.ts';
import { officers } from '../officers.table.ts';

export interface OfficerInput {
  name: string;
  gender: 'male' | 'female';
  idCardNumber: string;
  employmentType: EmploymentType;
  departmentId: string;
  postId?: string | null | undefined;
  subjectId?: string | undefined;
  userId?: string | null | undefined;
  legalProfessionQualification?: boolean | undefined;
  legalProfessionCertificateNumber?: string | null | undefined;
  education?: string | null | undefined;
}

const invalid = (field: string, message: string) => new AppError('VALIDATION_FAILED', message, { fieldErrors: { [field]: [message] } });

/** Checks the references of an officer row against the actor's bureau and scope; returns the subject id to use. */
export async function checkOfficerReferences(tx: Tx, actor: Actor, input: Partial<OfficerInput>): Promise<string | undefined> {
  if (input.idCardNumber !== undefined && !isValidIdCardNumber(input.idCardNumber)) throw invalid('idCardNumber', '身份证号码校验位不正确');
  if (input.departmentId !== undefined) {
    const [d] = await tx.select().from(departments).where(eq(departments.id, input.departmentId));
    if (!d || d.bureauId !== actor.bureauId || d.status !== 'active') throw invalid('departmentId', '科室不存在');
    if (!inScope(actor, { bureauId: d.bureauId, departmentId: d.id, ownerId: null })) throw invalid('departmentId', '只能管理本科室的执法人员');
  }
  if (input.postId) {
    const [p] = await tx.select().from(posts).where(eq(posts.id, input.postId));
    if (!p || p.bureauId !== actor.bureauId || p.status !== 'active') throw invalid('postId', '岗位不存在');
    if (input.departmentId !== undefined && p.departmentId !== input.departmentId) throw invalid('postId', '岗位不属于所选科室');
  }
  if (input.subjectId !== undefined) {
    const [s] = await tx.select().from(enforcementSubjects).where(eq(enforcementSubjects.id, input.subjectId));
    if (!s || s.bureauId !== actor.bureauId) throw invalid('subjectId', '执法主体不存在');
    return s.id;
  }
  const [own] = await tx
    .select({ id: enforcementSubjects.id })
    .from(enforcementSubjects)
    .where(and(eq(enforcementSubjects.bureauId, actor.bureauId), eq(enforcementSubjects.isBureauItself, true)));
  return own?.id;
}

export async function insertOfficer(tx: Tx, deps: Pick<Deps, 'cipher'>, actor: Actor, input: OfficerInput, now: Date): Promise<string> {
  const subjectId = await checkOfficerReferences(tx, actor, input);
  if (!subjectId) throw new AppError('CONFLICT', '本局尚未登记为执法主体，请先在“执法主体”中登记');
  const idCardIndex = deps.cipher.blindIndex(input.idCardNumber);
  const [dup] = await tx.select({ id: officers.id }).from(officers).where(and(eq(officers.bureauId, actor.bureauId), eq(officers.idCardIndex, idCardIndex)));
  if (dup) throw new AppError('DUPLICATE', '该身份证号码的执法人员已存在', { fieldErrors: { idCardNumber: ['该身份证号码的执法人员已存在'] }, details: { officerId: dup.id } });
  const [row] = await tx
    .insert(officers)
    .values({
      bureauId: actor.bureauId,
      subjectId,
      departmentId: input.departmentId,
      postId: input.postId ?? null,
      userId: input.userId ?? null,
      name: input.name,
      gender: input.gender,
      idCardSealed: deps.cipher.encrypt(input.idCardNumber.toUpperCase()),
      idCardIndex,
      employmentType: input.employmentType,
      legalProfessionQualification: input.legalProfessionQualification ?? false,
      legalProfessionCertificateNumber: input.legalProfessionCertificateNumber ?? null,
      education: input.education ?? null,
      createdAt: now,
      updatedAt: now,
    })
    .returning({ id: officers.id });
  const changes = { created: { name: input.name, departmentId: input.departmentId, employmentType: input.employmentType } };
  await recordOfficerChange(tx, actor, row!.id, 'officer.create', changes, now);
  return row!.id;
}

export async function createOfficer(deps: Deps, actor: Actor, input: OfficerInput, ip: string | null): Promise<string> {
  if (!actor.permissions.has('officer:manage') || actor.scope === 'self') throw new AppError('FORBIDDEN', '没有管理执法人员档案的权限');
  return deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const id = await insertOfficer(tx, deps, actor, input, now);
    await appendAudit(tx, auditContextOf(actor, ip), now, { action: 'officer.create', objectType: 'officer', objectId: id, summary: { name: input.name, departmentId: input.departmentId } });
    return id;
  });
}

/** Random, so a QR URL cannot be derived from the certificate number. */
export const newCheckCode = (): string => randomToken(9);
