import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { MONETARY_SANCTION_KINDS, DURATION_SANCTION_KINDS, SANCTION_KIND_LABELS, SANCTION_KINDS, type SanctionKind } from '@quanze/domain';
import { Button, Form, InputNumber, Select, Space } from 'antd';

/** A sanction as the form holds it: money in 元, durations in months. */
export interface SanctionRow {
  kind?: SanctionKind;
  value?: number | null;
}

const OPTIONS = SANCTION_KINDS.map((k) => ({ value: k, label: SANCTION_KIND_LABELS[k] }));
const isMoney = (k: string | undefined) => (MONETARY_SANCTION_KINDS as readonly string[]).includes(k ?? '');
const isDuration = (k: string | undefined) => (DURATION_SANCTION_KINDS as readonly string[]).includes(k ?? '');

/** The rows to the API's PenaltyDto (integer fen, months). */
export function toPenalty(rows: SanctionRow[] | undefined): Record<string, unknown>[] {
  return (rows ?? [])
    .filter((r) => r.kind)
    .map((r) => {
      if (isMoney(r.kind)) return { kind: r.kind, amountFen: Math.round((r.value ?? 0) * 100) };
      if (isDuration(r.kind)) return { kind: r.kind, months: r.value ?? 0 };
      return { kind: r.kind };
    });
}

/** A PenaltyDto back to rows (for prefilling from the proposed penalty). */
export function fromPenalty(penalty: readonly Record<string, unknown>[] | null | undefined): SanctionRow[] {
  return (penalty ?? []).map((s) => ({
    kind: s['kind'] as SanctionKind,
    value: typeof s['amountFen'] === 'number' ? s['amountFen'] / 100 : typeof s['months'] === 'number' ? s['months'] : null,
  }));
}

/** Form.List of sanctions: kind, then the amount (元) or months when the kind has one. */
export function PenaltyInput({ name }: { name: string }) {
  return (
    <Form.List name={name}>
      {(fields, { add, remove }) => (
        <>
          {fields.map((field) => (
            <Space key={field.key} align="baseline" style={{ display: 'flex' }}>
              <Form.Item name={[field.name, 'kind']} rules={[{ required: true, message: '请选择处罚种类' }]}>
                <Select options={OPTIONS} placeholder="处罚种类" style={{ width: 200 }} />
              </Form.Item>
              <Form.Item noStyle dependencies={[[name, field.name, 'kind']]}>
                {({ getFieldValue }) => {
                  const kind = getFieldValue([name, field.name, 'kind']) as string | undefined;
                  if (isMoney(kind))
                    return (
                      <Form.Item name={[field.name, 'value']} rules={[{ required: true, message: '请填写金额' }]}>
                        <InputNumber<number>
                          min={0.01}
                          precision={2}
                          suffix="元"
                          placeholder="金额"
                          style={{ width: 180 }}
                          // 12,000.00: thousands grouped while typing, the value stays a plain number.
                          formatter={(v) => `${v ?? ''}`.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}
                          parser={(v) => Number((v ?? '').replace(/,/g, ''))}
                        />
                      </Form.Item>
                    );
                  if (isDuration(kind))
                    return (
                      <Form.Item name={[field.name, 'value']} rules={[{ required: true, message: '请填写期限' }]}>
                        <InputNumber min={1} max={120} precision={0} suffix="个月" placeholder="期限" style={{ width: 140 }} />
                      </Form.Item>
                    );
                  return null;
                }}
              </Form.Item>
              <MinusCircleOutlined onClick={() => remove(field.name)} aria-label="删除" />
            </Space>
          ))}
          <Button type="dashed" onClick={() => add({})} icon={<PlusOutlined />}>
            添加处罚种类
          </Button>
        </>
      )}
    </Form.List>
  );
}
