/**
 * 期限提醒设置: how many working days before a clock's due date the bell reminds its people (the hourly scan reads
 * it). Bureau configuration: shown to everyone who sees 期限监控, changed by the system administrator (config:manage);
 * a stale version is refused by the server (409) and the card reloads.
 */
import type { ReminderSettingsDto } from '@quanze/contracts';
import { App, Button, Card, Select, Space, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { z } from 'zod';
import { api } from '../../app/api.ts';
import { ErrorAlert } from '../../app/feedback.tsx';
import { useCan } from '../../app/me.ts';

type Settings = z.infer<typeof ReminderSettingsDto>;
const settingsKey = ['deadlines', 'settings'] as const;
const DAY_OPTIONS = Array.from({ length: 30 }, (_, i) => ({ value: i + 1, label: `提前${i + 1}个工作日` }));

export function ReminderSettingsCard() {
  const can = useCan();
  const { message } = App.useApp();
  const client = useQueryClient();
  const { data, error, refetch } = useQuery({ queryKey: settingsKey, queryFn: ({ signal }) => api.get<Settings>('/api/deadlines/settings', { signal }) });
  const [draft, setDraft] = useState<number[] | null>(null);
  const save = useMutation({
    mutationFn: (body: { leadWorkingDays: number[]; version: number }) => api.put<Settings>('/api/deadlines/settings', body),
    onSuccess: (next) => {
      client.setQueryData(settingsKey, next);
      setDraft(null);
      void message.success('提醒设置已保存，下次扫描起生效');
    },
    onError: () => void client.invalidateQueries({ queryKey: settingsKey }),
  });
  if (error) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!data) return null;
  const editable = can('config:manage');
  const shown = draft ?? data.leadWorkingDays;
  const text = data.leadWorkingDays.length ? data.leadWorkingDays.map((d) => `${d}个工作日`).join('、') : '不提醒';
  return (
    <Card size="small" title="期限提醒设置" style={{ marginBottom: 12 }} data-testid="reminder-settings">
      {editable ? (
        <Space wrap>
          <span>到期前</span>
          <Select
            mode="multiple"
            value={[...shown].sort((a, b) => b - a)}
            onChange={(v: number[]) => setDraft(v)}
            options={DAY_OPTIONS}
            maxCount={5}
            style={{ minWidth: 280 }}
            aria-label="提醒时点"
            data-testid="reminder-lead-days"
          />
          <span>提醒承办人员；逾期当日起另行提醒。</span>
          <Button
            type="primary"
            disabled={draft === null}
            loading={save.isPending}
            onClick={() => save.mutate({ leadWorkingDays: [...shown].sort((a, b) => b - a), version: data.version })}
            data-testid="reminder-save"
          >
            保存
          </Button>
        </Space>
      ) : (
        <Typography.Text>到期前 {text} 提醒承办人员（由系统管理员设置）。</Typography.Text>
      )}
      {save.error ? <ErrorAlert error={save.error} /> : null}
    </Card>
  );
}
