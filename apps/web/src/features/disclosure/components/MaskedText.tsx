import { Tooltip } from 'antd';
import type { ReactNode } from 'react';
import type { PublicationDetail } from '../api.ts';

interface Span {
  start: number;
  end: number;
  label: string;
  tone: 'masked' | 'leak';
}

/**
 * The public text exactly as it will be published, with the masked passages (blue) and any personal data the scan
 * still finds (red) marked. Marks are presentation only: the characters shown are the published characters.
 */
export function MaskedText({ detail }: { detail: PublicationDetail }) {
  const spans: Span[] = [
    ...detail.findings.map((f) => ({
      start: f.start,
      end: f.end,
      label: `已隐去：${f.label}${f.note ? `（${f.note}）` : ''}`,
      tone: 'masked' as const,
    })),
    ...detail.leaks.map((l) => ({ start: l.start, end: l.end, label: `仍含个人信息：${l.label}`, tone: 'leak' as const })),
  ].sort((a, b) => a.start - b.start);
  const parts: ReactNode[] = [];
  let at = 0;
  for (const [i, s] of spans.entries()) {
    if (s.start < at) continue;
    parts.push(detail.text.slice(at, s.start));
    parts.push(
      <Tooltip key={i} title={s.label}>
        <mark className={s.tone === 'leak' ? 'qz-dc-leak' : 'qz-dc-masked'} data-testid={s.tone === 'leak' ? 'disclosure-leak' : undefined}>
          {detail.text.slice(s.start, s.end)}
        </mark>
      </Tooltip>,
    );
    at = s.end;
  }
  parts.push(detail.text.slice(at));
  return (
    <pre className="qz-dc-text" data-testid="disclosure-public-text">
      {parts}
    </pre>
  );
}
