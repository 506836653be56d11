import { SUBJECT_KIND_LABELS, SUBJECT_STATUS_LABELS } from '@quanze/domain';
import { Space, Tag } from 'antd';
import type { SubjectKind, SubjectStatus } from '../types.ts';

const STATUS_COLORS: Record<SubjectStatus, string> = { confirmed: 'success', suspended: 'warning', revoked: 'default' };
const KIND_COLORS: Record<SubjectKind, string> = { statutory: 'blue', authorized: 'cyan', entrusted: 'purple' };

export function SubjectStatusTag({ status }: { status: SubjectStatus | null }) {
  if (status === null) return <Tag color="processing" data-testid="subject-status">未确认</Tag>;
  return (
    <Tag color={STATUS_COLORS[status]} data-testid="subject-status" data-status={status}>
      {SUBJECT_STATUS_LABELS[status]}
    </Tag>
  );
}

export function SubjectKindTag({ kind }: { kind: SubjectKind }) {
  return <Tag color={KIND_COLORS[kind]}>{SUBJECT_KIND_LABELS[kind]}</Tag>;
}

export function TagList({ values, empty = '—' }: { values: readonly string[]; empty?: string }) {
  if (values.length === 0) return <span className="qz-muted">{empty}</span>;
  return (
    <Space size={[0, 4]} wrap>
      {values.map((v) => (
        <Tag key={v}>{v}</Tag>
      ))}
    </Space>
  );
}

/** 委托期限 as “start 至 end”. */
export const termText = (start: string | null, end: string | null) => (start || end ? `${start ?? '—'} 至 ${end ?? '—'}` : '—');
