import { App, Form, Radio, Select, Switch } from 'antd';
import { useEffect } from 'react';
import { ModalForm, type FormValues } from '../../../app/components/ModalForm.tsx';
import { useDisclosureSettings, useSaveSettings, type DisclosureSettings } from '../api.ts';

/** The bureau's publication settings: how a natural-person party is named, how long decisions stay, warnings. */
export function SettingsModal({ onClose }: { onClose: () => void }) {
  const { data } = useDisclosureSettings(true);
  const save = useSaveSettings();
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  useEffect(() => {
    if (data) form.setFieldsValue(data);
  }, [data, form]);

  const submit = async (values: FormValues) => {
    const settings = { ...(values as Omit<DisclosureSettings, 'version'>), version: data?.version ?? 0 };
    // A refused save (e.g. 409: changed meanwhile) throws: ModalForm keeps the dialog open and shows the reason in it.
    await save.mutateAsync(settings);
    void message.success('已保存');
    onClose();
  };

  return (
    <ModalForm title="公示设置" form={form} okDisabled={!data} onSubmit={submit} onCancel={onClose}>
      <Form.Item name="partyNameStyle" label="自然人当事人姓名" extra="法人和其他组织保留名称及统一社会信用代码">
        <Radio.Group
          options={[
            { value: 'surnameMou', label: '保留姓氏，如 张某（默认）' },
            { value: 'surnameStars', label: '保留姓氏，如 张**' },
            { value: 'full', label: '公开全名' },
          ]}
        />
      </Form.Item>
      <Form.Item name="expiryPreset" label="公示期限">
        <Select
          options={[
            { value: 'default', label: '自然人2年、组织3年，警告/通报批评3个月（默认）' },
            { value: 'samr', label: '市场监管模式：3年，通报批评3个月' },
            { value: 'hebei', label: '河北模式：组织5年、自然人2年' },
            { value: 'none', label: '不自动到期' },
          ]}
        />
      </Form.Item>
      <Form.Item name="excludeWarningOnly" label="仅给予警告的决定不予公开" valuePropName="checked">
        <Switch />
      </Form.Item>
      <Form.Item
        name="excludeSimpleProcedure"
        label="简易程序（当场处罚）决定不予公开"
        valuePropName="checked"
        extra="默认公开：未查到简易程序决定免于公示的规定；开启后列为“不予公开”并注明理由（行政处罚法第四十八条第一款）"
      >
        <Switch />
      </Form.Item>
    </ModalForm>
  );
}
