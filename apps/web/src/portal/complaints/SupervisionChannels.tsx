import type { PublicComplaintFormDto } from '@quanze/contracts';
import './complaints.css';

type Channels = NonNullable<PublicComplaintFormDto['channels']>;

/**
 * The bureau's published 监督渠道 (信访工作条例 第十五条: 通信地址、电子信箱、投诉电话、接待的时间和地点), as
 * configured in the console. Seeded placeholder values are labelled so nobody dials them.
 */
export function SupervisionChannels({ channels, compact = false }: { channels: Channels; compact?: boolean }) {
  const rows: [label: string, value: React.ReactNode][] = [];
  if (channels.hotline)
    rows.push([
      '举报电话',
      <>
        <a href={`tel:${channels.hotline.replace(/[^0-9]/g, '')}`}>{channels.hotline}</a>
        {channels.hotlineHours && !compact ? <span className="qz-pc-ch-sub">{channels.hotlineHours}</span> : null}
      </>,
    ]);
  if (channels.mailAddress)
    rows.push(['来信地址', `${channels.mailAddress}${channels.postcode ? `（邮编 ${channels.postcode}）` : ''}`]);
  if (channels.email) rows.push(['电子邮箱', <a href={`mailto:${channels.email}`}>{channels.email}</a>]);
  if (channels.receptionAddress)
    rows.push([
      '来访接待',
      <>
        {channels.receptionAddress}
        {channels.receptionHours ? <span className="qz-pc-ch-sub">{channels.receptionHours}</span> : null}
      </>,
    ]);
  return (
    <div className={compact ? 'qz-pc-ch qz-pc-ch-compact' : 'qz-pc-ch'} data-testid="supervision-channels">
      {channels.demo ? <p className="qz-pc-ch-demo">演示数据：以下号码和地址为虚构示例，并非真实联系方式。</p> : null}
      <dl>
        {rows.map(([label, value]) => (
          <div key={label} className="qz-pc-ch-row">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {channels.note && !compact ? <p className="qz-pc-ch-note">{channels.note}</p> : null}
    </div>
  );
}
