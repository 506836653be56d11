import { TotpEnableRequest } from '@quanze/contracts';
import { Button, Col, Form, Input, Row, Skeleton, Typography } from 'antd';
import { ErrorAlert } from '../../../app/feedback.tsx';
import { zodRule } from '../../../app/form.ts';
import type { TotpSetupResponse } from '../../../app/types.ts';

interface Props {
  setup: TotpSetupResponse | undefined;
  setupError: Error | null;
  setupPending: boolean;
  onRetrySetup: () => void;
  enablePending: boolean;
  enableError: Error | null;
  onEnable: (code: string) => void;
}

/** Step 1–2 of binding: scan the QR code (or type the secret), then prove it with a current code. */
export function TotpBindForm({ setup, setupError, setupPending, onRetrySetup, enablePending, enableError, onEnable }: Props) {
  const [form] = Form.useForm<{ code: string }>();

  if (setupError && !setup) return <ErrorAlert error={setupError} onRetry={onRetrySetup} />;
  if (!setup || setupPending) return <Skeleton active />;

  return (
    <Row gutter={[32, 24]}>
      <Col xs={24} sm={10}>
        <img className="qz-qr" src={setup.qrDataUrl} alt="动态口令绑定二维码" data-testid="totp-qr" />
      </Col>
      <Col xs={24} sm={14}>
        <Typography.Paragraph>1. 在手机上打开身份验证器应用（支持 TOTP 标准的任一应用），扫描左侧二维码。</Typography.Paragraph>
        <Typography.Paragraph>
          无法扫码时，可在应用中手动输入密钥：
          <br />
          <Typography.Text className="qz-secret" copyable={{ text: setup.secret, tooltips: ['复制密钥', '已复制'] }}>
            <span data-testid="totp-secret">{setup.secret}</span>
          </Typography.Text>
        </Typography.Paragraph>
        <Typography.Paragraph>2. 输入应用中显示的 6 位动态口令，完成绑定。</Typography.Paragraph>
        <Form form={form} layout="inline" onFinish={(values) => onEnable(values.code.trim())} requiredMark={false}>
          <Form.Item name="code" rules={[zodRule(TotpEnableRequest.shape.code, { required: '请输入 6 位动态口令' })]}>
            <Input
              placeholder="6 位动态口令"
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={6}
              style={{ width: 160 }}
              data-testid="totp-code"
            />
          </Form.Item>
          <Form.Item>
            <Button type="primary" htmlType="submit" loading={enablePending} data-testid="totp-enable">
              验证并启用
            </Button>
          </Form.Item>
        </Form>
        {enableError ? (
          <div style={{ marginTop: 12 }} data-testid="totp-error">
            <ErrorAlert error={enableError} />
          </div>
        ) : null}
      </Col>
    </Row>
  );
}
