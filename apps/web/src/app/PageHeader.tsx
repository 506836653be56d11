import { Typography } from 'antd';
import type { ReactNode } from 'react';

export function PageHeader({ title, subtitle, extra }: { title: string; subtitle?: ReactNode; extra?: ReactNode }) {
  return (
    <div className="qz-page-header">
      <div>
        <Typography.Title level={4} className="qz-page-title">
          {title}
        </Typography.Title>
        {subtitle ? <div className="qz-page-subtitle">{subtitle}</div> : null}
      </div>
      {extra ? <div>{extra}</div> : null}
    </div>
  );
}
