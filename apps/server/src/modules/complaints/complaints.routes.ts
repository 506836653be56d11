/** Console routes: parse (zod, one body schema per action) → authorize → command → present. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  COMPLAINT_ACTION_BODIES,
  COMPLAINT_CONSOLE_ACTIONS,
  ComplaintAssigneeOptionsDto,
  ComplaintAssigneeOptionsQuery,
  ComplaintSubjectOptionsDto,
  ComplaintChannelsDto,
  UpdateComplaintChannelsRequest,
  ComplaintDetailDto,
  ComplaintListQuery,
  ComplaintListResponse,
  ErrorBody,
  RegisterComplaintRequest,
  RegisterComplaintResponse,
  type ComplaintActionBody,
  type ComplaintActionName,
} from '@quanze/contracts';
import { COMPLAINT_ACTIONS, type LocalDate } from '@quanze/domain';
import { requirePermission } from '../../platform/auth/authorize.ts';
import type { Deps } from '../../platform/deps.ts';
import type { FileStore } from '../../platform/files/file-store.ts';
import { sendAttachment } from '../../platform/files/send-file.ts';
import { channelsOf, updateChannels } from './complaint-channels.ts';
import { performComplaintAction } from './commands/perform-complaint-action.ts';
import { submitComplaint } from './commands/submit-complaint.ts';
import { assigneeOptions, attachmentFile, complaintDetail, listComplaintsFor, subjectOptions } from './complaints.queries.ts';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody, 422: ErrorBody };
const tags = ['complaints'];
const Id = z.object({ id: z.uuid('投诉举报事项不存在') });

export function complaintRoutes(deps: Deps, files: FileStore): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/complaints',
      {
        schema: {
          tags,
          summary: '投诉举报受理队列（状态、类型、逾期筛选）',
          querystring: ComplaintListQuery,
          response: { 200: ComplaintListResponse, ...errors },
        },
      },
      async (req) => listComplaintsFor(deps, requirePermission(req, 'complaint:read'), req.query),
    );
    app.post(
      '/complaints',
      {
        schema: {
          tags,
          summary: '登记来电、来信、来访的投诉举报（返回查询码，只显示一次）',
          body: RegisterComplaintRequest,
          response: { 201: RegisterComplaintResponse, ...errors },
        },
      },
      async (req, reply) => {
        const actor = requirePermission(req, 'complaint:handle');
        const { source, via, receivedOn, subjectPersonIds, ...fields } = req.body;
        const { row, trackingCode } = await submitComplaint(
          deps,
          files,
          {
            fields,
            bureauId: actor.bureauId,
            files: [],
            ip: req.ip,
            source,
            via,
            receivedOn: receivedOn as LocalDate,
            actor,
            subjectIds: subjectPersonIds,
          },
          null,
        );
        return reply.status(201).send({ trackingCode, complaint: await complaintDetail(deps, actor, row.id) });
      },
    );
    app.get(
      '/complaints/channels',
      { schema: { tags, summary: '本局公布的监督渠道（举报电话、来信地址、电子邮箱、接待地点和时间）', response: { 200: ComplaintChannelsDto.nullable(), ...errors } } },
      async (req) => channelsOf(deps.db, requirePermission(req, 'complaint:read').bureauId),
    );
    app.put(
      '/complaints/channels',
      {
        schema: {
          tags,
          summary: '修改本局公布的监督渠道（信访工作条例第十五条；留痕）',
          body: UpdateComplaintChannelsRequest,
          response: { 200: ComplaintChannelsDto, ...errors },
        },
      },
      async (req) => updateChannels(deps, requirePermission(req, 'complaint:handle'), req.body, req.ip),
    );
    app.get(
      '/complaints/assignees',
      {
        schema: {
          tags,
          summary: '可交办的承办部门和承办人（指定事项时标明应当回避的被反映人）',
          querystring: ComplaintAssigneeOptionsQuery,
          response: { 200: ComplaintAssigneeOptionsDto, ...errors },
        },
      },
      async (req) => assigneeOptions(deps, requirePermission(req, 'complaint:handle'), req.query.complaintId ?? null),
    );
    app.get(
      '/complaints/subject-options',
      { schema: { tags, summary: '可选的被反映人（本局执法人员和工作人员）', response: { 200: ComplaintSubjectOptionsDto, ...errors } } },
      async (req) => subjectOptions(deps, requirePermission(req, 'complaint:handle')),
    );
    app.get(
      '/complaints/:id',
      {
        schema: {
          tags,
          summary: '投诉举报详情（办理过程、期限、可办理的操作）',
          params: Id,
          response: { 200: ComplaintDetailDto, ...errors },
        },
      },
      async (req) => complaintDetail(deps, requirePermission(req, 'complaint:read'), req.params.id),
    );
    app.get(
      '/complaints/:id/attachments/:attachmentId',
      { schema: { tags, summary: '下载信访人提交的附件', params: Id.extend({ attachmentId: z.uuid('附件不存在') }) } },
      async (req, reply) => {
        const { att, buf } = await attachmentFile(
          deps,
          files,
          requirePermission(req, 'complaint:read'),
          req.params.id,
          req.params.attachmentId,
        );
        return sendAttachment(reply, buf, { mime: att.mime, fileName: att.fileName });
      },
    );
    for (const action of COMPLAINT_CONSOLE_ACTIONS) registerAction(app, deps, action);
  };
}

function registerAction<A extends ComplaintActionName>(app: Parameters<FastifyPluginAsyncZod>[0], deps: Deps, action: A): void {
  app.post(
    `/complaints/:id/actions/${action}`,
    {
      schema: {
        tags,
        summary: COMPLAINT_ACTIONS[action].label,
        params: Id,
        body: COMPLAINT_ACTION_BODIES[action],
        response: { 200: ComplaintDetailDto, ...errors },
      },
    },
    async (req) => {
      const actor = requirePermission(req, 'complaint:read');
      await performComplaintAction(deps, actor, req.params.id, action, req.body as ComplaintActionBody<A>, req.ip);
      return complaintDetail(deps, actor, req.params.id);
    },
  );
}
