/**
 * The complaint rules in force for a bureau: the domain defaults (packages/domain complaints) counted on the SAME
 * working-day calendar as the cases (calendar module, from the database) — never a second calendar — and the
 * intake's abuse limits, which a deployment changes here or through the environment.
 */
import { DEFAULT_COMPLAINT_CONFIG, type ComplaintConfig } from '@quanze/domain';
import { COMPLAINT_ATTACHMENT_LIMITS } from '@quanze/contracts';
import { procedureConfigOf } from '../calendar/index.ts';
import type { Deps } from '../../platform/deps.ts';
import type { UploadPolicy } from '../../platform/files/inspect.ts';

export async function complaintConfigOf(deps: Deps, bureauId: string): Promise<ComplaintConfig> {
  const procedure = await procedureConfigOf(deps, bureauId);
  return { ...DEFAULT_COMPLAINT_CONFIG, calendar: procedure.calendar };
}

const envInt = (name: string, fallback: number): number => {
  const v = Number.parseInt(process.env[name] ?? '', 10);
  return Number.isFinite(v) && v > 0 ? v : fallback;
};

export interface ComplaintIntakeLimits {
  /** Submissions from one phone number or e-mail address in 24 hours (counted in the database). */
  perContactDaily: number;
  /** Submissions from one IP address per hour (@fastify/rate-limit). */
  submitPerHourPerIp: number;
  /** Tracking look-ups from one IP address per minute (brute force). */
  trackPerMinutePerIp: number;
  /** The form and other reads per minute. */
  readPerMinutePerIp: number;
}

export function intakeLimits(overrides: Partial<ComplaintIntakeLimits> = {}): ComplaintIntakeLimits {
  return {
    perContactDaily: envInt('QUANZE_COMPLAINTS_PER_CONTACT_DAILY', 3),
    submitPerHourPerIp: envInt('QUANZE_COMPLAINTS_SUBMIT_PER_HOUR', 10),
    trackPerMinutePerIp: envInt('QUANZE_COMPLAINTS_TRACK_PER_MINUTE', 10),
    readPerMinutePerIp: 60,
    ...overrides,
  };
}

export const COMPLAINT_FILE_KINDS = ['pdf', 'jpg', 'png'] as const;
export const complaintFilePolicy: UploadPolicy = {
  label: '附件',
  maxBytes: COMPLAINT_ATTACHMENT_LIMITS.maxFileBytes,
  kinds: COMPLAINT_FILE_KINDS,
  maxImageSide: 12_000,
};
