import type { Citation } from '@quanze/domain';
import { Alert } from 'antd';
import { isApiError } from '../api.ts';
import { formatBasis } from '../format.ts';

interface Issue {
  code?: string;
  reason: string;
  basis: Citation | null;
}

function readOthers(details: Record<string, unknown> | undefined): Issue[] {
  const others = details?.['others'];
  if (!Array.isArray(others)) return [];
  return others.filter((o): o is Issue => typeof o === 'object' && o !== null && typeof (o as Issue).reason === 'string');
}

/** One refusal reason and its article, as a line. */
export function IssueLine({ issue }: { issue: Issue }) {
  const basis = formatBasis(issue.basis);
  return (
    <div>
      {issue.reason}
      {basis ? <span className="qz-muted">（依据：{basis}）</span> : null}
    </div>
  );
}

/** A refused action: the server's Chinese message, its article, and the other reasons the domain found. */
export function RefusalAlert({ error }: { error: unknown }) {
  const message = error instanceof Error ? error.message : '操作失败';
  const basis = isApiError(error) ? formatBasis(error.basis) : '';
  const others = isApiError(error) ? readOthers(error.details) : [];
  return (
    <Alert
      type="error"
      showIcon
      data-testid="case-action-refusal"
      title={message}
      description={
        basis || others.length ? (
          <>
            {basis ? <div>依据：{basis}</div> : null}
            {others.length ? (
              <div style={{ marginTop: 6 }}>
                <div>此外还有：</div>
                {others.map((o, i) => (
                  <IssueLine key={`${o.code ?? ''}${i}`} issue={o} />
                ))}
              </div>
            ) : null}
          </>
        ) : undefined
      }
      style={{ marginBottom: 16 }}
    />
  );
}
