import { describe, expect, it } from 'vitest';
import { checkAction } from './check-action.ts';
import { DEFAULT_PROCEDURE_CONFIG } from './config.ts';
import { at, makeCase, OFFICER_ZHANG, withCase } from './procedure-fixtures.ts';

/** 调查终结 on an empty 证据目录 (第五十四条: 全面、客观、公正地调查，收集有关证据; 第四十条). */
describe('investigation report needs evidence', () => {
  const report = (items: number | null) => {
    const base = makeCase('investigating');
    const s = withCase(base, { drafts: { ...base.drafts, evidence: items === null ? null : { items } } });
    return checkAction(s, 'submitInvestigationReport', OFFICER_ZHANG, at('2026-08-20'), DEFAULT_PROCEDURE_CONFIG);
  };

  it('refuses the report when the case has no evidence item and no 笔录, with reason and article', () => {
    const r = report(0);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.code).toBe('EVIDENCE_MISSING');
    expect(r.reason).toContain('证据目录为空');
    expect(r.basis.article).toBe('第五十四条');
  });

  it('accepts the report once one evidence item is registered', () => {
    expect(report(1).ok).toBe(true);
  });
});
