import { DISCRETION_SANCTION_KINDS, DISCRETION_SANCTION_LABELS, type DiscretionSanctionKind } from '@quanze/domain';
import { Alert, Button, Card, Checkbox, Col, Form, InputNumber, Row, Tag } from 'antd';
import { useEffect } from 'react';
import { ErrorAlert } from '../../../app/feedback.tsx';
import { yuanRule, yuanTextToFen } from '../money.ts';
import { BasisText } from '../components/CoverageBits.tsx';
import { useCheckPenalty } from './api.ts';
import type { DiscretionFacts, PenaltyCheck } from './types.ts';

interface Values {
  fine?: string | null;
  suspensionMonths?: number | null;
  sanctions: DiscretionSanctionKind[];
}

const OUTCOME_TYPE = { inside: 'success', outsideBenchmark: 'warning', unlawful: 'error' } as const;
const OUTCOME_TITLE = {
  inside: '在裁量基准幅度内',
  outsideBenchmark: '超出裁量基准幅度：须在决定书中书面说明理由，并经法制审核',
  unlawful: '超出法定幅度或违反法律规定，不得作出，须调整拟处罚',
} as const;

function CheckView({ check }: { check: PenaltyCheck }) {
  const needs = [
    check.requiresWrittenReason && '书面说明理由',
    check.requiresLegalReview && '法制审核',
    check.requiresCollectiveDiscussion && '集体讨论',
  ].filter(Boolean);
  return (
    <Alert
      type={OUTCOME_TYPE[check.outcome]}
      showIcon
      style={{ marginTop: 12 }}
      data-testid="discretion-check-result"
      data-outcome={check.outcome}
      title={
        check.outcome === 'outsideBenchmark' && needs.length ? `超出裁量基准幅度：须${needs.join('、')}` : OUTCOME_TITLE[check.outcome]
      }
      description={
        <>
          <div>{check.message}</div>
          {check.deviations.length ? (
            <ul className="qz-reason-list">
              {check.deviations.map((d, i) => (
                <li key={`${d.code}-${i}`}>
                  <Tag color={d.severity === 'unlawful' ? 'error' : 'warning'}>{d.severity === 'unlawful' ? '违法' : '超出基准'}</Tag>
                  {d.message}
                  <BasisText basis={d.basis} />
                </li>
              ))}
            </ul>
          ) : (
            check.basis.map((b) => <BasisText key={`${b.law}${b.article}`} basis={b} />)
          )}
        </>
      }
    />
  );
}

/** 拟处罚校验: the penalty the officer proposes, against the computed range and the law. */
export function ProposedPenaltyBox({ powerId, facts }: { powerId: string; facts: DiscretionFacts | null }) {
  const [form] = Form.useForm<Values>();
  const check = useCheckPenalty();
  const { reset } = check;
  // New facts, new range: an earlier verdict no longer applies.
  useEffect(() => reset(), [facts, reset]);
  const finish = (v: Values) => {
    if (!facts) return;
    check.mutate({
      powerId,
      facts,
      proposed: { fineFen: yuanTextToFen(v.fine ?? '0') ?? 0, suspensionMonths: v.suspensionMonths ?? 0, sanctions: v.sanctions ?? [] },
    });
  };
  return (
    <Card size="small" title="拟处罚校验" style={{ marginTop: 16 }} data-testid="discretion-proposed">
      {!facts ? (
        <div className="qz-sub" style={{ marginBottom: 8 }}>
          请先录入案件事实并计算裁量档次。
        </div>
      ) : null}
      <Form
        form={form}
        layout="vertical"
        onFinish={finish}
        initialValues={{ fine: '0', suspensionMonths: 0, sanctions: [] }}
        disabled={!facts}
      >
        <Row gutter={12}>
          <Col xs={12} md={6}>
            <Form.Item name="fine" label="拟罚款（元）" rules={[yuanRule]}>
              <InputNumber stringMode min="0" style={{ width: '100%' }} data-testid="proposed-fine" />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="suspensionMonths" label="拟停业/停止执业（月）">
              <InputNumber min={0} max={120} precision={0} style={{ width: '100%' }} data-testid="proposed-suspension" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="sanctions" label="其他处罚种类">
              <Checkbox.Group
                options={DISCRETION_SANCTION_KINDS.map((k) => ({ value: k, label: DISCRETION_SANCTION_LABELS[k] }))}
                data-testid="proposed-sanctions"
              />
            </Form.Item>
          </Col>
        </Row>
        <Button htmlType="submit" loading={check.isPending} data-testid="discretion-check">
          校验拟处罚
        </Button>
      </Form>
      {check.error ? (
        <div style={{ marginTop: 12 }}>
          <ErrorAlert error={check.error} />
        </div>
      ) : null}
      {check.data ? <CheckView check={check.data.check} /> : null}
    </Card>
  );
}
