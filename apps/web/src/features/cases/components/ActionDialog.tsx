import { Alert, Form, Modal, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { applyFieldErrors } from '../../../app/form.ts';
import { formatBasis } from '../../../app/format.ts';
import { ACTION_FIELDS, type ActionConfig } from '../action-fields.ts';
import { useCaseAction } from '../api.ts';
import type { CaseAbility, CaseDetailDto } from '../types.ts';
import { ActionFieldItem } from './ActionField.tsx';
import { fromPenalty, toPenalty, type SanctionRow } from './PenaltyInput.tsx';
import { RefusalAlert } from './RefusalAlert.tsx';

const PLAIN: ActionConfig = { fields: [] };

/** The form values to the action's body: lines split, penalties to fen, empties left out; always the case version. */
function toBody(config: ActionConfig, values: Record<string, unknown>, version: number): Record<string, unknown> {
  const body: Record<string, unknown> = { version };
  for (const field of config.fields) {
    const v = values[field.name];
    if (field.kind === 'lines') body[field.name] = (typeof v === 'string' ? v : '').split('\n').map((s) => s.trim()).filter(Boolean);
    else if (field.kind === 'penalty') {
      const penalty = toPenalty(v as SanctionRow[] | undefined);
      body[field.name] = penalty.length || field.required ? penalty : null;
    } else if (field.kind === 'boolean') body[field.name] = Boolean(v);
    else if (field.kind === 'date') body[field.name] = v ? (v as Dayjs).format('YYYY-MM-DD') : undefined;
    else if (field.kind === 'datetime') body[field.name] = v ? (v as Dayjs).format() : undefined;
    else if (field.kind === 'officersAny' || ((field.kind === 'caseChoice' || field.kind === 'person') && field.multiple)) body[field.name] = Array.isArray(v) ? v : [];
    else if (field.kind === 'officer') body[field.name] = typeof v === 'string' && v ? v : null;
    else if (typeof v === 'string') {
      const t = v.trim();
      if (t) body[field.name] = t;
      else if (field.kind === 'textarea' && (field.name === 'closureReason' || field.name === 'recheck')) body[field.name] = null;
    } else if (v !== undefined && v !== null) body[field.name] = v;
  }
  return config.transform ? config.transform(body) : body;
}

interface Props {
  detail: CaseDetailDto;
  ability: CaseAbility;
  onClose: () => void;
  onDone: (label: string) => void;
}

/** Performs one case action: a form from ACTION_FIELDS (or a plain confirm), the refusal shown in place. */
export function ActionDialog({ detail, ability, onClose, onDone }: Props) {
  const [form] = Form.useForm<Record<string, unknown>>();
  const perform = useCaseAction(detail.id);
  const [error, setError] = useState<unknown>(null);
  const config = ACTION_FIELDS[ability.action] ?? PLAIN;
  const proposed = fromPenalty(detail.proposedPenalty);
  const initial = {
    ...(config.prefill === 'penalty' ? { penalty: proposed, approvedPenalty: proposed, legalBasis: detail.legalBasis.join('\n') } : {}),
    ...(config.initial ?? {}),
  };

  const submit = async () => {
    const values = await form.validateFields();
    setError(null);
    try {
      await perform.mutateAsync({ action: ability.action, body: toBody(config, values, detail.version) });
      onDone(ability.label);
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
      okButtonProps={{ danger: config.danger ?? false, 'data-testid': 'case-action-submit' }}
      cancelText="取消"
      confirmLoading={perform.isPending}
      onOk={() => void submit()}
      onCancel={onClose}
      width={config.fields.length > 3 ? 720 : 520}
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
      {config.fields.length === 0 ? (
        <Typography.Paragraph>确认对本案办理“{ability.label}”？</Typography.Paragraph>
      ) : null}
      <Form form={form} layout="vertical" initialValues={initial} data-testid={`case-action-form-${ability.action}`}>
        {config.fields.map((f) => (
          <ActionFieldItem key={f.name} field={f} detail={detail} />
        ))}
      </Form>
    </Modal>
  );
}
