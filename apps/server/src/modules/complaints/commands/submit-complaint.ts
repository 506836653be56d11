/**
 * 网上提交投诉举报 / 信访 (信访工作条例 第十七条): all or nothing. The fields and every file are checked first; then one
 * transaction counts the contact's recent submissions (the per-contact limit), writes the complaint, its first step,
 * its attachments and the audit row; the files go to the store last, inside the transaction, so a refusal anywhere
 * leaves no row and no file. The tracking code is returned once and kept only as a hash.
 */
import { eq, sql } from 'drizzle-orm';
import {
  compareLocalDate,
  complaintSources,
  maskMobile,
  maskPersonName,
  parseTrackingCode,
  recusalIssue,
  startOfShanghaiDay,
  toLocalDate,
  type LocalDate,
} from '@quanze/domain';
import type { SubmitComplaintFields } from '@quanze/contracts';
import { appendAudit } from '../../../platform/audit/audit-writer.ts';
import { auditContextOf, type Actor } from '../../../platform/auth/actor.ts';
import type { Deps } from '../../../platform/deps.ts';
import { AppError } from '../../../platform/errors.ts';
import type { FileStore, StoredFile } from '../../../platform/files/file-store.ts';
import { bureaus } from '../../org/org.table.ts';
import { nextDueOf } from '../complaint-snapshot.ts';
import { checkedSubjectIds } from '../complaint-subjects.ts';
import type { CheckedFile } from '../complaint-files.ts';
import { complaintConfigOf, complaintFilePolicy } from '../complaints.config.ts';
import { countByContactSince, insertAttachments, insertComplaint, insertStep, personIdsOf, updateComplaint } from '../complaints.repository.ts';
import type { ComplaintRow } from '../complaints.table.ts';
import { hashTrackingCode, newTrackingCode } from '../tracking.ts';
import { citationText } from './citation-text.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/** What the portal form and the console's 登记 have in common. */
export type ComplaintFields = Omit<SubmitComplaintFields, 'bureauId'>;

export interface SubmitInput {
  fields: ComplaintFields;
  bureauId: string;
  files: CheckedFile[];
  ip: string | null;
  /** Defaults: a citizen online, received now. The console's 登记 gives the channel, the date and the clerk. */
  source?: 'online' | 'phone' | 'letter' | 'visit';
  via?: 'direct' | 'transferred';
  receivedOn?: LocalDate;
  actor?: Actor | null;
  /** 被反映人 named by the clerk (officers.id / users.id of this bureau); the portal names none. */
  subjectIds?: readonly string[];
}

export async function submitComplaint(
  deps: Deps,
  store: FileStore,
  input: SubmitInput,
  /** Submissions per phone / e-mail in 24 hours; null for staff registration (no limit). */
  perContactDaily: number | null,
): Promise<{ row: ComplaintRow; trackingCode: string }> {
  const { fields } = input;
  const phone = fields.contactPhone.replace(/-/g, '') || null;
  const email = fields.contactEmail.toLowerCase() || null;
  const index = {
    phone: phone ? deps.cipher.blindIndex(`phone:${phone}`) : null,
    email: email ? deps.cipher.blindIndex(`email:${email}`) : null,
  };
  const trackingCode = newTrackingCode();
  const parsed = parseTrackingCode(trackingCode);
  if (!parsed.ok) throw new Error('generated tracking code does not parse');
  const config = await complaintConfigOf(deps, input.bureauId);

  const row = await deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const [bureau] = await tx.select({ id: bureaus.id }).from(bureaus).where(eq(bureaus.id, input.bureauId));
    if (!bureau) throw new AppError('VALIDATION_FAILED', '受理机关不存在', { fieldErrors: { bureauId: ['受理机关不存在'] } });
    // Serialise submissions per contact so two parallel posts cannot both slip under the limit.
    for (const key of [index.phone, index.email]) if (key) await tx.execute(sqlLock(key));
    const recent = perContactDaily === null ? 0 : await countByContactSince(tx, index, new Date(now.getTime() - DAY_MS));
    if (perContactDaily !== null && recent >= perContactDaily) {
      throw new AppError(
        'RATE_LIMITED',
        `同一手机号或电子邮箱24小时内最多提交${perContactDaily}件，请勿重复提交；已提交的事项可凭查询码查询办理进度`,
      );
    }
    const today = toLocalDate(now);
    const receivedOn = input.receivedOn ?? today;
    if (compareLocalDate(receivedOn, today) > 0) {
      throw new AppError('VALIDATION_FAILED', '收到日期不能晚于今天', { fieldErrors: { receivedOn: ['不能晚于今天'] } });
    }
    // A letter logged days after it arrived is dated by its arrival; clocks run from receivedOn either way.
    const receivedAt = receivedOn === today ? now : startOfShanghaiDay(receivedOn);
    const source = input.source ?? 'online';
    const actor = input.actor ?? null;
    const actorName = actor ? actor.displayName : '信访人（网上提交）';
    const subjectIds = await checkedSubjectIds(tx, input.bureauId, input.subjectIds ?? []);
    // A clerk does not register a complaint about themselves (回避, 第二十八条第三款): they could not see it afterwards
    // (第三十条第三款) — someone else registers it.
    const clerkRecusal = actor && subjectIds.length ? recusalIssue(subjectIds, await personIdsOf(tx, actor.userId), 'actor') : null;
    if (clerkRecusal) throw new AppError(clerkRecusal.code, clerkRecusal.reason, { basis: clerkRecusal.basis });
    const inserted = await insertComplaint(tx, {
      bureauId: input.bureauId,
      kind: fields.kind,
      category: fields.category,
      source,
      via: input.via ?? 'direct',
      contactNameSealed: deps.cipher.encrypt(fields.contactName),
      contactNameMasked: maskPersonName(fields.contactName),
      contactPhoneSealed: phone ? deps.cipher.encrypt(phone) : null,
      contactPhoneMasked: phone ? maskMobile(phone) : null,
      contactPhoneIndex: index.phone,
      contactEmailSealed: email ? deps.cipher.encrypt(email) : null,
      contactEmailIndex: index.email,
      contactAddressSealed: fields.contactAddress ? deps.cipher.encrypt(fields.contactAddress) : null,
      about: fields.about,
      subjectOfficerIds: subjectIds,
      subject: fields.subject,
      body: fields.text,
      state: 'received',
      trackingCodeHash: hashTrackingCode(parsed.value),
      receivedAt,
      receivedOn,
      createdAt: now,
      updatedAt: now,
    });
    // The notice clock runs from receipt (第二十三条第二款): store its due date for the queue.
    const withDue = (await updateComplaint(tx, inserted.id, inserted.version, { nextDueOn: nextDueOf(inserted, config) }))!;
    const step = await insertStep(tx, {
      complaintId: inserted.id,
      action: actor ? 'register' : 'submit',
      fromState: 'received',
      toState: 'received',
      actorId: actor?.userId ?? null,
      actorName,
      at: now,
      on: receivedOn,
      payload: {
        kind: fields.kind,
        category: fields.category,
        source,
        via: input.via ?? 'direct',
        attachments: input.files.length,
        ...(subjectIds.length ? { subjectPersonIds: subjectIds } : {}),
      },
      basis: citationText(complaintSources.XF_CHANNELS),
      warnings: [],
    });
    const stored: StoredFile[] = [];
    for (const f of input.files) stored.push(await store.put(f.buf, { policy: complaintFilePolicy, name: f.fileName }));
    await insertAttachments(
      tx,
      input.files.map((f, i) => ({
        complaintId: inserted.id,
        sm3: stored[i]!.id,
        fileName: f.fileName,
        mime: f.mime,
        size: f.size,
        uploadedAt: now,
      })),
    );
    const ctx = actor
      ? auditContextOf(actor, input.ip)
      : { actorId: null, actorName: '公众（网上提交）', bureauId: input.bureauId, ip: input.ip };
    await appendAudit(tx, ctx, now, {
      action: actor ? 'complaint.register' : 'complaint.submit',
      objectType: 'complaint',
      objectId: inserted.id,
      summary: {
        stepId: step.id,
        kind: fields.kind,
        category: fields.category,
        source,
        receivedOn,
        attachments: stored.map((s) => s.id),
        ...(subjectIds.length ? { subjectPersonIds: subjectIds } : {}),
      },
      basis: complaintSources.XF_CHANNELS,
    });
    return withDue;
  });
  return { row, trackingCode };
}

const sqlLock = (key: string) => sql`select pg_advisory_xact_lock(hashtext(${`complaint-contact:${key}`}))`;
