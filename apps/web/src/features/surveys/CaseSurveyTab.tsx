import { PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Space, Typography } from 'antd';
import type { CaseDetailDto } from '@quanze/contracts';
import './surveys.css';

interface SurveySlip {
  code: string;
  validUntil: string;
}

/** The 评价码 the close command wrote on the 结案 step (apps/server cases/commands/closure-effects.ts). */
export function surveyOfCase(detail: Pick<CaseDetailDto, 'steps'>): SurveySlip | null {
  const close = detail.steps.find((s) => s.action === 'close');
  const survey = close?.payload['survey'];
  if (typeof survey !== 'object' || survey === null) return null;
  const { code, validUntil } = survey as Record<string, unknown>;
  return typeof code === 'string' && typeof validUntil === 'string' ? { code, validUntil } : null;
}

function printSlip() {
  document.body.classList.add('qz-sv-printing');
  window.addEventListener('afterprint', () => document.body.classList.remove('qz-sv-printing'), { once: true });
  window.print();
}

/**
 * 满意度评议 on the case page: once the case is closed (结案), the one-time 评价码 to hand to the party, as a slip
 * to print (评价通知) — the portal address, the code, the last day. Before closing it says when it will appear.
 */
export function CaseSurveyTab({ detail }: { detail: CaseDetailDto }) {
  const slip = surveyOfCase(detail);
  if (!slip) {
    return <Alert type="info" showIcon message="结案时系统自动生成一次性评价码，供当事人在门户网站对本案办理情况进行满意度评议。" />;
  }
  const portalUrl = `${window.location.origin}/portal/survey`;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Alert
        type="success"
        showIcon

        message="请将评价码告知当事人（可打印评价通知交当事人）。评价码仅可使用一次，逾期失效；评价不记录当事人个人信息。"
      />
      <Card className="qz-sv-slip" data-testid="case-survey-slip">
        <Typography.Title level={4} style={{ textAlign: 'center', marginTop: 0 }}>
          行政执法满意度评议通知
        </Typography.Title>
        <Typography.Paragraph>
          您好！您的案件已办结。为监督和改进行政执法工作，欢迎您对本案的办理情况进行评价（1–5分，可留言），评价不记录您的姓名等个人信息。
        </Typography.Paragraph>
        <Descriptions column={1} size="small" bordered>
          <Descriptions.Item label="案件编号">{detail.caseNumber ?? detail.decisionNumber ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="承办部门">{detail.departmentName ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="评价网址">{portalUrl}</Descriptions.Item>
          <Descriptions.Item label="评价码">
            <span className="qz-sv-code" data-testid="case-survey-code">
              {slip.code}
            </span>
          </Descriptions.Item>
          <Descriptions.Item label="有效期至">{slip.validUntil}（仅可使用一次）</Descriptions.Item>
        </Descriptions>
      </Card>
      <Button icon={<PrinterOutlined />} onClick={printSlip} data-testid="case-survey-print">
        打印评价通知
      </Button>
    </Space>
  );
}
