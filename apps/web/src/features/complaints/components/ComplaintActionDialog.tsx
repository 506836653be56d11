import { AbilityDialog } from '../../../app/components/AbilityDialog.tsx';
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
  const perform = useComplaintAction(detail.id);
  const fields = actionFields(ability.action, detail);

  return (
    <AbilityDialog
      testIdPrefix="complaint"
      ability={ability}
      confirmOf={fields === null ? '本事项' : null}
      danger={DANGER.has(ability.action)}
      width={600}
      initialValues={initialValues(ability.action, detail)}
      perform={async (values) => {
        const after = await perform.mutateAsync({ action: ability.action, body: toBody(ability.action, values, detail.version) });
        onDone(ability.label, after);
      }}
      onClose={onClose}
    >
      {fields}
    </AbilityDialog>
  );
}
