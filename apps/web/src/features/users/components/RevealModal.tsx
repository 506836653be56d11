import { EyeOutlined } from '@ant-design/icons';
import { Alert, Descriptions, Modal, Skeleton } from 'antd';
import { useEffect, useRef } from 'react';
import { ErrorAlert } from '../../../app/feedback.tsx';
import type { UserDto } from '../../../app/types.ts';
import { useReveal } from '../api.ts';

/** Shows a user's unmasked phone and ID-card numbers. Every reveal is written to the audit log by the server. */
export function RevealModal({ user, onClose }: { user: UserDto | null; onClose: () => void }) {
  const reveal = useReveal();
  const { mutate, reset } = reveal;
  const userId = user?.id;

  // One request per opening (StrictMode's double effect must not write two audit records).
  const requested = useRef<string | null>(null);
  useEffect(() => {
    if (userId && requested.current !== userId) {
      requested.current = userId;
      mutate(userId);
    } else if (!userId) {
      requested.current = null;
      reset();
    }
  }, [userId, mutate, reset]);

  return (
    <Modal
      open={user !== null}
      title={
        <span>
          <EyeOutlined /> 查看完整个人信息：{user?.displayName}
        </span>
      }
      onCancel={onClose}
      footer={null}
      destroyOnHidden
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        data-testid="reveal-note"
        title="本次查看已记入审计日志"
        description="个人信息仅限履行职责所需使用，不得截屏、转发或对外提供。"
      />
      {reveal.isPending ? <Skeleton active paragraph={{ rows: 2 }} /> : null}
      {reveal.error ? <ErrorAlert error={reveal.error} /> : null}
      {reveal.data ? (
        <Descriptions
          column={1}
          bordered
          size="small"
          items={[
            { key: 'mobile', label: '手机号码', children: <span data-testid="reveal-mobile">{reveal.data.mobile ?? '未登记'}</span> },
            {
              key: 'id',
              label: '身份证号码',
              children: <span data-testid="reveal-idcard">{reveal.data.idCardNumber ?? '未登记'}</span>,
            },
          ]}
        />
      ) : null}
    </Modal>
  );
}
