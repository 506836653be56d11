import { Alert, Skeleton, Tag } from 'antd';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../app/api.ts';
import { usePublicPower } from './api.ts';
import { PublicBenchmark } from './PublicBenchmark.tsx';
import './public-powers.css';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="qz-portal-field">
      <span className="qz-portal-field-label">{label}</span>
      <span className="qz-pp-value">{children || '—'}</span>
    </div>
  );
}

/** One item of the published list: basis, procedure, time limit, fees, channels, hearing, and the benchmark tiers. */
export function PublicPowerPage() {
  const { code = '' } = useParams();
  const { data: p, error, isPending } = usePublicPower(code);
  const notFound = isApiError(error) && (error.status === 404 || error.status === 400);

  return (
    <main className="qz-portal-inner qz-portal-page qz-pp-detail">
      <div className="qz-portal-crumb">
        <Link to="/portal">首页</Link> / <Link to="/portal/powers">权责清单</Link> / {code}
      </div>
      {isPending ? <Skeleton active paragraph={{ rows: 8 }} /> : null}
      {notFound ? <Alert type="info" showIcon title="未找到该事项，可能已调整或编码有误" /> : null}
      {error && !notFound ? <Alert type="warning" showIcon title={error.message} /> : null}
      {p ? (
        <article data-testid="portal-power-detail">
          <h2 className="qz-portal-page-title">{p.name}</h2>
          <div className="qz-pp-card-head" style={{ marginBottom: 12 }}>
            <Tag color="blue">{p.categoryLabel}</Tag>
            <span className="qz-pp-code">{p.code}</span>
          </div>
          <section className="qz-pp-section">
            <Field label="实施主体">{p.subjectName}</Field>
            <Field label="承办科室">{p.departmentName}</Field>
            <Field label="实施对象">{p.target}</Field>
            <Field label="决定层级">{p.level}</Field>
          </section>
          <section className="qz-pp-section">
            <h3>实施依据</h3>
            <ol className="qz-pp-basis">
              {p.basis.map((b, i) => (
                <li key={`${b.law}-${b.article}-${i}`}>
                  <strong>
                    《{b.law}》{b.article}
                  </strong>
                  {b.gist ? <div>{b.gist}</div> : null}
                </li>
              ))}
            </ol>
          </section>
          <section className="qz-pp-section">
            <h3>办理要求</h3>
            <Field label="办理程序">{p.procedure}</Field>
            <Field label="法定时限">{p.timeLimit}</Field>
            <Field label="收费">{p.fees}</Field>
            {p.sanctionsText ? <Field label="处罚种类和幅度">{p.sanctionsText}</Field> : null}
            {p.hearingEligible ? (
              <Field label="听证">{`可以申请听证${p.hearingCondition ? `（${p.hearingCondition}）` : ''}`}</Field>
            ) : null}
            <Field label="监督投诉">{p.supervisionChannel}</Field>
          </section>
          {p.benchmark ? <PublicBenchmark b={p.benchmark} /> : null}
          <p className="qz-sub">
            {p.listTitle}
            {p.publishedOn ? `，${p.publishedOn} 公布` : ''}
          </p>
        </article>
      ) : null}
    </main>
  );
}
