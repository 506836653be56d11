import type { AccountabilityLawDto } from './api.ts';

/**
 * 法定追责情形 grouped by law: one collapsible section per law (the first open), each article with its items and the
 * consequence the statute attaches. Native <details>: no script, works on every phone.
 */
export function StatutoryGrounds({ laws }: { laws: AccountabilityLawDto[] }) {
  return (
    <div className="qz-acc-laws">
      {laws.map((law, i) => (
        <details key={law.id} className="qz-acc-law" open={i === 0} data-testid={`acc-law-${law.id}`}>
          <summary>
            <span className="qz-acc-law-title">《{law.title}》</span>
            <span className="qz-acc-law-meta">
              {law.chapter} · {law.edition}
            </span>
          </summary>
          <p className="qz-acc-law-covers">适用于：{law.covers}</p>
          {law.provisions.map((p) => (
            <article key={p.id} className="qz-acc-prov" data-testid={`acc-provision-${p.id}`}>
              <h4 className="qz-acc-art">
                {law.shortTitle}
                {p.article}
              </h4>
              <ul className="qz-acc-triggers">
                {p.triggers.map((t) => (
                  <li key={`${t.item ?? ''}${t.summary}`}>
                    {t.item ? <span className="qz-acc-item">{t.item}</span> : null}
                    {t.summary}
                  </li>
                ))}
              </ul>
              <p className="qz-acc-consequence">
                <span className="qz-acc-label">法律后果</span>
                {p.consequence}
              </p>
              <p className="qz-acc-forms">
                {p.forms.map((f) => (
                  <span key={f} className="qz-acc-form-tag">
                    {f}
                  </span>
                ))}
              </p>
            </article>
          ))}
        </details>
      ))}
    </div>
  );
}
