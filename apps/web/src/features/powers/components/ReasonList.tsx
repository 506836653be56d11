import { RightOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import type { CoverageReason } from '../types.ts';
import { BasisText } from './CoverageBits.tsx';

const BREAKDOWN_CODES = new Set([
  'NO_DEPARTMENT',
  'NO_A_POST',
  'NO_B_POST',
  'NO_LEADER_IN_CHARGE',
  'TOO_FEW_ELIGIBLE_OFFICERS',
  'FEW_ELIGIBLE_OFFICERS',
]);

/** Where a reason is fixed: the power's breakdown editor, the officer's certificate, or the article. */
export function fixLink(reason: CoverageReason, powerId: string): { to: string; label: string } | null {
  if (reason.officerId) return { to: `/officers/${reason.officerId}?tab=certificate`, label: '查看执法证' };
  if (reason.articleId) return { to: `/legal/articles/${reason.articleId}`, label: '查看条文' };
  if (BREAKDOWN_CODES.has(reason.code)) return { to: `/powers/${powerId}?tab=breakdown`, label: '调整职权分解' };
  if (reason.code.startsWith('BASIS_') || reason.code === 'NO_BASIS' || reason.code.startsWith('PENALTY_BASIS'))
    return { to: `/powers/${powerId}?tab=info`, label: '查看执法依据' };
  return null;
}

/** Every reason of a power's status, in Chinese with its article, and a link to where it is fixed. */
export function ReasonList({ reasons, powerId }: { reasons: readonly CoverageReason[]; powerId: string }) {
  if (reasons.length === 0) return <span className="qz-muted">无</span>;
  return (
    <ul className="qz-reason-list">
      {reasons.map((r, i) => {
        const fix = fixLink(r, powerId);
        return (
          <li
            key={`${r.code}-${i}`}
            data-testid="coverage-reason"
            data-code={r.code}
            className={r.severity === 'red' ? 'qz-danger-line' : 'qz-warn-line'}
          >
            {r.message}
            <BasisText basis={r.basis} />
            {fix ? (
              <Link to={fix.to} className="qz-fix-link qz-no-print" data-testid="coverage-fix">
                {fix.label}
                <RightOutlined />
              </Link>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
