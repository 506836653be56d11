import { citationForDisplay } from '@quanze/domain';
import { Tag } from 'antd';
import type { PublicBenchmark as Benchmark } from './api.ts';

const KIND_COLORS: Record<string, string> = { exempt: 'green', mitigated: 'cyan', lighter: 'blue', ordinary: 'default', heavier: 'red' };
const cite = (c: { law: string; article: string }) => citationForDisplay(c);

/** 裁量基准 as published (行政处罚法 第三十四条): the statutory range, each tier as a card, the grounds. */
export function PublicBenchmark({ b }: { b: Benchmark }) {
  return (
    <section className="qz-pp-section" data-testid="portal-benchmark">
      <h3>行政处罚裁量基准</h3>
      <div className="qz-portal-field">
        <span className="qz-portal-field-label">法定幅度</span>
        <span>
          {b.statutoryText}
          <span className="qz-sub">（{b.statutoryBasis.map(cite).join('、')}）</span>
        </span>
      </div>
      <div className="qz-pp-tiers">
        {b.tiers.map((t, i) => (
          <div key={`${t.label}-${i}`} className="qz-pp-tier" data-testid="portal-benchmark-tier">
            <div className="qz-pp-tier-head">
              <Tag color={KIND_COLORS[t.kind] ?? 'default'}>{t.label}</Tag>
              {t.kindLabel !== t.label ? <span className="qz-sub">{t.kindLabel}</span> : null}
              {t.clause ? <span className="qz-sub">{t.clause}</span> : null}
            </div>
            <div>
              <span className="qz-pp-k">适用情形：</span>
              {t.condition}
            </div>
            <div>
              <span className="qz-pp-k">处罚幅度：</span>
              <strong>{t.rangeText}</strong>
            </div>
            {t.description ? (
              <div>
                <span className="qz-pp-k">基准内容：</span>
                {t.description}
              </div>
            ) : null}
          </div>
        ))}
      </div>
      {b.mitigatingGrounds.length || b.aggravatingGrounds.length ? (
        <details className="qz-pp-details">
          <summary>从轻、减轻、从重情形</summary>
          <ul>
            {[...b.mitigatingGrounds, ...b.aggravatingGrounds].map((g) => (
              <li key={g.label}>
                {g.label}：{g.effect}
                <span className="qz-sub">（{g.basis}）</span>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {b.firstViolationEntries.length ? (
        <details className="qz-pp-details">
          <summary>首违不罚清单</summary>
          <ul>
            {b.firstViolationEntries.map((e) => (
              <li key={e.description}>
                {e.description}
                {e.condition ? `（${e.condition}）` : ''}
                <span className="qz-sub">（{e.source}）</span>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <p className="qz-sub">
        {b.deviationRule} 基准来源：{cite(b.source)}；第 {b.versionNo} 版，{b.publishedAt.slice(0, 10)} 公布。
      </p>
    </section>
  );
}
