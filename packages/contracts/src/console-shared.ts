/**
 * Zod pieces the penalty-case and complaint contracts share: the field primitives (dates, version, bounded text with
 * their Chinese messages) and the detail page's common shapes — an open clock, a step of the timeline, an action the
 * user may take now. Both consoles render these with the same components, so one shape keeps them in step.
 * Internal to the package (index.ts does not export it): each context exports its own named DTOs built from these.
 */
import { z } from 'zod';

export const isoDate = z.iso.date('日期格式应为 YYYY-MM-DD');
export const citation = z.object({ law: z.string(), article: z.string(), note: z.string().optional() });
/** The version the client last saw (409 VERSION_CONFLICT when stale). */
export const version = z.number().int().min(1);
export const text = (max: number, label: string) => z.string().trim().min(1, `请填写${label}`).max(max, `${label}不超过 ${max} 个字`);
export const optionalText = (max: number, label: string) => z.string().trim().max(max, `${label}不超过 ${max} 个字`).default('');

/** A guard's finding (a refusal or a warning) with its article. */
export const issue = z.object({ code: z.string(), reason: z.string(), basis: citation });

/** An action on the detail page: allowed, or blocked with the reason and article; warnings the server foresees. */
export const AbilityShape = z.object({
  action: z.string(),
  label: z.string(),
  allowed: z.boolean(),
  to: z.string().nullable(),
  code: z.string().nullable(),
  reason: z.string().nullable(),
  basis: citation.nullable(),
  warnings: z.array(issue),
});

/** One step of the timeline, as recorded. */
export const StepShape = z.object({
  id: z.number(),
  action: z.string(),
  label: z.string(),
  fromState: z.string(),
  toState: z.string(),
  actorName: z.string(),
  at: z.string(),
  basis: z.string(),
  payload: z.record(z.string(), z.unknown()),
  warnings: z.array(z.object({ code: z.string(), reason: z.string() })),
});

/** An open statutory clock: due date, days left as the server counts them (working or calendar days), its article. */
export const ClockShape = z.object({
  clockId: z.string(),
  label: z.string(),
  startDate: z.string(),
  dueDate: z.string().nullable(),
  dayType: z.string(),
  daysLeft: z.number().nullable(),
  overdue: z.boolean(),
  basis: z.array(citation),
});
