/**
 * Documents of a case (执法文书): list with what can be generated now and the case-file check, generate (201),
 * download the .docx (hash re-checked) and the HTML preview of the same model. Reading needs case:read, generating
 * case:manage or case:approve; a case outside the actor's scope is a 404.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CaseDocumentDto, CaseDocumentsResponse, ErrorBody, GenerateDocumentRequest } from '@quanze/contracts';
import { requirePermission } from '../../platform/auth/authorize.ts';
import type { Deps } from '../../platform/deps.ts';
import type { FileStore } from '../../platform/files/file-store.ts';
import { sendAttachment } from '../../platform/files/send-file.ts';
import { issueDocument } from './commands/generate-document.ts';
import { downloadName, presentDocument } from './documents.presenter.ts';
import { caseDocuments, documentFile, documentPreview } from './documents.queries.ts';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody, 422: ErrorBody };
const tags = ['documents'];
const CaseId = z.object({ id: z.uuid('案件不存在') });
const DocId = z.object({ id: z.uuid('案件不存在'), docId: z.uuid('文书不存在') });
const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export function documentRoutes(deps: Deps, files: FileStore): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/cases/:id/documents',
      { schema: { tags, summary: '案件执法文书（全部版本）、可生成的文书和案卷完整性', params: CaseId, response: { 200: CaseDocumentsResponse, ...errors } } },
      async (req) => caseDocuments(deps, requirePermission(req, 'case:read'), req.params.id),
    );
    app.post(
      '/cases/:id/documents',
      {
        schema: {
          tags,
          summary: '生成执法文书（.docx，SM3 摘要入卷；重新生成保留原版本）；制作时限已过的，按原文书重新出具（200，文号、日期、摘要不变）',
          params: CaseId,
          body: GenerateDocumentRequest,
          response: { 200: CaseDocumentDto, 201: CaseDocumentDto, ...errors },
        },
      },
      async (req, reply) => {
        const { doc, reissued } = await issueDocument(deps, files, requirePermission(req, 'case:read'), req.params.id, req.body.kind, req.ip);
        return reply.status(reissued ? 200 : 201).send(presentDocument(doc));
      },
    );
    app.get(
      '/cases/:id/documents/:docId/file',
      { schema: { tags, summary: '下载执法文书（.docx，下载前复核 SM3 摘要）', params: DocId, produces: [DOCX_MIME] } },
      async (req, reply) => {
        const { doc, buf } = await documentFile(deps, files, requirePermission(req, 'case:read'), req.params.id, req.params.docId);
        return sendAttachment(reply, buf, { mime: DOCX_MIME, fileName: downloadName(doc) });
      },
    );
    app.get(
      '/cases/:id/documents/:docId/preview',
      { schema: { tags, summary: '执法文书 HTML 预览（与 .docx 同一文书模型）', params: DocId, produces: ['text/html'] } },
      async (req, reply) => {
        const html = await documentPreview(deps, requirePermission(req, 'case:read'), req.params.id, req.params.docId);
        return reply
          .header('content-type', 'text/html; charset=utf-8')
          .header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'self'; sandbox")
          .header('x-content-type-options', 'nosniff')
          .send(html);
      },
    );
  };
}
