import { citationForDisplay, citationNoteForDisplay } from '@quanze/domain';
/** The coverage status tag (红 / 黄 / 绿) and a reason with its article, shared by the list, detail and report. */
import { Tag, Tooltip } from 'antd';
import type { CoverageStatus } from '../types.ts';

export const COVERAGE_LABELS: Record<CoverageStatus, string> = { red: '红', amber: '黄', green: '绿' };
export const COVERAGE_TEXT: Record<CoverageStatus, string> = { red: '存在缺口', amber: '需关注', green: '已覆盖' };
const COLORS: Record<CoverageStatus, string> = { red: 'error', amber: 'warning', green: 'success' };

export function CoverageTag({ status }: { status: CoverageStatus | null | undefined }) {
  if (!status) return <Tag>未检查</Tag>;
  return (
    <Tag color={COLORS[status]} data-status={status} data-testid="coverage-status">
      {COVERAGE_LABELS[status]}·{COVERAGE_TEXT[status]}
    </Tag>
  );
}

interface Basis {
  law: string;
  article: string;
  note?: string | undefined;
}

/** 依据：law article — the note (the source's remark) in a tooltip. */
export function BasisText({ basis }: { basis: Basis }) {
  const text = citationForDisplay(basis);
  const note = citationNoteForDisplay(basis);
  return <span className="qz-sub qz-basis">（依据：{note ? <Tooltip title={note}>{text}</Tooltip> : text}）</span>;
}
