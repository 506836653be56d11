import { DeleteOutlined, SaveOutlined, SettingOutlined, TeamOutlined } from '@ant-design/icons';
import { App, Button, Checkbox, Form, Input, Modal, Popconfirm, Select, Space, Switch, Table, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useNotifyError } from '../../../app/feedback.tsx';
import { useCaseViews, useDeleteView, useSaveView, useUpdateView, type CaseView } from './api.ts';
import { hasFilters, sameFilters, type ListFilters } from './url-state.ts';

/** 常用筛选: pick a saved view (own, or shared in the department), save the current filters, manage own views. */
export function SavedViews({ filters, onApply }: { filters: ListFilters; onApply: (filters: ListFilters) => void }) {
  const { data } = useCaseViews();
  const [saving, setSaving] = useState(false);
  const [managing, setManaging] = useState(false);
  const views = data?.items ?? [];
  const current = views.find((v) => sameFilters(v.filters, filters));
  const mine = views.filter((v) => v.mine);
  const shared = views.filter((v) => !v.mine);
  const option = (v: CaseView) => ({ value: v.id, label: v.mine ? v.name : `${v.name}（${v.ownerName}）` });

  return (
    <Space wrap size={8} data-testid="case-views">
      <Select
        value={current?.id}
        placeholder="常用筛选"
        style={{ width: 200 }}
        onChange={(id: string) => {
          const v = views.find((x) => x.id === id);
          if (v) onApply(v.filters);
        }}
        options={[
          ...(mine.length ? [{ label: '我的', title: '我的', options: mine.map(option) }] : []),
          ...(shared.length ? [{ label: '本科室共享', title: '本科室共享', options: shared.map(option) }] : []),
        ]}
        notFoundContent="尚未保存常用筛选"
        data-testid="case-views-select"
      />
      <Tooltip title={hasFilters(filters) ? '把当前的筛选条件保存为常用筛选' : '先设置筛选条件'}>
        <Button
          icon={<SaveOutlined />}
          disabled={!hasFilters(filters) || current?.mine === true}
          onClick={() => setSaving(true)}
          data-testid="case-views-save"
        >
          保存筛选
        </Button>
      </Tooltip>
      {mine.length ? (
        <Button icon={<SettingOutlined />} onClick={() => setManaging(true)} aria-label="管理常用筛选" data-testid="case-views-manage" />
      ) : null}
      <SaveViewModal open={saving} filters={filters} onClose={() => setSaving(false)} />
      <ManageViewsModal open={managing} views={mine} onClose={() => setManaging(false)} />
    </Space>
  );
}

function SaveViewModal({ open, filters, onClose }: { open: boolean; filters: ListFilters; onClose: () => void }) {
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const save = useSaveView();
  const [form] = Form.useForm<{ name: string; shared: boolean }>();
  return (
    <Modal
      open={open}
      title="保存常用筛选"
      okText="保存"
      confirmLoading={save.isPending}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ shared: false }}
        onFinish={(v) =>
          save.mutate(
            { name: v.name.trim(), shared: v.shared, filters },
            {
              onSuccess: () => {
                void message.success('已保存常用筛选');
                onClose();
              },
              onError: notifyError,
            },
          )
        }
      >
        <Form.Item
          name="name"
          label="名称"
          rules={[
            { required: true, whitespace: true, message: '请填写名称' },
            { max: 40, message: '名称不超过 40 个字' },
          ]}
        >
          <Input maxLength={40} placeholder="如：本月受理的投诉案件" data-testid="case-views-name" />
        </Form.Item>
        <Form.Item name="shared" valuePropName="checked">
          <Checkbox>共享给本科室（同事可以使用，只有自己可以修改）</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}

function ManageViewsModal({ open, views, onClose }: { open: boolean; views: CaseView[]; onClose: () => void }) {
  const notifyError = useNotifyError();
  const update = useUpdateView();
  const remove = useDeleteView();
  return (
    <Modal open={open} title="管理常用筛选" footer={null} onCancel={onClose} width={560} destroyOnHidden>
      <Table<CaseView>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={views}
        locale={{ emptyText: '尚未保存常用筛选' }}
        columns={[
          {
            title: '名称',
            key: 'name',
            render: (_: unknown, v) => (
              <Typography.Text
                editable={{
                  maxLength: 40,
                  triggerType: ['icon', 'text'],
                  onChange: (name) => {
                    if (name.trim() && name.trim() !== v.name)
                      update.mutate({ id: v.id, version: v.version, name: name.trim() }, { onError: notifyError });
                  },
                }}
              >
                {v.name}
              </Typography.Text>
            ),
          },
          {
            title: (
              <span>
                <TeamOutlined /> 本科室共享
              </span>
            ),
            key: 'shared',
            width: 120,
            render: (_: unknown, v) => (
              <Switch
                size="small"
                checked={v.shared}
                onChange={(shared) => update.mutate({ id: v.id, version: v.version, shared }, { onError: notifyError })}
              />
            ),
          },
          {
            title: '',
            key: 'delete',
            width: 60,
            render: (_: unknown, v) => (
              <Popconfirm
                title={`删除常用筛选「${v.name}」？`}
                okText="删除"
                okButtonProps={{ danger: true }}
                onConfirm={() => remove.mutate(v.id, { onError: notifyError })}
              >
                <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label="删除" />
              </Popconfirm>
            ),
          },
        ]}
      />
    </Modal>
  );
}
