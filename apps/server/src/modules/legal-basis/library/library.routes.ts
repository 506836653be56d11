import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CommitLegalImportRequest, CommitLegalImportResponse, ErrorBody, LegalImportDto, LibraryImportJson, StartLegalImportResponse } from '@quanze/contracts';
import { requireActor, requirePermission } from '../../../platform/auth/authorize.ts';
import type { Deps } from '../../../platform/deps.ts';
import { sendAttachment } from '../../../platform/files/send-file.ts';
import { readUpload, registerMultipart } from '../../../platform/files/upload.ts';
import { assertMayManageLaw } from '../legal-basis.policy.ts';
import { exportLibrary } from './export-library.ts';
import { commitLibraryImport, LIBRARY_UPLOAD_POLICY, libraryImportReport, startLibraryImport, type LibrarySource } from './library-import.ts';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody, 413: ErrorBody, 415: ErrorBody };
const tags = ['legal-basis'];
const ImportId = z.object({ importId: z.uuid('导入记录不存在') });

/** 法规库 import (Excel upload or JSON body → background validation → commit) and export (Excel or JSON). */
export function libraryRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    await registerMultipart(app);
    const running = new Set<Promise<void>>();
    app.addHook('onClose', async () => {
      await Promise.allSettled([...running]);
    });
    const launch = (req: { log: { error: (o: object, m: string) => void } }, importId: string, validate: () => Promise<void>) => {
      const job: Promise<void> = validate()
        .catch((err: unknown) => req.log.error({ err, importId }, 'library import validation failed'))
        .finally(() => running.delete(job));
      running.add(job);
    };

    app.get(
      '/legal/export.:format',
      { schema: { tags, summary: '导出法规库（xlsx 或 json）', params: z.object({ format: z.enum(['xlsx', 'json']) }) } },
      async (req, reply) => {
        const file = await exportLibrary(deps, requirePermission(req, 'law:read'), req.params.format, req.ip);
        return sendAttachment(reply, file.body, { mime: file.mime, fileName: file.fileName });
      },
    );

    app.post(
      '/legal/imports',
      { schema: { tags, summary: '上传法规库（.xlsx），后台校验', consumes: ['multipart/form-data'], response: { 202: StartLegalImportResponse, ...errors } } },
      async (req, reply) => {
        const actor = requireActor(req);
        assertMayManageLaw(actor);
        const { buf, fileName } = await readUpload(req, LIBRARY_UPLOAD_POLICY);
        const source: LibrarySource = { format: 'xlsx', buf, fileName };
        const { importId, validate } = await startLibraryImport(deps, actor, source, req.ip);
        launch(req, importId, validate);
        return reply.status(202).send({ importId });
      },
    );

    app.post(
      '/legal/imports/json',
      { bodyLimit: 20 * 1024 * 1024, schema: { tags, summary: '导入法规库（JSON），后台校验', body: LibraryImportJson, response: { 202: StartLegalImportResponse, ...errors } } },
      async (req, reply) => {
        const actor = requireActor(req);
        const { importId, validate } = await startLibraryImport(deps, actor, { format: 'json', file: req.body, fileName: null }, req.ip);
        launch(req, importId, validate);
        return reply.status(202).send({ importId });
      },
    );

    app.get('/legal/imports/:importId', { schema: { tags, summary: '法规库导入进度与校验报告', params: ImportId, response: { 200: LegalImportDto, ...errors } } }, async (req) =>
      libraryImportReport(deps, requireActor(req), req.params.importId),
    );

    app.post(
      '/legal/imports/:importId/commit',
      { schema: { tags, summary: '确认导入（all：有错误则拒绝；validOnly：仅导入无误的文件）', params: ImportId, body: CommitLegalImportRequest, response: { 200: CommitLegalImportResponse, ...errors } } },
      async (req) => commitLibraryImport(deps, requireActor(req), req.params.importId, req.body.mode, req.ip),
    );
  };
}
