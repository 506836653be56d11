import { DeleteOutlined } from '@ant-design/icons';
import { DISCRETION_SANCTION_KINDS, DISCRETION_SANCTION_LABELS, SUSPENSION_KIND_LABELS, SUSPENSION_KINDS } from '@quanze/domain';
import { Button, Card, Checkbox, Col, Form, Input, InputNumber, Row, Select } from 'antd';
import { yuanRule } from '../money.ts';

/** Holds a form value that has no control here (the structured condition). */
function Keep(_props: { value?: unknown; onChange?: (v: unknown) => void }) {
  return null;
}

interface Props {
  name: number;
  index: number;
  levels: { value: string; label: string }[];
  onRemove: () => void;
}

/** One tier of the benchmark editor: level, clause, conditions, ranges (yuan, 倍, months), sanctions, wording. */
export function TierFields({ name, index, levels, onRemove }: Props) {
  return (
    <Card
      size="small"
      style={{ marginBottom: 12 }}
      title={`第 ${index + 1} 档`}
      extra={<Button size="small" type="text" danger icon={<DeleteOutlined />} onClick={onRemove} aria-label="删除本档" />}
      data-testid="benchmark-tier"
    >
      <Row gutter={12}>
        <Col xs={12} md={5}>
          <Form.Item name={[name, 'level']} label="档次" rules={[{ required: true, message: '请选择档次' }]}>
            <Select options={levels} />
          </Form.Item>
        </Col>
        <Col xs={12} md={5}>
          <Form.Item name={[name, 'clause']} label="基准条款">
            <Input maxLength={100} placeholder="如：第一档" />
          </Form.Item>
        </Col>
        <Col xs={24} md={10}>
          <Form.Item name={[name, 'conditionText']} label="适用情形（文字）" extra="结构化条件请在 JSON 中编辑；未填文字时按条件自动生成">
            <Input.TextArea rows={1} autoSize maxLength={1000} />
          </Form.Item>
        </Col>
        <Col xs={24} md={4}>
          <Form.Item name={[name, 'isDefault']} valuePropName="checked" label=" ">
            <Checkbox>默认档次</Checkbox>
          </Form.Item>
        </Col>
        <Col xs={12} md={4}>
          <Form.Item name={[name, 'fineMin']} label="罚款自（元）" rules={[yuanRule]}>
            <InputNumber stringMode min="0" style={{ width: '100%' }} data-testid="tier-fine-min" />
          </Form.Item>
        </Col>
        <Col xs={12} md={4}>
          <Form.Item name={[name, 'fineMax']} label="罚款至（元）" rules={[yuanRule]}>
            <InputNumber stringMode min="0" style={{ width: '100%' }} data-testid="tier-fine-max" />
          </Form.Item>
        </Col>
        <Col xs={12} md={4}>
          <Form.Item name={[name, 'multipleMin']} label="违法所得倍数自">
            <InputNumber min={0} max={100} step={0.5} precision={2} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} md={4}>
          <Form.Item name={[name, 'multipleMax']} label="倍数至">
            <InputNumber min={0} max={100} step={0.5} precision={2} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} md={4}>
          <Form.Item name={[name, 'suspensionKind']} label="停业/停止执业">
            <Select allowClear options={SUSPENSION_KINDS.map((k) => ({ value: k, label: SUSPENSION_KIND_LABELS[k] }))} />
          </Form.Item>
        </Col>
        <Col xs={6} md={2}>
          <Form.Item name={[name, 'suspensionMin']} label="月自">
            <InputNumber min={0} max={120} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={6} md={2}>
          <Form.Item name={[name, 'suspensionMax']} label="月至">
            <InputNumber min={0} max={120} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item name={[name, 'sanctions']} label="处罚种类">
            <Checkbox.Group options={DISCRETION_SANCTION_KINDS.map((k) => ({ value: k, label: DISCRETION_SANCTION_LABELS[k] }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={14}>
          <Form.Item
            name={[name, 'description']}
            label="基准内容"
            rules={[{ required: true, whitespace: true, message: '请填写处罚内容' }]}
          >
            <Input.TextArea rows={2} maxLength={1000} placeholder="如：警告，并处五千元以下罚款" />
          </Form.Item>
        </Col>
        <Col xs={24} md={10}>
          <Form.Item name={[name, 'note']} label="备注">
            <Input.TextArea rows={2} maxLength={1000} />
          </Form.Item>
        </Col>
        <Form.Item name={[name, 'when']} noStyle>
          <Keep />
        </Form.Item>
      </Row>
    </Card>
  );
}
