/**
 * The working-day calendar (法定节假日 + 调休): the years entered, and one year's official schedule as the system
 * administrator enters it from the State Council notice. Dates are YYYY-MM-DD; the law's checks (dates in that year,
 * no day both off and working, 调休上班 only on a weekend …) run on the server and answer in Chinese.
 */
import { z } from 'zod';

const isoDate = z.iso.date('日期格式应为 YYYY-MM-DD');
const name = z.string().trim().min(1, '请填写节日名称').max(20, '节日名称不超过 20 个字');

export const WorkdayHolidayDto = z.object({ name, dates: z.array(isoDate).min(1, '每个节日至少录入一天').max(31) });
export const WorkdayExtraDto = z.object({ date: isoDate, name: z.string().trim().max(20, '说明不超过 20 个字').nullable().default(null) });

export const WorkdayYearRequest = z.object({
  /** 国务院办公厅通知的文号，如 国办发明电〔2026〕X号. */
  notice: z.string().trim().max(60, '文号不超过 60 个字').nullable().default(null),
  holidays: z.array(WorkdayHolidayDto).max(20),
  extraWorkdays: z.array(WorkdayExtraDto).max(30),
  /** Why an entered year is changed (更正); required when the year is already entered. */
  reason: z.string().trim().max(200, '更正原因不超过 200 个字').nullable().default(null),
  /** The revision being corrected (optimistic concurrency); null when the year is entered the first time. */
  revision: z.number().int().min(1).nullable().default(null),
});
export type WorkdayYearRequest = z.infer<typeof WorkdayYearRequest>;

export const WorkdayYearSummaryDto = z.object({
  year: z.number().int(),
  entered: z.boolean(),
  /** 'bundled': seeded from the compiled State Council notices; 'entered': by an administrator. */
  source: z.enum(['bundled', 'entered']).nullable(),
  revision: z.number().int().nullable(),
  offDayCount: z.number().int(),
  extraWorkdayCount: z.number().int(),
  notice: z.string().nullable(),
  enteredByName: z.string().nullable(),
  enteredAt: z.string().nullable(),
});
export const WorkdayYearListResponse = z.object({ items: z.array(WorkdayYearSummaryDto), today: z.string() });

export const WorkdayYearRevisionDto = z.object({
  revision: z.number().int(),
  reason: z.string().nullable(),
  notice: z.string().nullable(),
  offDayCount: z.number().int(),
  extraWorkdayCount: z.number().int(),
  enteredByName: z.string().nullable(),
  enteredAt: z.string(),
});
export const WorkdayYearDto = WorkdayYearSummaryDto.extend({
  holidays: z.array(z.object({ name: z.string(), dates: z.array(z.string()) })),
  extraWorkdays: z.array(z.object({ date: z.string(), name: z.string().nullable() })),
  revisions: z.array(WorkdayYearRevisionDto),
});
export type WorkdayYearDto = z.infer<typeof WorkdayYearDto>;
