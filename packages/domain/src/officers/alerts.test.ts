import { describe, expect, it } from 'vitest';
import { certificateAlerts } from './alerts.ts';
import type { Certificate } from './certificate.ts';
import { CONFIG, makeCertificate } from './officer-fixtures.ts';

const kinds = (cert: Certificate, date: string, config = CONFIG) => certificateAlerts(cert, date, config).map((a) => [a.kind, a.severity, a.daysLeft]);

describe('certificate reminders', () => {
  it.each<[string, Partial<Certificate>, string, unknown[]]>([
    ['nothing due', {}, '2026-05-20', []],
    ['expiry 61 days away', { validTo: '2026-07-20' }, '2026-05-20', []],
    ['expiry exactly 60 days away', { validTo: '2026-07-19' }, '2026-05-20', [['expiring', 'warning', 60]]],
    ['last valid day', { validTo: '2026-05-20' }, '2026-05-20', [['expiring', 'warning', 0]]],
    ['expired yesterday, not yet marked', { validTo: '2026-05-19' }, '2026-05-20', [['expired', 'critical', -1]]],
    ['review due in 60 days (2025 review by 2026-03-31)', { lastReviewedYear: 2024 }, '2026-01-30', [['reviewDue', 'warning', 60]]],
    ['review due in 61 days', { lastReviewedYear: 2024 }, '2026-01-29', []],
    ['review overdue', { lastReviewedYear: 2024 }, '2026-04-01', [['reviewOverdue', 'critical', -1]]],
    ['suspended certificates still get reminders', { status: 'suspended', validTo: '2026-06-01' }, '2026-05-20', [['expiring', 'warning', 12]]],
    ['review due after the certificate ends is not raised', { lastReviewedYear: 2024, validTo: '2026-02-28' }, '2026-01-30', [['expiring', 'warning', 29]]],
    [
      'both expiring and review due',
      { lastReviewedYear: 2024, validTo: '2026-03-31' },
      '2026-03-01',
      [
        ['expiring', 'warning', 30],
        ['reviewDue', 'warning', 30],
      ],
    ],
  ])('%s', (_name, over, date, expected) => {
    expect(kinds(makeCertificate(over), date)).toEqual(expected);
  });

  it.each(['applied', 'examPassed', 'revoked', 'cancelled', 'expired'] as const)('raises nothing for a %s certificate', (status) => {
    expect(certificateAlerts(makeCertificate({ status, validTo: '2026-05-19', lastReviewedYear: null }), '2026-05-20', CONFIG)).toEqual([]);
  });

  it('uses the configured lead times', () => {
    const config = { ...CONFIG, expiryLeadDays: 90, reviewLeadDays: 30 };
    expect(kinds(makeCertificate({ validTo: '2026-08-18' }), '2026-05-20', config)).toEqual([['expiring', 'warning', 90]]);
    expect(kinds(makeCertificate({ lastReviewedYear: 2024 }), '2026-02-28', config)).toEqual([]);
  });

  it('words alerts in Chinese with the due date and basis', () => {
    const [a] = certificateAlerts(makeCertificate({ lastReviewedYear: 2024 }), '2026-04-02', CONFIG);
    expect(a).toMatchObject({ message: '2025年度审验已逾期（应于2026-03-31前完成）', dueOn: '2026-03-31' });
    expect(a!.basis.law).toContain('年度审验');
  });
});
