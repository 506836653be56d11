import { ArrowLeftOutlined, PaperClipOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../app/api.ts';
import { ContentSpin, ErrorAlert, NotFoundPage } from '../../app/feedback.tsx';
import { PageHeader } from '../../app/PageHeader.tsx';
import { attachmentUrl, useComplaint, type ComplaintAbilityDto, type ComplaintDetailDto } from './api.ts';
import './complaints.css';
import { ComplaintAbilities } from './components/ComplaintAbilities.tsx';
import { ComplaintActionDialog } from './components/ComplaintActionDialog.tsx';
import { ComplaintClocks } from './components/ComplaintClocks.tsx';
import { ComplaintTimeline } from './components/ComplaintTimeline.tsx';
import { complaintStateColor } from './labels.ts';

const size = (n: number) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1024))} KB`);

function Outcome({ d }: { d: ComplaintDetailDto }) {
  if (!d.reply && !d.notAccepted && !d.redirect && !d.outcome && !d.surveyCode) return null;
  return (
    <Card title="处理结果" size="small" data-testid="complaint-outcome">
      {d.surveyCode ? (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 12 }}
          title={
            <span>
              满意度评价码：<Typography.Text code copyable data-testid="complaint-survey-code">{d.surveyCode}</Typography.Text>
            </span>
          }
          description="请将评价码告知信访人，用于对本事项的办理情况进行评价（仅可使用一次）。信访人也可凭查询码在门户网站查看。"
        />
      ) : null}
      <Descriptions size="small" column={1}>
        {d.notAccepted ? (
          <>
            <Descriptions.Item label="不予受理理由">{d.notAccepted.groundLabel}</Descriptions.Item>
            {d.notAccepted.redirectTo ? <Descriptions.Item label="告知途径">{d.notAccepted.redirectTo}</Descriptions.Item> : null}
            <Descriptions.Item label="说明">{d.notAccepted.explanation}</Descriptions.Item>
          </>
        ) : null}
        {d.redirect ? (
          <>
            <Descriptions.Item label={d.redirect.kind === 'transfer' ? '转送、交办至' : '退回至'}>
              {d.redirect.to || '原转送、交办机关'}（{d.redirect.on}）
            </Descriptions.Item>
            {d.redirect.note ? (
              <Descriptions.Item label={d.redirect.kind === 'transfer' ? '转送说明' : '异议理由'}>{d.redirect.note}</Descriptions.Item>
            ) : null}
          </>
        ) : null}
        {d.reply ? (
          <>
            <Descriptions.Item label="处理意见">{d.reply.opinionLabel}</Descriptions.Item>
            <Descriptions.Item label="答复日期">{d.reply.repliedOn}</Descriptions.Item>
            <Descriptions.Item label="答复内容">
              <div style={{ whiteSpace: 'pre-wrap' }} data-testid="complaint-reply-text">
                {d.reply.text}
              </div>
            </Descriptions.Item>
            {d.reply.legalBasis ? <Descriptions.Item label="法律法规依据">{d.reply.legalBasis}</Descriptions.Item> : null}
          </>
        ) : null}
        {d.outcome ? <Descriptions.Item label="办结情况">{d.outcome}</Descriptions.Item> : null}
        {d.closedOn ? <Descriptions.Item label="办结日期">{d.closedOn}</Descriptions.Item> : null}
      </Descriptions>
    </Card>
  );
}

/** One complaint / report / petition: what may be done now (and why not), the matter, the result, the steps, the clocks. */
export function ComplaintDetailPage() {
  const { id = '' } = useParams();
  const { message } = App.useApp();
  const { data: d, error, isPending, refetch } = useComplaint(id);
  const [acting, setActing] = useState<ComplaintAbilityDto | null>(null);

  if (isApiError(error) && error.status === 404) return <NotFoundPage />;
  if (isPending) return <ContentSpin />;
  if (!d) return <ErrorAlert error={error} onRetry={() => void refetch()} />;

  return (
    <>
      <PageHeader
        title={d.subject}
        subtitle={
          <Space wrap size={[8, 4]}>
            <Tag color={complaintStateColor(d.state)} data-testid="complaint-state">
              {d.stateLabel}
            </Tag>
            <span>{d.kindLabel}</span>
            <span className="qz-muted">登记编号 {d.referenceNumber}</span>
            {d.overdue ? <Tag color="red">已逾期</Tag> : null}
          </Space>
        }
        extra={
          <Link to="/complaints">
            <Button icon={<ArrowLeftOutlined />}>返回列表</Button>
          </Link>
        }
      />
      <div className="qz-complaint-grid">
        <div>
          <ComplaintAbilities abilities={d.abilities} onPick={setActing} />
          <Card title="事项信息" size="small">
            <Descriptions size="small" column={{ xs: 1, md: 2 }}>
              <Descriptions.Item label="类型">{d.kindLabel}</Descriptions.Item>
              <Descriptions.Item label="类别">{d.categoryLabel}</Descriptions.Item>
              <Descriptions.Item label="来源">{d.sourceLabel}{d.via === 'transferred' ? '（转送、交办）' : ''}</Descriptions.Item>
              <Descriptions.Item label="登记日期">{d.receivedOn}</Descriptions.Item>
              <Descriptions.Item label="反映人">{d.contact.name}</Descriptions.Item>
              <Descriptions.Item label="联系方式">{[d.contact.phone, d.contact.email].filter(Boolean).join('；') || '—'}</Descriptions.Item>
              {d.contact.address ? <Descriptions.Item label="联系地址" span={2}>{d.contact.address}</Descriptions.Item> : null}
              <Descriptions.Item label="反映对象">{d.about || '—'}</Descriptions.Item>
              {d.subjects.length ? (
                <Descriptions.Item label="被反映人（应当回避）">
                  <span data-testid="complaint-subjects">
                    {d.subjects.map((p) => (p.departmentName ? `${p.name}（${p.departmentName}）` : p.name)).join('、')}
                  </span>
                </Descriptions.Item>
              ) : null}
              <Descriptions.Item label="受理日期">{d.acceptedOn ?? '—'}</Descriptions.Item>
              <Descriptions.Item label="承办">
                {d.departmentName ? `${d.departmentName}${d.handlerName ? ` · ${d.handlerName}` : ''}` : '—'}
              </Descriptions.Item>
              <Descriptions.Item label={d.redirect?.kind === 'transfer' ? '去向告知送达' : '受理告知送达'}>{d.noticeServedOn ?? '—'}</Descriptions.Item>
              {d.linkedCaseId ? (
                <Descriptions.Item label="关联案件">
                  <Link to={`/cases/${d.linkedCaseId}`} data-testid="complaint-linked-case">
                    查看案件
                  </Link>
                </Descriptions.Item>
              ) : null}
            </Descriptions>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginTop: 8 }} data-testid="complaint-text">
              {d.text}
            </Typography.Paragraph>
            {d.attachments.length ? (
              <div data-testid="complaint-attachments">
                {d.attachments.map((a) => (
                  <div key={a.id}>
                    <a href={attachmentUrl(d.id, a.id)} download={a.fileName}>
                      <PaperClipOutlined /> {a.fileName}
                    </a>
                    <span className="qz-muted">（{size(a.sizeBytes)}）</span>
                  </div>
                ))}
              </div>
            ) : null}
          </Card>
          <Outcome d={d} />
          <ComplaintTimeline steps={d.steps} />
        </div>
        <div>
          <ComplaintClocks detail={d} />
        </div>
      </div>
      {acting ? (
        <ComplaintActionDialog
          key={acting.action}
          detail={d}
          ability={acting}
          onClose={() => setActing(null)}
          onDone={(label, after) => {
            setActing(null);
            void message.success(after.surveyCode && !d.surveyCode ? `已办理：${label}。请将满意度评价码告知信访人` : `已办理：${label}`);
          }}
        />
      ) : null}
    </>
  );
}
