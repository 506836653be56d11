import { citationForDisplay } from '@quanze/domain';
import { useEffect } from 'react';
import { Link } from 'react-router';
import { usePublicBureau } from '../api.ts';
import { usePublicAccountability } from './api.ts';
import { BureauRules } from './BureauRules.tsx';
import { ReportMisconduct } from './ReportMisconduct.tsx';
import { StatutoryGrounds } from './StatutoryGrounds.tsx';
import './accountability.css';

const cite = (b: { law: string; article: string }) => citationForDisplay(b);

/**
 * 责任追究 — the rules of accountability the responsibility system publishes: the statutory grounds on which
 * enforcement staff are held responsible (each with its article), the forms responsibility takes, the bureau's own
 * rules, and how to report misconduct (GET /api/public/accountability; no login).
 */
export function AccountabilityPage() {
  const { data: bureauName } = usePublicBureau();
  const { data, error, isLoading, refetch } = usePublicAccountability();
  const bureau = data?.bureauName ?? bureauName ?? '本局';
  useEffect(() => {
    document.title = '责任追究';
  }, []);
  return (
    <main className="qz-portal-inner qz-portal-page qz-acc">
      <div className="qz-portal-crumb">
        <Link to="/portal">首页</Link> / 责任追究
      </div>
      <h2 className="qz-portal-page-title" data-testid="portal-accountability-title">
        责任追究
      </h2>
      <p className="qz-acc-lead">
        行政执法机关及其执法人员违法或者不当行使职权的，依法承担法律责任。本页公布法律规定的追责情形、本局的责任追究规定和反映问题的渠道。
      </p>
      <nav className="qz-acc-toc" aria-label="本页目录">
        <a href="#acc-grounds">法定追责情形</a>
        <a href="#acc-forms">责任形式</a>
        <a href="#acc-bureau">本局规定</a>
        <a href="#acc-how">如何反映</a>
      </nav>
      {error ? (
        <p className="qz-acc-error" role="alert">
          暂时无法加载，请稍后再试。{' '}
          <button type="button" className="qz-acc-link-button" onClick={() => void refetch()}>
            重试
          </button>
        </p>
      ) : null}
      {isLoading ? <p className="qz-acc-empty">正在加载…</p> : null}
      {data ? (
        <>
          <section id="acc-grounds" aria-labelledby="acc-grounds-h">
            <h3 id="acc-grounds-h" className="qz-acc-h">
              法定追责情形
            </h3>
            <StatutoryGrounds laws={data.laws} />
          </section>
          <section id="acc-forms" aria-labelledby="acc-forms-h">
            <h3 id="acc-forms-h" className="qz-acc-h">
              责任形式
            </h3>
            <dl className="qz-acc-formlist">
              {data.forms.map((f) => (
                <div key={f.id} className="qz-acc-formrow">
                  <dt>{f.label}</dt>
                  <dd>
                    {f.description}
                    <span className="qz-acc-basis">依据：{f.basis.map(cite).join('；')}</span>
                  </dd>
                </div>
              ))}
            </dl>
          </section>
          <section id="acc-bureau" aria-labelledby="acc-bureau-h">
            <h3 id="acc-bureau-h" className="qz-acc-h">
              本局规定
            </h3>
            <BureauRules rules={data.rules} bureau={bureau} />
          </section>
          <section id="acc-how" aria-labelledby="acc-how-h">
            <h3 id="acc-how-h" className="qz-acc-h">
              如何反映执法人员违法违纪问题
            </h3>
            <ReportMisconduct rules={data.rules} bureau={bureau} />
          </section>
          <p className="qz-acc-sources">公布依据：{data.basis.map(cite).join('；')}。</p>
        </>
      ) : null}
    </main>
  );
}
