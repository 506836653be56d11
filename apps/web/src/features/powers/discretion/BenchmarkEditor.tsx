import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Modal, Segmented, Space } from 'antd';
import { useState } from 'react';
import { ApiError, isApiError } from '../../../app/api.ts';
import { ErrorAlert } from '../../../app/feedback.tsx';
import { useSaveBenchmark } from './api.ts';
import { benchmarkFieldErrors, relabelLevels, type BenchmarkFieldError } from './benchmark-errors.ts';
import { formToTier, tierToForm, type TierFormValues } from './tier-form.ts';
import { TierFields } from './TierFields.tsx';
import type { Benchmark, PowerDiscretion } from './types.ts';

interface Props {
  detail: PowerDiscretion;
  /** The benchmark to start from: the draft, the current version, or the suggested one. */
  base: Benchmark;
  onClose: () => void;
}

/** The refusal as the editor shows it: the tiers named by their levels' labels (档次“第一档”), not their codes. */
function readableError(error: unknown, levelLabels: Record<string, string>, first: BenchmarkFieldError | undefined): unknown {
  if (!isApiError(error)) return error;
  const { status, code, basis, fieldErrors, details } = error;
  // The request check names no field the editor knows (输入有误：不能为负数): name it as the list below does.
  const message = code === 'VALIDATION_FAILED' && first?.label ? `输入有误：${first.label}：${first.message}` : relabelLevels(error.message, levelLabels);
  return new ApiError(status, { code, message, basis, fieldErrors, details });
}

/** The server's field errors as 「第1档 罚款上限：…」 lines (also shown on the fields themselves in the 档次表). */
function FieldErrors({ errors }: { errors: BenchmarkFieldError[] }) {
  const lines = [...new Set(errors.map((e) => (e.label ? `${e.label}：${e.message}` : e.message)))];
  return lines.length ? (
    <ul className="qz-reason-list" style={{ marginTop: 8 }} data-testid="benchmark-field-errors">
      {lines.map((l) => (
        <li key={l}>{l}</li>
      ))}
    </ul>
  ) : null;
}

/**
 * 编辑裁量基准: the tiers in a form (ranges in yuan, multiples in 倍), or the whole benchmark as JSON (conditions,
 * grounds, 首违不罚 entries). Saved as a new version — published for the calculator and the portal, or as a draft.
 */
export function BenchmarkEditor({ detail, base, onClose }: Props) {
  const [form] = Form.useForm<{ tiers: TierFormValues[]; note?: string }>();
  const save = useSaveBenchmark(detail.powerId);
  const [mode, setMode] = useState<'form' | 'json'>('form');
  const [json, setJson] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [fieldErrors, setFieldErrors] = useState<BenchmarkFieldError[]>([]);
  const levels = base.policy.scheme.levels.map((l) => ({ value: l.code, label: l.label }));
  const levelLabels = Object.fromEntries(levels.map((l) => [l.value, l.label]));

  /** The refusal's field errors, each also put on its field of the 档次表 (a tier's range, its 档次 …). */
  const showFieldErrors = (e: unknown, tiers: readonly (string | undefined)[]) => {
    const errors = benchmarkFieldErrors(e, tiers, levelLabels);
    setFieldErrors(errors);
    if (mode !== 'form') return;
    const byField = new Map<string, { name: (string | number)[]; errors: string[] }>();
    for (const fe of errors) {
      if (!fe.field) continue;
      const key = fe.field.join('.');
      const entry = byField.get(key) ?? { name: fe.field, errors: [] };
      entry.errors.push(fe.message);
      byField.set(key, entry);
    }
    if (byField.size) form.setFields([...byField.values()] as Parameters<typeof form.setFields>[0]);
  };

  const fromForm = (): Benchmark => ({ ...base, tiers: (form.getFieldValue('tiers') as TierFormValues[]).map(formToTier) });
  const fromJson = (): Benchmark => {
    try {
      return JSON.parse(json) as Benchmark;
    } catch {
      throw new Error('JSON 格式不正确，无法解析');
    }
  };
  const switchMode = (next: 'form' | 'json') => {
    setError(null);
    setFieldErrors([]);
    try {
      if (next === 'json') setJson(JSON.stringify(fromForm(), null, 2));
      else form.setFieldValue('tiers', fromJson().tiers.map(tierToForm));
      setMode(next);
    } catch (e) {
      setError(e);
    }
  };

  const submit = async (publish: boolean) => {
    setError(null);
    setFieldErrors([]);
    let benchmark: Benchmark | null = null;
    try {
      if (mode === 'form') await form.validateFields();
      benchmark = mode === 'form' ? fromForm() : fromJson();
      const note = (form.getFieldValue('note') as string | undefined)?.trim();
      await save.mutateAsync({ benchmark, version: detail.version, publish, ...(note ? { note } : {}) });
      onClose();
    } catch (e) {
      if (e instanceof Error || isApiError(e)) setError(e);
      if (isApiError(e)) showFieldErrors(e, (benchmark?.tiers ?? []).map((t) => t.level));
    }
  };

  return (
    <Modal
      open
      title={`编辑裁量基准：${detail.powerCode} ${detail.powerName}`}
      width={1040}
      onCancel={onClose}
      destroyOnHidden
      mask={{ closable: false }}
      footer={
        <Space>
          <Button onClick={onClose}>取消</Button>
          <Button loading={save.isPending} onClick={() => void submit(false)} data-testid="benchmark-save-draft">
            保存为草稿
          </Button>
          <Button type="primary" loading={save.isPending} onClick={() => void submit(true)} data-testid="benchmark-publish">
            保存并公布
          </Button>
        </Space>
      }
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 12 }}
        title="各档次幅度不得超出法定幅度（减轻处罚可低于法定下限）；公布后用于裁量计算，并在门户公开（行政处罚法 第三十四条）。"
      />
      <Segmented
        value={mode}
        onChange={(v) => switchMode(v as 'form' | 'json')}
        options={[
          { value: 'form', label: '档次表' },
          { value: 'json', label: 'JSON（全部内容）' },
        ]}
        style={{ marginBottom: 12 }}
      />
      <Form form={form} layout="vertical" initialValues={{ tiers: base.tiers.map(tierToForm) }}>
        <div style={{ display: mode === 'form' ? undefined : 'none' }}>
          <Form.List name="tiers">
            {(fields, { add, remove }) => (
              <>
                {fields.map((f, i) => (
                  <TierFields key={f.key} name={f.name} index={i} levels={levels} onRemove={() => remove(f.name)} />
                ))}
                <Button
                  icon={<PlusOutlined />}
                  onClick={() => add({ level: levels[0]?.value, clause: '', sanctions: [], description: '' })}
                >
                  增加档次
                </Button>
              </>
            )}
          </Form.List>
        </div>
        {mode === 'json' ? (
          <Input.TextArea
            value={json}
            onChange={(e) => setJson(e.target.value)}
            rows={22}
            className="qz-mono"
            spellCheck={false}
            data-testid="benchmark-json"
          />
        ) : null}
        <Form.Item name="note" label="修订说明" style={{ marginTop: 12 }}>
          <Input maxLength={500} placeholder="如：依据省厅2024年裁量基准修订" />
        </Form.Item>
      </Form>
      {error ? (
        <div style={{ marginTop: 12 }} data-testid="benchmark-error">
          <ErrorAlert error={readableError(error, levelLabels, fieldErrors[0])} />
          <FieldErrors errors={fieldErrors} />
        </div>
      ) : null}
    </Modal>
  );
}
