import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CreatePowerListRequest,
  ErrorBody,
  PowerInput,
  PowerItemDto,
  PowerListTransitionRequest,
  PowerListVersionDetailDto,
  PowerListVersionDto,
  RemovePowerItemRequest,
  UpdatePowerItemRequest,
} from '@quanze/contracts';
import { requireActor, requirePermission } from '../../platform/auth/authorize.ts';
import type { Deps } from '../../platform/deps.ts';
import { addItem, removeItem, updateItem } from './commands/item-commands.ts';
import { createDraftList, transitionList } from './commands/list-commands.ts';
import { listItem, listVersionDetail, listVersions } from './powers.queries.ts';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const tags = ['powers'];
const ListId = z.object({ id: z.uuid('权责清单版本不存在') });
const ItemId = ListId.extend({ powerId: z.uuid('执法事项不存在') });
const Detail = { 200: PowerListVersionDetailDto, ...errors };

/** 权责清单 versions (drafted → approved → published) and draft changes to their items. */
export function powerListRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    const itemOf = (listId: string, powerId: string, actor: Parameters<typeof listItem>[1]) => listItem(deps, actor, listId, powerId);

    app.get('/power-lists', { schema: { tags, summary: '权责清单版本', response: { 200: z.object({ items: z.array(PowerListVersionDto) }), ...errors } } }, async (req) =>
      listVersions(deps, requirePermission(req, 'power:read')),
    );
    app.post('/power-lists', { schema: { tags, summary: '新建清单修订草稿（复制现行版本）', body: CreatePowerListRequest, response: { 201: PowerListVersionDetailDto, ...errors } } }, async (req, reply) => {
      const actor = requirePermission(req, 'power:manage');
      const id = await createDraftList(deps, actor, req.body, req.ip);
      return reply.status(201).send(await listVersionDetail(deps, actor, id));
    });
    app.get('/power-lists/:id', { schema: { tags, summary: '清单版本详情（含审批前检查）', params: ListId, response: Detail } }, async (req) =>
      listVersionDetail(deps, requirePermission(req, 'power:read'), req.params.id),
    );
    app.post('/power-lists/:id/transition', { schema: { tags, summary: '审批 / 退回 / 公布 / 作废', params: ListId, body: PowerListTransitionRequest, response: Detail } }, async (req) => {
      const actor = requireActor(req);
      await transitionList(deps, actor, req.params.id, req.body, req.ip);
      return listVersionDetail(deps, actor, req.params.id);
    });
    app.post('/power-lists/:id/items', { schema: { tags, summary: '草稿中新增事项', params: ListId, body: PowerInput, response: { 201: PowerItemDto, ...errors } } }, async (req, reply) => {
      const actor = requireActor(req);
      const powerId = await addItem(deps, actor, req.params.id, req.body, req.ip);
      return reply.status(201).send(await itemOf(req.params.id, powerId, actor));
    });
    app.patch('/power-lists/:id/items/:powerId', { schema: { tags, summary: '草稿中修改事项', params: ItemId, body: UpdatePowerItemRequest, response: { 200: PowerItemDto, ...errors } } }, async (req) => {
      const actor = requireActor(req);
      await updateItem(deps, actor, req.params.id, req.params.powerId, req.body, req.ip);
      return itemOf(req.params.id, req.params.powerId, actor);
    });
    app.post('/power-lists/:id/items/:powerId/remove', { schema: { tags, summary: '草稿中删除事项（保留记录）', params: ItemId, body: RemovePowerItemRequest, response: { 200: PowerItemDto, ...errors } } }, async (req) => {
      const actor = requireActor(req);
      await removeItem(deps, actor, req.params.id, req.params.powerId, req.body, req.ip);
      return itemOf(req.params.id, req.params.powerId, actor);
    });
  };
}
