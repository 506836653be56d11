import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { usePortalTitle } from '../title.ts';
import { isApiError } from '../../app/api.ts';
import { useTrackComplaint } from './api.ts';
import './complaints.css';
import { TrackResult } from './TrackResult.tsx';

/** One answer for an unknown and a wrong code alike: the page never confirms that a complaint exists. */
const NOT_FOUND = '未找到与该查询码对应的事项，请核对查询码后重新输入。';

/**
 * 查询办理进度: the citizen types the tracking code (sent in the request body, never in the URL) and sees the state,
 * the dates, the clocks in plain words and the bureau's reply.
 */
export function ComplaintTrackPage() {
  const track = useTrackComplaint();
  const [code, setCode] = useState('');
  const [empty, setEmpty] = useState(false);

  usePortalTitle('查询办理进度');

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const value = code.trim();
    setEmpty(!value);
    if (value) track.mutate(value);
  };

  const error = track.error;
  const notFound = isApiError(error) && error.status === 404;

  return (
    <main className="qz-portal-inner qz-portal-page qz-portal-narrow">
      <div className="qz-portal-crumb">
        <Link to="/portal">首页</Link> / <Link to="/portal/complaints">投诉举报</Link> / 查询办理进度
      </div>
      <h2 className="qz-portal-page-title">查询办理进度</h2>
      <p className="qz-pc-hint" style={{ marginTop: 0 }}>
        输入提交投诉举报时获得的查询码（16位，字母不区分大小写，可省略短横线）。
      </p>
      <form className="qz-pc-form" onSubmit={onSubmit} role="search" aria-label="查询办理进度" noValidate>
        <div className="qz-pc-field">
          <label htmlFor="qz-pc-code">查询码</label>
          <div style={{ display: 'flex', gap: 8 }}>
            <input
              id="qz-pc-code"
              type="search"
              value={code}
              onChange={(e) => setCode(e.target.value)}
              placeholder="如 ABCD-EFGH-JKMN-PQRS"
              maxLength={40}
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              aria-invalid={empty}
              aria-describedby={empty ? 'qz-pc-code-error' : undefined}
              data-testid="track-code"
              style={{ flex: 1, minWidth: 0, fontFamily: 'ui-monospace, Menlo, Consolas, monospace', letterSpacing: 1 }}
            />
            <button type="submit" className="qz-pc-btn" disabled={track.isPending} data-testid="track-submit">
              {track.isPending ? '查询中…' : '查询'}
            </button>
          </div>
          {empty ? (
            <div id="qz-pc-code-error" className="qz-pc-error" role="alert">
              请输入查询码
            </div>
          ) : null}
        </div>
      </form>
      <div style={{ marginTop: 16 }} aria-live="polite">
        {error ? (
          <div
            className={`qz-pc-banner ${notFound ? 'qz-pc-banner-info' : 'qz-pc-banner-error'}`}
            role="alert"
            data-testid="track-result"
            data-status={notFound ? 'notFound' : 'error'}
          >
            {notFound ? NOT_FOUND : error.message}
          </div>
        ) : null}
        {track.data && !error ? <TrackResult data={track.data} /> : null}
      </div>
    </main>
  );
}
