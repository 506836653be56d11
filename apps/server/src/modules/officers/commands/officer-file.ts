/**
 * Changes to an officer's file: edit, leave, training, rewards and discipline, integrity commitments. Each is one
 * mutateOfficer call — one transaction with its history and audit rows — so they share a file.
 */
import { and, eq } from 'drizzle-orm';
import { DISCIPLINE_KINDS } from '@quanze/domain';
import type { Actor } from '../../../platform/auth/actor.ts';
import type { Deps } from '../../../platform/deps.ts';
import { AppError } from '../../../platform/errors.ts';
import { today } from '../officers.config.ts';
import { mutateOfficer } from '../officers.mutation.ts';
import { integrityCommitments, officerRecords, officers, trainings } from '../officers.table.ts';
import { checkOfficerReferences, type OfficerInput } from './create-officer.ts';

type Ip = string | null;
const PLAIN_FIELDS = ['name', 'gender', 'employmentType', 'departmentId', 'postId', 'subjectId', 'userId', 'legalProfessionQualification', 'legalProfessionCertificateNumber', 'education'] as const;

export function updateOfficer(deps: Deps, actor: Actor, id: string, input: Partial<OfficerInput> & { version: number; changeReason?: string | undefined }, ip: Ip) {
  return mutateOfficer(deps, actor, id, ip, {
    action: 'officer.update',
    version: input.version,
    apply: async (tx, o) => {
      await checkOfficerReferences(tx, actor, { ...input, departmentId: input.departmentId ?? (input.postId ? (o.departmentId ?? undefined) : undefined) });
      const set: Partial<typeof officers.$inferInsert> = {};
      const changes: Record<string, unknown> = {};
      for (const f of PLAIN_FIELDS) {
        const next = input[f];
        if (next !== undefined && next !== o[f]) {
          changes[f] = { before: o[f], after: next };
          (set as Record<string, unknown>)[f] = next;
        }
      }
      if (input.idCardNumber !== undefined) {
        const index = deps.cipher.blindIndex(input.idCardNumber);
        if (index !== o.idCardIndex) {
          const [dup] = await tx.select({ id: officers.id }).from(officers).where(and(eq(officers.bureauId, o.bureauId), eq(officers.idCardIndex, index)));
          if (dup) throw new AppError('DUPLICATE', '该身份证号码的执法人员已存在', { fieldErrors: { idCardNumber: ['该身份证号码的执法人员已存在'] } });
          set.idCardSealed = deps.cipher.encrypt(input.idCardNumber.toUpperCase());
          set.idCardIndex = index;
          changes['idCardNumber'] = { changed: true }; // named, never stored in clear
        }
      }
      if (input.changeReason) changes['reason'] = input.changeReason;
      return { set, changes, result: undefined };
    },
  });
}

export function officerLeaves(deps: Deps, actor: Actor, id: string, reason: string, version: number, ip: Ip) {
  return mutateOfficer(deps, actor, id, ip, {
    action: 'officer.leave',
    version,
    apply: async (_tx, o) => ({ set: { status: 'left', statusReason: reason }, changes: { status: { before: o.status, after: 'left' }, reason }, result: undefined }),
  });
}

export interface TrainingInput {
  course: string;
  hours: number;
  date: string;
  examScore?: number | null | undefined;
  provider?: string | null | undefined;
}

export function addTraining(deps: Deps, actor: Actor, id: string, t: TrainingInput, ip: Ip) {
  return mutateOfficer(deps, actor, id, ip, {
    action: 'officer.training_add',
    version: null,
    apply: async (tx, o, now) => {
      if (t.date > today(deps.clock)) {
        throw new AppError('VALIDATION_FAILED', '培训日期不能晚于今天', { fieldErrors: { date: ['培训日期不能晚于今天'] } });
      }
      await tx.insert(trainings).values({ officerId: o.id, course: t.course, hours: t.hours, trainedOn: t.date, examScore: t.examScore ?? null, provider: t.provider ?? null, createdAt: now });
      return { changes: { training: { course: t.course, hours: t.hours, date: t.date } }, result: undefined };
    },
  });
}

export interface RecordInput {
  type: 'reward' | 'discipline';
  kind: string;
  title: string;
  decidedOn: string;
  endsOn?: string | null | undefined;
  issuedBy?: string | null | undefined;
}

export function addRecord(deps: Deps, actor: Actor, id: string, r: RecordInput, ip: Ip) {
  if (r.type === 'discipline' && !(DISCIPLINE_KINDS as readonly string[]).includes(r.kind)) {
    throw new AppError('VALIDATION_FAILED', '处分种类不正确', { fieldErrors: { kind: ['处分种类应为警告、记过、记大过、降级、撤职、开除或被追究刑事责任'] } });
  }
  if (r.endsOn && r.endsOn < r.decidedOn) throw new AppError('VALIDATION_FAILED', '处分期满日不能早于决定日', { fieldErrors: { endsOn: ['处分期满日不能早于决定日'] } });
  return mutateOfficer(deps, actor, id, ip, {
    action: r.type === 'reward' ? 'officer.reward_add' : 'officer.discipline_add',
    version: null,
    apply: async (tx, o, now) => {
      await tx.insert(officerRecords).values({ officerId: o.id, type: r.type, kind: r.kind, title: r.title, decidedOn: r.decidedOn, endsOn: r.endsOn ?? null, issuedBy: r.issuedBy ?? null, createdAt: now });
      return { changes: { record: { type: r.type, kind: r.kind, title: r.title, decidedOn: r.decidedOn } }, result: undefined };
    },
  });
}

export function rescindRecord(deps: Deps, actor: Actor, id: string, recordId: string, reason: string, ip: Ip) {
  return mutateOfficer(deps, actor, id, ip, {
    action: 'officer.record_rescind',
    version: null,
    apply: async (tx, o) => {
      const [rec] = await tx.select().from(officerRecords).where(and(eq(officerRecords.id, recordId), eq(officerRecords.officerId, o.id)));
      if (!rec) throw new AppError('NOT_FOUND', '记录不存在或无权查看');
      if (rec.rescinded) throw new AppError('CONFLICT', '该记录已撤销');
      await tx.update(officerRecords).set({ rescinded: true, rescindReason: reason }).where(eq(officerRecords.id, rec.id));
      return { changes: { record: { id: rec.id, title: rec.title, rescinded: true }, reason }, result: undefined };
    },
  });
}

export function addCommitment(deps: Deps, actor: Actor, id: string, c: { year: number; signedOn: string; content: string }, ip: Ip) {
  return mutateOfficer(deps, actor, id, ip, {
    action: 'officer.commitment_add',
    version: null,
    apply: async (tx, o, now) => {
      await tx.insert(integrityCommitments).values({ officerId: o.id, year: c.year, signedOn: c.signedOn, content: c.content, createdAt: now });
      return { changes: { commitment: { year: c.year, signedOn: c.signedOn } }, result: undefined };
    },
  });
}
