/**
 * The portal form's own checks, mirroring SubmitComplaintFields in @quanze/contracts (the server checks again and
 * its fieldErrors win). Plain code rather than the zod schema, to keep zod out of the phone's download.
 */
import type { ComplaintFields } from './api.ts';

export type FieldErrors = Partial<Record<keyof ComplaintFields | 'consent' | 'attachments', string>>;

const PHONE = /^(1\d{10}|0\d{9,11})$/;

/** As normalisePhone in @quanze/contracts: "139 1234 5678", "025-8888 6666", "+86 139…" are accepted as typed. */
export function normalisePhone(raw: string): string {
  return raw.replace(/[\s\-.()（）]/g, '').replace(/^(\+86|0086)(?=1\d{10}$)/, '');
}
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const required = (v: string, label: string, max: number): string | undefined =>
  !v.trim() ? `请填写${label}` : v.trim().length > max ? `${label}不超过 ${max} 个字` : undefined;

export function validateComplaint(f: ComplaintFields, consent: boolean): FieldErrors {
  const e: FieldErrors = {};
  if (!f.kind) e.kind = '请选择事项类型';
  const name = required(f.contactName, '姓名', 50);
  if (name) e.contactName = name;
  const phone = normalisePhone(f.contactPhone);
  const email = f.contactEmail.trim();
  if (phone && !PHONE.test(phone)) e.contactPhone = '请填写正确的手机号或固定电话（如 139 1234 5678 或 025-12345678）';
  if (email && (!EMAIL.test(email) || email.length > 200)) e.contactEmail = '请填写正确的电子邮箱';
  if (!phone && !email) e.contactPhone = '请至少填写手机号或电子邮箱，以便告知办理情况';
  if (f.about.trim().length > 200) e.about = '反映对象不超过 200 个字';
  const subject = required(f.subject, '标题', 100);
  if (subject) e.subject = subject;
  const text = required(f.text, '事项内容', 5000);
  if (text) e.text = text;
  if (!consent) e.consent = '请阅读并勾选承诺';
  return e;
}

const FIELD_NAMES = new Set(['kind', 'contactName', 'contactPhone', 'contactEmail', 'about', 'subject', 'text', 'attachments']);

/** The server's fieldErrors ({ "contactPhone": ["…"] }) on our fields; the rest is for the banner. */
export function serverFieldErrors(fieldErrors: Record<string, string[]> | undefined): FieldErrors {
  const out: FieldErrors = {};
  for (const [path, messages] of Object.entries(fieldErrors ?? {})) {
    const name = path.split('.')[0] ?? path;
    if (FIELD_NAMES.has(name) && messages[0]) out[name as keyof FieldErrors] = messages[0];
  }
  return out;
}
