import { enforcementFieldLabel } from '@quanze/domain';
import { Descriptions, Tag } from 'antd';
import type { ReactNode } from 'react';
import { describeSanction } from '../sanction-text.ts';
import type { PowerItem } from '../types.ts';
import { BasisList } from './BasisList.tsx';

const VERIFICATION: Record<PowerItem['verification'], string> = { verified: '已核实', partial: '部分核实', unverified: '未核实' };
const text = (v: string | null | undefined): ReactNode =>
  v ? <div className="qz-field-text">{v}</div> : <span className="qz-muted">未填写</span>;

export function timeLimitText(t: PowerItem['statutoryTimeLimit']): string | null {
  if (!t) return null;
  const days = t.days !== null ? `${t.days}个${t.dayType === 'workingDays' ? '工作日' : '自然日'}` : '';
  return [days, t.text].filter(Boolean).join('；');
}

/** Every field of a power item (执法事项): the 五要素, responsibility and 追责情形, time limit, fees, channel, basis. */
export function PowerFields({ item }: { item: PowerItem }) {
  return (
    <Descriptions size="small" bordered column={{ xs: 1, md: 2 }} data-testid="power-fields" styles={{ label: { width: 130 } }}>
      <Descriptions.Item label="事项编码">
        <span className="qz-mono">{item.code}</span>
        {item.catalogCode ? <span className="qz-sub">（目录编码 {item.catalogCode}）</span> : null}
      </Descriptions.Item>
      <Descriptions.Item label="职权类别">
        {item.categoryLabel}
        {item.catalogType && item.catalogType !== item.categoryLabel ? `（${item.catalogType}）` : ''}
      </Descriptions.Item>
      <Descriptions.Item label="实施对象">{item.target || '—'}</Descriptions.Item>
      <Descriptions.Item label="承办科室">{item.departmentName || '—'}</Descriptions.Item>
      <Descriptions.Item label="决定层级">{item.level || '—'}</Descriptions.Item>
      <Descriptions.Item label="执法类别 / 区域">
        {enforcementFieldLabel(item.enforcementField)} / {item.area}
      </Descriptions.Item>
      <Descriptions.Item label="执法依据" span="filled">
        <BasisList basis={item.basis} />
      </Descriptions.Item>
      {item.sanctions ? (
        <Descriptions.Item label="处罚种类和幅度" span="filled">
          {describeSanction(item.sanctions)}
        </Descriptions.Item>
      ) : null}
      {item.category === 'penalty' ? (
        <Descriptions.Item label="听证" span="filled">
          {item.hearingEligible ? `可申请听证${item.hearingCondition ? `：${item.hearingCondition}` : ''}` : '—'}
        </Descriptions.Item>
      ) : null}
      <Descriptions.Item label="执法范围" span="filled">
        {text(item.scope)}
      </Descriptions.Item>
      <Descriptions.Item label="执法权限" span="filled">
        {text(item.authority)}
      </Descriptions.Item>
      <Descriptions.Item label="执法标准" span="filled">
        {text(item.standard)}
      </Descriptions.Item>
      <Descriptions.Item label="执法程序" span="filled">
        {text(item.procedure)}
      </Descriptions.Item>
      <Descriptions.Item label="责任事项" span="filled">
        {text(item.responsibility)}
      </Descriptions.Item>
      <Descriptions.Item label="追责情形" span="filled">
        {item.accountabilityTriggers.length ? (
          <ol className="qz-reason-list">
            {item.accountabilityTriggers.map((t) => (
              <li key={t}>{t}</li>
            ))}
          </ol>
        ) : (
          <span className="qz-muted">未填写</span>
        )}
      </Descriptions.Item>
      <Descriptions.Item label="法定时限">{text(timeLimitText(item.statutoryTimeLimit))}</Descriptions.Item>
      <Descriptions.Item label="收费依据及标准">{text(item.fees)}</Descriptions.Item>
      <Descriptions.Item label="监督投诉渠道" span="filled">
        {text(item.supervisionChannel)}
      </Descriptions.Item>
      <Descriptions.Item label="核实状态" span="filled">
        <Tag color={item.verification === 'verified' ? 'success' : item.verification === 'partial' ? 'warning' : 'default'}>
          {VERIFICATION[item.verification]}
        </Tag>
        {item.verificationNote ? <span className="qz-sub">{item.verificationNote}</span> : null}
      </Descriptions.Item>
      {item.notes ? (
        <Descriptions.Item label="备注" span="filled">
          {text(item.notes)}
        </Descriptions.Item>
      ) : null}
    </Descriptions>
  );
}
