import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, Form, Input, InputNumber, Modal, Row, Select, Space, Switch } from 'antd';
import { useState } from 'react';
import { ErrorAlert } from '../../../app/feedback.tsx';
import { applyFieldErrors } from '../../../app/form.ts';
import { useUpdateItem } from '../api.ts';
import type { PowerItem } from '../types.ts';

interface Values {
  name: string;
  target: string;
  departmentName: string;
  level: string;
  basis: { law: string; article: string; gist: string }[];
  scope?: string;
  authority?: string;
  standard?: string;
  procedure?: string;
  responsibility?: string;
  triggers?: string;
  limitDays?: number | null;
  limitDayType: 'workingDays' | 'calendarDays';
  limitText?: string;
  fees?: string;
  supervisionChannel?: string;
  hearingEligible: boolean;
  hearingCondition?: string;
  notes?: string;
}

const opt = (v: string | undefined) => (v?.trim() ? v.trim() : null);
const area = (name: keyof Values, label: string, rows = 2, max = 2000) => (
  <Form.Item name={name} label={label}>
    <Input.TextArea rows={rows} maxLength={max} showCount />
  </Form.Item>
);

/** 修改草稿中的事项: the 五要素, responsibility and 追责情形, time limit, fees, channel, basis (relinked when changed). */
export function PowerItemFormModal({ item, onClose }: { item: PowerItem; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const update = useUpdateItem(item.listId);
  const [error, setError] = useState<unknown>(null);

  const initial: Values = {
    name: item.name,
    target: item.target,
    departmentName: item.departmentName,
    level: item.level,
    basis: item.basis.map((b) => ({ law: b.law, article: b.article, gist: b.gist })),
    scope: item.scope ?? '',
    authority: item.authority ?? '',
    standard: item.standard ?? '',
    procedure: item.procedure ?? '',
    responsibility: item.responsibility ?? '',
    triggers: item.accountabilityTriggers.join('\n'),
    limitDays: item.statutoryTimeLimit?.days ?? null,
    limitDayType: item.statutoryTimeLimit?.dayType ?? 'workingDays',
    limitText: item.statutoryTimeLimit?.text ?? '',
    fees: item.fees ?? '',
    supervisionChannel: item.supervisionChannel ?? '',
    hearingEligible: item.hearingEligible,
    hearingCondition: item.hearingCondition ?? '',
    notes: item.notes,
  };

  const finish = (v: Values) => {
    setError(null);
    // An unchanged citation keeps its library links; a changed one is relinked by the server (title and 条款).
    const basis = v.basis.map((b) => {
      const same = item.basis.find((o) => o.law === b.law.trim() && o.article === b.article.trim());
      return {
        law: b.law.trim(),
        article: b.article.trim(),
        gist: (b.gist ?? '').trim(),
        ...(same ? { articleIds: same.articleIds } : {}),
      };
    });
    const limit = v.limitDays !== null && v.limitDays !== undefined ? v.limitDays : null;
    update.mutate(
      {
        powerId: item.powerId,
        version: item.version,
        name: v.name.trim(),
        target: v.target.trim(),
        departmentName: v.departmentName.trim(),
        level: v.level.trim(),
        basis,
        scope: opt(v.scope),
        authority: opt(v.authority),
        standard: opt(v.standard),
        procedure: opt(v.procedure),
        responsibility: opt(v.responsibility),
        accountabilityTriggers: (v.triggers ?? '')
          .split(/\r?\n/)
          .map((t) => t.trim())
          .filter(Boolean),
        statutoryTimeLimit:
          limit !== null || v.limitText?.trim() ? { days: limit, dayType: v.limitDayType, text: (v.limitText ?? '').trim() } : null,
        fees: opt(v.fees),
        supervisionChannel: opt(v.supervisionChannel),
        hearingEligible: v.hearingEligible,
        hearingCondition: opt(v.hearingCondition),
        notes: (v.notes ?? '').trim(),
      },
      { onSuccess: onClose, onError: (e) => (applyFieldErrors(form, e) ? undefined : setError(e)) },
    );
  };

  return (
    <Modal
      open
      title={`修改事项：${item.code}`}
      okText="保存"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={update.isPending}
      okButtonProps={{ 'data-testid': 'item-save' }}
      width={900}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={initial} onFinish={finish}>
        <Form.Item name="name" label="事项名称" rules={[{ required: true, whitespace: true, message: '请填写事项名称' }]}>
          <Input maxLength={300} />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} md={8}>
            <Form.Item name="target" label="实施对象">
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="departmentName" label="承办科室（清单所列）">
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="level" label="决定层级">
              <Input maxLength={200} />
            </Form.Item>
          </Col>
        </Row>
        <Form.List name="basis">
          {(fields, { add, remove }) => (
            <Form.Item label="执法依据">
              {fields.map((f) => (
                <Space key={f.key} align="baseline" style={{ display: 'flex', marginBottom: 4 }} wrap>
                  <Form.Item name={[f.name, 'law']} rules={[{ required: true, whitespace: true, message: '请填写法律文件名称' }]} noStyle>
                    <Input placeholder="法律文件名称" style={{ width: 260 }} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'article']} rules={[{ required: true, whitespace: true, message: '请填写条款' }]} noStyle>
                    <Input placeholder="条款，如：第四十七条" style={{ width: 180 }} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'gist']} noStyle>
                    <Input placeholder="要点" style={{ width: 300 }} />
                  </Form.Item>
                  <MinusCircleOutlined onClick={() => remove(f.name)} aria-label="删除依据" />
                </Space>
              ))}
              <Button size="small" icon={<PlusOutlined />} onClick={() => add({ law: '', article: '', gist: '' })}>
                增加依据
              </Button>
            </Form.Item>
          )}
        </Form.List>
        {area('scope', '执法范围')}
        {area('authority', '执法权限')}
        {area('standard', '执法标准')}
        {area('procedure', '执法程序', 3, 4000)}
        {area('responsibility', '责任事项', 3, 4000)}
        <Form.Item name="triggers" label="追责情形" extra="每行一项">
          <Input.TextArea rows={3} />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={8} md={4}>
            <Form.Item name="limitDays" label="法定时限（日）">
              <InputNumber min={0} max={3650} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={16} md={5}>
            <Form.Item name="limitDayType" label="计日方式">
              <Select
                options={[
                  { value: 'workingDays', label: '工作日' },
                  { value: 'calendarDays', label: '自然日' },
                ]}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={15}>
            <Form.Item name="limitText" label="时限说明">
              <Input maxLength={200} placeholder="如：自受理之日起20日内作出决定" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="fees" label="收费依据及标准">
              <Input maxLength={500} placeholder="如：不收费" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="supervisionChannel" label="监督投诉渠道">
              <Input maxLength={500} />
            </Form.Item>
          </Col>
          <Col xs={8} md={4}>
            <Form.Item name="hearingEligible" label="可申请听证" valuePropName="checked">
              <Switch />
            </Form.Item>
          </Col>
          <Col xs={16} md={20}>
            <Form.Item name="hearingCondition" label="听证条件">
              <Input maxLength={500} />
            </Form.Item>
          </Col>
        </Row>
        {area('notes', '备注')}
      </Form>
      {error ? <ErrorAlert error={error} /> : null}
    </Modal>
  );
}
