/** Deadline view and in-app reminders: GET /api/deadlines, /api/notifications (types from @quanze/contracts). */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DeadlineListResponse, NotificationListResponse } from '@quanze/contracts';
import type { z } from 'zod';
import { api } from '../../app/api.ts';

export type DeadlineList = z.infer<typeof DeadlineListResponse>;
export type DeadlineItem = DeadlineList['items'][number];
export type NotificationList = z.infer<typeof NotificationListResponse>;
export type NotificationItem = NotificationList['items'][number];

export interface DeadlineQuery {
  clockId?: string | undefined;
  departmentId?: string | undefined;
  status?: 'overdue' | 'open' | undefined;
  page: number;
  pageSize: number;
}

export function useDeadlines(query: DeadlineQuery) {
  return useQuery({
    queryKey: ['deadlines', query],
    queryFn: ({ signal }) => api.get<DeadlineList>('/api/deadlines', { query: { ...query }, signal }),
    placeholderData: keepPreviousData,
  });
}

const notificationsKey = ['notifications'] as const;

/** Unread count for the bell: refreshed every minute and when the window regains focus. */
export function useUnreadCount() {
  return useQuery({
    queryKey: [...notificationsKey, 'unread'],
    queryFn: ({ signal }) => api.get<{ unread: number }>('/api/notifications/unread-count', { signal }),
    refetchInterval: 60_000,
  });
}

export function useNotifications(enabled: boolean) {
  return useQuery({
    queryKey: [...notificationsKey, 'list'],
    queryFn: ({ signal }) => api.get<NotificationList>('/api/notifications', { query: { pageSize: 20 }, signal }),
    enabled,
  });
}

export function useMarkRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { ids?: string[]; all?: boolean }) => api.post<{ marked: number; unread: number }>('/api/notifications/read', body),
    onSettled: () => client.invalidateQueries({ queryKey: notificationsKey }),
  });
}
