/** 登记证据 / 制作笔录: the evidence fields, and for a record (询问笔录, 现场检查笔录) its structured content. */
import type { CaseDetailDto } from '@quanze/contracts';
import { Alert, DatePicker, Form, Input, Modal, Radio, Select, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { beijingIso } from '../../app/format.ts';
import { RefusalAlert } from '../../app/components/RefusalAlert.tsx';
import { useCreateEvidence } from './api.ts';
import { evidenceKindOptions, obtainedHowOptions } from './labels.ts';

interface Values {
  kind: string;
  name: string;
  source: string;
  obtainedHow: string;
  collectorIds: string[];
  collectedAt: Dayjs;
  place: string;
  holder?: string;
  description?: string;
  startedAt?: Dayjs;
  endedAt?: Dayjs;
  certificatesShown?: boolean;
  personName?: string;
  personRole?: 'party' | 'witness' | 'other';
  content?: string;
  signed?: 'signed' | 'refused';
  refusalNote?: string;
}

export function EvidenceFormModal({ detail, record, open, onClose }: { detail: CaseDetailDto; record: 'inquiry' | 'inspection' | null; open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const create = useCreateEvidence(detail.id);
  const [signed, setSigned] = useState<'signed' | 'refused'>('signed');
  const investigators = detail.investigators.filter((i) => i.removedAt === null).map((i) => ({ value: i.officerId, label: `${i.name}（${i.certificateNumber ?? '无证号'}）` }));
  const title = record === 'inquiry' ? '制作询问笔录' : record === 'inspection' ? '制作现场检查（勘验）笔录' : '登记证据';
  const initial: Partial<Values> = {
    kind: record === 'inquiry' ? 'partyStatement' : record === 'inspection' ? 'inspectionRecord' : 'documentary',
    obtainedHow: record ?? 'onSiteCollection',
    collectorIds: investigators.slice(0, 2).map((o) => o.value),
    collectedAt: dayjs(),
    startedAt: dayjs().subtract(1, 'hour'),
    endedAt: dayjs(),
    certificatesShown: true,
    personRole: 'party',
    signed: 'signed',
  };

  const submit = async () => {
    const v = await form.validateFields();
    await create.mutateAsync({
      kind: v.kind as never,
      name: v.name,
      source: v.source,
      obtainedHow: v.obtainedHow as never,
      collectorIds: v.collectorIds,
      collectedAt: beijingIso(v.collectedAt),
      place: v.place,
      description: v.description ?? '',
      ...(v.holder ? { holder: v.holder } : {}),
      record: record
        ? {
            kind: record,
            startedAt: beijingIso(v.startedAt!),
            endedAt: beijingIso(v.endedAt!),
            certificatesShown: v.certificatesShown ?? false,
            person: { name: v.personName ?? '', role: v.personRole ?? 'party' },
            content: v.content ?? '',
            signature: v.signed === 'refused' ? { kind: 'refused', note: v.refusalNote ?? '' } : { kind: 'signed' },
          }
        : null,
    });
    form.resetFields();
    onClose();
  };

  return (
    <Modal open={open} title={title} onCancel={onClose} onOk={() => void submit().catch(() => undefined)} confirmLoading={create.isPending} okText="保存" width={720} destroyOnHidden>
      {record ? <Alert type="info" showIcon style={{ marginBottom: 12 }} title="笔录须由不少于两名执法人员制作（行政处罚法第四十二条），询问或检查前应主动出示执法证件（第五十五条）。" /> : null}
      {create.error ? <RefusalAlert error={create.error} /> : null}
      <Form form={form} layout="vertical" initialValues={initial} data-testid="evidence-form">
        <Form.Item name="kind" label="证据种类" rules={[{ required: true }]}>
          <Select options={evidenceKindOptions} disabled={record !== null} />
        </Form.Item>
        <Form.Item name="name" label="证据名称" rules={[{ required: true, message: '请填写证据名称' }]}>
          <Input maxLength={200} placeholder={record === 'inquiry' ? '如：王某某询问笔录（第1次）' : '如：执业登记材料复印件'} />
        </Form.Item>
        <Form.Item name="source" label="证据来源" rules={[{ required: true, message: '请填写证据来源' }]}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="obtainedHow" label="取得方式" rules={[{ required: true }]}>
          <Select options={obtainedHowOptions} />
        </Form.Item>
        <Form.Item name="collectorIds" label={record ? '执法人员（签名人）' : '收集人'} rules={[{ required: true, message: '请选择执法人员' }]}>
          <Select mode="multiple" options={investigators} />
        </Form.Item>
        <Form.Item name="collectedAt" label="收集时间" rules={[{ required: true }]}>
          <DatePicker showTime />
        </Form.Item>
        <Form.Item name="place" label={record ? '地点' : '收集地点'} rules={[{ required: true, message: '请填写地点' }]}>
          <Input maxLength={300} />
        </Form.Item>
        {record ? (
          <>
            <Form.Item label="起止时间" required>
              <Form.Item name="startedAt" noStyle rules={[{ required: true }]}>
                <DatePicker showTime />
              </Form.Item>
              <span style={{ margin: '0 8px' }}>至</span>
              <Form.Item name="endedAt" noStyle rules={[{ required: true }]}>
                <DatePicker showTime />
              </Form.Item>
            </Form.Item>
            <Form.Item name="certificatesShown" label="已出示执法证件" valuePropName="checked">
              <Switch />
            </Form.Item>
            <Form.Item name="personName" label={record === 'inquiry' ? '被询问人' : '在场当事人／见证人'} rules={[{ required: true, message: '请填写' }]}>
              <Input maxLength={100} />
            </Form.Item>
            <Form.Item name="personRole" label="身份">
              <Radio.Group options={[{ value: 'party', label: '当事人' }, { value: 'witness', label: '证人／见证人' }, { value: 'other', label: '其他' }]} />
            </Form.Item>
            <Form.Item name="content" label="笔录内容" rules={[{ required: true, message: '请填写笔录内容' }]}>
              <Input.TextArea rows={6} maxLength={20000} />
            </Form.Item>
            <Form.Item name="signed" label="当事人签名">
              <Radio.Group onChange={(e) => setSigned(e.target.value as 'signed' | 'refused')} options={[{ value: 'signed', label: '已核对签名' }, { value: 'refused', label: '拒绝签名' }]} />
            </Form.Item>
            {signed === 'refused' ? (
              <Form.Item name="refusalNote" label="拒签情况（执法人员注明）" rules={[{ required: true, message: '拒绝签名的，应注明情况' }]}>
                <Input.TextArea rows={2} maxLength={500} />
              </Form.Item>
            ) : null}
          </>
        ) : (
          <>
            <Form.Item name="holder" label="首位保管人（默认第一位收集人）">
              <Input maxLength={100} />
            </Form.Item>
            <Form.Item name="description" label="说明">
              <Input.TextArea rows={2} maxLength={2000} />
            </Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}
