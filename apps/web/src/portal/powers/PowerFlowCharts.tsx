/**
 * 办理流程图 of a published power (issue 6): one chart per procedure, built by the domain from the transition table
 * and the clock tables, so it shows what the server enforces. Plain HTML — an ordered list of step boxes with arrows
 * drawn in CSS, branches as side notes, tabs for the procedures — readable on a 390 px phone and by a screen reader.
 * Loaded lazily by PublicPowerPage: its code and the procedure tables stay out of the portal's first load.
 */
import {
  citationsText,
  citationText,
  flowChartsForPower,
  stepCitations,
  type FlowBranch,
  type FlowChart,
  type FlowChartPower,
  type FlowClock,
  type FlowStep,
} from '@quanze/domain';
import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import './power-flow.css';

function Clocks({ clocks, label }: { clocks: FlowClock[]; label: string }) {
  if (clocks.length === 0) return null;
  return (
    <ul className="qz-flow-clocks" aria-label={label}>
      {clocks.map((c) => (
        <li key={c.id} className="qz-flow-clock">
          <span className="qz-flow-clock-mark" aria-hidden="true" />
          <span className="qz-flow-clock-text">
            {c.text}
            {c.setByBureau ? '（法律未规定期限，按本局规定执行）' : ''}
            <cite className="qz-flow-cite">{citationText(c.basis)}</cite>
          </span>
        </li>
      ))}
    </ul>
  );
}

function leadsToText(b: FlowBranch, steps: FlowStep[]): string {
  if (b.leadsTo.kind === 'end') return '程序终结';
  if (b.leadsTo.kind === 'aside') return '另行办理后继续';
  const target = b.leadsTo.stepId;
  return `回到“${steps.find((s) => s.id === target)?.label ?? target}”`;
}

function Branches({ step, steps }: { step: FlowStep; steps: FlowStep[] }) {
  if (step.branches.length === 0) return null;
  return (
    <ul className="qz-flow-branches" aria-label={`${step.label}的分支情形`}>
      {step.branches.map((b) => (
        <li key={b.id} className={`qz-flow-branch qz-flow-branch-${b.leadsTo.kind}`}>
          <div className="qz-flow-branch-head">
            <strong>{b.label}</strong>
            <span className="qz-flow-lead">{leadsToText(b, steps)}</span>
          </div>
          <p className="qz-flow-when">{b.when}</p>
          <cite className="qz-flow-cite">{citationText(b.basis)}</cite>
          <Clocks clocks={b.clocks} label={`${b.label}的期限`} />
        </li>
      ))}
    </ul>
  );
}

function Step({ step, index, steps }: { step: FlowStep; index: number; steps: FlowStep[] }) {
  return (
    <li className="qz-flow-step" data-testid="flow-step">
      <div className={`qz-flow-box${step.condition ? ' qz-flow-box-conditional' : ''}`}>
        <div className="qz-flow-head">
          <span className="qz-flow-no" aria-hidden="true">
            {index + 1}
          </span>
          <h5 className="qz-flow-label">{step.label}</h5>
          <span className="qz-flow-actor">{step.actor}</span>
        </div>
        {step.condition ? (
          <p className="qz-flow-cond">
            <span className="qz-flow-tag">视情形</span>
            {step.condition.text}
            <cite className="qz-flow-cite">{citationText(step.condition.basis)}</cite>
          </p>
        ) : null}
        <p className="qz-flow-desc">{step.description}</p>
        <p className="qz-flow-basis">
          <span className="qz-flow-k">依据：</span>
          {citationsText(stepCitations(step))}
        </p>
        <Clocks clocks={step.clocks} label={`${step.label}的期限`} />
      </div>
      <Branches step={step} steps={steps} />
    </li>
  );
}

function ChartView({ chart }: { chart: FlowChart }) {
  return (
    <>
      <h4 className="qz-flow-title">{chart.title}</h4>
      <p className="qz-flow-applies">
        <span className="qz-flow-tag">适用情形</span>
        {chart.applies.text}
        <cite className="qz-flow-cite">{citationText(chart.applies.basis)}</cite>
      </p>
      {/* role="list": Safari drops list semantics from a list styled without markers. */}
      <ol className="qz-flow-steps" role="list" aria-label={`${chart.title}办理步骤，共${chart.steps.length}步`}>
        {chart.steps.map((s, i) => (
          <Step key={s.id} step={s} index={i} steps={chart.steps} />
        ))}
      </ol>
      {chart.notes.length ? (
        <ul className="qz-flow-notes" aria-label="说明">
          {chart.notes.map((n) => (
            <li key={n.text}>
              {n.text}
              <cite className="qz-flow-cite">{citationText(n.basis)}</cite>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

/** Tabs with roving focus (WAI-ARIA tabs pattern): arrows, Home and End move between procedures. */
export function PowerFlowCharts({ power }: { power: FlowChartPower }) {
  const charts = useMemo(() => flowChartsForPower(power), [power]);
  const [active, setActive] = useState(0);
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const base = useId();
  if (charts.length === 0) return null;
  const tabbed = charts.length > 1;
  const select = (i: number) => {
    const next = (i + charts.length) % charts.length;
    setActive(next);
    tabs.current[next]?.focus();
  };
  const onKey = (e: KeyboardEvent) => {
    const moves: Record<string, number> = {
      ArrowRight: active + 1,
      ArrowDown: active + 1,
      ArrowLeft: active - 1,
      ArrowUp: active - 1,
      Home: 0,
      End: charts.length - 1,
    };
    const to = moves[e.key];
    if (to === undefined) return;
    e.preventDefault();
    select(to);
  };
  return (
    <section className="qz-pp-section qz-flow" aria-labelledby={`${base}-h`} data-testid="power-flow">
      <h3 id={`${base}-h`}>办理流程图</h3>
      {tabbed ? (
        <div className="qz-flow-tabs" role="tablist" aria-label="办理程序" onKeyDown={onKey}>
          {charts.map((c, i) => (
            <button
              key={c.id}
              ref={(el) => {
                tabs.current[i] = el;
              }}
              type="button"
              role="tab"
              id={`${base}-tab-${i}`}
              aria-selected={i === active}
              aria-controls={`${base}-panel-${i}`}
              tabIndex={i === active ? 0 : -1}
              className="qz-flow-tab"
              onClick={() => setActive(i)}
            >
              {c.title}
            </button>
          ))}
        </div>
      ) : null}
      {charts.map((c, i) => (
        <div
          key={c.id}
          id={`${base}-panel-${i}`}
          role={tabbed ? 'tabpanel' : undefined}
          aria-labelledby={tabbed ? `${base}-tab-${i}` : undefined}
          tabIndex={tabbed ? 0 : undefined}
          hidden={i !== active}
          className="qz-flow-panel"
          data-testid={`flow-chart-${c.id}`}
        >
          <ChartView chart={c} />
        </div>
      ))}
    </section>
  );
}
