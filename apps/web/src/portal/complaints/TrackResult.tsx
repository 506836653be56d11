import type { ReactNode } from 'react';
import type { TrackComplaintResponse } from './api.ts';
import { beijingToday, chineseDate, daysBetween } from './form-bits.tsx';

function ClockLine({ due, what, basis }: { due: string; what: string; basis: string }) {
  const left = daysBetween(beijingToday(), due);
  const late = left < 0;
  const when = late ? `已超过期限 ${-left} 天` : left === 0 ? '今天到期' : `还有 ${left} 天`;
  return (
    <p className={`qz-pc-clock ${late ? 'qz-pc-clock-late' : ''}`} data-testid="track-clock">
      本局应在 <strong>{chineseDate(due)}</strong> 前{what}（{when}）。
      <br />
      <span className="qz-pc-hint">依据：{basis}</span>
    </p>
  );
}

/** The clocks that run now, in words a citizen reads: what the bureau owes, by when, how long is left. */
function Clocks({ data }: { data: TrackComplaintResponse }) {
  const lines: ReactNode[] = [];
  if (data.state === 'received' && data.noticeDueOn)
    lines.push(<ClockLine key="notice" due={data.noticeDueOn} what="告知您是否受理" basis="《信访工作条例》第二十三条" />);
  if (data.conclusionDueOn && (data.state === 'accepted' || data.state === 'assigned'))
    lines.push(<ClockLine key="conclusion" due={data.conclusionDueOn} what="办结并书面答复您（已含依法延长的期限）" basis="《信访工作条例》第三十四条" />);
  if (lines.length === 0 && data.closedOn)
    lines.push(
      <p key="closed" className="qz-pc-clock">
        本事项已于 {chineseDate(data.closedOn)} 办结。
      </p>,
    );
  else if (lines.length === 0 && data.repliedOn)
    lines.push(
      <p key="replied" className="qz-pc-clock">
        本局已于 {chineseDate(data.repliedOn)} 作出书面答复，答复内容见下方。
      </p>,
    );
  return <>{lines}</>;
}

export function TrackResult({ data }: { data: TrackComplaintResponse }) {
  return (
    <section className="qz-pc-panel" data-testid="track-result" data-status={data.state} aria-label="办理进度">
      <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8, alignItems: 'center', flexWrap: 'wrap' }}>
        <span className="qz-pc-status" data-testid="track-state">
          {data.stateLabel}
        </span>
        <span className="qz-pc-hint">登记编号 {data.referenceNumber}</span>
      </div>
      <h3 style={{ margin: '10px 0 8px', fontSize: 17, lineHeight: 1.5 }}>
        【{data.kindLabel}】{data.subject}
      </h3>
      <dl className="qz-pc-facts">
        <dt>登记日期</dt>
        <dd>{chineseDate(data.receivedOn)}</dd>
        {data.acceptedOn ? (
          <>
            <dt>受理日期</dt>
            <dd>{chineseDate(data.acceptedOn)}</dd>
          </>
        ) : null}
        {data.repliedOn ? (
          <>
            <dt>答复日期</dt>
            <dd>{chineseDate(data.repliedOn)}</dd>
          </>
        ) : null}
        {data.closedOn ? (
          <>
            <dt>办结日期</dt>
            <dd>{chineseDate(data.closedOn)}</dd>
          </>
        ) : null}
      </dl>
      <Clocks data={data} />
      {data.publicReply ? (
        <>
          <h4 className="qz-pc-section-title">{data.state === 'notAccepted' ? '不予受理告知' : '答复意见'}</h4>
          <pre className="qz-pc-reply" data-testid="track-reply">
            {data.publicReply}
          </pre>
        </>
      ) : null}
      {data.surveyCode ? (
        <div className="qz-pc-banner qz-pc-banner-info" style={{ marginTop: 12 }} data-testid="track-survey-code">
          满意度评价码：<strong style={{ fontFamily: 'ui-monospace, Menlo, Consolas, monospace' }}>{data.surveyCode}</strong>
          <br />
          欢迎对本事项的办理情况进行评价（评价码仅可使用一次）。
        </div>
      ) : null}
      {data.timeline.length ? (
        <>
          <h4 className="qz-pc-section-title">办理过程</h4>
          <ol className="qz-pc-timeline">
            {data.timeline.map((t, i) => (
              <li key={`${t.on}-${i}`}>
                <time dateTime={t.on}>{chineseDate(t.on)}</time>
                {t.label}
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </section>
  );
}
