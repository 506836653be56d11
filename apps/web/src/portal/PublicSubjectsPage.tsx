import { SUBJECT_KIND_LABELS } from '@quanze/domain';
import { Alert, Card, Empty, Input, Skeleton, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { usePortalTitle } from './title.ts';
import type { PublicSubjectDto } from '../features/subjects/types.ts';
import { usePublicSubjects } from './api.ts';

function SubjectCard({ s }: { s: PublicSubjectDto }) {
  return (
    <Card size="small" className="qz-portal-subject" data-testid="portal-subject">
      <div className="qz-portal-subject-name">
        {s.name} <Tag color={s.kind === 'entrusted' ? 'purple' : 'blue'}>{SUBJECT_KIND_LABELS[s.kind]}</Tag>
      </div>
      <div className="qz-portal-field">
        <span className="qz-portal-field-label">信用代码</span>
        <span className="qz-mono">{s.creditCode}</span>
      </div>
      <div className="qz-portal-field">
        <span className="qz-portal-field-label">执法依据</span>
        <span style={{ whiteSpace: 'pre-wrap' }}>{s.legalBasis}</span>
      </div>
      {s.domains.length ? (
        <div className="qz-portal-field">
          <span className="qz-portal-field-label">执法领域</span>
          <span>
            {s.domains.map((d) => (
              <Tag key={d}>{d}</Tag>
            ))}
          </span>
        </div>
      ) : null}
      {s.kind === 'entrusted' ? (
        <>
          <div className="qz-portal-field">
            <span className="qz-portal-field-label">委托机关</span>
            <span>{s.entrustingSubjectName ?? '—'}</span>
          </div>
          <div className="qz-portal-field">
            <span className="qz-portal-field-label">委托事项</span>
            <span>{s.entrustmentScope.join('、') || '—'}</span>
          </div>
          <div className="qz-portal-field">
            <span className="qz-portal-field-label">委托期限至</span>
            <span>{s.entrustmentEnd ?? '—'}</span>
          </div>
        </>
      ) : null}
    </Card>
  );
}

/** 执法主体公示: the confirmed enforcement subjects (GET /api/public/subjects). */
export function PublicSubjectsPage() {
  usePortalTitle('执法主体公示');
  const { data, error, isPending } = usePublicSubjects();
  const [q, setQ] = useState('');
  const rows = useMemo(() => {
    const term = q.trim();
    return (data ?? []).filter((s) => !term || s.name.includes(term) || s.creditCode.includes(term.toUpperCase()) || s.domains.some((d) => d.includes(term)));
  }, [data, q]);

  return (
    <main className="qz-portal-inner qz-portal-page">
      <div className="qz-portal-crumb">
        <Link to="/portal">首页</Link> / 执法主体公示
      </div>
      <h2 className="qz-portal-page-title">执法主体公示</h2>
      <p className="qz-sub" style={{ marginTop: 0 }}>
        经确认具有行政执法主体资格的机关、组织，以及受委托组织。
      </p>
      <label htmlFor="portal-subjects-q" className="qz-portal-field-label" style={{ display: 'block', marginBottom: 4 }}>
        筛选执法主体
      </label>
      <Input.Search
        id="portal-subjects-q"
        placeholder="按名称、信用代码或执法领域筛选"
        allowClear
        onChange={(e) => setQ(e.target.value)}
        style={{ maxWidth: 420, marginBottom: 16 }}
        data-testid="portal-subjects-q"
      />
      {isPending ? <Skeleton active /> : null}
      {error ? <Alert type="warning" showIcon title={error.message} /> : null}
      {data && rows.length === 0 ? <Empty description={q ? '没有符合条件的执法主体' : '暂无公示的执法主体'} /> : null}
      <div data-testid="portal-subjects">
        {rows.map((s) => (
          <SubjectCard key={s.creditCode} s={s} />
        ))}
      </div>
    </main>
  );
}
