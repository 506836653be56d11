import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AddArticleRequest,
  AddDocumentVersionRequest,
  AmendArticleRequest,
  ArticleSearchQuery,
  ArticleSearchResult,
  CreateDocumentRequest,
  ErrorBody,
  LegalArticleDto,
  LegalDocumentDto,
  LegalDocumentList,
  LegalDocumentListQuery,
  RepealRequest,
  UpdateDocumentRequest,
} from '@quanze/contracts';
import { requireActor, requirePermission } from '../../platform/auth/authorize.ts';
import type { Deps } from '../../platform/deps.ts';
import { addArticle, amendArticle, repealArticle } from './commands/article-commands.ts';
import { addDocumentVersion, createDocument, repealDocument, updateDocument } from './commands/document-commands.ts';
import { articleDetail, documentDetail, listDocuments, searchArticles } from './legal-basis.queries.ts';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const tags = ['legal-basis'];
const DocId = z.object({ id: z.uuid('法律文件不存在') });
const ArtId = z.object({ id: z.uuid('条文不存在') });
const Doc = { 200: LegalDocumentDto, ...errors };
const Art = { 200: LegalArticleDto, ...errors };

/** 法规库: documents, their revisions and articles, full-text search. */
export function legalBasisRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/legal/documents', { schema: { tags, summary: '法律文件列表', querystring: LegalDocumentListQuery, response: { 200: LegalDocumentList, ...errors } } }, async (req) =>
      listDocuments(deps, requirePermission(req, 'law:read'), req.query),
    );
    app.post('/legal/documents', { schema: { tags, summary: '新增法律文件', body: CreateDocumentRequest, response: { 201: LegalDocumentDto, ...errors } } }, async (req, reply) => {
      const actor = requirePermission(req, 'law:manage');
      const id = await createDocument(deps, actor, req.body, req.ip);
      return reply.status(201).send(await documentDetail(deps, actor, id));
    });
    app.get('/legal/documents/:id', { schema: { tags, summary: '法律文件详情（版本与条文）', params: DocId, response: Doc } }, async (req) =>
      documentDetail(deps, requirePermission(req, 'law:read'), req.params.id),
    );
    app.patch('/legal/documents/:id', { schema: { tags, summary: '修改法律文件信息', params: DocId, body: UpdateDocumentRequest, response: Doc } }, async (req) => {
      const actor = requireActor(req);
      await updateDocument(deps, actor, req.params.id, req.body, req.ip);
      return documentDetail(deps, actor, req.params.id);
    });
    app.post('/legal/documents/:id/repeal', { schema: { tags, summary: '废止法律文件', params: DocId, body: RepealRequest, response: Doc } }, async (req) => {
      const actor = requireActor(req);
      await repealDocument(deps, actor, req.params.id, req.body, req.ip);
      return documentDetail(deps, actor, req.params.id);
    });
    app.post('/legal/documents/:id/versions', { schema: { tags, summary: '登记修正/修订版本', params: DocId, body: AddDocumentVersionRequest, response: Doc } }, async (req) => {
      const actor = requireActor(req);
      await addDocumentVersion(deps, actor, req.params.id, req.body, req.ip);
      return documentDetail(deps, actor, req.params.id);
    });
    app.post('/legal/documents/:id/articles', { schema: { tags, summary: '增加条文', params: DocId, body: AddArticleRequest, response: { 201: LegalArticleDto, ...errors } } }, async (req, reply) => {
      const actor = requireActor(req);
      const id = await addArticle(deps, actor, req.params.id, req.body, req.ip);
      return reply.status(201).send(await articleDetail(deps, actor, id));
    });
    app.get('/legal/articles', { schema: { tags, summary: '条文检索（中文全文，二字词即可）', querystring: ArticleSearchQuery, response: { 200: ArticleSearchResult, ...errors } } }, async (req) =>
      searchArticles(deps, requirePermission(req, 'law:read'), req.query),
    );
    app.get('/legal/articles/:id', { schema: { tags, summary: '条文详情（各版本文本）', params: ArtId, response: Art } }, async (req) =>
      articleDetail(deps, requirePermission(req, 'law:read'), req.params.id),
    );
    app.post('/legal/articles/:id/amend', { schema: { tags, summary: '条文修正（新版本自施行日起适用）', params: ArtId, body: AmendArticleRequest, response: Art } }, async (req) => {
      const actor = requireActor(req);
      await amendArticle(deps, actor, req.params.id, req.body, req.ip);
      return articleDetail(deps, actor, req.params.id);
    });
    app.post('/legal/articles/:id/repeal', { schema: { tags, summary: '条文废止', params: ArtId, body: RepealRequest, response: Art } }, async (req) => {
      const actor = requireActor(req);
      await repealArticle(deps, actor, req.params.id, req.body, req.ip);
      return articleDetail(deps, actor, req.params.id);
    });
  };
}
