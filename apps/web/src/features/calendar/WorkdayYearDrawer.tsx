/**
 * One year's schedule: what is entered (holidays, 调休上班日, revisions) and — for the system administrator — the form
 * to enter or correct it, pasting the dates of the State Council notice. Problems the server finds are listed as it
 * words them (dates outside the year, a day both off and working, a weekday entered as 调休上班 …).
 */
import { Alert, Button, Descriptions, Drawer, Form, Input, List, Space, Table, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { isApiError } from '../../app/api.ts';
import { ErrorAlert } from '../../app/feedback.tsx';
import { formatDateTime } from '../../app/format.ts';
import { useSaveWorkdayYear, useWorkdayYear } from './api.ts';
import { parseScheduleText, scheduleToText } from './schedule-text.ts';

const PLACEHOLDER = ['元旦 2027-01-01', '春节 2027-02-15~2027-02-19', '上班 2027-02-07 春节调休', '…'].join('\n');

export function WorkdayYearDrawer({ year, canEdit, onClose }: { year: number | null; canEdit: boolean; onClose: () => void }) {
  const { data, error } = useWorkdayYear(year);
  const save = useSaveWorkdayYear();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState('');
  const [notice, setNotice] = useState('');
  const [reason, setReason] = useState('');
  const draft = useMemo(() => parseScheduleText(text), [text]);

  useEffect(() => {
    setEditing(false);
    save.reset();
  }, [year]);

  const startEdit = () => {
    setText(data?.entered ? scheduleToText(data) : '');
    setNotice(data?.notice ?? '');
    setReason('');
    save.reset();
    setEditing(true);
  };

  const submit = () => {
    if (year === null || !data) return;
    save.mutate(
      {
        year,
        body: {
          notice: notice.trim() || null,
          holidays: draft.holidays,
          extraWorkdays: draft.extraWorkdays,
          reason: data.entered ? reason.trim() || null : null,
          revision: data.revision,
        },
      },
      { onSuccess: () => setEditing(false) },
    );
  };

  const serverProblems = isApiError(save.error) ? (save.error.fieldErrors?.['schedule'] ?? save.error.fieldErrors?.['reason'] ?? []) : [];

  return (
    <Drawer open={year !== null} onClose={onClose} width={640} title={year ? `${year}年节假日安排` : ''} data-testid="workday-year-drawer">
      {error ? <ErrorAlert error={error} /> : null}
      {data && !editing ? (
        <>
          <Descriptions size="small" column={1} bordered>
            <Descriptions.Item label="状态">{data.entered ? <Tag color="green">已录入</Tag> : <Tag color="orange">未录入</Tag>}</Descriptions.Item>
            {data.entered ? (
              <>
                <Descriptions.Item label="来源">{data.source === 'bundled' ? '内置（国务院办公厅通知汇编）' : '管理员录入'}</Descriptions.Item>
                <Descriptions.Item label="文号">{data.notice ?? '—'}</Descriptions.Item>
                <Descriptions.Item label="版本">第 {data.revision} 版</Descriptions.Item>
              </>
            ) : null}
          </Descriptions>
          {!data.entered ? (
            <Alert
              style={{ marginTop: 12 }}
              type="warning"
              showIcon
              message={`${data.year}年尚未录入：届满日落在该年的期限暂按周末计算，标注“暂定”；录入后自动重算。`}
            />
          ) : (
            <>
              <Typography.Title level={5} style={{ marginTop: 16 }}>
                放假日（工作日中的法定节假日）
              </Typography.Title>
              <List
                size="small"
                dataSource={data.holidays}
                renderItem={(h) => (
                  <List.Item>
                    <Typography.Text strong style={{ minWidth: 80 }}>{h.name}</Typography.Text>
                    <span>{h.dates.join('、')}</span>
                  </List.Item>
                )}
              />
              <Typography.Title level={5}>调休上班日（周末上班）</Typography.Title>
              <List size="small" dataSource={data.extraWorkdays} locale={{ emptyText: '无' }} renderItem={(e) => <List.Item>{e.date}{e.name ? `（${e.name}）` : ''}</List.Item>} />
              <Typography.Title level={5}>修订记录</Typography.Title>
              <Table
                size="small"
                rowKey="revision"
                pagination={false}
                dataSource={data.revisions}
                columns={[
                  { title: '版本', dataIndex: 'revision' },
                  { title: '原因', dataIndex: 'reason', render: (v: string | null) => v ?? '—' },
                  { title: '放假/上班', key: 'n', render: (_: unknown, r) => `${r.offDayCount} / ${r.extraWorkdayCount}` },
                  { title: '录入人', dataIndex: 'enteredByName' },
                  { title: '时间', dataIndex: 'enteredAt', render: (v: string) => formatDateTime(v) },
                ]}
              />
            </>
          )}
          {canEdit ? (
            <Button type="primary" style={{ marginTop: 16 }} onClick={startEdit} data-testid="workday-year-edit">
              {data.entered ? '更正' : '录入'}
            </Button>
          ) : null}
        </>
      ) : null}
      {data && editing ? (
        <Form layout="vertical" onFinish={submit}>
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 12 }}
            message="按国务院办公厅关于节假日安排的通知录入：每行一个节日及其放假日期（区间只计其中的工作日），调休上班的周末以“上班”开头。"
          />
          <Form.Item label="通知文号">
            <Input value={notice} onChange={(e) => setNotice(e.target.value)} placeholder="如 国办发明电〔2026〕X号" maxLength={60} />
          </Form.Item>
          <Form.Item label="节假日安排" required>
            <Input.TextArea rows={10} value={text} onChange={(e) => setText(e.target.value)} placeholder={PLACEHOLDER} data-testid="workday-year-text" />
          </Form.Item>
          {draft.problems.length > 0 ? <Alert type="warning" style={{ marginBottom: 12 }} message={draft.problems.join('；')} /> : null}
          <Typography.Text className="qz-muted">
            识别结果：{draft.holidays.length} 个节日，共 {draft.holidays.reduce((n, h) => n + h.dates.length, 0)} 个放假日；{draft.extraWorkdays.length} 个调休上班日
          </Typography.Text>
          {data.entered ? (
            <Form.Item label="更正原因" required style={{ marginTop: 12 }}>
              <Input value={reason} onChange={(e) => setReason(e.target.value)} maxLength={200} data-testid="workday-year-reason" />
            </Form.Item>
          ) : null}
          {save.error ? (
            <Alert
              type="error"
              style={{ margin: '12px 0' }}
              message={save.error instanceof Error ? save.error.message : '保存失败'}
              description={serverProblems.length > 1 ? <ul style={{ margin: 0 }}>{serverProblems.map((p) => <li key={p}>{p}</li>)}</ul> : undefined}
              data-testid="workday-year-error"
            />
          ) : null}
          <Space style={{ marginTop: 12 }}>
            <Button type="primary" htmlType="submit" loading={save.isPending} disabled={draft.problems.length > 0 || draft.holidays.length === 0} data-testid="workday-year-save">
              保存
            </Button>
            <Button onClick={() => setEditing(false)}>取消</Button>
          </Space>
        </Form>
      ) : null}
    </Drawer>
  );
}
