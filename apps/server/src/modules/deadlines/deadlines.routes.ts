/** Deadline view, in-app notifications and the reminder lead times. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  DeadlineListQuery,
  DeadlineListResponse,
  ErrorBody,
  MarkReadRequest,
  NotificationListQuery,
  NotificationListResponse,
  ReminderSettingsDto,
  ReminderSettingsRequest,
  UnreadCountResponse,
} from '@quanze/contracts';
import { requireActor, requirePermission } from '../../platform/auth/authorize.ts';
import type { Deps } from '../../platform/deps.ts';
import { updateReminderSettings } from './commands/update-reminder-settings.ts';
import { markRead, reminderSettingsOf, unreadCount } from './deadlines.repository.ts';
import { deadlineList, notificationList } from './deadlines.queries.ts';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

export function deadlineRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/deadlines',
      { schema: { tags: ['deadlines'], summary: '期限监控：数据范围内所有未届满的期限', querystring: DeadlineListQuery, response: { 200: DeadlineListResponse, ...errors } } },
      async (req) => deadlineList(deps, requirePermission(req, 'case:read'), req.query),
    );
    app.get(
      '/deadlines/settings',
      { schema: { tags: ['deadlines'], summary: '期限提醒设置（提前工作日数）', response: { 200: ReminderSettingsDto, ...errors } } },
      async (req) => reminderSettingsOf(deps.db, requireActor(req).bureauId),
    );
    app.put(
      '/deadlines/settings',
      { schema: { tags: ['deadlines'], summary: '修改期限提醒设置', body: ReminderSettingsRequest, response: { 200: ReminderSettingsDto, ...errors } } },
      async (req) => updateReminderSettings(deps, requirePermission(req, 'config:manage'), req.body, req.ip),
    );
    app.get(
      '/notifications',
      { schema: { tags: ['notifications'], summary: '我的站内提醒', querystring: NotificationListQuery, response: { 200: NotificationListResponse, ...errors } } },
      async (req) => notificationList(deps, requireActor(req), req.query),
    );
    app.get(
      '/notifications/unread-count',
      { schema: { tags: ['notifications'], summary: '未读提醒数', response: { 200: UnreadCountResponse, ...errors } } },
      async (req) => ({ unread: await unreadCount(deps.db, requireActor(req).userId) }),
    );
    app.post(
      '/notifications/read',
      { schema: { tags: ['notifications'], summary: '标记提醒为已读', body: MarkReadRequest, response: { 200: z.object({ marked: z.number().int(), unread: z.number().int() }), ...errors } } },
      async (req) => {
        const actor = requireActor(req);
        const marked = await markRead(deps.db, actor.userId, req.body.all ? 'all' : (req.body.ids ?? []), deps.clock.now());
        return { marked, unread: await unreadCount(deps.db, actor.userId) };
      },
    );
  };
}
