import { Alert, App, Button, Checkbox, Descriptions, Divider, Drawer, Input, Select, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { ContentSpin, ErrorAlert, useNotifyError } from '../../../app/feedback.tsx';
import { formatBasis } from '../../../app/format.ts';
import { usePublication, usePublish, useUpdateFlags, useUpdateMasking, type PublicationDetail } from '../api.ts';
import '../disclosure.css';
import { MaskedText } from './MaskedText.tsx';
import { WithdrawModal } from './WithdrawModal.tsx';

const FLAG_LABELS: Record<keyof PublicationDetail['flags'], string> = {
  minor: '涉及未成年人',
  privacy: '涉及个人隐私',
  stateSecret: '涉及国家秘密',
  commercialSecret: '涉及商业秘密',
  securityRisk: '公开可能危及安全稳定',
};

function MaskingEditor({ detail }: { detail: PublicationDetail }) {
  const notify = useNotifyError();
  const { message } = App.useApp();
  const save = useUpdateMasking();
  const [persons, setPersons] = useState(detail.extraPersons);
  const [hidden, setHidden] = useState(detail.extraHidden);
  const [editing, setEditing] = useState(detail.edited);
  const [text, setText] = useState(detail.text);
  useEffect(() => {
    setPersons(detail.extraPersons);
    setHidden(detail.extraHidden);
    setEditing(detail.edited);
    setText(detail.text);
  }, [detail]);

  const submit = (editedText: string | null) =>
    save.mutate(
      { id: detail.id, version: detail.version, extraPersons: persons, extraHidden: hidden, editedText },
      {
        onSuccess: (d) =>
          void message.success(d.leaks.length ? `已保存，仍有${d.leaks.length}处个人信息` : '已保存，泄露扫描未发现个人信息'),
        onError: notify,
      },
    );
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <label>
        <Typography.Text strong>其他自然人姓名（证人、亲属等，隐名为“某”）</Typography.Text>
        <Select
          mode="tags"
          value={persons}
          onChange={setPersons}
          style={{ width: '100%' }}
          placeholder="输入姓名后回车"
          open={false}
          data-testid="disclosure-extra-persons"
        />
      </label>
      <label>
        <Typography.Text strong>其他须隐去的内容（全部替换为＊）</Typography.Text>
        <Select mode="tags" value={hidden} onChange={setHidden} style={{ width: '100%' }} placeholder="输入原文片段后回车" open={false} />
      </label>
      <Checkbox checked={editing} onChange={(e) => setEditing(e.target.checked)}>
        人工修订公开文本（保存后重新扫描，不再自动隐名）
      </Checkbox>
      {editing ? (
        <Input.TextArea
          value={text}
          onChange={(e) => setText(e.target.value)}
          autoSize={{ minRows: 6, maxRows: 16 }}
          aria-label="公开文本"
        />
      ) : null}
      <Space>
        <Button onClick={() => submit(editing ? text : null)} loading={save.isPending} data-testid="disclosure-save-masking">
          保存并重新扫描
        </Button>
      </Space>
    </Space>
  );
}

function FlagsEditor({ detail }: { detail: PublicationDetail }) {
  const notify = useNotifyError();
  const update = useUpdateFlags();
  return (
    <Space wrap>
      {(Object.keys(FLAG_LABELS) as (keyof PublicationDetail['flags'])[]).map((k) => (
        <Checkbox
          key={k}
          checked={detail.flags[k]}
          disabled={update.isPending}
          onChange={(e) =>
            update.mutate(
              { id: detail.id, version: detail.version, flags: { ...detail.flags, [k]: e.target.checked } },
              { onError: notify },
            )
          }
        >
          {FLAG_LABELS[k]}
        </Checkbox>
      ))}
    </Space>
  );
}

/** One queue item: the public text exactly as published, findings, leak scan, reasons not to publish, actions. */
export function PublicationDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { data: d, error, isPending, refetch } = usePublication(id);
  const notify = useNotifyError();
  const { message } = App.useApp();
  const publish = usePublish();
  const [withdrawing, setWithdrawing] = useState<false | 'register' | 'withdraw'>(false);
  const editable = d?.state === 'pending' || d?.state === 'withheld';

  return (
    <Drawer open={id !== null} onClose={onClose} width={760} title={d ? d.title : '公示事项'} destroyOnHidden>
      {isPending && id ? <ContentSpin /> : null}
      {error ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
      {d ? (
        <Space direction="vertical" style={{ width: '100%' }} size="middle" data-testid="disclosure-item">
          <Descriptions size="small" column={2} bordered>
            <Descriptions.Item label="状态">
              <Tag>{d.stateLabel}</Tag>
            </Descriptions.Item>
            <Descriptions.Item label="公开期限">
              {d.overdue ? <Typography.Text type="danger">{d.dueOn}（已逾期）</Typography.Text> : d.dueOn}
            </Descriptions.Item>
            <Descriptions.Item label="当事人（公开名称）">{d.partyDisplay}</Descriptions.Item>
            <Descriptions.Item label="类别">{d.resultTypeLabel}</Descriptions.Item>
            {d.caseId ? (
              <Descriptions.Item label="案件">
                <Link to={`/cases/${d.caseId}`}>查看案件</Link>
              </Descriptions.Item>
            ) : (
              <Descriptions.Item label="事项">{d.matterName}</Descriptions.Item>
            )}
            {d.publishedOn ? <Descriptions.Item label="公开日期">{d.publishedOn}</Descriptions.Item> : null}
            {d.expiresOn ? <Descriptions.Item label="公示截止">{d.expiresOn}</Descriptions.Item> : null}
          </Descriptions>

          {d.refusals.length > 0 ? (
            <Alert
              type="warning"
              showIcon
              message="不予公开"
              description={
                <ul style={{ margin: 0, paddingLeft: 18 }}>
                  {d.refusals.map((r) => (
                    <li key={r.code}>
                      {r.reason}（依据：{formatBasis(r.basis)}）
                    </li>
                  ))}
                </ul>
              }
            />
          ) : null}
          {d.alteration ? (
            <Alert
              type={d.overdue ? 'error' : 'warning'}
              showIcon
              data-testid="disclosure-alteration"
              message={`决定${d.alteration.groundLabel}（${d.alteration.alteredOn}），应于 ${d.alteration.dueOn} 前撤回${d.overdue ? '——已逾期' : ''}`}
              description={`文书：${d.alteration.document}（行政处罚法第四十八条第二款：三日内撤回并公开说明理由）`}
            />
          ) : null}
          {d.withdrawal ? (
            <Alert
              type={d.withdrawal.late ? 'error' : 'info'}
              showIcon
              message={`已于${d.withdrawal.withdrawnOn}撤回：${d.withdrawal.groundLabel}${d.withdrawal.late ? '（超过三日撤回期限）' : ''}`}
              description={`公开说明的理由：${d.withdrawal.reason}`}
            />
          ) : null}
          {d.leaks.length > 0 ? (
            <Alert
              type="error"
              showIcon
              message={`泄露扫描：仍有 ${d.leaks.length} 处个人信息（${[...new Set(d.leaks.map((l) => l.label))].join('、')}），不能公开`}
              data-testid="disclosure-leaks"
            />
          ) : editable ? (
            <Alert type="success" showIcon message="泄露扫描：未发现个人信息" />
          ) : null}
          {d.suspectedNames.length > 0 ? (
            <Alert
              type="warning"
              showIcon
              message={`疑似姓名，请核对：${d.suspectedNames.join('、')}；如为自然人姓名，请加入“补充隐名”`}
              data-testid="disclosure-suspected-names"
            />
          ) : null}
          {d.skippedNames.length > 0 ? (
            <Alert type="warning" showIcon message={`单字姓名无法自动查找，请人工核对：${d.skippedNames.join('、')}`} />
          ) : null}

          <div>
            <Typography.Title level={5}>
              {d.state === 'published' || d.state === 'withdrawn' ? '已公开的文本' : '公众将看到的文本'}
            </Typography.Title>
            <MaskedText detail={d} />
          </div>

          {editable ? (
            <>
              <Divider style={{ margin: '4px 0' }}>不予公开的情形</Divider>
              <FlagsEditor detail={d} />
              <Divider style={{ margin: '4px 0' }}>补充隐名处理</Divider>
              <MaskingEditor detail={d} />
            </>
          ) : null}

          <Space>
            {editable ? (
              <Button
                type="primary"
                disabled={!d.publishable}
                loading={publish.isPending}
                data-testid="disclosure-publish"
                onClick={() =>
                  publish.mutate({ id: d.id, version: d.version }, { onSuccess: () => void message.success('已公开'), onError: notify })
                }
              >
                公开
              </Button>
            ) : null}
            {d.state === 'published' && !d.alteration ? (
              <Button onClick={() => setWithdrawing('register')} data-testid="disclosure-register-alteration">
                登记变更/撤销
              </Button>
            ) : null}
            {d.state !== 'withdrawn' && d.state !== 'expired' ? (
              <Button danger onClick={() => setWithdrawing('withdraw')} data-testid="disclosure-withdraw">
                撤回
              </Button>
            ) : null}
            {d.state === 'published' ? (
              <a href={`/portal/decisions/${d.id}`} target="_blank" rel="noreferrer">
                在门户查看
              </a>
            ) : null}
          </Space>
          <WithdrawModal detail={d} open={withdrawing !== false} mode={withdrawing || 'withdraw'} onClose={() => setWithdrawing(false)} />
        </Space>
      ) : null}
    </Drawer>
  );
}
