import { LockOutlined, SafetyOutlined } from '@ant-design/icons';
import { Space, Tag, Tooltip } from 'antd';
import { formatDateTime } from '../../../app/format.ts';
import type { UserDto } from '../../../app/types.ts';

export function UserStatusTags({ user }: { user: UserDto }) {
  return (
    <Space size={[0, 4]} wrap>
      {user.status === 'active' ? <Tag color="success">正常</Tag> : <Tag color="default">已停用</Tag>}
      {user.locked ? (
        <Tooltip title={user.lockedUntil ? `锁定至 ${formatDateTime(user.lockedUntil)}` : '登录失败次数过多已锁定'}>
          <Tag color="error" icon={<LockOutlined />}>
            已锁定
          </Tag>
        </Tooltip>
      ) : null}
      {user.totpEnabled ? (
        <Tooltip title="已启用动态口令">
          <Tag color="blue" icon={<SafetyOutlined />}>
            口令
          </Tag>
        </Tooltip>
      ) : null}
    </Space>
  );
}
