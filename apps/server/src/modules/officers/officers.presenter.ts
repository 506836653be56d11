import type { z } from 'zod';
import type { CertificateDto, OfficerDetailDto, OfficerSummaryDto } from '@quanze/contracts';
import { certificateAlerts, maskIdCardNumber, nextReviewDue, trainingHoursMinimumFor, type Certificate, type CertificateStatus } from '@quanze/domain';
import type { Actor } from '../../platform/auth/actor.ts';
import type { FieldCipher } from '../../platform/crypto.ts';
import { officerRules } from './officers.config.ts';
import { certificateAbilities, officerAbilities } from './officers.policy.ts';
import type { CertificateRow, OfficerWithNames, detailParts, eventsOf } from './officers.repository.ts';

export const toDomainCertificate = (c: CertificateRow): Certificate => ({
  id: c.id,
  number: c.number,
  issuingAuthority: c.issuingAuthority,
  status: c.status,
  categories: c.categories,
  areas: c.areas,
  validFrom: c.validFrom,
  validTo: c.validTo,
  lastReviewedYear: c.lastReviewedYear,
});

/** The URL printed as a QR code on the certificate: number plus an unguessable check code. */
export const checkUrlOf = (c: CertificateRow): string | null =>
  c.number ? `/portal/certificates/check?n=${encodeURIComponent(c.number)}&c=${encodeURIComponent(c.checkCode)}` : null;

type Events = Awaited<ReturnType<typeof eventsOf>>;

export function presentCertificate(actor: Actor, officer: OfficerWithNames, c: CertificateRow, today: string, events: Events): z.infer<typeof CertificateDto> {
  const d = toDomainCertificate(c);
  return {
    id: c.id,
    officerId: c.officerId,
    number: c.number,
    issuingAuthority: c.issuingAuthority,
    status: d.status,
    categories: c.categories,
    areas: c.areas,
    validFrom: c.validFrom,
    validTo: c.validTo,
    lastReviewedYear: c.lastReviewedYear,
    nextReviewDue: d.status === 'valid' || d.status === 'reviewFailed' || d.status === 'suspended' ? nextReviewDue(d, officerRules) : null,
    alerts: certificateAlerts(d, today, officerRules),
    checkUrl: checkUrlOf(c),
    events: (events.get(c.id) ?? []).map((e) => ({
      action: e.action,
      from: (e.fromStatus as CertificateStatus | null) ?? null,
      to: e.toStatus as CertificateStatus,
      reason: e.reason,
      actorName: e.actorName,
      at: e.at.toISOString(),
    })),
    version: c.version,
    abilities: certificateAbilities(actor, officer, c),
  };
}

export function presentOfficerSummary(
  actor: Actor,
  o: OfficerWithNames,
  certs: CertificateRow[],
  hoursThisYear: number,
  today: string,
  cipher: FieldCipher,
): z.infer<typeof OfficerSummaryDto> {
  const current = certs[0] ?? null;
  const cert = current ? presentCertificate(actor, o, current, today, new Map()) : null;
  return {
    id: o.id,
    name: o.name,
    gender: o.gender,
    idCardNumber: maskIdCardNumber(cipher.decrypt(o.idCardSealed)),
    employmentType: o.employmentType,
    departmentId: o.departmentId,
    departmentName: o.departmentName,
    postId: o.postId,
    postName: o.postName,
    subjectId: o.subjectId,
    subjectName: o.subjectName,
    userId: o.userId,
    legalProfessionQualification: o.legalProfessionQualification,
    status: o.status,
    certificate: cert ? (({ events: _e, ...rest }) => rest)(cert) : null,
    trainingHoursThisYear: hoursThisYear,
    requiredTrainingHours: trainingHoursMinimumFor(Number(today.slice(0, 4)), officerRules),
    alerts: cert?.alerts ?? [],
    version: o.version,
    abilities: officerAbilities(actor, o, current),
  };
}

export function presentOfficerDetail(
  actor: Actor,
  o: OfficerWithNames,
  certs: CertificateRow[],
  hoursThisYear: number,
  today: string,
  cipher: FieldCipher,
  parts: Awaited<ReturnType<typeof detailParts>>,
  events: Events,
): z.infer<typeof OfficerDetailDto> {
  return {
    ...presentOfficerSummary(actor, o, certs, hoursThisYear, today, cipher),
    education: o.education,
    legalProfessionCertificateNumber: o.legalProfessionCertificateNumber,
    hasPhoto: o.photoFileId !== null,
    certificates: certs.map((c) => presentCertificate(actor, o, c, today, events)),
    trainings: parts.trainingRows.map((t) => ({ id: t.id, course: t.course, hours: t.hours, date: t.trainedOn, examScore: t.examScore, provider: t.provider })),
    records: parts.recordRows.map((r) => ({
      id: r.id,
      type: r.type,
      kind: r.kind,
      title: r.title,
      decidedOn: r.decidedOn,
      endsOn: r.endsOn,
      issuedBy: r.issuedBy,
      rescinded: r.rescinded,
      rescindReason: r.rescindReason,
    })),
    commitments: parts.commitmentRows.map((c) => ({ id: c.id, year: c.year, signedOn: c.signedOn, content: c.content })),
    history: parts.historyRows.map((h) => ({ at: h.at.toISOString(), actorName: h.actorName, action: h.action, changes: h.changes })),
  };
}
