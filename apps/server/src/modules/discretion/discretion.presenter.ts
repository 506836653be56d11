/** Rows and domain results → DTOs. Domain values are readonly all the way down; DTOs are the same data, mutable. */
import type { z } from 'zod';
import type { BenchmarkVersionDto, DiscretionResultDto, PenaltyCheckDto } from '@quanze/contracts';
import { describeDiscretionRange, type DiscretionResult, type PenaltyCheck } from '@quanze/domain';
import type { BenchmarkVersionRow } from './discretion.repository.ts';

export type DeepMutable<T> = T extends readonly (infer U)[]
  ? DeepMutable<U>[]
  : T extends object
    ? { -readonly [K in keyof T]: DeepMutable<T[K]> }
    : T;

/** The same value, typed as the mutable DTO shape (no copy: nothing here mutates it). */
export const mutable = <T>(value: T): DeepMutable<T> => value as DeepMutable<T>;

const STATUS_LABELS = { draft: '草稿', published: '已公布' } as const;

export function presentVersion(r: BenchmarkVersionRow, currentNo: number | null): z.infer<typeof BenchmarkVersionDto> {
  return {
    versionNo: r.versionNo,
    status: r.status,
    statusLabel: r.versionNo === currentNo ? '现行' : r.status === 'published' ? '已被替代' : STATUS_LABELS[r.status],
    current: r.versionNo === currentNo,
    note: r.note,
    savedByName: r.savedByName,
    savedAt: r.createdAt.toISOString(),
  };
}

export function presentResult(r: DiscretionResult, benchmarkVersion: number): DiscretionResultDto {
  return {
    ...mutable(r),
    rangeText: describeDiscretionRange(r.range),
    lawfulText: describeDiscretionRange(r.lawful),
    benchmarkVersion,
  };
}

const OUTCOME_LABELS: Record<PenaltyCheck['outcome'], string> = {
  inside: '在裁量基准幅度内',
  outsideBenchmark: '超出裁量基准幅度：应当说明理由并经法制审核',
  unlawful: '超出法定种类或幅度：不得作出，须调整',
};

export function presentCheck(c: PenaltyCheck): z.infer<typeof PenaltyCheckDto> {
  const needs =
    c.outcome === 'outsideBenchmark'
      ? {
          requiresWrittenReason: c.requiresWrittenReason,
          requiresLegalReview: c.requiresLegalReview,
          requiresCollectiveDiscussion: c.requiresCollectiveDiscussion,
        }
      : { requiresWrittenReason: false, requiresLegalReview: false, requiresCollectiveDiscussion: false };
  return {
    outcome: c.outcome,
    outcomeLabel: OUTCOME_LABELS[c.outcome],
    deviations: mutable(c.deviations),
    ...needs,
    message: c.message,
    basis: mutable(c.basis),
  };
}
