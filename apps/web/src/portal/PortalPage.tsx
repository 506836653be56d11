import { FileSearchOutlined, IdcardOutlined, MessageOutlined, ProfileOutlined } from '@ant-design/icons';
import { Card, Col, Row, Tag } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import './portal.css';

interface Service {
  key: string;
  title: string;
  description: string;
  icon: ReactNode;
}

const SERVICES: Service[] = [
  { key: 'powers', title: '权责清单', description: '本局行政职权事项、实施依据、责任事项与办理流程', icon: <ProfileOutlined /> },
  { key: 'decisions', title: '执法决定公示', description: '行政处罚等执法决定信息，依法在规定期限内公开', icon: <FileSearchOutlined /> },
  { key: 'certificates', title: '执法证件查询', description: '核验执法人员身份及行政执法证件是否有效', icon: <IdcardOutlined /> },
  { key: 'complaints', title: '投诉举报', description: '对行政执法行为提出投诉、举报，并查询办理进度', icon: <MessageOutlined /> },
];

/**
 * The public site (no login). It must not call /api/auth/me or any console API.
 * The bureau name is fixed until a public endpoint provides it.
 */
export function PortalPage() {
  return (
    <div className="qz-portal">
      <header className="qz-portal-header">
        <div className="qz-portal-inner qz-portal-brand">
          <span className="qz-portal-mark" aria-hidden>
            责
          </span>
          <h1 className="qz-portal-title" data-testid="portal-title">
            示例市司法局 行政执法公示
          </h1>
        </div>
      </header>
      <section className="qz-portal-hero">
        <div className="qz-portal-inner">
          <p className="qz-portal-lead">依法公开行政执法信息，保障公众知情权、参与权、表达权和监督权。</p>
        </div>
      </section>
      <main className="qz-portal-inner qz-portal-main">
        <Row gutter={[16, 16]}>
          {SERVICES.map((s) => (
            <Col key={s.key} xs={24} sm={12} lg={6}>
              <Card className="qz-portal-card" data-testid={`portal-card-${s.key}`}>
                <div className="qz-portal-card-icon">{s.icon}</div>
                <div className="qz-portal-card-title">
                  {s.title}
                  <Tag className="qz-portal-soon">即将开放</Tag>
                </div>
                <p className="qz-portal-card-text">{s.description}</p>
              </Card>
            </Col>
          ))}
        </Row>
      </main>
      <footer className="qz-portal-footer">
        <div className="qz-portal-inner qz-portal-footer-inner">
          <span>主办单位：示例市司法局</span>
          <Link to="/login" data-testid="portal-staff-login">
            工作人员登录
          </Link>
        </div>
      </footer>
    </div>
  );
}
