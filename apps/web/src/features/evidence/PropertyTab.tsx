/** 涉案财物 tab of the case: the items held for the case, with moves, disposal approval and disposal. */
import type { CaseDetailDto, PropertyDto } from '@quanze/contracts';
import { Button, Card, Space } from 'antd';
import { useState } from 'react';
import { ContentSpin, ErrorAlert } from '../../app/feedback.tsx';
import { useCaseProperty } from './api.ts';
import { PropertyDialog, type PropertyStep } from './PropertyActions.tsx';
import { ActionButton, PropertyTable } from './PropertyTable.tsx';

export function PropertyTab({ detail }: { detail: CaseDetailDto }) {
  const q = useCaseProperty(detail.id);
  const [dialog, setDialog] = useState<{ step: PropertyStep; item: PropertyDto | null } | null>(null);
  if (q.isPending) return <ContentSpin />;
  if (q.isError) return <ErrorAlert error={q.error} onRetry={() => void q.refetch()} />;
  const { items, canManage, canApprove } = q.data;
  return (
    <Card
      size="small"
      title={`涉案财物（${items.length}）`}
      data-testid="property-tab"
      extra={canManage ? <Button onClick={() => setDialog({ step: 'register', item: null })}>登记财物</Button> : null}
    >
      <PropertyTable
        items={items}
        actions={(r) =>
          r.status === 'held' ? (
            <Space size={0} wrap>
              {canManage ? <ActionButton onClick={() => setDialog({ step: 'move', item: r })}>移库</ActionButton> : null}
              {canApprove ? <ActionButton onClick={() => setDialog({ step: 'approve-disposal', item: r })}>审批处置</ActionButton> : null}
              {canManage ? <ActionButton onClick={() => setDialog({ step: 'dispose', item: r })}>处置</ActionButton> : null}
            </Space>
          ) : null
        }
      />
      {dialog ? <PropertyDialog caseId={detail.id} item={dialog.item} step={dialog.step} onClose={() => setDialog(null)} /> : null}
    </Card>
  );
}
