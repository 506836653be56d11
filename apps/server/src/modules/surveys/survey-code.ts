/** The stored form of a 评价码: SM3 of its canonical spelling (parseSurveyCode's grouped upper-case form). */
import { sm3Hex } from '../../platform/crypto.ts';

export const hashSurveyCode = (canonical: string): string => sm3Hex(`survey-code:${canonical}`);
