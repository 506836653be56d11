import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Space, Typography } from 'antd';

function download(codes: readonly string[], username: string) {
  const text = `权责 · 行政执法责任制平台 动态口令恢复码\n账号：${username}\n\n${codes.join('\n')}\n\n每个恢复码只能使用一次，请妥善保管。\n`;
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `恢复码-${username}.txt`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The one-time display of TOTP recovery codes. */
export function RecoveryCodes({ codes, username, onDone }: { codes: readonly string[]; username: string; onDone: () => void }) {
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Alert
        type="warning"
        showIcon
        title="请立即保存以下恢复码，页面关闭后将不再显示"
        description="手机丢失或无法使用验证器时，可在登录时用一个恢复码代替动态口令。每个恢复码只能使用一次。"
      />
      <ul className="qz-codes" data-testid="recovery-codes">
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ul>
      <Space wrap>
        <Typography.Text copyable={{ text: codes.join('\n'), tooltips: ['复制全部', '已复制'] }}>复制全部恢复码</Typography.Text>
        <Button icon={<DownloadOutlined />} onClick={() => download(codes, username)}>
          下载为文本文件
        </Button>
      </Space>
      <Button type="primary" onClick={onDone} data-testid="recovery-saved">
        我已保存
      </Button>
    </Space>
  );
}
