import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button } from 'antd';
import { ErrorAlert } from '../../../app/feedback.tsx';
import { formatDateTime } from '../../../app/format.ts';
import type { AuditVerifyResult } from '../../../app/types.ts';
import type { useVerifyAudit } from '../api.ts';

const PROBLEM_LABELS: Record<NonNullable<AuditVerifyResult['firstBroken']>['problem'], string> = {
  hash_mismatch: '记录内容被修改',
  link_mismatch: '链接断裂',
  missing_row: '记录缺失',
};

export function AuditVerifyButton({ verify }: { verify: ReturnType<typeof useVerifyAudit> }) {
  return (
    <Button icon={<SafetyCertificateOutlined />} onClick={() => verify.mutate()} loading={verify.isPending} data-testid="audit-verify">
      校验审计链
    </Button>
  );
}

/** The outcome of walking the SM3 hash chain: all good, or the first broken link and what is wrong with it. */
export function AuditVerifyOutcome({ verify }: { verify: ReturnType<typeof useVerifyAudit> }) {
  if (verify.error) {
    return (
      <div data-testid="audit-verify-result" style={{ marginBottom: 16 }}>
        <ErrorAlert error={verify.error} />
      </div>
    );
  }
  const result = verify.data;
  if (!result) return null;
  return (
    <div data-testid="audit-verify-result" data-ok={String(result.ok)} style={{ marginBottom: 16 }}>
      {result.ok ? (
        <Alert
          type="success"
          showIcon
          closable={{ onClose: () => verify.reset() }}
          title={`审计链完整：已校验 ${result.checked} 条记录，未发现篡改`}
          description={`校验时间：${formatDateTime(result.verifiedAt)}（SM3 哈希链）`}
        />
      ) : (
        <Alert
          type="error"
          showIcon
          title={
            result.firstBroken
              ? `审计链校验未通过：第 ${result.firstBroken.seq} 号记录${PROBLEM_LABELS[result.firstBroken.problem]}`
              : '审计链校验未通过'
          }
          description={
            <>
              {result.firstBroken?.message ? <div>{result.firstBroken.message}</div> : null}
              <div>
                已校验 {result.checked} 条记录；校验时间：{formatDateTime(result.verifiedAt)}。请立即报告安全管理员并保全现场。
              </div>
            </>
          }
        />
      )}
    </div>
  );
}
