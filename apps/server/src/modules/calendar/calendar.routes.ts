/** Calendar routes: anyone signed in may read the years; only config:manage enters or corrects one. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody, WorkdayYearDto, WorkdayYearListResponse, WorkdayYearRequest } from '@quanze/contracts';
import { requireActor, requirePermission } from '../../platform/auth/authorize.ts';
import type { Deps } from '../../platform/deps.ts';
import { enterWorkdayYear } from './commands/enter-workday-year.ts';
import { listWorkdayYears, workdayYearDetail } from './calendar.queries.ts';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const tags = ['calendar'];
const Year = z.object({ year: z.coerce.number().int('年份应为整数').min(2000, '年份应在2000至2100年之间').max(2100, '年份应在2000至2100年之间') });

export function calendarRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/calendar/years', { schema: { tags, summary: '工作日历：各年份录入情况', response: { 200: WorkdayYearListResponse, ...errors } } }, async (req) => {
      requireActor(req);
      return listWorkdayYears(deps);
    });
    app.get('/calendar/years/:year', { schema: { tags, summary: '某年的法定节假日与调休安排（含修订历史）', params: Year, response: { 200: WorkdayYearDto, ...errors } } }, async (req) => {
      requireActor(req);
      return workdayYearDetail(deps, req.params.year);
    });
    app.put(
      '/calendar/years/:year',
      { schema: { tags, summary: '录入或更正某年的节假日安排（国务院办公厅通知）', params: Year, body: WorkdayYearRequest, response: { 200: WorkdayYearDto, ...errors } } },
      async (req) => {
        const actor = requirePermission(req, 'config:manage');
        await enterWorkdayYear(deps, actor, req.params.year, req.body, req.ip);
        return workdayYearDetail(deps, req.params.year);
      },
    );
  };
}
