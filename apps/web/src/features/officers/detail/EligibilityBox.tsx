import { CheckCircleFilled } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, AutoComplete, Button, Card, DatePicker, Form } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { ErrorAlert } from '../../../app/feedback.tsx';
import { formatBasis, TIME_ZONE } from '../../../app/format.ts';
import { fetchEligibility } from '../api.ts';
import type { OfficerDetailDto } from '../types.ts';

interface Values {
  category: string;
  area: string;
  date?: Dayjs | null;
}

const options = (values: readonly string[]) => values.map((v) => ({ value: v }));

/** 执法资格校验: may this officer enforce in a category and area on a day? Every refusing reason, with its article. */
export function EligibilityBox({ officer }: { officer: OfficerDetailDto }) {
  const [form] = Form.useForm<Values>();
  const check = useMutation({
    mutationFn: (v: Values) =>
      fetchEligibility(officer.id, { category: v.category.trim(), area: v.area.trim(), ...(v.date ? { date: v.date.format('YYYY-MM-DD') } : {}) }),
  });
  const cert = officer.certificate;
  const result = check.data;

  return (
    <Card size="small" title="执法资格校验" data-testid="eligibility-box">
      <Form form={form} layout="inline" onFinish={(v) => check.mutate(v)} initialValues={{ date: dayjs().tz(TIME_ZONE) }} style={{ rowGap: 8 }}>
        <Form.Item name="category" rules={[{ required: true, whitespace: true, message: '请填写执法类别' }]}>
          <AutoComplete options={options(cert?.categories ?? [])} placeholder="执法类别" style={{ width: 150 }} data-testid="eligibility-category" />
        </Form.Item>
        <Form.Item name="area" rules={[{ required: true, whitespace: true, message: '请填写执法区域' }]}>
          <AutoComplete options={options(cert?.areas ?? [])} placeholder="执法区域" style={{ width: 150 }} data-testid="eligibility-area" />
        </Form.Item>
        <Form.Item name="date">
          <DatePicker placeholder="日期（默认今天）" allowClear data-testid="eligibility-date" />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={check.isPending} data-testid="eligibility-check">
            校验
          </Button>
        </Form.Item>
      </Form>
      <div style={{ marginTop: 12 }}>
        {check.error ? <ErrorAlert error={check.error} /> : null}
        {result ? (
          <div data-testid="eligibility-result" data-allowed={result.allowed}>
            {result.allowed ? (
              <Alert type="success" showIcon icon={<CheckCircleFilled />} title={`可以执法（${result.date}）`} />
            ) : (
              <Alert
                type="error"
                showIcon
                title={`不得执法（${result.date}），原因共 ${result.reasons.length} 项：`}
                description={
                  <ol className="qz-reasons">
                    {result.reasons.map((r) => (
                      <li key={r.code}>
                        {r.message}
                        <span className="qz-sub">（依据：{formatBasis(r.basis)}）</span>
                      </li>
                    ))}
                  </ol>
                }
              />
            )}
          </div>
        ) : null}
      </div>
    </Card>
  );
}
