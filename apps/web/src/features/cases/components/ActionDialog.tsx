import { App } from 'antd';
import type { Dayjs } from 'dayjs';
import { isApiError } from '../../../app/api.ts';
import { AbilityDialog } from '../../../app/components/AbilityDialog.tsx';
import { ACTION_FIELDS, type ActionConfig } from '../action-fields.ts';
import { useCaseAction } from '../api.ts';
import type { CaseAbility, CaseDetailDto } from '../types.ts';
import { ActionFieldItem } from './ActionField.tsx';
import { fromPenalty, toPenalty, type SanctionRow } from './PenaltyInput.tsx';

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
  const perform = useCaseAction(detail.id);
  const { modal } = App.useApp();
  const confirmRestDay = (message: string) =>
    new Promise<boolean>((resolve) => {
      void modal.confirm({
        title: '听证日期为休息日',
        content: message,
        okText: '仍定于该日',
        cancelText: '改选日期',
        okButtonProps: { 'data-testid': 'hearing-rest-day-confirm' },
        onOk: () => resolve(true),
        onCancel: () => resolve(false),
      });
    });
  const config = ACTION_FIELDS[ability.action] ?? PLAIN;
  const proposed = fromPenalty(detail.proposedPenalty);
  const initial = {
    ...(config.prefill === 'penalty' ? { penalty: proposed, approvedPenalty: proposed, legalBasis: detail.legalBasis.join('\n') } : {}),
    ...(config.initial ?? {}),
  };

  return (
    <AbilityDialog
      testIdPrefix="case"
      ability={ability}
      confirmOf={config.fields.length === 0 ? '本案' : null}
      danger={config.danger ?? false}
      width={config.fields.length > 3 ? 720 : 520}
      initialValues={initial}
      perform={async (values) => {
        const body = toBody(config, values, detail.version);
        try {
          await perform.mutateAsync({ action: ability.action, body });
        } catch (e) {
          // 听证日期为休息日: the server asks (422 HEARING_ON_REST_DAY); once confirmed the same body goes again.
          if (!isApiError(e, 'HEARING_ON_REST_DAY') || !(await confirmRestDay(e.message))) throw e;
          await perform.mutateAsync({ action: ability.action, body: { ...body, confirmRestDay: true } });
        }
        onDone(ability.label);
      }}
      onClose={onClose}
    >
      {config.fields.map((f) => (
        <ActionFieldItem key={f.name} field={f} detail={detail} />
      ))}
    </AbilityDialog>
  );
}
