import { Link, Outlet } from 'react-router';
import { usePublicBureau } from './api.ts';
import './portal.css';

/** The public site's frame: the bureau's name (GET /api/public/bureau), the page, the footer. */
export function PortalLayout() {
  // Each page names its tab (usePortalTitle): a title set here would run after the page's and overwrite it.
  const { data: bureau } = usePublicBureau();

  return (
    <div className="qz-portal">
      <header className="qz-portal-header">
        <div className="qz-portal-inner qz-portal-brand">
          <span className="qz-portal-mark" aria-hidden>
            责
          </span>
          <Link to="/portal" className="qz-portal-home">
            <h1 className="qz-portal-title" data-testid="portal-title">
              {bureau ? `${bureau} ` : ''}行政执法公示
            </h1>
          </Link>
        </div>
      </header>
      <Outlet />
      <footer className="qz-portal-footer">
        <div className="qz-portal-inner qz-portal-footer-inner">
          <span>主办单位：{bureau ?? '—'}</span>
          <nav className="qz-portal-footer-links" aria-label="登录">
            <Link to="/portal/supervisor/login" data-testid="portal-supervisor-login">
              监督员登录
            </Link>
            <Link to="/login" data-testid="portal-staff-login">
              工作人员登录
            </Link>
          </nav>
        </div>
      </footer>
    </div>
  );
}
