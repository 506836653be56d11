/**
 * The dialog of one action a detail page lists in its abilities (a case, a complaint): the action's form or a plain
 * confirmation, the warnings the server foresees with their articles, and the refusal (reason + article) in place.
 */
import type { Citation } from '@quanze/domain';
import { Alert, Typography } from 'antd';
import type { ReactNode } from 'react';
import { formatBasis } from '../format.ts';
import { ModalForm, type FormValues } from './ModalForm.tsx';

export interface AbilityWarning {
  code: string;
  reason: string;
  basis: Citation | null;
}

interface Props {
  /** Names the test ids: `${testIdPrefix}-action-submit`, `${testIdPrefix}-action-form-${action}`. */
  testIdPrefix: 'case' | 'complaint';
  ability: { action: string; label: string; warnings: readonly AbilityWarning[] };
  /** What a plain confirmation is about (本案, 本事项); null when the action has fields. */
  confirmOf: string | null;
  danger: boolean;
  width: number;
  initialValues: FormValues;
  /** Sends the action; resolving is success (the caller closes), rejecting shows the refusal. */
  perform: (values: FormValues) => Promise<unknown>;
  onClose: () => void;
  children?: ReactNode;
}

export function AbilityDialog({ testIdPrefix, ability, confirmOf, danger, width, initialValues, perform, onClose, children }: Props) {
  const intro = (
    <>
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
      {confirmOf !== null ? (
        <Typography.Paragraph>
          确认对{confirmOf}办理“{ability.label}”？
        </Typography.Paragraph>
      ) : null}
    </>
  );
  return (
    <ModalForm
      title={ability.label}
      okText={`确认${ability.label}`}
      cancelText="取消"
      danger={danger}
      submitTestId={`${testIdPrefix}-action-submit`}
      formTestId={`${testIdPrefix}-action-form-${ability.action}`}
      width={width}
      initialValues={initialValues}
      intro={intro}
      onSubmit={perform}
      onCancel={onClose}
    >
      {children}
    </ModalForm>
  );
}
