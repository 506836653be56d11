import {
  checkListTransition,
  POWER_LIST_ACTION_LABELS,
  POWER_LIST_TRANSITIONS,
  type LocalDate,
  type PowerListAction,
} from '@quanze/domain';
import { Alert, Button, Space } from 'antd';
import { useState } from 'react';
import dayjs from 'dayjs';
import { formatBasis, TIME_ZONE } from '../../../app/format.ts';
import { useCurrentMe } from '../../../app/me.ts';
import { ReasonModal } from '../../officers/components/ReasonModal.tsx';
import { useListTransition } from '../api.ts';
import type { PowerListVersionDetail } from '../types.ts';

const ORDER: readonly PowerListAction[] = ['approve', 'publish', 'return', 'discard'];
const DESCRIPTIONS: Record<PowerListAction, string> = {
  approve: '审批通过后由局领导或执法监督科公布；清单有阻断性问题时不能审批。',
  publish: '公布后本版本成为现行清单，原现行版本标记为“已被新版本替代”并留存。',
  return: '退回后清单回到草稿状态，可继续修改。',
  discard: '作废的草稿保留记录，不再可以修改或审批。',
};

/**
 * The transitions the actor may take now (abilities), each confirmed in a dialog that shows the server's refusal
 * with its article. A leader who drafted the version sees why the approve button is missing (four eyes).
 */
export function ListActions({ list }: { list: PowerListVersionDetail }) {
  const me = useCurrentMe();
  const transition = useListTransition(list.id);
  const [action, setAction] = useState<PowerListAction | null>(null);
  const allowed = ORDER.filter((a) => list.abilities.includes(a));
  // The domain's own guard words the four-eyes refusal; the server applies the same one.
  const selfApproval =
    list.status === 'draft' && !list.abilities.includes('approve') && me.permissions.includes('power:approve')
      ? checkListTransition(
          {
            id: list.id,
            subjectId: list.subjectId,
            versionNo: list.versionNo,
            status: list.status,
            draftedBy: list.draftedBy,
            approvedBy: null,
            approvedOn: null,
            publishedOn: null,
          },
          'approve',
          { actorId: me.user.id, actorRoles: me.user.roles, date: dayjs().tz(TIME_ZONE).format('YYYY-MM-DD') as LocalDate },
        )
      : null;

  return (
    <>
      <Space wrap>
        {allowed.map((a) => (
          <Button
            key={a}
            type={a === 'approve' || a === 'publish' ? 'primary' : 'default'}
            danger={a === 'discard'}
            onClick={() => setAction(a)}
            data-testid={`list-${a}`}
          >
            {POWER_LIST_ACTION_LABELS[a]}
          </Button>
        ))}
      </Space>
      {selfApproval && !selfApproval.ok && selfApproval.code === 'LIST_SELF_APPROVAL' ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 12 }}
          title={selfApproval.reason}
          description={`依据：${formatBasis(selfApproval.basis)}`}
          data-testid="list-four-eyes"
        />
      ) : null}
      {action ? (
        <ReasonModal
          open
          title={`${POWER_LIST_ACTION_LABELS[action]}：${list.title}`}
          description={DESCRIPTIONS[action]}
          label={POWER_LIST_TRANSITIONS[action].reasonRequired ? '理由' : '意见（可不填）'}
          required={POWER_LIST_TRANSITIONS[action].reasonRequired}
          okText={POWER_LIST_ACTION_LABELS[action]}
          danger={action === 'discard'}
          testId="list-transition"
          onSubmit={({ reason }) => transition.mutateAsync({ action, reason: reason || null, version: list.version })}
          onClose={() => setAction(null)}
        />
      ) : null}
    </>
  );
}
