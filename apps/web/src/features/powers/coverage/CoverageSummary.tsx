import { Card, Col, Row } from 'antd';
import type { CoverageReport, CoverageStatus } from '../types.ts';
import { COVERAGE_TEXT } from '../components/CoverageBits.tsx';

const HINTS: Record<CoverageStatus, string> = {
  red: '无承办科室、无A岗、可执法人员不足或依据失效',
  amber: '缺B岗或分管领导、人员将到期、依据未关联法规库',
  green: '分解到位，岗位人员可以执法，依据有效',
};

interface Props {
  report: CoverageReport;
  active: CoverageStatus | undefined;
  onPick: (status: CoverageStatus | undefined) => void;
}

/** 红 / 黄 / 绿 counts of the whole list (not only the filtered page); a card filters the table. */
export function CoverageSummary({ report, active, onPick }: Props) {
  const { counts } = report;
  return (
    <div data-testid="coverage-summary" data-red={counts.red} data-amber={counts.amber} data-green={counts.green}>
      <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
        {(['red', 'amber', 'green'] as const).map((s) => (
          <Col key={s} xs={24} sm={8}>
            <Card
              size="small"
              className={`qz-coverage-card qz-coverage-${s}${active === s ? ' qz-coverage-card-active' : ''}`}
              onClick={() => onPick(active === s ? undefined : s)}
              role="button"
              tabIndex={0}
              onKeyDown={(e) => (e.key === 'Enter' ? onPick(active === s ? undefined : s) : undefined)}
              data-testid={`coverage-count-${s}`}
            >
              <div className="qz-coverage-num">{counts[s]}</div>
              <div className="qz-coverage-label">{COVERAGE_TEXT[s]}</div>
              <div className="qz-sub">{HINTS[s]}</div>
            </Card>
          </Col>
        ))}
      </Row>
    </div>
  );
}
