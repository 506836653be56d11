import { Alert, Form, Modal, Typography } from 'antd';
import { useState } from 'react';
import { applyFieldErrors } from '../../../app/form.ts';
import { formatBasis } from '../../../app/format.ts';
import { RefusalAlert } from '../../cases/components/RefusalAlert.tsx';
import { useComplaintAction, type ComplaintAbilityDto, type ComplaintDetailDto } from '../api.ts';
import { actionFields, initialValues, toBody } from './action-forms.tsx';

const DANGER = new Set(['notAccept', 'transfer', 'returnToSender']);

interface Props {
  detail: ComplaintDetailDto;
  ability: ComplaintAbilityDto;
  onClose: () => void;
  onDone: (label: string, after: ComplaintDetailDto) => void;
}

/** Performs one complaint action: its form, the warnings the server foresees, the refusal (reason + article) in place. */
export function ComplaintActionDialog({ detail, ability, onClose, onDone }: Props) {
  const [form] = Form.useForm<Record<string, unknown>>();
  const perform = useComplaintAction(detail.id);
  const [error, setError] = useState<unknown>(null);
  const fields = actionFields(ability.action, detail);

  const submit = async () => {
    const values = await form.validateFields();
    setError(null);
    try {
      const after = await perform.mutateAsync({ action: ability.action, body: toBody(ability.action, values, detail.version) });
      onDone(ability.label, after);
    } catch (e) {
      applyFieldErrors(form, e);
      setError(e);
    }
  };

  return (
    <Modal
      open
      title={ability.label}
      okText={`确认${ability.label}`}
      okButtonProps={{ danger: DANGER.has(ability.action), 'data-testid': 'complaint-action-submit' }}
      cancelText="取消"
      confirmLoading={perform.isPending}
      onOk={() => void submit()}
      onCancel={onClose}
      width={600}
      destroyOnHidden
    >
      {error ? <RefusalAlert error={error} /> : null}
      {ability.warnings.length ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title="提示"
          description={ability.warnings.map((w) => (
            <div key={w.code}>
              {w.reason}
              {formatBasis(w.basis) ? `（依据：${formatBasis(w.basis)}）` : ''}
            </div>
          ))}
        />
      ) : null}
      {fields === null ? <Typography.Paragraph>确认对本事项办理“{ability.label}”？</Typography.Paragraph> : null}
      <Form form={form} layout="vertical" initialValues={initialValues(ability.action, detail)} data-testid={`complaint-action-form-${ability.action}`}>
        {fields}
      </Form>
    </Modal>
  );
}
