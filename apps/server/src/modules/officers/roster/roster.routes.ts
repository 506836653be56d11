import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CommitImportRequest,
  CommitImportResponse,
  ErrorBody,
  OfficerImportDto,
  RosterExportQuery,
  StartImportResponse,
} from '@quanze/contracts';
import { requireActor, requirePermission } from '../../../platform/auth/authorize.ts';
import type { Deps } from '../../../platform/deps.ts';
import { sendAttachment } from '../../../platform/files/send-file.ts';
import { readUpload, registerMultipart } from '../../../platform/files/upload.ts';
import { commitImport } from './commit-import.ts';
import { exportRoster } from './export-roster.ts';
import { importReport } from './import-report.ts';
import { assertMayImport, ROSTER_UPLOAD_POLICY, startImport } from './start-import.ts';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody, 413: ErrorBody, 415: ErrorBody };
const tags = ['officers'];
const ImportId = z.object({ importId: z.uuid('导入记录不存在') });

/** 执法人员名册: export to Excel, import from Excel (upload → background validation → commit). */
export function rosterRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    await registerMultipart(app);
    // Validations still running finish before the app (and its database pool) closes.
    const running = new Set<Promise<void>>();
    app.addHook('onClose', async () => {
      await Promise.allSettled([...running]);
    });

    app.get(
      '/officers/export.xlsx',
      {
        schema: {
          tags,
          summary: '导出执法人员名册（Excel）',
          querystring: RosterExportQuery,
          produces: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
        },
      },
      async (req, reply) => {
        const actor = requirePermission(req, 'officer:read');
        const file = await exportRoster(
          deps,
          actor,
          { unmasked: req.query.unmasked === '1', departmentId: req.query.departmentId, status: req.query.status },
          req.ip,
        );
        return sendAttachment(reply, file.body, {
          mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          fileName: file.fileName,
        });
      },
    );

    app.post(
      '/officers/imports',
      {
        schema: {
          tags,
          summary: '上传执法人员名册（.xlsx），后台校验',
          consumes: ['multipart/form-data'],
          response: { 202: StartImportResponse, ...errors },
        },
      },
      async (req, reply) => {
        const actor = requireActor(req);
        assertMayImport(actor);
        const { buf, fileName } = await readUpload(req, ROSTER_UPLOAD_POLICY);
        const { importId, validate } = await startImport(deps, actor, buf, fileName, req.ip);
        const job: Promise<void> = validate()
          .catch((err: unknown) => req.log.error({ err, importId }, 'roster import validation failed'))
          .finally(() => running.delete(job));
        running.add(job);
        return reply.status(202).send({ importId });
      },
    );

    app.get(
      '/officers/imports/:importId',
      { schema: { tags, summary: '名册导入进度与逐行校验报告', params: ImportId, response: { 200: OfficerImportDto, ...errors } } },
      async (req) => importReport(deps, requireActor(req), req.params.importId),
    );

    app.post(
      '/officers/imports/:importId/commit',
      {
        schema: {
          tags,
          summary: '确认导入（all：有错误则拒绝；validOnly：仅导入无误的行）',
          params: ImportId,
          body: CommitImportRequest,
          response: { 200: CommitImportResponse, ...errors },
        },
      },
      async (req) => commitImport(deps, requireActor(req), req.params.importId, req.body.mode, req.ip),
    );
  };
}
