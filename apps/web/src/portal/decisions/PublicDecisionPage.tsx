import { Alert, Skeleton } from 'antd';
import { Link, useParams } from 'react-router';
import { usePortalTitle } from '../title.ts';
import { isApiError } from '../../app/api.ts';
import { usePublicDecision } from './api.ts';
import './decisions.css';

/**
 * One published decision (行政处罚 / 行政许可 / other result): the masked text as published. A withdrawn one shows why
 * (第四十八条), an expired one that its period ended; the server answers 410 for both.
 */
export function PublicDecisionPage() {
  const { id = '' } = useParams();
  const { data, error, isPending } = usePublicDecision(id);
  usePortalTitle(data?.title ?? '执法决定公示');

  const gone = isApiError(error, 'DECISION_WITHDRAWN') || isApiError(error, 'DECISION_EXPIRED');
  return (
    <main className="qz-portal-inner qz-portal-page">
      <div className="qz-portal-crumb">
        <Link to="/portal">首页</Link> / <Link to="/portal/decisions">执法决定公示</Link> / 决定详情
      </div>
      {isPending ? <Skeleton active /> : null}
      {error ? (
        gone ? (
          <section className="qz-pd-gone" data-testid="portal-decision-gone">
            <h2 className="qz-portal-page-title">
              {isApiError(error, 'DECISION_WITHDRAWN') ? '该决定信息已撤回' : '该决定信息已停止公示'}
            </h2>
            <p>{(error as Error).message}</p>
          </section>
        ) : (
          <Alert
            type="warning"
            showIcon
            message={isApiError(error, 'NOT_FOUND') ? '未找到该决定信息' : '加载失败'}
            description={error.message}
          />
        )
      ) : null}
      {data ? (
        <article className="qz-pd-doc" data-testid="portal-decision-detail">
          <h2 className="qz-portal-page-title">
            <span className={`qz-pd-type qz-pd-type-${data.resultType}`}>{data.resultTypeLabel}</span>
            {data.title}
          </h2>
          <dl className="qz-pd-facts">
            <dt>作出机关</dt>
            <dd>{data.agencyName}</dd>
            <dt>{data.resultType === 'licence' ? '申请人' : '当事人'}</dt>
            <dd>{data.partyDisplay}</dd>
            <dt>{data.resultType === 'penalty' ? '处罚内容' : '决定事项'}</dt>
            <dd>{data.penaltySummary}</dd>
            <dt>决定日期</dt>
            <dd>{data.decidedOn}</dd>
            <dt>公开日期</dt>
            <dd>{data.publishedOn}</dd>
            {data.expiresOn ? (
              <>
                <dt>公示截止</dt>
                <dd>{data.expiresOn}</dd>
              </>
            ) : null}
          </dl>
          <h3 style={{ marginTop: 16, fontSize: 16 }}>{data.resultType === 'penalty' ? '决定书正文' : '公示内容'}</h3>
          <pre className="qz-pd-text">{data.text}</pre>
        </article>
      ) : null}
    </main>
  );
}
