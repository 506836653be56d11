import { Link } from 'react-router';
import { usePortalTitle } from '../title.ts';
import { usePublicBureau } from '../api.ts';
import { useComplaintForm } from './api.ts';
import { SupervisionChannels } from './SupervisionChannels.tsx';
import './complaints.css';

/**
 * 投诉举报 — the supervision channels (行政处罚法 第七十五条; 信访工作条例 第十五条、第十七条: 信访人可以采用信息网络、
 * 书信、电话、传真、走访等形式). The online form and the progress query are ours; the hotline, address, e-mail and
 * reception are the bureau's own (configured in the console); 12345 is the national line, always shown.
 */
export function ComplaintChannelsPage() {
  const { data: bureau } = usePublicBureau();
  const { data: form } = useComplaintForm();
  const channels = form?.channels ?? null;
  usePortalTitle('投诉举报');
  return (
    <main className="qz-portal-inner qz-portal-page qz-portal-narrow">
      <div className="qz-portal-crumb">
        <Link to="/portal">首页</Link> / 投诉举报
      </div>
      <h2 className="qz-portal-page-title">投诉举报</h2>
      <p className="qz-pc-hint" style={{ marginTop: 0 }}>
        公民、法人或者其他组织对行政执法行为有权申诉、检举，可以通过以下渠道向{bureau ?? '本局'}提出投诉、举报和信访事项。
      </p>
      <ul className="qz-pc-channels" aria-label="监督渠道">
        <li>
          <Link to="/portal/complaints/new" className="qz-pc-channel" data-testid="portal-complaints-new">
            <h3>在线投诉举报</h3>
            <p>网上填写并提交，可附照片、文书等材料，提交后获得查询码。</p>
          </Link>
        </li>
        <li>
          <Link to="/portal/complaints/track" className="qz-pc-channel" data-testid="portal-complaints-track">
            <h3>查询办理进度</h3>
            <p>凭查询码查询受理、办理情况和答复意见。</p>
          </Link>
        </li>
        <li>
          <div className="qz-pc-channel">
            <h3>监督电话</h3>
            <p>
              {channels?.hotline ? (
                <>
                  本局举报电话 <a href={`tel:${channels.hotline.replace(/[^0-9]/g, '')}`}>{channels.hotline}</a>；也可拨打{' '}
                </>
              ) : (
                '拨打 '
              )}
              <a href="tel:12345">12345</a> 政务服务便民热线，反映的事项将转交本局办理。
            </p>
          </div>
        </li>
        <li>
          <div className="qz-pc-channel">
            <h3>来信来访</h3>
            <p>可书面来信或到{bureau ?? '本局'}信访接待场所当面反映，请写明姓名、联系方式和具体事项。</p>
          </div>
        </li>
      </ul>
      {channels ? (
        <section aria-label="本局监督渠道">
          <h3 className="qz-pc-ch-title">{bureau ?? '本局'}监督渠道</h3>
          <SupervisionChannels channels={channels} />
        </section>
      ) : null}
    </main>
  );
}
