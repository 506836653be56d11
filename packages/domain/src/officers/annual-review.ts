/**
 * Annual review (年度审验): a year passes only with enough training hours in that calendar year and no disqualifying
 * discipline in force during it. Every reason is returned, so the officer and the reviewer see all of them at once.
 */
import { trainingHoursMinimumFor, type OfficerRulesConfig } from './config.ts';
import { dateInYear, type IsoDate } from './dates.ts';
import { DISCIPLINE_KIND_LABELS, disciplineOverlaps, type DisciplineRecord } from './discipline.ts';
import type { OfficerReason } from './reason.ts';
import { DISCIPLINE_BAR, TRAINING_HOURS } from './sources.ts';

/** A row of the officer's training record. */
export interface TrainingRecord {
  id: string;
  course: string;
  /** 学时; may be fractional (0.5). */
  hours: number;
  date: IsoDate;
  examScore: number | null;
}

export interface AnnualReviewInput {
  year: number;
  trainings: readonly TrainingRecord[];
  disciplines: readonly DisciplineRecord[];
}

export type AnnualReviewCode = 'TRAINING_HOURS_SHORT' | 'DISQUALIFYING_DISCIPLINE';

export interface AnnualReviewOutcome {
  year: number;
  passed: boolean;
  trainingHours: number;
  requiredHours: number;
  reasons: OfficerReason<AnnualReviewCode>[];
}

/** Hours counted in hundredths so that 0.1 + 0.2 sums to exactly 0.3 before comparing with the minimum. */
const toCenti = (hours: number): number => Math.round(hours * 100);

export function trainingHoursInYear(trainings: readonly TrainingRecord[], year: number): number {
  const from = dateInYear(year, { month: 1, day: 1 });
  const to = dateInYear(year, { month: 12, day: 31 });
  const centi = trainings.filter((t) => t.date >= from && t.date <= to).reduce((sum, t) => sum + toCenti(t.hours), 0);
  return centi / 100;
}

export function evaluateAnnualReview(input: AnnualReviewInput, config: OfficerRulesConfig): AnnualReviewOutcome {
  const requiredHours = trainingHoursMinimumFor(input.year, config);
  const trainingHours = trainingHoursInYear(input.trainings, input.year);
  const reasons: OfficerReason<AnnualReviewCode>[] = [];
  if (toCenti(trainingHours) < toCenti(requiredHours)) {
    reasons.push({
      code: 'TRAINING_HOURS_SHORT',
      message: `${input.year}年度培训${trainingHours}学时，未达到${requiredHours}学时`,
      basis: TRAINING_HOURS,
    });
  }
  const from = dateInYear(input.year, { month: 1, day: 1 });
  const to = dateInYear(input.year, { month: 12, day: 31 });
  for (const d of input.disciplines) {
    if (config.disqualifyingDiscipline.includes(d.kind) && disciplineOverlaps(d, from, to)) {
      reasons.push({
        code: 'DISQUALIFYING_DISCIPLINE',
        message: `${input.year}年度内受${DISCIPLINE_KIND_LABELS[d.kind]}（${d.decidedOn}）`,
        basis: DISCIPLINE_BAR,
      });
    }
  }
  return { year: input.year, passed: reasons.length === 0, trainingHours, requiredHours, reasons };
}
