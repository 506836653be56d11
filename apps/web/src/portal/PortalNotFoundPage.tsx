import { Link } from 'react-router';
import { usePortalTitle } from './title.ts';

/** An unknown /portal/* address: say so (not the home page in disguise) and offer the portal's sections. */
export function PortalNotFoundPage() {
  usePortalTitle('页面未找到');
  return (
    <main className="qz-portal-inner qz-portal-page qz-portal-narrow" data-testid="portal-not-found">
      <div className="qz-portal-crumb">
        <Link to="/portal">首页</Link> / 未找到
      </div>
      <h2 className="qz-portal-page-title">未找到该页面</h2>
      <p className="qz-sub">您访问的地址不存在，可能已调整或输入有误。您可以：</p>
      <ul className="qz-portal-link-list">
        <li>
          <Link to="/portal">返回公示首页</Link>
        </li>
        <li>
          <Link to="/portal/decisions">查询执法决定公示</Link>
        </li>
        <li>
          <Link to="/portal/powers">查看权责清单</Link>
        </li>
        <li>
          <Link to="/portal/certificates/check">查询执法证件</Link>
        </li>
        <li>
          <Link to="/portal/complaints">投诉举报</Link>
        </li>
      </ul>
    </main>
  );
}
