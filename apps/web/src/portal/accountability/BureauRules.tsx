import type { PublicAccountabilityRulesDto } from './api.ts';

/** The day in Beijing time (an instant saved after 16:00 UTC is already the next day there). */
const dayOf = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' });
const dateText = (iso: string) => dayOf.format(new Date(iso));

/** The bureau's own 责任追究 rules as published (the newest saved version). Seeded text is labelled 演示数据. */
export function BureauRules({ rules, bureau }: { rules: PublicAccountabilityRulesDto | null; bureau: string }) {
  if (!rules) return <p className="qz-acc-empty">{bureau}尚未在本站公布本局的责任追究规定。</p>;
  return (
    <div className="qz-acc-rules" data-testid="acc-rules">
      {rules.demo ? <p className="qz-acc-demo">演示数据：以下文件为系统演示用的虚构文本，并非正式发布的规范性文件。</p> : null}
      <h4 className="qz-acc-rules-title" data-testid="acc-rules-title">
        {rules.title}
      </h4>
      <p className="qz-acc-rules-meta">
        {rules.documentNumber ? <span>{rules.documentNumber}</span> : null}
        <span>{rules.effectiveOn} 起施行</span>
        <span>
          第 {rules.version} 版，更新于 {dateText(rules.updatedAt)}
        </span>
      </p>
      <div className="qz-acc-rules-text">
        {rules.paragraphs.map((p, i) => (
          <p key={i} data-testid={`acc-rules-paragraph-${i + 1}`}>
            {p}
          </p>
        ))}
      </div>
    </div>
  );
}
