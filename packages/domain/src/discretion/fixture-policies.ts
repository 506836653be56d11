/**
 * Test fixtures, part 1: the tier schemes of the §4 tables (on the Jiangsu default grounds) and a facts factory.
 */
import type { Citation } from '../citation.ts';
import type { DiscretionPolicy, TierScheme } from './benchmark.ts';
import type { DiscretionFacts } from './facts.ts';
import { JIANGSU_DISCRETION_POLICY, withTierScheme } from './policy.ts';

export const yuan = (n: number): number => n * 100;
export const section4 = (law: string, article: string, note = 'JUSTICE-POWERS.md §4 [S]'): Citation => ({ law, article, note });

const scheme = (id: string, name: string, levels: TierScheme['levels']): TierScheme => ({
  id,
  name,
  levels,
  source: section4(`${name}（档次结构）`, '（见原文）'),
});

export const BEIJING_POLICY: DiscretionPolicy = withTierScheme(
  JIANGSU_DISCRETION_POLICY,
  scheme('bj-steps', '北京律师基准三档', [
    { code: 'A1', label: '第一档', kind: 'lighter', required: true },
    { code: 'A2', label: '第二档', kind: 'ordinary', required: true },
    { code: 'A3', label: '第三档', kind: 'heavier', required: true },
  ]),
);

export const CHONGQING_TRIAL_POLICY: DiscretionPolicy = withTierScheme(
  JIANGSU_DISCRETION_POLICY,
  scheme('cq-trial', '重庆试行裁量规定', [
    { code: 'light', label: '从轻', kind: 'lighter', required: true },
    { code: 'ordinary', label: '一般', kind: 'ordinary', required: true },
    { code: 'heavy', label: '从重', kind: 'heavier', required: true },
  ]),
);

export const CHONGQING_BANDS_POLICY: DiscretionPolicy = withTierScheme(
  JIANGSU_DISCRETION_POLICY,
  scheme('cq-bands', '重庆试行公证四档', [
    { code: 'B1', label: '较轻', kind: 'lighter', required: true },
    { code: 'B2', label: '一般', kind: 'ordinary', required: true },
    { code: 'B3', label: '较重', kind: 'heavier', required: true },
    { code: 'B4', label: '严重', kind: 'heavier', required: false },
  ]),
);

export const FENGHUANG_POLICY: DiscretionPolicy = withTierScheme(
  JIANGSU_DISCRETION_POLICY,
  scheme('fh-county', '凤凰县三档', [
    { code: 'general', label: '一般', kind: 'ordinary', required: true },
    { code: 'serious', label: '较重', kind: 'heavier', required: true },
    { code: 'grave', label: '严重', kind: 'heavier', required: true },
  ]),
);

/** An adult, sound-minded natural person with an ordinary first violation, unless overridden. */
export function makeFacts(over: Partial<DiscretionFacts> = {}): DiscretionFacts {
  return {
    party: { kind: 'naturalPerson', ageYears: 40, mentalState: 'sound' },
    minorViolation: false,
    harm: 'ordinary',
    correction: 'none',
    priorViolations: 0,
    illegalIncomeFen: 0,
    durationMonths: 0,
    noFaultProven: false,
    circumstances: [],
    ...over,
  };
}

export const ORGANIZATION: DiscretionFacts['party'] = { kind: 'organization' };
