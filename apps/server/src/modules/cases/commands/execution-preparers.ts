/** Service of the decision, execution and closing: the steps both procedures share after the decision. */
import { payloadOf, type PreparerTable } from './action-input.ts';

export const EXECUTION_PREPARERS = {
  serveDecision: (_c, input) => ({ drafts: { service: { method: input.method, electronicConsentSigned: input.electronicConsentSigned } }, payload: payloadOf(input) }),
  startExecution: () => ({ payload: {} }),
  close: (_c, input) => ({ payload: payloadOf(input) }),
} satisfies Partial<PreparerTable>;
