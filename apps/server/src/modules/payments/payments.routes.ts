/** Payment routes: the payments tab of a case and its execution records; the bank reconciliation import. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ArrangementRequest,
  CasePaymentsDto,
  CommitReconciliationResponse,
  CourtApplicationRequest,
  EndRemedyPauseRequest,
  ErrorBody,
  HandoverRequest,
  LandingRequest,
  ReconciliationDto,
  ReconciliationListResponse,
  ReminderRequest,
  RemedyPauseRequest,
} from '@quanze/contracts';
import { requireActor, requirePermission } from '../../platform/auth/authorize.ts';
import type { Deps } from '../../platform/deps.ts';
import { readUpload, registerMultipart } from '../../platform/files/upload.ts';
import {
  approveArrangement,
  endRemedyPause,
  recordCourtApplication,
  recordHandover,
  recordLanding,
  recordReminder,
  recordRemedyPause,
} from './commands/notice-commands.ts';
import { presentReconciliation } from './payments.presenter.ts';
import { casePayments } from './payments.queries.ts';
import { listReconciliations } from './payments.repository.ts';
import { RECONCILIATION_MAX_BYTES } from './reconciliation/decode.ts';
import {
  assertMayReconcile,
  commitReconciliation,
  previewReconciliation,
  RECONCILIATION_TEMPLATE,
  reconciliationOf,
} from './reconciliation/reconcile.ts';

const errors = {
  400: ErrorBody,
  401: ErrorBody,
  403: ErrorBody,
  404: ErrorBody,
  409: ErrorBody,
  413: ErrorBody,
  415: ErrorBody,
  422: ErrorBody,
};
const tags = ['payments'];
const CaseId = z.object({ id: z.uuid('案件不存在') });
const PaymentId = z.object({ paymentId: z.uuid('缴款记录不存在') });
const RecId = z.object({ id: z.uuid('对账记录不存在') });

export function paymentRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    await registerMultipart(app);
    const ok = { 200: CasePaymentsDto, ...errors };

    app.get(
      '/cases/:id/payments',
      { schema: { tags, summary: '罚没款缴纳（缴款通知、缴款记录、加处罚款、催告、强制执行）', params: CaseId, response: ok } },
      async (req) => casePayments(deps, requirePermission(req, 'case:read'), req.params.id),
    );
    app.post(
      '/cases/:id/payments/pauses',
      { schema: { tags, summary: '登记行政复议、行政诉讼（加处罚款暂停计算）', params: CaseId, body: RemedyPauseRequest, response: ok } },
      async (req) => {
        const actor = requirePermission(req, 'case:read');
        await recordRemedyPause(deps, actor, req.params.id, req.body, req.ip);
        return casePayments(deps, actor, req.params.id);
      },
    );
    app.post(
      '/cases/:id/payments/pauses/end',
      { schema: { tags, summary: '登记复议、诉讼终结', params: CaseId, body: EndRemedyPauseRequest, response: ok } },
      async (req) => {
        const actor = requirePermission(req, 'case:read');
        await endRemedyPause(deps, actor, req.params.id, req.body, req.ip);
        return casePayments(deps, actor, req.params.id);
      },
    );
    app.post(
      '/cases/:id/payments/arrangement',
      { schema: { tags, summary: '批准暂缓或者分期缴纳罚款（第六十六条）', params: CaseId, body: ArrangementRequest, response: ok } },
      async (req) => {
        const actor = requirePermission(req, 'case:approve');
        await approveArrangement(deps, actor, req.params.id, req.body, req.ip);
        return casePayments(deps, actor, req.params.id);
      },
    );
    app.post(
      '/cases/:id/payments/reminder',
      {
        schema: {
          tags,
          summary: '登记催告书送达（行政强制法第三十五条、第五十四条）',
          params: CaseId,
          body: ReminderRequest,
          response: ok,
        },
      },
      async (req) => {
        const actor = requirePermission(req, 'case:read');
        await recordReminder(deps, actor, req.params.id, req.body, req.ip);
        return casePayments(deps, actor, req.params.id);
      },
    );
    app.post(
      '/cases/:id/payments/court-application',
      {
        schema: {
          tags,
          summary: '登记申请人民法院强制执行（行政强制法第五十三条）',
          params: CaseId,
          body: CourtApplicationRequest,
          response: ok,
        },
      },
      async (req) => {
        const actor = requirePermission(req, 'case:read');
        await recordCourtApplication(deps, actor, req.params.id, req.body, req.ip);
        return casePayments(deps, actor, req.params.id);
      },
    );
    app.post(
      '/payments/:paymentId/handover',
      {
        schema: {
          tags,
          summary: '登记当场收缴罚款交至行政机关 / 缴付银行（第七十一条）',
          params: PaymentId,
          body: HandoverRequest,
          response: { 200: z.object({ overdue: z.boolean(), dueDate: z.string().nullable() }), ...errors },
        },
      },
      async (req) => recordHandover(deps, requirePermission(req, 'case:read'), req.params.paymentId, req.body, req.ip),
    );
    app.post(
      '/payments/:paymentId/landing',
      {
        schema: {
          tags,
          summary: '登记水上收缴罚款的抵岸日期',
          params: PaymentId,
          body: LandingRequest,
          response: { 204: z.null(), ...errors },
        },
      },
      async (req, reply) => {
        await recordLanding(deps, requirePermission(req, 'case:read'), req.params.paymentId, req.body.landedOn, req.ip);
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/payments/reconciliations/template.csv',
      { schema: { tags, summary: '对账文件模板（CSV）', produces: ['text/csv'] } },
      async (req, reply) => {
        assertMayReconcile(requireActor(req));
        return reply
          .header('content-type', 'text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent('银行对账模板.csv')}`)
          .send(RECONCILIATION_TEMPLATE);
      },
    );
    app.get(
      '/payments/reconciliations',
      { schema: { tags, summary: '银行对账导入记录', response: { 200: ReconciliationListResponse, ...errors } } },
      async (req) => {
        const actor = requireActor(req);
        assertMayReconcile(actor);
        const rows = await listReconciliations(deps.db, actor.bureauId);
        return {
          items: rows.map((r) => {
            const { rows: _r, errors: _e, ...rest } = presentReconciliation(r);
            return rest;
          }),
        };
      },
    );
    app.post(
      '/payments/reconciliations',
      {
        schema: {
          tags,
          summary: '上传银行 / 非税收入对账文件（CSV，UTF-8 或 GBK），预览匹配结果',
          consumes: ['multipart/form-data'],
          response: { 201: ReconciliationDto, ...errors },
        },
      },
      async (req, reply) => {
        const actor = requireActor(req);
        assertMayReconcile(actor);
        const { buf, fileName } = await readUpload(req, { label: '对账文件', maxBytes: RECONCILIATION_MAX_BYTES, kinds: [] });
        const id = await previewReconciliation(deps, actor, buf, fileName, req.ip);
        return reply.status(201).send(presentReconciliation(await reconciliationOf(deps, actor, id)));
      },
    );
    app.get(
      '/payments/reconciliations/:id',
      { schema: { tags, summary: '对账匹配报告', params: RecId, response: { 200: ReconciliationDto, ...errors } } },
      async (req) => presentReconciliation(await reconciliationOf(deps, requireActor(req), req.params.id)),
    );
    app.post(
      '/payments/reconciliations/:id/commit',
      {
        schema: {
          tags,
          summary: '确认导入（全部成功或全部不导入）',
          params: RecId,
          response: { 200: CommitReconciliationResponse, ...errors },
        },
      },
      async (req) => commitReconciliation(deps, requireActor(req), req.params.id, req.ip),
    );
  };
}
