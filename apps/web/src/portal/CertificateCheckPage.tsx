import { enforcementFieldLabel, regionLabel } from '@quanze/domain';
import { CheckCircleFilled, CloseCircleFilled, InfoCircleOutlined, SearchOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Input, Skeleton, Space, Tag } from 'antd';
import { useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { usePortalTitle } from './title.ts';
import { isApiError } from '../app/api.ts';
import { formatDateTime } from '../app/format.ts';
import { CertificateStatusTag } from '../features/officers/components/CertificateBits.tsx';
import type { PublicCertificate } from '../features/officers/types.ts';
import { useCertificateCheck, type CertificateLookup } from './api.ts';

const NOT_FOUND = '未查询到该执法证，请核对证号';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="qz-portal-field">
      <span className="qz-portal-field-label">{label}</span>
      <span>{children}</span>
    </div>
  );
}

const tags = (values: readonly string[], label: (v: string) => string = (v) => v) =>
  values.length ? values.map((v) => <Tag key={v}>{label(v)}</Tag>) : <span>—</span>;

function Result({ cert }: { cert: PublicCertificate }) {
  const valid = cert.status === 'valid';
  return (
    <Card data-testid="portal-cert-result" data-status={cert.status}>
      <div className={`qz-portal-verdict ${valid ? 'qz-portal-verdict-ok' : 'qz-portal-verdict-bad'}`}>
        {valid ? <CheckCircleFilled /> : <CloseCircleFilled />}
        <span>{valid ? '该执法证有效' : `该执法证当前状态为“${cert.statusLabel}”，持证人不得从事行政执法`}</span>
      </div>
      <Field label="执法证号">
        <span className="qz-mono">{cert.number}</span>
      </Field>
      <Field label="持证人">{cert.holderName}</Field>
      <Field label="所在单位">{cert.departmentName ? `${cert.subjectName} ${cert.departmentName}` : cert.subjectName}</Field>
      <Field label="执法类别">{tags(cert.categories, enforcementFieldLabel)}</Field>
      <Field label="执法区域">{tags(cert.areas, regionLabel)}</Field>
      <Field label="证件状态">
        <CertificateStatusTag status={cert.status} />
      </Field>
      <Field label="有效期至">{cert.validTo ?? '—'}</Field>
      <div className="qz-sub" style={{ marginTop: 8 }}>
        核验时间：{formatDateTime(cert.checkedAt)}
      </div>
    </Card>
  );
}

/**
 * 执法证件查询 (mobile first): by number, or straight from the QR code on the certificate (?n=number&c=check code),
 * which is checked as soon as the page opens. Unknown and invalid numbers get one neutral answer.
 */
export function CertificateCheckPage() {
  usePortalTitle('执法证件查询');
  const [params, setParams] = useSearchParams();
  const fromUrl = useMemo<CertificateLookup | null>(() => {
    const number = params.get('n')?.trim();
    if (!number) return null;
    const code = params.get('c')?.trim();
    return code ? { number, code } : { number };
  }, [params]);
  const [input, setInput] = useState(fromUrl?.number ?? '');
  const [empty, setEmpty] = useState(false);
  const { data, error, isFetching } = useCertificateCheck(fromUrl);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const number = input.trim();
    if (!number) {
      setEmpty(true);
      return;
    }
    setEmpty(false);
    // A typed number replaces the QR parameters: the check code belongs to the scanned certificate only.
    setParams({ n: number }, { replace: false });
  };

  const notFound = isApiError(error) && (error.status === 404 || error.code === 'CERTIFICATE_NOT_FOUND' || error.status === 400);

  return (
    <main className="qz-portal-inner qz-portal-page qz-portal-narrow">
      <div className="qz-portal-crumb">
        <Link to="/portal">首页</Link> / 执法证件查询
      </div>
      <h2 className="qz-portal-page-title">执法证件查询</h2>
      <p className="qz-sub" style={{ marginTop: 0 }}>
        输入行政执法证号，或用手机扫描执法证上的二维码，核验执法人员身份及证件是否有效。
      </p>
      <form className="qz-portal-check-form" onSubmit={submit} role="search">
        <Input
          size="large"
          value={input}
          onChange={(e) => {
            setInput(e.target.value);
            setEmpty(false);
          }}
          status={empty ? 'error' : undefined}
          aria-invalid={empty}
          aria-describedby={empty ? 'portal-cert-empty' : undefined}
          placeholder="请输入执法证号"
          allowClear
          maxLength={32}
          autoComplete="off"
          inputMode="text"
          aria-label="执法证号"
          data-testid="portal-cert-number"
        />
        <Button
          size="large"
          type="primary"
          htmlType="submit"
          icon={<SearchOutlined />}
          loading={isFetching}
          data-testid="portal-cert-submit"
        >
          查询
        </Button>
      </form>
      {empty ? (
        <div id="portal-cert-empty" className="qz-portal-form-error" role="alert" data-testid="portal-cert-empty">
          请输入执法证号
        </div>
      ) : null}
      <Space orientation="vertical" size={12} style={{ width: '100%', marginTop: 16 }}>
        {isFetching && !data ? <Skeleton active paragraph={{ rows: 4 }} /> : null}
        {!isFetching && notFound ? (
          <Alert
            type="info"
            showIcon
            icon={<InfoCircleOutlined />}
            title={NOT_FOUND}
            data-testid="portal-cert-result"
            data-status="notFound"
          />
        ) : null}
        {!isFetching && error && !notFound ? (
          <Alert
            type="warning"
            showIcon
            title={error instanceof Error ? error.message : '查询失败，请稍后再试'}
            data-testid="portal-cert-error"
          />
        ) : null}
        {data && !error ? <Result cert={data} /> : null}
      </Space>
    </main>
  );
}
