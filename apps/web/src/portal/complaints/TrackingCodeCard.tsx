import { useState } from 'react';
import { Link } from 'react-router';
import { chineseDate } from './form-bits.tsx';
import type { SubmitComplaintResponse } from './api.ts';

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Clipboard access refused (an old browser, an http page): the code is selectable (user-select: all).
    return false;
  }
}

/**
 * The receipt after filing: the tracking code is shown ONCE — the server keeps only its hash and cannot show it
 * again — so it is large, copyable, and comes with the warning to keep it.
 */
export function TrackingCodeCard({ receipt }: { receipt: SubmitComplaintResponse }) {
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  return (
    <section className="qz-pc-panel" aria-labelledby="qz-pc-done-title" data-testid="complaint-receipt">
      <h3 id="qz-pc-done-title" style={{ margin: 0, fontSize: 18, color: '#237804' }}>
        提交成功
      </h3>
      <p style={{ margin: '8px 0 0', lineHeight: 1.7 }}>{receipt.message}</p>
      <p style={{ margin: '12px 0 0', fontWeight: 600 }}>您的查询码：</p>
      <output className="qz-pc-code" data-testid="complaint-tracking-code" aria-live="polite">
        {receipt.trackingCode}
      </output>
      <div className="qz-pc-banner qz-pc-banner-warn" role="note" data-testid="complaint-code-warning">
        请立即抄写、截图或复制保存查询码。查询码只显示这一次，本局不保存查询码原文，遗失后无法找回；凭查询码可查询办理进度和答复意见，请勿告知他人。
      </div>
      <div className="qz-pc-actions" style={{ marginTop: 12 }}>
        <button
          type="button"
          className="qz-pc-btn"
          data-testid="complaint-copy-code"
          onClick={() => void copyText(receipt.trackingCode).then((ok) => setCopied(ok ? 'yes' : 'no'))}
        >
          复制查询码
        </button>
        <Link to="/portal/complaints/track" className="qz-pc-link-btn qz-pc-btn-ghost" data-testid="complaint-go-track">
          查询办理进度
        </Link>
      </div>
      <p role="status" className="qz-pc-hint" style={{ minHeight: 20 }}>
        {copied === 'yes' ? '已复制到剪贴板。' : copied === 'no' ? '无法自动复制，请长按查询码手动复制。' : ''}
      </p>
      <dl className="qz-pc-facts" style={{ marginTop: 4 }}>
        <dt>登记编号</dt>
        <dd data-testid="complaint-reference">{receipt.referenceNumber}</dd>
        <dt>登记日期</dt>
        <dd>{chineseDate(receipt.receivedOn)}</dd>
        <dt>办理状态</dt>
        <dd>{receipt.stateLabel}</dd>
        {receipt.attachmentCount ? (
          <>
            <dt>附件</dt>
            <dd>{receipt.attachmentCount} 个</dd>
          </>
        ) : null}
        {receipt.noticeDueOn ? (
          <>
            <dt>受理告知</dt>
            <dd>本局将在 {chineseDate(receipt.noticeDueOn)} 前告知您是否受理</dd>
          </>
        ) : null}
      </dl>
    </section>
  );
}
