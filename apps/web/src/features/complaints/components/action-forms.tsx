/**
 * The form of each complaint action (bodies: COMPLAINT_ACTION_BODIES in @quanze/contracts). Each returns the antd
 * fields; toBody turns the values into the request body. Dates are Beijing calendar dates (YYYY-MM-DD).
 */
import { Alert, Checkbox, DatePicker, Form, Input, InputNumber, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { ReactNode } from 'react';
import { formatBasis, TIME_ZONE } from '../../../app/format.ts';
import { usePowerItems } from '../../powers/api.ts';
import { useComplaintAssignees, useComplaintSubjectOptions, type ComplaintDetailDto } from '../api.ts';
import { CLAIM_ROUTE_OPTIONS, NOT_ACCEPTED_GROUND_OPTIONS, REPLY_OPINION_OPTIONS } from '../labels.ts';

const req = (message: string) => [{ required: true, whitespace: true, message }];
const reqPick = (message: string) => [{ required: true, message }];

function DateItem({ name, label, extra, required }: { name: string; label: string; extra?: string; required?: boolean }) {
  return (
    <Form.Item name={name} label={label} extra={extra} rules={required ? reqPick(`请选择${label}`) : []}>
      <DatePicker style={{ width: '100%' }} aria-label={label} />
    </Form.Item>
  );
}

const OnItem = () => <DateItem name="on" label="办理日期" extra="不填则为今天" />;

/**
 * 承办部门 and 承办人. A handler who is the complaint's 被反映人 is shown but greyed out, with the server's reason and
 * article (回避); the server refuses them too.
 */
function AssignFields({ complaintId }: { complaintId: string }) {
  const { data, isPending } = useComplaintAssignees(true, complaintId);
  const departmentId = Form.useWatch<string | undefined>('departmentId');
  const handlers = data?.departments.find((d) => d.id === departmentId)?.handlers ?? [];
  const refused = handlers.filter((h) => h.refusal);
  const form = Form.useFormInstance();
  return (
    <>
      <Form.Item name="departmentId" label="承办部门" rules={reqPick('请选择承办部门')}>
        <Select
          loading={isPending}
          options={(data?.departments ?? []).map((d) => ({ value: d.id, label: d.name }))}
          onChange={() => form.setFieldValue('handlerUserId', undefined)}
          showSearch={{ optionFilterProp: 'label' }}
          aria-label="承办部门"
        />
      </Form.Item>
      <Form.Item name="handlerUserId" label="承办人" rules={reqPick('请选择承办人')} extra="被反映人不得承办本事项（应当回避）">
        <Select
          options={handlers.map((h) => ({
            value: h.userId,
            label: h.refusal ? `${h.name}（被反映人，应当回避）` : h.name,
            disabled: h.refusal !== null,
            title: h.refusal?.reason,
          }))}
          disabled={!departmentId}
          aria-label="承办人"
        />
      </Form.Item>
      {refused.length ? (
        <Alert
          type="warning"
          showIcon
          data-testid="complaint-assign-recusal"
          style={{ marginBottom: 16 }}
          title={`${refused.map((h) => h.name).join('、')}不可选：${refused[0]!.refusal!.reason}`}
          description={`依据：${formatBasis(refused[0]!.refusal!.basis)}`}
        />
      ) : null}
    </>
  );
}

/** 被反映人: staff of the bureau the complaint is about (optional; 反映对象 stays free text for everyone else). */
function SubjectFields({ about }: { about: string }) {
  const { data, isPending } = useComplaintSubjectOptions(true);
  return (
    <Form.Item
      name="subjectPersonIds"
      label="被反映人（本局工作人员）"
      extra={`反映对象：${about || '未填写'}。被反映人是本局工作人员的，请在此选定：其不得承办或办理本事项（应当回避，信访工作条例第二十八条第三款）。本局以外的人员无需选择。`}
    >
      <Select
        mode="multiple"
        allowClear
        loading={isPending}
        options={(data?.people ?? []).map((p) => ({ value: p.id, label: p.departmentName ? `${p.name}（${p.departmentName}）` : p.name }))}
        showSearch={{ optionFilterProp: 'label' }}
        placeholder="不涉及本局工作人员的可不选"
        aria-label="被反映人"
      />
    </Form.Item>
  );
}

function OpenCaseLeadFields() {
  const powers = usePowerItems({ category: 'penalty', page: 1, pageSize: 500 });
  return (
    <>
      <Form.Item name="powerId" label="执法事项" rules={reqPick('请选择执法事项')}>
        <Select
          loading={powers.isPending}
          options={(powers.data?.items ?? []).map((p) => ({ value: p.powerId, label: `${p.code} ${p.name}` }))}
          showSearch={{ optionFilterProp: 'label' }}
          aria-label="执法事项"
        />
      </Form.Item>
      <Form.Item name="partyKind" label="当事人类型" rules={reqPick('请选择当事人类型')}>
        <Radio.Group options={[{ value: 'organisation', label: '法人或其他组织' }, { value: 'citizen', label: '公民' }]} />
      </Form.Item>
      <Form.Item name="partyName" label="当事人名称" rules={req('请填写当事人名称')}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="leadSummary" label="案源摘要" rules={req('请填写案源摘要')}>
        <Input.TextArea rows={4} maxLength={2000} showCount />
      </Form.Item>
    </>
  );
}

/** The fields of one action's form (none: a plain confirmation). */
export function actionFields(action: string, detail: ComplaintDetailDto): ReactNode {
  switch (action) {
    case 'accept':
      return (
        <>
          <OnItem />
          <DateItem name="noticeServedOn" label="受理告知送达日期" extra="应当书面告知信访人已受理（能够当场告知的当场告知；收到之日起15日内，第二十三条）" />
          {detail.category === 'claim' ? (
            <Form.Item name="route" label="办理途径（申诉求决类）" rules={reqPick('请选择办理途径')}>
              <Radio.Group style={{ display: 'flex', flexDirection: 'column', gap: 6 }} options={CLAIM_ROUTE_OPTIONS} />
            </Form.Item>
          ) : null}
          <SubjectFields about={detail.about} />
        </>
      );
    case 'notAccept':
      return (
        <>
          <OnItem />
          <Form.Item name="ground" label="不予受理的理由" rules={reqPick('请选择不予受理的理由')}>
            <Select options={NOT_ACCEPTED_GROUND_OPTIONS} aria-label="不予受理的理由" />
          </Form.Item>
          <Form.Item name="redirectTo" label="告知向何机关或途径提出">
            <Input maxLength={300} />
          </Form.Item>
          <Form.Item name="explanation" label="不予受理理由说明" rules={req('请填写不予受理理由')}>
            <Input.TextArea rows={4} maxLength={2000} showCount />
          </Form.Item>
          <DateItem name="noticeServedOn" label="告知送达日期" extra="不予受理也应当书面告知信访人并说明理由" />
        </>
      );
    case 'transfer':
      return (
        <>
          <OnItem />
          <Form.Item
            name="to"
            label="转送、交办的承办机关"
            rules={req('请填写转送、交办的承办机关')}
            extra="属于下级机关或者其他机关职权范围的，转送、交办有权处理的机关，并告知信访人去向（信访工作条例第二十三条第一款）"
          >
            <Input maxLength={200} placeholder="如：示例市某区司法局" />
          </Form.Item>
          <Form.Item name="note" label="转送说明" extra="将通过查询码向信访人公开">
            <Input.TextArea rows={3} maxLength={2000} showCount />
          </Form.Item>
          <DateItem name="noticeServedOn" label="告知信访人去向的送达日期" extra="应当书面告知信访人（收到之日起15日内，第二十三条第二款）" />
        </>
      );
    case 'returnToSender':
      return (
        <>
          <OnItem />
          <Form.Item name="to" label="退回的转送、交办机关">
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item
            name="reason"
            label="异议理由"
            rules={req('请详细说明异议理由')}
            extra="不属于本机关或本系统职权范围的，应当自收到之日起5个工作日内提出异议，并详细说明理由（第二十三条第三款）"
          >
            <Input.TextArea rows={4} maxLength={2000} showCount />
          </Form.Item>
        </>
      );
    case 'assign':
      return (
        <>
          <OnItem />
          <AssignFields complaintId={detail.id} />
        </>
      );
    case 'extend':
      return (
        <>
          <OnItem />
          <Form.Item name="days" label="延长天数" rules={reqPick('请填写延长天数')} extra="延长期限不得超过30日（信访工作条例第三十四条）">
            <InputNumber min={1} max={30} precision={0} style={{ width: 160 }} suffix="日" aria-label="延长天数" />
          </Form.Item>
          <Form.Item name="reason" label="延期理由" rules={req('请填写延期理由')}>
            <Input.TextArea rows={3} maxLength={2000} showCount />
          </Form.Item>
          <Form.Item name="approvedByLeader" valuePropName="checked">
            <Checkbox>已经本机关负责人批准</Checkbox>
          </Form.Item>
          <Form.Item name="petitionerInformed" valuePropName="checked">
            <Checkbox>已告知信访人延期理由</Checkbox>
          </Form.Item>
        </>
      );
    case 'reply':
      return (
        <>
          <OnItem />
          <Form.Item name="opinion" label="处理意见" rules={reqPick('请选择处理意见')}>
            <Radio.Group options={REPLY_OPINION_OPTIONS} />
          </Form.Item>
          <Form.Item name="text" label="答复内容" rules={req('请填写答复内容')} extra="应写明诉求、事实和理由；答复内容将通过查询码向信访人公开">
            <Input.TextArea rows={6} maxLength={5000} showCount />
          </Form.Item>
          <Form.Item
            name="legalBasis"
            label="法律法规依据"
            rules={detail.route === 'petitionOpinion' ? req('信访处理意见书应载明法律法规依据（第三十二条）') : []}
          >
            <Input.TextArea rows={2} maxLength={1000} />
          </Form.Item>
        </>
      );
    case 'close':
      return (
        <>
          <OnItem />
          <Form.Item name="outcome" label="办结情况" rules={req('请填写办结情况')}>
            <Input.TextArea rows={4} maxLength={1000} showCount />
          </Form.Item>
        </>
      );
    case 'requestReview':
    case 'requestReexamination':
      return (
        <>
          <DateItem name="on" label="收到请求日期" extra="不填则为今天" />
          <Form.Item name="note" label={action === 'requestReview' ? '复查请求' : '复核请求'}>
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
        </>
      );
    case 'answerReview':
    case 'answerReexamination':
      return (
        <>
          <OnItem />
          <Form.Item name="text" label={action === 'answerReview' ? '复查意见' : '复核意见'} rules={req('请填写意见')}>
            <Input.TextArea rows={6} maxLength={5000} showCount />
          </Form.Item>
        </>
      );
    case 'openCaseLead':
      return <OpenCaseLeadFields />;
    default:
      return null;
  }
}

export function initialValues(action: string, detail: ComplaintDetailDto): Record<string, unknown> {
  if (action === 'openCaseLead') return { partyKind: 'organisation', partyName: detail.about, leadSummary: `${detail.subject}：${detail.text}`.slice(0, 2000) };
  if (action === 'extend') return { approvedByLeader: false, petitionerInformed: false };
  // The written notice is usually served the day the decision is taken: prefilled, editable.
  // 被反映人 named at intake are shown for confirmation; the acceptance's list replaces them.
  if (action === 'accept') return { noticeServedOn: beijingToday(), subjectPersonIds: detail.subjects.map((s) => s.id) };
  if (action === 'notAccept' || action === 'transfer') return { noticeServedOn: beijingToday() };
  return {};
}

/** Today in Beijing as a picker value. */
const beijingToday = () => dayjs(dayjs().tz(TIME_ZONE).format('YYYY-MM-DD'));
const day = (v: unknown) => (v ? (v as Dayjs).format('YYYY-MM-DD') : undefined);
const trim = (v: unknown) => (typeof v === 'string' ? v.trim() : v);

/** Form values → the action's body; empties left out so the server's defaults apply; always the version. */
export function toBody(action: string, values: Record<string, unknown>, version: number): Record<string, unknown> {
  const body: Record<string, unknown> = { version };
  for (const [k, v] of Object.entries(values)) {
    if (k === 'on') {
      if (v) body['on'] = day(v);
    } else if (k === 'noticeServedOn') body[k] = v ? day(v) : null;
    else if (k === 'partyKind' || k === 'partyName') continue;
    else if (v !== undefined && v !== null && trim(v) !== '') body[k] = trim(v);
  }
  if (action === 'openCaseLead') body['party'] = { kind: values['partyKind'], name: trim(values['partyName']) };
  return body;
}
