import type { z } from 'zod';
import type { CoverageReportDto, PowerCoverageDto } from '@quanze/contracts';
import type { PowerCoverage } from '@quanze/domain';
import type { CoverageData } from './coverage-loader.ts';

export function presentPowerCoverage(c: PowerCoverage, data: CoverageData): z.infer<typeof PowerCoverageDto> {
  const power = data.powers.get(c.powerId);
  const post = (id: string) => ({ id, name: data.posts.get(id)?.name ?? '' });
  return {
    powerId: c.powerId,
    code: c.code,
    name: power?.name ?? '',
    category: power?.category ?? 'other',
    status: c.status,
    reasons: c.reasons.map((r) => ({ ...r })),
    assignmentId: c.assignmentId,
    departmentId: c.departmentId,
    departmentName: c.departmentId ? (data.departmentNames.get(c.departmentId) ?? null) : null,
    aPosts: c.aPostIds.map(post),
    bPosts: c.bPostIds.map(post),
    officers: c.officers.map((o) => ({
      officerId: o.officerId,
      name: o.name,
      postId: o.postId,
      postRole: o.postRole,
      eligible: o.eligible,
      reasons: o.reasons.map((r) => ({ code: r.code, message: r.message, basis: r.basis })),
      lapsesOn: o.lapsesOn,
    })),
    eligibleCount: c.eligibleCount,
    required: c.required,
    recommended: c.recommended,
  };
}

export type CoverageReportBody = z.infer<typeof CoverageReportDto>;
