import { it } from 'vitest';
import { CN_WORKDAY_CALENDAR as cal } from '../calendar/index.ts';
import { computeDeadline, PENALTY_CASE_CLOCKS as C } from './index.ts';
it('bench', () => {
  for (const [name, clock] of [['90d', C.decisionPeriod], ['5wd', C.hearingRequest], ['2y', C.limitationGeneral]] as const) {
    let t0 = performance.now();
    let d;
    for (let i = 0; i < 50_000; i++) d = computeDeadline({ clock, startDate: '2026-03-02', calendar: cal });
    const c = performance.now() - t0;
    t0 = performance.now();
    for (let i = 0; i < 50_000; i++) d!.daysLeft('2026-03-04');
    console.log(name, 'compute µs', (c / 50), 'daysLeft µs', (performance.now() - t0) / 50);
  }
});
