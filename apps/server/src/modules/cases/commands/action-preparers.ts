/**
 * Every supported case action's preparer, one table for performCaseAction; each stage keeps its own file so that the
 * general procedure, the simple procedure, execution and archiving can grow apart. A supported action without a
 * preparer does not compile.
 */
import type { PreparerTable } from './action-input.ts';
import { ARCHIVE_PREPARERS } from './archive-preparers.ts';
import { EXECUTION_PREPARERS } from './execution-preparers.ts';
import { GENERAL_PREPARERS } from './general-preparers.ts';
import { SIMPLE_PREPARERS } from './simple-preparers.ts';
import { TEAM_PREPARERS } from './team-preparers.ts';

export const PREPARERS: PreparerTable = { ...GENERAL_PREPARERS, ...EXECUTION_PREPARERS, ...SIMPLE_PREPARERS, ...TEAM_PREPARERS, ...ARCHIVE_PREPARERS };
