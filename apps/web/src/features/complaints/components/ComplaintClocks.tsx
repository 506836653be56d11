import { Typography } from 'antd';
import { OpenClocksCard } from '../../../app/components/OpenClocksCard.tsx';
import type { ComplaintDetailDto } from '../api.ts';
import { DAY_TYPE_LABELS } from '../labels.ts';

/** 期限: each open clock — due date, days left, its article; the approved extensions below. */
export function ComplaintClocks({ detail }: { detail: ComplaintDetailDto }) {
  return (
    <OpenClocksCard clocks={detail.clocks} dayUnits={DAY_TYPE_LABELS} testIdPrefix="complaint">
      {detail.extensions.length ? (
        <div style={{ marginTop: 8 }} data-testid="complaint-extensions">
          <Typography.Text strong>延长办理期限</Typography.Text>
          {detail.extensions.map((e, i) => (
            <div key={i} className="qz-muted">
              {e.on} 延长 {e.days} 日：{e.reason}
            </div>
          ))}
        </div>
      ) : null}
    </OpenClocksCard>
  );
}
