import { POWER_LIST_STATUS_LABELS, type PowerListStatus } from '@quanze/domain';
import { Steps, Tag } from 'antd';
import type { PowerListVersion } from '../types.ts';

const COLORS: Record<PowerListStatus, string> = {
  draft: 'processing',
  approved: 'cyan',
  published: 'success',
  superseded: 'default',
  discarded: 'default',
};

export function ListStatusTag({ status }: { status: PowerListStatus }) {
  return (
    <Tag color={COLORS[status]} data-status={status} data-testid="list-status">
      {POWER_LIST_STATUS_LABELS[status]}
    </Tag>
  );
}

const STEP: Record<PowerListStatus, number> = { draft: 0, approved: 1, published: 2, superseded: 2, discarded: 0 };

/** 起草 → 审批 → 公布, with who and when. */
export function ListFlow({ list }: { list: PowerListVersion }) {
  const discarded = list.status === 'discarded';
  return (
    <Steps
      size="small"
      current={STEP[list.status]}
      status={discarded ? 'error' : list.status === 'published' || list.status === 'superseded' ? 'finish' : 'process'}
      items={[
        { title: discarded ? '已作废' : '起草', content: list.draftedByName ?? '—' },
        {
          title: '审批',
          content: list.approvedByName ? `${list.approvedByName} ${list.approvedOn ?? ''}` : '局领导审批（起草人不得审批）',
        },
        { title: '公布', content: list.publishedOn ?? '—' },
      ]}
      data-testid="list-flow"
    />
  );
}
