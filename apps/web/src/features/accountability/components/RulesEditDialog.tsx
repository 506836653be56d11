import { Alert, App, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { isApiError } from '../../../app/api.ts';
import { ErrorAlert } from '../../../app/feedback.tsx';
import { applyFieldErrors } from '../../../app/form.ts';
import { useSaveAccountabilityRules, type AccountabilityRulesVersionDto } from '../api.ts';

interface Values {
  title: string;
  documentNumber: string;
  effectiveOn: string;
  /** One paragraph per line (blank lines dropped). */
  paragraphs: string;
  reportUnit: string;
  reportPhone: string;
  reportAddress: string;
  reportEmail: string;
  reportHours: string;
  changeNote: string;
}

const toValues = (v: AccountabilityRulesVersionDto | null): Partial<Values> =>
  v
    ? {
        title: v.title,
        documentNumber: v.documentNumber,
        effectiveOn: v.effectiveOn,
        paragraphs: v.paragraphs.join('\n'),
        reportUnit: v.reportUnit,
        reportPhone: v.reportPhone,
        reportAddress: v.reportAddress,
        reportEmail: v.reportEmail,
        reportHours: v.reportHours,
        changeNote: '',
      }
    : { changeNote: '首次发布' };

const required = (label: string) => [{ required: true, whitespace: true, message: `请填写${label}` }];

/**
 * Saves a new version of the bureau's rules (the server checks everything again and answers in Chinese: field
 * errors land on their fields, a stale version says someone else saved first).
 */
export function RulesEditDialog({ current, onClose }: { current: AccountabilityRulesVersionDto | null; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const save = useSaveAccountabilityRules();
  const [error, setError] = useState<unknown>(null);
  const { message } = App.useApp();
  const submit = async () => {
    const v = await form.validateFields();
    setError(null);
    try {
      await save.mutateAsync({
        title: v.title.trim(),
        documentNumber: (v.documentNumber ?? '').trim(),
        effectiveOn: v.effectiveOn.trim(),
        paragraphs: v.paragraphs
          .split(/\r?\n/)
          .map((p) => p.trim())
          .filter(Boolean),
        reportUnit: v.reportUnit.trim(),
        reportPhone: (v.reportPhone ?? '').trim(),
        reportAddress: (v.reportAddress ?? '').trim(),
        reportEmail: (v.reportEmail ?? '').trim(),
        reportHours: (v.reportHours ?? '').trim(),
        changeNote: v.changeNote.trim(),
        version: current?.version ?? 0,
      });
      void message.success('已保存为新版本；门户页面在 1 分钟内更新');
      onClose();
    } catch (e) {
      applyFieldErrors(form, e);
      setError(e);
    }
  };
  return (
    <Modal
      open
      width={760}
      title={current ? `修改责任追究规定（当前第 ${current.version} 版）` : '发布责任追究规定'}
      okText="保存为新版本"
      cancelText="取消"
      onOk={() => void submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'acc-save' }}
    >
      {current?.demo ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title="当前为演示数据：请将名称、文号、正文和受理单位改为本局正式文件的内容。"
        />
      ) : null}
      <Form form={form} layout="vertical" initialValues={toValues(current)}>
        <Form.Item name="title" label="办法名称" rules={required('办法名称')}>
          <Input maxLength={100} data-testid="acc-field-title" />
        </Form.Item>
        <div style={{ display: 'flex', gap: 12, flexWrap: 'wrap' }}>
          <Form.Item name="documentNumber" label="文号" style={{ flex: '1 1 240px' }}>
            <Input maxLength={60} placeholder="如 示司规〔2026〕1号" />
          </Form.Item>
          <Form.Item
            name="effectiveOn"
            label="施行日期"
            style={{ flex: '1 1 200px' }}
            rules={[{ required: true, pattern: /^\d{4}-\d{2}-\d{2}$/, message: '请按 YYYY-MM-DD 填写施行日期' }]}
          >
            <Input maxLength={10} placeholder="YYYY-MM-DD" data-testid="acc-field-effective" />
          </Form.Item>
        </div>
        <Form.Item name="paragraphs" label="正文" extra="每行一段（如“第一条 ……”），空行不计。" rules={required('正文')}>
          <Input.TextArea rows={12} data-testid="acc-field-paragraphs" />
        </Form.Item>
        <div style={{ display: 'flex', gap: 12, flexWrap: 'wrap' }}>
          <Form.Item name="reportUnit" label="投诉举报受理单位" style={{ flex: '1 1 280px' }} rules={required('受理单位')}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="reportPhone" label="受理电话" style={{ flex: '1 1 200px' }}>
            <Input maxLength={20} placeholder="如 0000-12345678" />
          </Form.Item>
        </div>
        <div style={{ display: 'flex', gap: 12, flexWrap: 'wrap' }}>
          <Form.Item name="reportHours" label="受理时间" style={{ flex: '1 1 240px' }}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="reportEmail" label="电子邮箱" style={{ flex: '1 1 240px' }}>
            <Input maxLength={200} />
          </Form.Item>
        </div>
        <Form.Item name="reportAddress" label="来信来访地址">
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="changeNote" label="修改说明" rules={required('修改说明')} extra="随版本保存，便于日后查阅为何修改。">
          <Input maxLength={200} data-testid="acc-field-note" />
        </Form.Item>
      </Form>
      {error ? <ErrorAlert error={error} /> : null}
      {isApiError(error, 'VERSION_CONFLICT') ? (
        <Alert type="info" showIcon title="请关闭本窗口，页面将显示他人保存的最新版本后再修改。" />
      ) : null}
    </Modal>
  );
}
