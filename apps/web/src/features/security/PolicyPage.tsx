import { Alert, App, Button, Card, Col, Form, InputNumber, Row, Skeleton, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { isApiError } from '../../app/api.ts';
import { ErrorAlert, useNotifyError } from '../../app/feedback.tsx';
import { applyFieldErrors } from '../../app/form.ts';
import { formatBasis } from '../../app/format.ts';
import { PageHeader } from '../../app/PageHeader.tsx';
import type { PolicyDto } from '../../app/types.ts';
import { usePolicy, useSavePolicy } from './api.ts';
import { POLICY_SECTIONS } from './components/policy-fields.ts';

type Values = Omit<PolicyDto, 'version'>;

export function PolicyPage() {
  const { data, error, refetch } = usePolicy();
  const save = useSavePolicy();
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const [conflict, setConflict] = useState(false);

  useEffect(() => {
    if (data) form.setFieldsValue(data);
  }, [data, form]);

  if (error && !data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!data) return <Skeleton active />;

  const onFinish = (values: Values) => {
    setConflict(false);
    save.mutate(
      { ...values, version: data.version },
      {
        onSuccess: () => void message.success('安全策略已保存，新的设置即时生效'),
        onError: (err) => {
          if (isApiError(err, 'VERSION_CONFLICT')) {
            setConflict(true);
            void refetch();
            return;
          }
          if (!applyFieldErrors(form, err)) notifyError(err);
        },
      },
    );
  };

  return (
    <>
      <PageHeader title="安全策略" subtitle="口令、登录失败处理与会话超时策略，修改记入审计日志" />
      {conflict ? (
        <Alert
          type="warning"
          showIcon
          closable
          style={{ marginBottom: 16 }}
          data-testid="version-conflict"
          title="安全策略已被他人修改"
          description="已载入最新设置，请核对后重新保存。"
        />
      ) : null}
      <Form form={form} layout="vertical" initialValues={data} onFinish={onFinish} data-testid="policy-form">
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          {POLICY_SECTIONS.map((section) => (
            <Card
              key={section.title}
              title={section.title}
              extra={<Typography.Text type="secondary">依据：{formatBasis(section.basis)}</Typography.Text>}
            >
              <Row gutter={24}>
                {section.fields.map((f) => (
                  <Col key={f.name} xs={24} sm={12} lg={8} xl={6}>
                    <Form.Item
                      name={f.name}
                      label={f.label}
                      extra={`${f.help}（${f.min}–${f.max}）`}
                      dependencies={f.name === 'maxLength' ? ['minLength'] : []}
                      rules={[
                        { required: true, message: `请输入${f.label}` },
                        { type: 'integer', min: f.min, max: f.max, message: `${f.label}须为 ${f.min}–${f.max} 的整数` },
                        ...(f.name === 'maxLength'
                          ? [
                              ({ getFieldValue }: { getFieldValue: (n: string) => unknown }) => ({
                                validator: async (_: unknown, v: number | undefined) => {
                                  const min = getFieldValue('minLength');
                                  if (typeof v === 'number' && typeof min === 'number' && v < min)
                                    throw new Error('最大长度不能小于最小长度');
                                },
                              }),
                            ]
                          : []),
                      ]}
                    >
                      <InputNumber
                        min={f.min}
                        max={f.max}
                        precision={0}
                        suffix={f.unit}
                        style={{ width: '100%' }}
                        data-testid={`policy-${f.name}`}
                      />
                    </Form.Item>
                  </Col>
                ))}
              </Row>
            </Card>
          ))}
          <Space>
            <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="policy-save">
              保存
            </Button>
            <Button onClick={() => form.setFieldsValue(data)}>撤销修改</Button>
          </Space>
        </Space>
      </Form>
    </>
  );
}
