/**
 * Portal (no login): submit a complaint / report / petition with attachments, and track it by its code.
 * Limits: per IP (@fastify/rate-limit) on every route, and per contact (phone / e-mail, counted in the database) on
 * submission. The tracking code travels in the POST body or the `x-tracking-code` header — never in the URL, so it
 * never lands in access logs — and a wrong code is the same 404 whatever was wrong with it.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  COMPLAINT_ATTACHMENT_LIMITS,
  COMPLAINT_KIND_LABELS,
  COMPLAINT_KINDS,
  ErrorBody,
  PublicComplaintFormDto,
  SubmitComplaintFields,
  SubmitComplaintResponse,
  TrackComplaintRequest,
  TrackComplaintResponse,
} from '@quanze/contracts';
import { COMPLAINT_CATEGORIES, COMPLAINT_CATEGORY_LABELS, COMPLAINT_STATE_LABELS, complaintSources } from '@quanze/domain';
import type { Deps } from '../../platform/deps.ts';
import { AppError } from '../../platform/errors.ts';
import type { FileStore } from '../../platform/files/file-store.ts';
import { registerMultipart } from '../../platform/files/upload.ts';
import { checkAttachment, readComplaintForm, type CheckedFile } from './complaint-files.ts';
import { intakeLimits, type ComplaintIntakeLimits } from './complaints.config.ts';
import { trackComplaint, TRACKING_NOT_FOUND } from './complaints.queries.ts';
import { bureauNameOf, portalBureauId } from './complaints.repository.ts';
import { channelsOf, published } from './complaint-channels.ts';
import { referenceNumberOf } from './complaint-snapshot.ts';
import { submitComplaint } from './commands/submit-complaint.ts';
import { fromZodIssue, issueMessage } from '../../platform/http/validation-messages.ts';

const tags = ['portal'];
const CATEGORY_BASIS = {
  suggestion: complaintSources.XF_SUGGESTIONS,
  accusation: complaintSources.XF_ACCUSATIONS,
  claim: complaintSources.XF_CLAIM_ROUTES,
};

function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const i of error.issues) (out[String(i.path[0] ?? '_')] ??= []).push(issueMessage(fromZodIssue(i)));
  return out;
}

export function publicComplaintRoutes(deps: Deps, files: FileStore, opts: Partial<ComplaintIntakeLimits> = {}): FastifyPluginAsyncZod {
  const limits = intakeLimits(opts);
  return async (app) => {
    await registerMultipart(app);
    app.addHook('onSend', async (_req, reply) => {
      reply.header('cache-control', 'no-store');
    });

    app.get(
      '/public/complaints/form',
      {
        config: { rateLimit: { max: limits.readPerMinutePerIp, timeWindow: '1 minute' } },
        schema: {
          tags,
          summary: '门户：投诉举报表单说明',
          querystring: z.object({ bureauId: z.uuid().optional() }),
          response: { 200: PublicComplaintFormDto, 429: ErrorBody },
        },
      },
      async (req) => {
        const id = await portalBureauId(deps.db, req.query.bureauId);
        return {
          bureauName: id ? await bureauNameOf(deps.db, id) : null,
          kinds: COMPLAINT_KINDS.map((value) => ({ value, label: COMPLAINT_KIND_LABELS[value] })),
          categories: COMPLAINT_CATEGORIES.map((value) => ({
            value,
            label: COMPLAINT_CATEGORY_LABELS[value],
            basis: CATEGORY_BASIS[value],
          })),
          maxFiles: COMPLAINT_ATTACHMENT_LIMITS.maxFiles,
          maxFileBytes: COMPLAINT_ATTACHMENT_LIMITS.maxFileBytes,
          mimeTypes: [...COMPLAINT_ATTACHMENT_LIMITS.mimeTypes],
          perContactDailyLimit: limits.perContactDaily,
          notice:
            '本机关收到后，将自收到之日起15日内书面告知是否受理（信访工作条例第二十三条第二款）；受理后一般60日内办结。提交成功后请妥善保存查询码，查询码只显示一次。',
          channels: id ? published(await channelsOf(deps.db, id)) : null,
        };
      },
    );

    app.post(
      '/public/complaints',
      {
        config: { rateLimit: { max: limits.submitPerHourPerIp, timeWindow: '1 hour' } },
        schema: {
          tags,
          summary: '门户：提交投诉、举报、信访（表单字段 + 最多5个附件 attachments，PDF/JPG/PNG 每个≤10MB）',
          consumes: ['multipart/form-data'],
          response: { 201: SubmitComplaintResponse, 400: ErrorBody, 413: ErrorBody, 415: ErrorBody, 429: ErrorBody },
        },
      },
      async (req, reply) => {
        const form = await readComplaintForm(req);
        const parsed = SubmitComplaintFields.safeParse(form.fields);
        if (!parsed.success) {
          const fieldErrors = fieldErrorsOf(parsed.error);
          throw new AppError('VALIDATION_FAILED', `提交内容有误：${Object.values(fieldErrors).flat()[0] ?? '请检查填写内容'}`, {
            fieldErrors,
          });
        }
        const checked: CheckedFile[] = [];
        for (const [i, f] of form.files.entries()) checked.push(await checkAttachment(f, i));
        const bureauId = await portalBureauId(deps.db, parsed.data.bureauId);
        if (!bureauId) throw new AppError('VALIDATION_FAILED', '受理机关不存在');
        const { row, trackingCode } = await submitComplaint(
          deps,
          files,
          { fields: parsed.data, bureauId, files: checked, ip: req.ip },
          limits.perContactDaily,
        );
        return reply.status(201).send({
          trackingCode,
          referenceNumber: referenceNumberOf(row),
          receivedOn: row.receivedOn,
          state: row.state,
          stateLabel: COMPLAINT_STATE_LABELS[row.state],
          noticeDueOn: row.nextDueOn ?? null,
          attachmentCount: checked.length,
          message: '已收到您反映的事项。请妥善保存查询码（只显示这一次），凭查询码可查询办理进度和答复。',
        });
      },
    );

    const track = { rateLimit: { max: limits.trackPerMinutePerIp, timeWindow: '1 minute' } };
    const trackResponses = { 200: TrackComplaintResponse, 400: ErrorBody, 404: ErrorBody, 429: ErrorBody };
    app.post(
      '/public/complaints/track',
      {
        config: track,
        schema: {
          tags,
          summary: '门户：凭查询码查询办理进度（查询码放在请求体中）',
          body: TrackComplaintRequest,
          response: trackResponses,
        },
      },
      async (req) => trackComplaint(deps, req.body.code),
    );
    app.get(
      '/public/complaints/track',
      {
        config: track,
        schema: { tags, summary: '门户：凭查询码查询办理进度（查询码放在请求头 x-tracking-code 中）', response: trackResponses },
      },
      async (req) => {
        const code = req.headers['x-tracking-code'];
        if (typeof code !== 'string' || code.length > 40) throw TRACKING_NOT_FOUND();
        return trackComplaint(deps, code);
      },
    );
  };
}
