/**
 * 满意度评议. Portal (no login): check a 评价码 and submit the rating — the code travels in the JSON body, never in
 * the URL (no logs, no history), and both routes are rate-limited per IP so codes cannot be guessed in bulk.
 * Console: the results per department and officer (supervision:manage the bureau; others their own department).
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  ErrorBody,
  SurveyCodeRequest,
  SurveyResponseRequest,
  SurveyResponseResult,
  SurveyResultsDto,
  SurveyResultsQuery,
  SurveySubjectDto,
} from '@quanze/contracts';
import { requireActor } from '../../platform/auth/authorize.ts';
import type { Deps } from '../../platform/deps.ts';
import { submitSurveyResponse } from './commands/submit-response.ts';
import { lookupSurveySubject } from './public.queries.ts';
import { surveyResults } from './results.queries.ts';

const errors = { 400: ErrorBody, 404: ErrorBody, 409: ErrorBody, 410: ErrorBody, 422: ErrorBody, 429: ErrorBody };

export function publicSurveyRoutes(deps: Deps, opts: { ratePerMinute?: number } = {}): FastifyPluginAsyncZod {
  return async (app) => {
    const config = { rateLimit: { max: opts.ratePerMinute ?? 20, timeWindow: '1 minute' } };
    app.post(
      '/public/surveys/lookup',
      {
        config,
        schema: {
          tags: ['portal'],
          summary: '门户：核对评价码（评价的事项与承办部门）',
          body: SurveyCodeRequest,
          response: { 200: SurveySubjectDto, ...errors },
        },
      },
      async (req) => lookupSurveySubject(deps, req.body.code),
    );
    app.post(
      '/public/surveys',
      {
        config,
        schema: {
          tags: ['portal'],
          summary: '门户：提交满意度评议（每个评价码一次）',
          body: SurveyResponseRequest,
          response: { 200: SurveyResponseResult, ...errors },
        },
      },
      async (req) => {
        await submitSurveyResponse(deps, req.body);
        return { ok: true as const, message: '评价已提交，感谢您对我们工作的监督' };
      },
    );
  };
}

export function surveyResultRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/surveys/results',
      {
        schema: {
          tags: ['surveys'],
          summary: '满意度评议结果（按科室、按执法人员）',
          querystring: SurveyResultsQuery,
          response: { 200: SurveyResultsDto, 400: ErrorBody, 403: ErrorBody },
        },
      },
      async (req) => surveyResults(deps, requireActor(req), req.query),
    );
  };
}

/** Both, for app.ts. */
export function surveyRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(publicSurveyRoutes(deps));
    await app.register(surveyResultRoutes(deps));
  };
}
