import { Alert, Button, Descriptions, Modal, Typography } from 'antd';

export interface IssuedPassword {
  title: string;
  username: string;
  displayName: string;
  password: string;
}

/** Shows a one-time initial password (after create or reset). It is not retrievable later. */
export function InitialPasswordModal({ issued, onClose }: { issued: IssuedPassword | null; onClose: () => void }) {
  return (
    <Modal
      open={issued !== null}
      title={issued?.title}
      onCancel={onClose}
      mask={{ closable: false }}
      footer={
        <Button type="primary" onClick={onClose} data-testid="initial-password-done">
          我已记录
        </Button>
      }
      destroyOnHidden
    >
      {issued ? (
        <>
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 16 }}
            title="初始密码仅显示这一次"
            description="请通过安全渠道告知本人。首次登录时系统将要求其修改密码。"
          />
          <Descriptions
            column={1}
            bordered
            size="small"
            items={[
              { key: 'user', label: '账号', children: `${issued.displayName}（${issued.username}）` },
              {
                key: 'password',
                label: '初始密码',
                children: (
                  <Typography.Text className="qz-secret" copyable={{ text: issued.password, tooltips: ['复制', '已复制'] }}>
                    <span data-testid="initial-password">{issued.password}</span>
                  </Typography.Text>
                ),
              },
            ]}
          />
        </>
      ) : null}
    </Modal>
  );
}
