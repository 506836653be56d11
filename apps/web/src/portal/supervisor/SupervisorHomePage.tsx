import { useState, type FormEvent } from 'react';
import { Link, Navigate } from 'react-router';
import { usePortalTitle } from '../title.ts';
import { useMyObservations, useSubmitObservation, useSupervisorLogout, useSupervisorMe, type MyObservationsDto } from './api.ts';
import './supervisor.css';

const fmt = (iso: string | null) =>
  iso ? new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }) : '';

/** 社会监督员工作台: my observations with the bureau's answers, and a form for a new one. */
export function SupervisorHomePage() {
  usePortalTitle('社会监督员');
  const { data: me, isPending, error } = useSupervisorMe();
  const list = useMyObservations(Boolean(me && !me.mustChangePassword));
  const logout = useSupervisorLogout();
  if (isPending) return <main className="qz-portal-inner qz-portal-page">正在加载…</main>;
  if (error) return <main className="qz-portal-inner qz-portal-page qz-sv-error">{error.message}</main>;
  if (!me || me.mustChangePassword) return <Navigate to="/portal/supervisor/login" replace />;
  return (
    <main className="qz-portal-inner qz-portal-page">
      <div className="qz-portal-crumb">
        <Link to="/portal">首页</Link> / 社会监督员
      </div>
      <div className="qz-sv-head">
        <h2 className="qz-portal-page-title" data-testid="supervisor-home-title">
          社会监督员 {me.name}
        </h2>
        <span className="qz-sv-meta">
          聘书 {me.documentNumber} · 聘期 {me.termStart} 至 {me.termEnd} ·{' '}
          <button type="button" className="qz-sv-link" onClick={() => logout.mutate()} data-testid="supervisor-logout">
            退出登录
          </button>
        </span>
      </div>
      <div className="qz-sv-grid">
        <section className="qz-sv-panel">
          <h3>提交监督意见</h3>
          <NewObservation categories={list.data?.categories ?? []} />
        </section>
        <section className="qz-sv-panel">
          <h3>我提交的监督意见</h3>
          {list.error ? <div className="qz-sv-error">{list.error.message}</div> : null}
          {list.isPending ? <p>正在加载…</p> : null}
          {list.data && list.data.items.length === 0 ? <p className="qz-sv-meta">尚未提交监督意见。</p> : null}
          <ul className="qz-sv-list" data-testid="supervisor-observations">
            {list.data?.items.map((o) => (
              <li key={o.id} className="qz-sv-item" data-testid="supervisor-observation">
                <div>
                  <strong>{o.aboutUnit}</strong>
                  <span className="qz-sv-state" data-state={o.state}>
                    {o.stateLabel}
                  </span>
                </div>
                <div className="qz-sv-meta">
                  {o.categoryLabel} · 提交于 {fmt(o.submittedAt)}
                  {o.caseNumber ? ` · 案件 ${o.caseNumber}` : ''}
                  {o.officerName ? ` · 执法人员 ${o.officerName}` : ''}
                </div>
                <p className="qz-sv-content">{o.content}</p>
                {o.answer ? (
                  <div className="qz-sv-answer" data-testid="supervisor-observation-answer">
                    <strong>答复（{fmt(o.answeredAt)}）：</strong>
                    {o.answer}
                  </div>
                ) : null}
                {o.closeReason ? <div className="qz-sv-answer">办结说明：{o.closeReason}</div> : null}
              </li>
            ))}
          </ul>
        </section>
      </div>
    </main>
  );
}

const EMPTY = { category: '', aboutUnit: '', caseNumber: '', officerName: '', occurredOn: '', content: '' };

function NewObservation({ categories }: { categories: MyObservationsDto['categories'] }) {
  const [v, setV] = useState(EMPTY);
  const [sent, setSent] = useState(false);
  const submit = useSubmitObservation();
  const set = (k: keyof typeof EMPTY) => (e: { target: { value: string } }) => {
    setSent(false);
    setV({ ...v, [k]: e.target.value });
  };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    submit.mutate(
      {
        category: v.category as MyObservationsDto['categories'][number]['value'],
        aboutUnit: v.aboutUnit.trim(),
        caseNumber: v.caseNumber.trim() || null,
        officerName: v.officerName.trim() || null,
        occurredOn: v.occurredOn || null,
        content: v.content.trim(),
      },
      {
        onSuccess: () => {
          setV(EMPTY);
          setSent(true);
        },
      },
    );
  };
  return (
    <form className="qz-sv-form" onSubmit={onSubmit} data-testid="supervisor-observation-form">
      <label htmlFor="qz-sv-cat">类别</label>
      <select id="qz-sv-cat" value={v.category} onChange={set('category')} required data-testid="observation-category">
        <option value="" disabled>
          请选择
        </option>
        {categories.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
      <label htmlFor="qz-sv-unit">反映的单位或科室</label>
      <input id="qz-sv-unit" value={v.aboutUnit} onChange={set('aboutUnit')} required maxLength={64} placeholder="如 市场监督管理综合行政执法支队" data-testid="observation-unit" />
      <label htmlFor="qz-sv-case">案件编号（可不填）</label>
      <input id="qz-sv-case" value={v.caseNumber} onChange={set('caseNumber')} maxLength={64} />
      <label htmlFor="qz-sv-officer">执法人员姓名（可不填）</label>
      <input id="qz-sv-officer" value={v.officerName} onChange={set('officerName')} maxLength={32} />
      <label htmlFor="qz-sv-on">发生日期（可不填）</label>
      <input id="qz-sv-on" type="date" value={v.occurredOn} onChange={set('occurredOn')} />
      <label htmlFor="qz-sv-content">具体情况</label>
      <textarea id="qz-sv-content" value={v.content} onChange={set('content')} required minLength={5} maxLength={4000} data-testid="observation-content" />
      {submit.error ? (
        <div className="qz-sv-error" role="alert">
          {submit.error.message}
        </div>
      ) : null}
      {sent ? <div className="qz-sv-ok">已提交，我局将交办相关科室办理并在此答复。</div> : null}
      <button type="submit" className="qz-sv-button" disabled={submit.isPending} data-testid="observation-submit">
        提交
      </button>
    </form>
  );
}
