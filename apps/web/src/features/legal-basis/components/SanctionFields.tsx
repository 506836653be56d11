import { Col, Form, InputNumber, Row, Select } from 'antd';
import { fenToYuanText, yuanRule, yuanTextToFen } from '../../powers/money.ts';

/** The sanction fields as the form holds them: yuan as text, months and multiples as numbers. */
export interface SanctionValues {
  fineMin?: string | null;
  fineMax?: string | null;
  multipleMin?: number | null;
  multipleMax?: number | null;
  suspensionMin?: number | null;
  suspensionMax?: number | null;
  otherSanctions?: string[];
}

export interface SanctionRange {
  fineMinFen: number | null;
  fineMaxFen: number | null;
  multipleOfIllegalIncome: [number, number] | null;
  suspensionMonthsMin: number | null;
  suspensionMonthsMax: number | null;
  otherSanctions: string[];
}

const num = (v: number | null | undefined) => (v === undefined || v === null ? null : v);

export function toSanction(v: SanctionValues): SanctionRange | null {
  const out: SanctionRange = {
    fineMinFen: yuanTextToFen(v.fineMin),
    fineMaxFen: yuanTextToFen(v.fineMax),
    multipleOfIllegalIncome: num(v.multipleMax) !== null ? [num(v.multipleMin) ?? 0, v.multipleMax ?? 0] : null,
    suspensionMonthsMin: num(v.suspensionMin),
    suspensionMonthsMax: num(v.suspensionMax),
    otherSanctions: v.otherSanctions ?? [],
  };
  const empty =
    out.fineMinFen === null &&
    out.fineMaxFen === null &&
    !out.multipleOfIllegalIncome &&
    out.suspensionMonthsMax === null &&
    out.otherSanctions.length === 0;
  return empty ? null : out;
}

export function fromSanction(s: SanctionRange | null | undefined): SanctionValues {
  if (!s) return {};
  return {
    fineMin: fenToYuanText(s.fineMinFen) ?? null,
    fineMax: fenToYuanText(s.fineMaxFen) ?? null,
    multipleMin: s.multipleOfIllegalIncome?.[0] ?? null,
    multipleMax: s.multipleOfIllegalIncome?.[1] ?? null,
    suspensionMin: s.suspensionMonthsMin,
    suspensionMax: s.suspensionMonthsMax,
    otherSanctions: [...s.otherSanctions],
  };
}

/** 罚则的处罚幅度: fine in yuan (stored in fen), multiples of the illegal income, suspension months, other kinds. */
export function SanctionFields() {
  return (
    <Row gutter={12}>
      <Col xs={12} sm={6}>
        <Form.Item name="fineMin" label="罚款下限（元）" rules={[yuanRule]}>
          <InputNumber stringMode min="0" style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col xs={12} sm={6}>
        <Form.Item name="fineMax" label="罚款上限（元）" rules={[yuanRule]}>
          <InputNumber stringMode min="0" style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col xs={12} sm={6}>
        <Form.Item name="multipleMin" label="违法所得倍数自">
          <InputNumber min={0} max={100} step={0.5} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col xs={12} sm={6}>
        <Form.Item name="multipleMax" label="违法所得倍数至">
          <InputNumber min={0} max={100} step={0.5} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col xs={12} sm={6}>
        <Form.Item name="suspensionMin" label="停业/停止执业（月）自">
          <InputNumber min={0} max={120} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col xs={12} sm={6}>
        <Form.Item name="suspensionMax" label="停业/停止执业（月）至">
          <InputNumber min={0} max={120} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item name="otherSanctions" label="其他处罚种类">
          <Select mode="tags" open={false} tokenSeparators={[',', '，', '、']} placeholder="如：警告、没收违法所得，输入后回车" />
        </Form.Item>
      </Col>
    </Row>
  );
}
