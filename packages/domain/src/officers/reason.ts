import type { Citation } from '../citation.ts';

/** One reason a rule refuses: a stable code, the Chinese message users read, and the article it rests on. */
export interface OfficerReason<C extends string = string> {
  code: C;
  message: string;
  basis: Citation;
}
