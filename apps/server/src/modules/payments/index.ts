/** payments: 罚缴分离 — payment notices with their 缴款码, bank reconciliation, on-the-spot cash and hand-overs, deferral / instalments, 催告 and the court-enforcement window. */
export { paymentRoutes } from './payments.routes.ts';
export { paymentNotices, payments, paymentReconciliations, paymentReferenceSeries } from './payments.table.ts';
export { issuePaymentNotice, recordDecisionServed, type DecisionWithMoney } from './commands/issue-notice.ts';
export { recordCashPayment, type CashCollection } from './commands/collect-cash.ts';
