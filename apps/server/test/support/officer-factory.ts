/**
 * Officers in a given state, written straight to the tables (CONVENTIONS habit 11: factories named by state), for
 * tests of the roster, the photo and the public check. The bureau's own enforcement subject is created on demand.
 */
import crypto from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { idCardCheckChar, usccCheckChar, type CertificateStatus, type EmploymentType } from '@quanze/domain';
import { createFieldCipher } from '../../src/platform/crypto.ts';
import { posts } from '../../src/modules/org/index.ts';
import { enforcementSubjects } from '../../src/modules/subjects/index.ts';
import { certificateEvents, certificates, officers } from '../../src/modules/officers/officers.table.ts';
import type { TestBureau, TestContext } from './test-app.ts';

let idSeq = 0;
/** A valid 18-digit ID number (GB 11643 check character); without `birth`, unique within the test file. */
export function newIdCardNumber(birth?: string): string {
  const day = birth ?? new Date(Date.UTC(1950, 0, 1) + idSeq++ * 86_400_000).toISOString().slice(0, 10).replaceAll('-', '');
  const first17 = `320102${day}${String(crypto.randomInt(1000)).padStart(3, '0')}`;
  return first17 + idCardCheckChar(first17);
}

/** The same number with a wrong check character. */
export function withBadCheckChar(id: string): string {
  const wrong = '0123456789X'.split('').find((c) => c !== id[17])!;
  return id.slice(0, 17) + wrong;
}

export async function bureauSubject(ctx: TestContext, bureau: TestBureau): Promise<string> {
  const [found] = await ctx.db
    .select({ id: enforcementSubjects.id })
    .from(enforcementSubjects)
    .where(and(eq(enforcementSubjects.bureauId, bureau.id), eq(enforcementSubjects.isBureauItself, true)));
  if (found) return found.id;
  const first17 = `1132${String(crypto.randomInt(1e9)).padStart(9, '0')}MB00`.slice(0, 17);
  const now = ctx.clock.now();
  const [s] = await ctx.db
    .insert(enforcementSubjects)
    .values({
      bureauId: bureau.id,
      name: '测试市司法局',
      creditCode: first17 + usccCheckChar(first17),
      kind: 'statutory',
      status: 'confirmed',
      legalBasis: '《中华人民共和国行政处罚法》第十七条',
      domains: ['LS', 'GZ'],
      isBureauItself: true,
      createdAt: now,
      updatedAt: now,
    })
    .returning({ id: enforcementSubjects.id });
  return s!.id;
}

export async function makePost(ctx: TestContext, bureau: TestBureau, departmentId: string, name: string): Promise<string> {
  const now = ctx.clock.now();
  const [p] = await ctx.db
    .insert(posts)
    .values({ bureauId: bureau.id, departmentId, name, role: 'A', createdAt: now, updatedAt: now })
    .returning({ id: posts.id });
  return p!.id;
}

export interface OfficerSpec {
  name?: string;
  gender?: 'male' | 'female';
  idCardNumber?: string;
  employmentType?: EmploymentType;
  departmentId?: string;
  postId?: string | null;
  userId?: string | null;
  status?: 'active' | 'left';
  legalProfessionQualification?: boolean;
  /** null = no certificate; a status = one certificate in that status (issued ones carry a number). */
  certificate?: CertificateStatus | null;
  certificateNumber?: string;
  categories?: string[];
  areas?: string[];
  validFrom?: string;
  validTo?: string;
  lastReviewedYear?: number | null;
}

export interface MadeOfficer {
  id: string;
  idCardNumber: string;
  certificate: { id: string; number: string | null; checkCode: string } | null;
}

const UNISSUED: readonly CertificateStatus[] = ['applied', 'examPassed'];

export async function makeOfficer(ctx: TestContext, bureau: TestBureau, spec: OfficerSpec = {}): Promise<MadeOfficer> {
  const cipher = createFieldCipher(ctx.dataKey);
  const now = ctx.clock.now();
  const idCardNumber = spec.idCardNumber ?? newIdCardNumber();
  const subjectId = await bureauSubject(ctx, bureau);
  const [o] = await ctx.db
    .insert(officers)
    .values({
      bureauId: bureau.id,
      subjectId,
      departmentId: spec.departmentId ?? bureau.departments.a,
      postId: spec.postId ?? null,
      userId: spec.userId ?? null,
      name: spec.name ?? '张执法',
      gender: spec.gender ?? (Number(idCardNumber[16]) % 2 === 1 ? 'male' : 'female'),
      idCardSealed: cipher.encrypt(idCardNumber),
      idCardIndex: cipher.blindIndex(idCardNumber),
      employmentType: spec.employmentType ?? 'civilServant',
      legalProfessionQualification: spec.legalProfessionQualification ?? false,
      status: spec.status ?? 'active',
      createdAt: now,
      updatedAt: now,
    })
    .returning({ id: officers.id });
  if (!spec.certificate) return { id: o!.id, idCardNumber, certificate: null };
  const issued = !UNISSUED.includes(spec.certificate);
  const number = issued ? (spec.certificateNumber ?? `TZ${crypto.randomBytes(5).toString('hex').toUpperCase()}`) : null;
  const checkCode = crypto.randomBytes(9).toString('base64url');
  const [c] = await ctx.db
    .insert(certificates)
    .values({
      bureauId: bureau.id,
      officerId: o!.id,
      number,
      issuingAuthority: issued ? '测试市人民政府' : null,
      status: spec.certificate,
      categories: spec.categories ?? ['LS'],
      areas: spec.areas ?? ['320100'],
      validFrom: issued ? (spec.validFrom ?? '2024-01-01') : null,
      validTo: issued ? (spec.validTo ?? '2028-12-31') : null,
      lastReviewedYear: spec.lastReviewedYear ?? null,
      checkCode,
      createdAt: now,
      updatedAt: now,
    })
    .returning({ id: certificates.id });
  await ctx.db
    .insert(certificateEvents)
    .values({
      certificateId: c!.id,
      action: 'seed',
      fromStatus: null,
      toStatus: spec.certificate,
      actorId: null,
      actorName: null,
      at: now,
    });
  return { id: o!.id, idCardNumber, certificate: { id: c!.id, number, checkCode } };
}

