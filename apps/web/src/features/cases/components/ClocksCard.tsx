import { Typography } from 'antd';
import { OpenClocksCard } from '../../../app/components/OpenClocksCard.tsx';
import { DAY_TYPE_LABELS } from '../labels.ts';
import type { CaseClock, CaseDetailDto } from '../types.ts';

/** 办案期限的中止、延期 (第六十条) as recorded. */
function DecisionClockRecord({ record }: { record: CaseDetailDto['decisionClock'] }) {
  if (record.suspensions.length === 0 && record.extensions.length === 0) return null;
  return (
    <div style={{ marginTop: 8 }} data-testid="case-decision-clock-record">
      <Typography.Text strong>办案期限中止、延期</Typography.Text>
      {record.suspensions.map((s) => (
        <div key={`s${s.from}`} className="qz-muted">
          中止：{s.from} 至 {s.to ?? '（尚未恢复）'}，{s.reason}
          {s.recordedByName ? `（${s.recordedByName}）` : ''}
        </div>
      ))}
      {record.extensions.map((e, i) => (
        <div key={`e${i}`} className="qz-muted">
          延长 {e.days} 日：{e.reason}
          {e.approvedByName ? `（${e.approvedByName}批准）` : ''}
        </div>
      ))}
    </div>
  );
}

/** 期限: every open clock — due date, days left (working or calendar days as the server counts), its article. */
export function ClocksCard({ clocks, decisionClock }: { clocks: CaseClock[]; decisionClock?: CaseDetailDto['decisionClock'] }) {
  return (
    <OpenClocksCard clocks={clocks} dayUnits={DAY_TYPE_LABELS} testIdPrefix="case">
      {decisionClock ? <DecisionClockRecord record={decisionClock} /> : null}
    </OpenClocksCard>
  );
}
