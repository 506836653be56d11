import { Descriptions, Tag, Typography } from 'antd';
import { formatDateTime } from '../../../app/format.ts';
import type { AccountabilityRulesVersionDto } from '../api.ts';

/** One version of the bureau's rules as published: its text and the unit that takes reports. */
export function RulesVersionView({ v }: { v: AccountabilityRulesVersionDto }) {
  const shown = (s: string) => s || '—';
  return (
    <div data-testid={`acc-version-${v.version}`}>
      <Typography.Title level={5} style={{ textAlign: 'center', marginTop: 0 }} data-testid="acc-console-title">
        {v.title} {v.demo ? <Tag color="orange">演示数据</Tag> : null}
      </Typography.Title>
      <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ marginBottom: 12 }}>
        <Descriptions.Item label="文号">{shown(v.documentNumber)}</Descriptions.Item>
        <Descriptions.Item label="施行日期">{v.effectiveOn}</Descriptions.Item>
        <Descriptions.Item label="版本">
          第 {v.version} 版（{formatDateTime(v.updatedAt)}，{v.updatedByName ?? '系统载入'}）
        </Descriptions.Item>
      </Descriptions>
      <div className="qz-acc-console-text">
        {v.paragraphs.map((p, i) => (
          <p key={i} data-testid={`acc-console-paragraph-${i + 1}`}>
            {p}
          </p>
        ))}
      </div>
      <Descriptions size="small" title="投诉举报受理" column={{ xs: 1, md: 2 }} style={{ marginTop: 12 }}>
        <Descriptions.Item label="受理单位">{v.reportUnit}</Descriptions.Item>
        <Descriptions.Item label="受理电话">{shown(v.reportPhone)}</Descriptions.Item>
        <Descriptions.Item label="受理时间">{shown(v.reportHours)}</Descriptions.Item>
        <Descriptions.Item label="地址">{shown(v.reportAddress)}</Descriptions.Item>
        <Descriptions.Item label="电子邮箱">{shown(v.reportEmail)}</Descriptions.Item>
      </Descriptions>
    </div>
  );
}
