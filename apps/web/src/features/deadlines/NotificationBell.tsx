/** The bell in the console header: unread reminders (期限提醒) with a list, each opening its case (or complaint) and marked read. */
import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Empty, List, Popover, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { formatDateTime } from '../../app/format.ts';
import { useMarkRead, useNotifications, useUnreadCount, type NotificationItem } from './api.ts';

const LEVEL_TAGS: Record<NotificationItem['level'], { color: string; label: string }> = {
  upcoming: { color: 'gold', label: '即将到期' },
  dueToday: { color: 'orange', label: '今日到期' },
  overdue: { color: 'red', label: '已逾期' },
};

export function NotificationBell() {
  const [open, setOpen] = useState(false);
  const navigate = useNavigate();
  const unread = useUnreadCount();
  const list = useNotifications(open);
  const markRead = useMarkRead();
  const count = unread.data?.unread ?? 0;

  const openItem = (n: NotificationItem) => {
    if (!n.readAt) markRead.mutate({ ids: [n.id] });
    setOpen(false);
    if (n.complaintId) void navigate(`/complaints/${n.complaintId}`);
    else if (n.caseId) void navigate(`/cases/${n.caseId}`);
  };

  const content = (
    <div style={{ width: 360 }} data-testid="notification-list">
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', marginBottom: 8 }}>
        <Typography.Text strong>期限提醒</Typography.Text>
        <span>
          <Button size="small" type="link" onClick={() => markRead.mutate({ all: true })} disabled={count === 0} data-testid="notification-read-all">
            全部标为已读
          </Button>
          <Button size="small" type="link" onClick={() => { setOpen(false); void navigate('/deadlines'); }}>
            期限监控
          </Button>
        </span>
      </div>
      {list.data && list.data.items.length === 0 ? (
        <Empty description="暂无提醒" image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <List
          size="small"
          loading={list.isLoading}
          dataSource={list.data?.items ?? []}
          style={{ maxHeight: 420, overflowY: 'auto' }}
          renderItem={(n) => (
            <List.Item key={n.id} onClick={() => openItem(n)} style={{ cursor: 'pointer', opacity: n.readAt ? 0.6 : 1 }} data-testid="notification-item">
              <div style={{ width: '100%' }}>
                <div>
                  <Tag color={LEVEL_TAGS[n.level].color}>{LEVEL_TAGS[n.level].label}</Tag>
                  <Typography.Text strong={!n.readAt}>{n.title}</Typography.Text>
                </div>
                <div className="qz-muted">{n.body}</div>
                <div className="qz-muted">{formatDateTime(n.createdAt)}</div>
              </div>
            </List.Item>
          )}
        />
      )}
    </div>
  );

  return (
    <Popover content={content} trigger="click" open={open} onOpenChange={setOpen} placement="bottomRight">
      <Button type="text" aria-label={`期限提醒，${count} 条未读`} data-testid="notification-bell" style={{ color: 'inherit', marginLeft: 'auto' }}>
        <Badge count={count} size="small" overflowCount={99}>
          <BellOutlined style={{ fontSize: 18, color: 'inherit' }} />
        </Badge>
      </Button>
    </Popover>
  );
}
