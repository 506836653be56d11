import { Link } from 'react-router';
import type { PublicAccountabilityRulesDto } from './api.ts';

const tel = (phone: string) => phone.replace(/[^0-9]/g, '');

/**
 * How to report an officer's misconduct: the unit the bureau names in its rules, with its contacts, and the portal's
 * own channels (online complaint form, progress query, the published supervision channels).
 */
export function ReportMisconduct({ rules, bureau }: { rules: PublicAccountabilityRulesDto | null; bureau: string }) {
  const rows: [string, React.ReactNode][] = [];
  if (rules) {
    rows.push(['受理单位', rules.reportUnit]);
    if (rules.reportPhone) rows.push(['受理电话', <a href={`tel:${tel(rules.reportPhone)}`}>{rules.reportPhone}</a>]);
    if (rules.reportHours) rows.push(['受理时间', rules.reportHours]);
    if (rules.reportAddress) rows.push(['来信来访地址', rules.reportAddress]);
    if (rules.reportEmail) rows.push(['电子邮箱', <a href={`mailto:${rules.reportEmail}`}>{rules.reportEmail}</a>]);
  }
  return (
    <div className="qz-acc-report" data-testid="acc-report">
      <p className="qz-acc-lead">
        发现执法人员有上述违法行为的，可以向{bureau}
        申诉或者检举。请写明执法人员姓名或者执法证号、时间、地点和具体事实，本局依法受理，并为反映人保密。
      </p>
      {rules?.demo ? <p className="qz-acc-demo">演示数据：以下号码和地址为虚构示例，并非真实联系方式。</p> : null}
      {rows.length ? (
        <dl className="qz-acc-contacts" data-testid="acc-report-unit">
          {rows.map(([label, value]) => (
            <div key={label} className="qz-acc-contact">
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      <div className="qz-acc-actions">
        <Link to="/portal/complaints/new" className="qz-acc-btn qz-acc-btn-primary" data-testid="acc-report-online">
          在线投诉举报
        </Link>
        <Link to="/portal/complaints" className="qz-acc-btn" data-testid="acc-report-channels">
          全部监督渠道
        </Link>
        <Link to="/portal/complaints/track" className="qz-acc-btn">
          查询办理进度
        </Link>
      </div>
    </div>
  );
}
