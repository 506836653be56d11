import { Card, Col, Row, Statistic } from 'antd';
import type { KeyboardEvent } from 'react';
import type { OfficerQuery } from '../api.ts';
import { useOfficerDashboard } from '../api.ts';
import type { OfficerAlertFilter } from '../types.ts';

interface CardDef {
  key: string;
  title: string;
  value: number | undefined;
  tone?: 'critical' | 'warning';
  /** The list filter the card applies. */
  filter: { certificateStatus?: 'valid'; alert?: OfficerAlertFilter };
}

interface Props {
  query: OfficerQuery;
  onFilter: (filter: { certificateStatus: string | undefined; alert: string | undefined }) => void;
}

/** 持证人数 / N 日内到期 / 审验逾期 / 培训学时不足; clicking a card filters the roster below (again: clears it). */
export function OfficerDashboard({ query, onFilter }: Props) {
  const { data, isLoading } = useOfficerDashboard();
  const cards: CardDef[] = [
    { key: 'certified', title: '持证人数', value: data?.certified, filter: { certificateStatus: 'valid' } },
    { key: 'expiring', title: `${data?.leadDays ?? 60} 日内到期`, value: data?.expiringSoon, tone: 'warning', filter: { alert: 'expiring' } },
    { key: 'overdueReview', title: '审验逾期', value: data?.overdueReviews, tone: 'critical', filter: { alert: 'overdueReview' } },
    {
      key: 'trainingDeficit',
      title: `培训学时不足（${data?.year ?? ''}年 ${data?.requiredTrainingHours ?? 60} 学时）`,
      value: data?.belowTrainingMinimum,
      tone: 'critical',
      filter: { alert: 'trainingDeficit' },
    },
  ];

  const isActive = (c: CardDef) => query.certificateStatus === c.filter.certificateStatus && query.alert === c.filter.alert;
  const apply = (c: CardDef) =>
    onFilter(isActive(c) ? { certificateStatus: undefined, alert: undefined } : { certificateStatus: c.filter.certificateStatus, alert: c.filter.alert });
  const onKey = (c: CardDef) => (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      apply(c);
    }
  };

  return (
    <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
      {cards.map((c) => {
        const color = c.value && c.tone ? (c.tone === 'critical' ? '#cf1322' : '#d46b08') : undefined;
        return (
          <Col key={c.key} xs={12} lg={6}>
            <Card
              size="small"
              className={`qz-stat-card${isActive(c) ? ' qz-stat-card-active' : ''}`}
              role="button"
              tabIndex={0}
              aria-pressed={isActive(c)}
              onClick={() => apply(c)}
              onKeyDown={onKey(c)}
              data-testid={`officer-card-${c.key}`}
            >
              <Statistic title={c.title} value={c.value ?? 0} loading={isLoading} suffix="人" styles={{ content: color ? { color } : {} }} />
            </Card>
          </Col>
        );
      })}
    </Row>
  );
}
