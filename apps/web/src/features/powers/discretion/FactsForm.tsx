import {
  ageInFullYears,
  CIRCUMSTANCE_LABELS,
  CORRECTION_LABELS,
  CORRECTION_STATES,
  HARM_LEVEL_LABELS,
  HARM_LEVELS,
  MENTAL_STATE_LABELS,
  MENTAL_STATES,
  type CorrectionState,
  type HarmLevel,
  type MentalState,
} from '@quanze/domain';
import { Button, Checkbox, Col, DatePicker, Form, InputNumber, Radio, Row, Select, Switch, type FormInstance } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { TIME_ZONE } from '../../../app/format.ts';
import { yuanRule, yuanTextToFen } from '../money.ts';
import type { DiscretionFacts } from './types.ts';

export interface FactsValues {
  partyKind: 'naturalPerson' | 'organization';
  birthDate?: Dayjs | null;
  actDate?: Dayjs | null;
  ageYears?: number | null;
  mentalState: MentalState;
  minorViolation: boolean;
  harm: HarmLevel;
  correction: CorrectionState;
  priorViolations: number;
  illegalIncome?: string | null;
  durationMonths: number;
  noFaultProven: boolean;
  circumstances: string[];
}

const options = <T extends string>(values: readonly T[], labels: Record<T, string>) => values.map((v) => ({ value: v, label: labels[v] }));

export const initialFacts = (): Partial<FactsValues> => ({
  partyKind: 'organization',
  actDate: dayjs().tz(TIME_ZONE),
  mentalState: 'sound',
  minorViolation: false,
  harm: 'ordinary',
  correction: 'none',
  priorViolations: 0,
  illegalIncome: '0',
  durationMonths: 0,
  noFaultProven: false,
  circumstances: [],
});

/** The form's values as the calculator's facts: yuan → fen (no float), age in 周岁 at the time of the act. */
export function toFacts(v: FactsValues): DiscretionFacts {
  return {
    party:
      v.partyKind === 'organization'
        ? { kind: 'organization' }
        : { kind: 'naturalPerson', ageYears: v.ageYears ?? 0, mentalState: v.mentalState },
    minorViolation: v.minorViolation,
    harm: v.harm,
    correction: v.correction,
    priorViolations: v.priorViolations ?? 0,
    illegalIncomeFen: yuanTextToFen(v.illegalIncome ?? '0') ?? 0,
    durationMonths: v.durationMonths ?? 0,
    noFaultProven: v.noFaultProven,
    circumstances: v.circumstances ?? [],
  };
}

/** 周岁 on the day of the act, from the birth date (行政处罚法 第三十条 counts 已满十四/十八周岁). */
export function ageFrom(birth: Dayjs | null | undefined, act: Dayjs | null | undefined): number | null {
  if (!birth || !act || act.isBefore(birth, 'day')) return null;
  return ageInFullYears(birth.format('YYYY-MM-DD'), act.format('YYYY-MM-DD'));
}

interface Props {
  form: FormInstance<FactsValues>;
  extraCircumstances: Readonly<Record<string, string>>;
  pending: boolean;
  onSubmit: (values: FactsValues) => void;
}

/** 案件事实: party, age / mental state of a person, the violation's circumstances, illegal income in yuan. */
export function FactsForm({ form, extraCircumstances, pending, onSubmit }: Props) {
  const person = Form.useWatch('partyKind', form) === 'naturalPerson';
  const labels = { ...CIRCUMSTANCE_LABELS, ...extraCircumstances };
  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={initialFacts()}
      onFinish={onSubmit}
      onValuesChange={(changed: Partial<FactsValues>, all: FactsValues) => {
        if ('birthDate' in changed || 'actDate' in changed) {
          const age = ageFrom(all.birthDate, all.actDate);
          if (age !== null) form.setFieldValue('ageYears', age);
        }
      }}
      data-testid="discretion-facts"
    >
      <Row gutter={12}>
        <Col xs={24} md={8}>
          <Form.Item name="partyKind" label="当事人">
            <Radio.Group
              optionType="button"
              options={[
                { value: 'organization', label: '法人或其他组织' },
                { value: 'naturalPerson', label: '自然人' },
              ]}
              data-testid="facts-party"
            />
          </Form.Item>
        </Col>
        {person ? (
          <>
            <Col xs={12} md={4}>
              <Form.Item name="birthDate" label="出生日期">
                <DatePicker style={{ width: '100%' }} data-testid="facts-birth" />
              </Form.Item>
            </Col>
            <Col xs={12} md={4}>
              <Form.Item name="actDate" label="违法行为发生日">
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={12} md={3}>
              <Form.Item name="ageYears" label="违法时年龄" rules={[{ required: true, message: '请填写年龄或出生日期' }]}>
                <InputNumber min={0} max={150} precision={0} suffix="周岁" style={{ width: '100%' }} data-testid="facts-age" />
              </Form.Item>
            </Col>
            <Col xs={24} md={5}>
              <Form.Item name="mentalState" label="精神状态">
                <Select options={options(MENTAL_STATES, MENTAL_STATE_LABELS)} popupMatchSelectWidth={false} />
              </Form.Item>
            </Col>
          </>
        ) : null}
      </Row>
      <Row gutter={12}>
        <Col xs={12} md={6}>
          <Form.Item name="harm" label="危害后果">
            <Select options={options(HARM_LEVELS, HARM_LEVEL_LABELS)} data-testid="facts-harm" />
          </Form.Item>
        </Col>
        <Col xs={12} md={5}>
          <Form.Item name="correction" label="改正情况">
            <Select options={options(CORRECTION_STATES, CORRECTION_LABELS)} data-testid="facts-correction" />
          </Form.Item>
        </Col>
        <Col xs={12} md={4}>
          <Form.Item name="priorViolations" label="此前同类违法次数" tooltip="0 为初次违法">
            <InputNumber min={0} max={999} precision={0} style={{ width: '100%' }} data-testid="facts-prior" />
          </Form.Item>
        </Col>
        <Col xs={12} md={5}>
          <Form.Item name="illegalIncome" label="违法所得（元）" rules={[yuanRule]}>
            <InputNumber stringMode min="0" style={{ width: '100%' }} data-testid="facts-income" />
          </Form.Item>
        </Col>
        <Col xs={12} md={4}>
          <Form.Item name="durationMonths" label="持续时间（月）">
            <InputNumber min={0} max={1200} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="minorViolation" label="违法行为轻微" valuePropName="checked">
            <Switch data-testid="facts-minor" />
          </Form.Item>
        </Col>
        <Col xs={24} md={10}>
          <Form.Item name="noFaultProven" valuePropName="checked" label=" ">
            <Checkbox>当事人有证据足以证明没有主观过错</Checkbox>
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="circumstances" label="其他情节">
        <Checkbox.Group data-testid="facts-circumstances">
          <Row gutter={[8, 4]}>
            {Object.entries(labels).map(([id, label]) => (
              <Col key={id} xs={24} md={12}>
                <Checkbox value={id}>{label}</Checkbox>
              </Col>
            ))}
          </Row>
        </Checkbox.Group>
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={pending} data-testid="discretion-compute">
        计算裁量档次
      </Button>
    </Form>
  );
}
