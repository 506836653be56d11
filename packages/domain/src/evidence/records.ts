/**
 * 询问笔录 and 现场检查（勘验）笔录 as structured evidence: at least two officers, each with a certificate valid on
 * the day (第四十二条), certificates shown (第五十五条), the person questioned or present, the content, and the
 * party's signature or the refusal noted by the officers.
 */
import { toDayNumber, type LocalDate } from '../calendar/local-date.ts';
import type { Certificate } from '../officers/certificate.ts';
import { allowed, refuse, type EvidenceCheck } from './result.ts';
import type { RecordKind } from './evidence-types.ts';
import { RECORD_KIND_LABELS } from './evidence-types.ts';
import { RECORD_REQUIRED, RECORD_SIGNATURE, SHOW_CERTIFICATES, TWO_OFFICERS } from './sources.ts';

export interface RecordOfficer {
  officerId: string;
  name: string;
  /** The certificate the officer held (the server looks it up; the number is printed on the record). */
  certificate: Pick<Certificate, 'number' | 'status' | 'validFrom' | 'validTo'> | null;
}

export type RecordSignature = { kind: 'signed' } | { kind: 'refused'; note: string };

export interface EvidenceRecord {
  kind: RecordKind;
  /** Shanghai day the record was made (for the certificate check). */
  date: LocalDate;
  startedAt: string;
  endedAt: string;
  place: string;
  officers: readonly RecordOfficer[];
  certificatesShown: boolean;
  /** 被询问人 (inquiry) or 当事人／见证人 present (inspection). */
  person: { name: string; role: 'party' | 'witness' | 'other' };
  content: string;
  signature: RecordSignature;
}

const blank = (s: string | undefined | null) => s === undefined || s === null || s.trim() === '';

function certificateValidOn(c: RecordOfficer['certificate'], date: LocalDate): string | null {
  if (c === null || blank(c.number)) return '未登记行政执法证号';
  if (c.status !== 'valid') return '执法证不在有效状态';
  const d = toDayNumber(date);
  if (c.validFrom === null || d < toDayNumber(c.validFrom as LocalDate)) return '执法证在笔录日期尚未生效';
  if (c.validTo !== null && d > toDayNumber(c.validTo as LocalDate)) return `执法证已于${c.validTo}到期`;
  return null;
}

export function checkRecord(r: EvidenceRecord): EvidenceCheck {
  const label = RECORD_KIND_LABELS[r.kind];
  const ids = r.officers.map((o) => o.officerId);
  if (new Set(ids).size !== ids.length) return refuse('RECORD_TWO_OFFICERS', `${label}的执法人员不能重复列入`, TWO_OFFICERS);
  if (ids.length < 2) return refuse('RECORD_TWO_OFFICERS', `${label}应由不少于两名执法人员制作并签名，目前为${ids.length}人`, TWO_OFFICERS);
  for (const o of r.officers) {
    const problem = certificateValidOn(o.certificate, r.date);
    if (problem) return refuse('RECORD_CERTIFICATE', `${o.name}：${problem}，不能作为${label}的执法人员`, TWO_OFFICERS);
  }
  if (!r.certificatesShown) return refuse('RECORD_CERTIFICATE_NOT_SHOWN', `制作${label}前执法人员应主动出示执法证件，请确认已出示`, SHOW_CERTIFICATES);
  if (blank(r.place)) return refuse('RECORD_INCOMPLETE', `${label}应载明地点`, RECORD_REQUIRED);
  if (blank(r.person.name)) return refuse('RECORD_INCOMPLETE', r.kind === 'inquiry' ? '询问笔录应载明被询问人' : '现场检查笔录应载明在场的当事人或见证人', RECORD_REQUIRED);
  if (blank(r.content)) return refuse('RECORD_INCOMPLETE', `${label}应记载询问或检查的内容`, RECORD_REQUIRED);
  const start = Date.parse(r.startedAt);
  const end = Date.parse(r.endedAt);
  if (Number.isNaN(start) || Number.isNaN(end) || end < start) return refuse('RECORD_INCOMPLETE', `${label}的结束时间不能早于开始时间`, RECORD_REQUIRED);
  if (r.signature.kind === 'refused' && blank(r.signature.note)) {
    return refuse('RECORD_SIGNATURE', `${r.person.name || '当事人'}拒绝签名的，执法人员应在笔录上注明情况`, RECORD_SIGNATURE);
  }
  return allowed;
}
