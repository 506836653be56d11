import { citationForDisplay, FLOW_CHART_CATEGORIES, statutoryFeesDefault, statutoryTimeLimitDefault, userFacingText, type StatutoryDefault } from '@quanze/domain';
import { Alert, Skeleton, Tag } from 'antd';
import { lazy, Suspense, useMemo, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../app/api.ts';
import { usePortalTitle } from '../title.ts';
import { useComplaintForm } from '../complaints/api.ts';
import { SupervisionChannels } from '../complaints/SupervisionChannels.tsx';
import { usePublicPower } from './api.ts';
import { PublicBenchmark } from './PublicBenchmark.tsx';
import './public-powers.css';

// Its own chunk: the procedure tables and the chart are fetched only for an item that has a chart.
const PowerFlowCharts = lazy(() => import('./PowerFlowCharts.tsx').then((m) => ({ default: m.PowerFlowCharts })));

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="qz-portal-field">
      <span className="qz-portal-field-label">{label}</span>
      <span className="qz-pp-value">{children || '—'}</span>
    </div>
  );
}

/** The category's general statutory rule, with its article, when the item records none. */
const statutory = (d: StatutoryDefault | null): ReactNode =>
  d ? (
    <>
      {d.text}
      <span className="qz-sub">（{d.citation}）</span>
    </>
  ) : null;

/** One item of the published list: basis, procedure, time limit, fees, channels, hearing, and the benchmark tiers. */
export function PublicPowerPage() {
  const { code = '' } = useParams();
  const { data: p, error, isPending } = usePublicPower(code);
  const notFound = isApiError(error) && (error.status === 404 || error.status === 400);
  usePortalTitle(p?.name ?? '权责清单');
  // An item without its own 监督投诉 text is supervised through the bureau's channels (complaints settings).
  const channels = useComplaintForm().data?.channels ?? null;
  const flowPower = useMemo(
    () =>
      p && FLOW_CHART_CATEGORIES.includes(p.category) ? { category: p.category, basis: p.basis, hearingEligible: p.hearingEligible } : null,
    [p],
  );

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
                  <strong>{citationForDisplay(b)}</strong>
                  {userFacingText(b.gist) ? <div>{userFacingText(b.gist)}</div> : null}
                </li>
              ))}
            </ol>
          </section>
          <section className="qz-pp-section">
            <h3>办理要求</h3>
            <Field label="办理程序">{p.procedure}</Field>
            <Field label="法定时限">{p.timeLimit ?? statutory(statutoryTimeLimitDefault(p.category))}</Field>
            <Field label="收费">{p.fees ?? statutory(statutoryFeesDefault(p.category))}</Field>
            {p.sanctionsText ? <Field label="处罚种类和幅度">{p.sanctionsText}</Field> : null}
            {p.hearingEligible ? (
              <Field label="听证">{`可以申请听证${p.hearingCondition ? `（${p.hearingCondition}）` : ''}`}</Field>
            ) : null}
            <Field label="监督投诉">
              {p.supervisionChannel ??
                (channels ? (
                  <>
                    <SupervisionChannels channels={channels} compact />
                    <Link to="/portal/complaints/new">在线投诉举报</Link>
                  </>
                ) : null)}
            </Field>
          </section>
          {flowPower ? (
            <Suspense
              fallback={
                <section className="qz-pp-section" aria-busy="true">
                  <h3>办理流程图</h3>
                  <p className="qz-sub">正在加载流程图…</p>
                </section>
              }
            >
              <PowerFlowCharts power={flowPower} />
            </Suspense>
          ) : null}
          {p.benchmark ? <PublicBenchmark b={p.benchmark} /> : null}
          <section className="qz-pp-section" data-testid="portal-power-accountability">
            <h3>执法责任与责任追究</h3>
            {p.responsibility ? <Field label="执法责任">{p.responsibility}</Field> : null}
            {p.accountabilityTriggers.length > 0 ? (
              <div className="qz-portal-field">
                <span className="qz-portal-field-label">追责情形</span>
                <ol className="qz-pp-basis">
                  {p.accountabilityTriggers.map((t) => (
                    <li key={t}>{t}</li>
                  ))}
                </ol>
              </div>
            ) : null}
            <p>
              执法人员违法或者不当行使本项职权的，依照法律规定和本局规定追究责任：
              <Link to="/portal/accountability">查看违法责任追究规定</Link>
            </p>
          </section>
          <p className="qz-sub">
            {p.listTitle}
            {p.publishedOn ? `，${p.publishedOn} 公布` : ''}
          </p>
        </article>
      ) : null}
    </main>
  );
}
