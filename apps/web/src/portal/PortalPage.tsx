import { BankOutlined, FileSearchOutlined, IdcardOutlined, MessageOutlined, ProfileOutlined, RightOutlined } from '@ant-design/icons';
import { Card, Col, Row, Tag } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { usePortalTitle } from './title.ts';
import { useComplaintForm } from './complaints/api.ts';
import { SupervisionChannels } from './complaints/SupervisionChannels.tsx';

interface Service {
  key: string;
  title: string;
  description: string;
  icon: ReactNode;
  /** Open services link to their page; the others are announced. */
  path?: string;
}

const SERVICES: Service[] = [
  { key: 'certificates', title: '执法证件查询', description: '核验执法人员身份及行政执法证件是否有效', icon: <IdcardOutlined />, path: '/portal/certificates/check' },
  { key: 'subjects', title: '执法主体公示', description: '本级行政执法主体、受委托组织及其执法依据', icon: <BankOutlined />, path: '/portal/subjects' },
  { key: 'powers', title: '权责清单', description: '本局行政职权事项、实施依据、办理时限与行政处罚裁量基准', icon: <ProfileOutlined />, path: '/portal/powers' },
  { key: 'decisions', title: '执法决定公示', description: '行政处罚等执法决定信息，依法在规定期限内公开', icon: <FileSearchOutlined />, path: '/portal/decisions' },
  { key: 'complaints', title: '投诉举报', description: '在线投诉举报、监督电话、来信来访，凭查询码查询办理进度', icon: <MessageOutlined />, path: '/portal/complaints' },
  { key: 'accountability', title: '责任追究', description: '执法人员违法行使职权的法定追责情形及条款、本局责任追究规定和反映问题的渠道', icon: <FileSearchOutlined />, path: '/portal/accountability' },
  // Icons reused from those already imported: the portal's first-load budget has no room for new ones.
  { key: 'survey', title: '满意度评议', description: '凭办结时取得的评价码，对执法和投诉办理情况进行满意度评议', icon: <ProfileOutlined />, path: '/portal/survey' },
  { key: 'supervisor', title: '社会监督员登录', description: '受聘的社会监督员登录，提交监督意见、查看反馈', icon: <IdcardOutlined />, path: '/portal/supervisor/login' },
];

/** The bureau's published supervision channels, under the services (nothing when none are published). */
function HomeChannels() {
  const { data } = useComplaintForm();
  if (!data?.channels) return null;
  return (
    <section className="qz-portal-home-channels" aria-label="监督渠道">
      <h2 className="qz-pc-ch-title">
        监督渠道 <Link to="/portal/complaints">全部渠道</Link>
      </h2>
      <SupervisionChannels channels={data.channels} compact />
    </section>
  );
}

function ServiceCard({ s }: { s: Service }) {
  return (
    <Card className="qz-portal-card" hoverable={Boolean(s.path)} data-testid={`portal-card-${s.key}`}>
      <div className="qz-portal-card-icon">{s.icon}</div>
      <div className="qz-portal-card-title">
        {s.title}
        {s.path ? <RightOutlined className="qz-portal-go" /> : <Tag className="qz-portal-soon">即将开放</Tag>}
      </div>
      <p className="qz-portal-card-text">{s.description}</p>
    </Card>
  );
}

/** The portal's home: the public services. It must not call /api/auth/me or any console API. */
export function PortalPage() {
  usePortalTitle(undefined);
  return (
    <>
      <section className="qz-portal-hero">
        <div className="qz-portal-inner">
          <p className="qz-portal-lead">依法公开行政执法信息，保障公众知情权、参与权、表达权和监督权。</p>
        </div>
      </section>
      <main className="qz-portal-inner qz-portal-main">
        <Row gutter={[16, 16]}>
          {SERVICES.map((s) => (
            <Col key={s.key} xs={24} sm={12} lg={8}>
              {s.path ? (
                <Link to={s.path} className="qz-portal-card-link">
                  <ServiceCard s={s} />
                </Link>
              ) : (
                <ServiceCard s={s} />
              )}
            </Col>
          ))}
        </Row>
        <HomeChannels />
      </main>
    </>
  );
}
