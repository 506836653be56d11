import { BankOutlined, FileSearchOutlined, IdcardOutlined, MessageOutlined, ProfileOutlined, RightOutlined } from '@ant-design/icons';
import { Card, Col, Row, Tag } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

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
];

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
      </main>
    </>
  );
}
