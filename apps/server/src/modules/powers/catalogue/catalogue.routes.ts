import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CatalogImportJson,
  CatalogImportQuery,
  CommitPowerImportRequest,
  CommitPowerImportResponse,
  ErrorBody,
  PowerImportDto,
  StartPowerImportResponse,
} from '@quanze/contracts';
import { requireActor, requirePermission } from '../../../platform/auth/authorize.ts';
import type { Deps } from '../../../platform/deps.ts';
import { sendAttachment } from '../../../platform/files/send-file.ts';
import { readUpload, registerMultipart } from '../../../platform/files/upload.ts';
import { assertMayManagePowers } from '../powers.policy.ts';
import { exportCatalogue } from './catalogue-export.ts';
import { CATALOGUE_UPLOAD_POLICY, catalogueImportReport, commitCatalogueImport, startCatalogueImport } from './catalogue-import.ts';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody, 413: ErrorBody, 415: ErrorBody };
const tags = ['powers'];
const ListId = z.object({ id: z.uuid('权责清单版本不存在') });
const ImportId = z.object({ importId: z.uuid('导入记录不存在') });

/** 权责清单 catalogues: export a version (Excel / JSON), import into a draft (upload → validation → commit). */
export function catalogueRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    await registerMultipart(app);
    const running = new Set<Promise<void>>();
    app.addHook('onClose', async () => {
      await Promise.allSettled([...running]);
    });
    const launch = (log: { error: (o: object, m: string) => void }, importId: string, validate: () => Promise<void>) => {
      const job: Promise<void> = validate()
        .catch((err: unknown) => log.error({ err, importId }, 'catalogue import validation failed'))
        .finally(() => running.delete(job));
      running.add(job);
    };

    app.get(
      '/power-lists/:id/export.:format',
      { schema: { tags, summary: '导出清单版本（xlsx 或 json）', params: ListId.extend({ format: z.enum(['xlsx', 'json']) }) } },
      async (req, reply) => {
        const file = await exportCatalogue(deps, requirePermission(req, 'power:read'), req.params.id, req.params.format, req.ip);
        return sendAttachment(reply, file.body, { mime: file.mime, fileName: file.fileName });
      },
    );
    app.post(
      '/power-lists/:id/imports',
      { schema: { tags, summary: '向草稿导入权责清单（.xlsx），后台校验', params: ListId, querystring: CatalogImportQuery, consumes: ['multipart/form-data'], response: { 202: StartPowerImportResponse, ...errors } } },
      async (req, reply) => {
        const actor = requireActor(req);
        assertMayManagePowers(actor);
        const { buf, fileName } = await readUpload(req, CATALOGUE_UPLOAD_POLICY);
        const { importId, validate } = await startCatalogueImport(deps, actor, req.params.id, { format: 'xlsx', buf, fileName, area: req.query.area }, req.ip);
        launch(req.log, importId, validate);
        return reply.status(202).send({ importId });
      },
    );
    app.post(
      '/power-lists/:id/imports/json',
      { bodyLimit: 10 * 1024 * 1024, schema: { tags, summary: '向草稿导入权责清单（JSON，同 justice-powers.json），后台校验', params: ListId, body: CatalogImportJson, response: { 202: StartPowerImportResponse, ...errors } } },
      async (req, reply) => {
        const actor = requireActor(req);
        const { importId, validate } = await startCatalogueImport(deps, actor, req.params.id, { format: 'json', items: req.body.items, fileName: null, area: req.body.area }, req.ip);
        launch(req.log, importId, validate);
        return reply.status(202).send({ importId });
      },
    );
    app.get('/power-imports/:importId', { schema: { tags, summary: '权责清单导入进度与校验报告', params: ImportId, response: { 200: PowerImportDto, ...errors } } }, async (req) =>
      catalogueImportReport(deps, requireActor(req), req.params.importId),
    );
    app.post(
      '/power-imports/:importId/commit',
      { schema: { tags, summary: '确认导入（all：有错误则拒绝；validOnly：仅导入无误的事项）', params: ImportId, body: CommitPowerImportRequest, response: { 200: CommitPowerImportResponse, ...errors } } },
      async (req) => commitCatalogueImport(deps, requireActor(req), req.params.importId, req.body.mode, req.ip),
    );
  };
}
