/** Evidence, records, preservation and property routes: parse (zod) → authorize → command → present. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ApplyPreservationRequest,
  ApproveDisposalRequest,
  CaseEvidenceDto,
  CasePropertyDto,
  CreateEvidenceRequest,
  CustodyEventDto,
  CustodyEventRequest,
  DisposePropertyRequest,
  ErrorBody,
  EvidenceFileDto,
  EvidenceItemDto,
  MovePropertyRequest,
  PreservationApprovalRequest,
  PreservationDecisionRequest,
  PreservationDto,
  PropertyDto,
  PropertyRegisterQuery,
  PropertyRegisterResponse,
  RegisterPropertyRequest,
} from '@quanze/contracts';
import { requireActor, requirePermission } from '../../platform/auth/authorize.ts';
import type { Deps } from '../../platform/deps.ts';
import type { FileStore } from '../../platform/files/file-store.ts';
import { sendAttachment } from '../../platform/files/send-file.ts';
import { readUpload, registerMultipart } from '../../platform/files/upload.ts';
import { appendCustody } from './commands/append-custody.ts';
import { createEvidence } from './commands/create-evidence.ts';
import { applyPreservation, decidePreservation, decidePreservationApproval } from './commands/preservation-commands.ts';
import { approveDisposal, disposeProperty, moveProperty, registerProperty } from './commands/property-commands.ts';
import { assertMayUpload, DEFAULT_EVIDENCE_MAX_BYTES, downloadEvidenceFile, evidenceFilePolicy, uploadEvidenceFile } from './evidence-files.ts';
import { calendarOf, caseEvidence, caseProperty, propertyRegister } from './evidence.queries.ts';
import { presentItem, presentPreservation, presentProperty } from './evidence.presenter.ts';
import { caseHead, custodyOfItems, filesOfItems, getItem, movementsOf } from './evidence.repository.ts';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody, 413: ErrorBody, 415: ErrorBody, 422: ErrorBody };
const tags = ['evidence'];
const CaseId = z.object({ id: z.uuid('案件不存在') });
const ItemParams = z.object({ id: z.uuid('案件不存在'), itemId: z.uuid('证据不存在') });
const FileParams = z.object({ id: z.uuid('案件不存在'), fileId: z.uuid('证据文件不存在') });
const PreservationParams = z.object({ id: z.uuid('案件不存在'), pid: z.uuid('先行登记保存不存在') });
const PropertyParams = z.object({ id: z.uuid('案件不存在'), pid: z.uuid('涉案财物不存在') });

export interface EvidenceRouteOptions {
  /** Largest evidence file in bytes (default 50 MB). */
  maxUploadBytes?: number;
}

export function evidenceRoutes(deps: Deps, files: FileStore, opts: EvidenceRouteOptions = {}): FastifyPluginAsyncZod {
  const maxBytes = opts.maxUploadBytes ?? DEFAULT_EVIDENCE_MAX_BYTES;
  const policy = evidenceFilePolicy(maxBytes);

  const itemDto = async (itemId: string) => {
    const item = (await getItem(deps.db, itemId))!;
    const [f, c] = await Promise.all([filesOfItems(deps.db, [itemId]), custodyOfItems(deps.db, [itemId])]);
    return presentItem(item, f, c);
  };
  const propertyDto = async (row: Parameters<typeof presentProperty>[0]) => {
    const head = (await caseHead(deps.db, row.caseId))!;
    return presentProperty(row, await movementsOf(deps.db, [row.id]), head);
  };
  const preservationDto = async (row: Parameters<typeof presentPreservation>[0]) => presentPreservation(row, await calendarOf(deps, row.bureauId), deps.clock.now());

  return async (app) => {
    await registerMultipart(app);

    app.get('/cases/:id/evidence', { schema: { tags, summary: '案件证据材料（证据、笔录、先行登记保存）', params: CaseId, response: { 200: CaseEvidenceDto, ...errors } } }, async (req) =>
      caseEvidence(deps, requirePermission(req, 'case:read'), req.params.id, maxBytes),
    );

    app.post('/cases/:id/evidence', { schema: { tags, summary: '登记证据（含询问笔录、现场检查笔录）', params: CaseId, body: CreateEvidenceRequest, response: { 201: EvidenceItemDto, ...errors } } }, async (req, reply) => {
      const item = await createEvidence(deps, requirePermission(req, 'case:read'), req.params.id, req.body, req.ip);
      return reply.status(201).send(await itemDto(item.id));
    });

    app.post(
      '/cases/:id/evidence/:itemId/files',
      { schema: { tags, summary: '上传证据文件（PDF/JPG/PNG/DOCX/MP4/MP3，按内容识别，SM3 留存）', consumes: ['multipart/form-data'], params: ItemParams, response: { 201: EvidenceFileDto, ...errors } } },
      async (req, reply) => {
        const actor = requireActor(req);
        requirePermission(req, 'case:read');
        await assertMayUpload(deps, actor, req.params.id, req.params.itemId);
        const upload = await readUpload(req, policy);
        const row = await uploadEvidenceFile(deps, files, actor, req.params.id, req.params.itemId, upload, policy, req.ip);
        return reply.status(201).send({
          id: row.id,
          fileName: row.fileName,
          mime: row.mime,
          kind: row.kind,
          size: row.size,
          sm3: row.sm3,
          uploadedBy: row.uploadedByName,
          uploadedAt: row.uploadedAt.toISOString(),
        });
      },
    );

    app.get('/cases/:id/evidence/files/:fileId', { schema: { tags, summary: '下载证据文件（下载前重新校验 SM3）', params: FileParams } }, async (req, reply) => {
      const { row, buf } = await downloadEvidenceFile(deps, files, requirePermission(req, 'case:read'), req.params.id, req.params.fileId);
      reply.header('x-content-sm3', row.sm3);
      return sendAttachment(reply, buf, { mime: row.mime, fileName: row.fileName });
    });

    app.post('/cases/:id/evidence/:itemId/custody', { schema: { tags, summary: '保管链：移交、调用、归还或更正（只追加）', params: ItemParams, body: CustodyEventRequest, response: { 201: CustodyEventDto, ...errors } } }, async (req, reply) => {
      const row = await appendCustody(deps, requirePermission(req, 'case:read'), req.params.id, req.params.itemId, req.body, req.ip);
      return reply.status(201).send({ seq: row.seq, kind: row.kind, fromHolder: row.fromHolder, toHolder: row.toHolder, reason: row.reason, at: row.at.toISOString(), correctsSeq: row.correctsSeq, actorName: row.actorName });
    });

    app.post('/cases/:id/preservations', { schema: { tags, summary: '申请先行登记保存（紧急情况可先行实施、事后补批）', params: CaseId, body: ApplyPreservationRequest, response: { 201: PreservationDto, ...errors } } }, async (req, reply) => {
      const row = await applyPreservation(deps, requirePermission(req, 'case:read'), req.params.id, req.body, req.ip);
      return reply.status(201).send(await preservationDto(row));
    });
    app.post('/cases/:id/preservations/:pid/approve', { schema: { tags, summary: '批准（或补批）先行登记保存——局领导', params: PreservationParams, body: PreservationApprovalRequest, response: { 200: PreservationDto, ...errors } } }, async (req) =>
      preservationDto(await decidePreservationApproval(deps, requirePermission(req, 'case:read'), req.params.id, req.params.pid, req.body, true, req.ip)),
    );
    app.post('/cases/:id/preservations/:pid/reject', { schema: { tags, summary: '不予批准先行登记保存——局领导', params: PreservationParams, body: PreservationApprovalRequest, response: { 200: PreservationDto, ...errors } } }, async (req) =>
      preservationDto(await decidePreservationApproval(deps, requirePermission(req, 'case:read'), req.params.id, req.params.pid, req.body, false, req.ip)),
    );
    app.post('/cases/:id/preservations/:pid/decide', { schema: { tags, summary: '先行登记保存处理决定（七个工作日内）', params: PreservationParams, body: PreservationDecisionRequest, response: { 200: PreservationDto, ...errors } } }, async (req) => {
      const actor = requirePermission(req, 'case:read');
      const head = await caseHead(deps.db, req.params.id);
      const calendar = await calendarOf(deps, head?.bureauId ?? actor.bureauId);
      return preservationDto(await decidePreservation(deps, calendar, actor, req.params.id, req.params.pid, req.body, req.ip));
    });

    app.get('/cases/:id/property', { schema: { tags, summary: '案件涉案财物', params: CaseId, response: { 200: CasePropertyDto, ...errors } } }, async (req) =>
      caseProperty(deps, requirePermission(req, 'case:read'), req.params.id),
    );
    app.post('/cases/:id/property', { schema: { tags, summary: '登记涉案财物', params: CaseId, body: RegisterPropertyRequest, response: { 201: PropertyDto, ...errors } } }, async (req, reply) => {
      const row = await registerProperty(deps, requirePermission(req, 'case:read'), req.params.id, req.body, req.ip);
      return reply.status(201).send(await propertyDto(row));
    });
    app.post('/cases/:id/property/:pid/move', { schema: { tags, summary: '涉案财物移库、更换保管人', params: PropertyParams, body: MovePropertyRequest, response: { 200: PropertyDto, ...errors } } }, async (req) =>
      propertyDto(await moveProperty(deps, requirePermission(req, 'case:read'), req.params.id, req.params.pid, req.body, req.ip)),
    );
    app.post('/cases/:id/property/:pid/approve-disposal', { schema: { tags, summary: '审批涉案财物处置方式——局领导', params: PropertyParams, body: ApproveDisposalRequest, response: { 200: PropertyDto, ...errors } } }, async (req) =>
      propertyDto(await approveDisposal(deps, requirePermission(req, 'case:read'), req.params.id, req.params.pid, req.body, req.ip)),
    );
    app.post('/cases/:id/property/:pid/dispose', { schema: { tags, summary: '涉案财物处置（退还、拍卖、销毁、上缴国库）', params: PropertyParams, body: DisposePropertyRequest, response: { 200: PropertyDto, ...errors } } }, async (req) =>
      propertyDto(await disposeProperty(deps, requirePermission(req, 'case:read'), req.params.id, req.params.pid, req.body, req.ip)),
    );

    app.get('/property', { schema: { tags, summary: '涉案财物台账（本人可见范围）', querystring: PropertyRegisterQuery, response: { 200: PropertyRegisterResponse, ...errors } } }, async (req) =>
      propertyRegister(deps, requirePermission(req, 'case:read'), req.query),
    );
  };
}
