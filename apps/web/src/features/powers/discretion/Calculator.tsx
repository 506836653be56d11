import { Card, Form } from 'antd';
import { useState } from 'react';
import { ErrorAlert } from '../../../app/feedback.tsx';
import { useComputeDiscretion } from './api.ts';
import { FactsForm, toFacts, type FactsValues } from './FactsForm.tsx';
import { ProposedPenaltyBox } from './ProposedPenaltyBox.tsx';
import { ResultCard } from './ResultCard.tsx';
import type { DiscretionFacts } from './types.ts';

/** 裁量计算器: the facts of a case → tier, range and reasoning; then the proposed penalty is checked against it. */
export function Calculator({ powerId, circumstanceLabels }: { powerId: string; circumstanceLabels: Readonly<Record<string, string>> }) {
  const [form] = Form.useForm<FactsValues>();
  const compute = useComputeDiscretion();
  const [facts, setFacts] = useState<DiscretionFacts | null>(null);

  const submit = (values: FactsValues) => {
    const next = toFacts(values);
    setFacts(null);
    compute.mutate({ powerId, facts: next }, { onSuccess: () => setFacts(next) });
  };

  return (
    <>
      <Card size="small" title="裁量计算">
        <FactsForm form={form} extraCircumstances={circumstanceLabels} pending={compute.isPending} onSubmit={submit} />
        {compute.error ? (
          <div style={{ marginTop: 12 }}>
            <ErrorAlert error={compute.error} />
          </div>
        ) : null}
      </Card>
      {compute.data && facts ? <ResultCard result={compute.data} /> : null}
      <ProposedPenaltyBox powerId={powerId} facts={facts} />
    </>
  );
}
