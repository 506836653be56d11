/** The payments module's routes-free face: the execution ledger other modules' clocks read (scripts/check-boundaries.mjs). */
export { ledgerOf, trackOf } from './notice-ledger.ts';
