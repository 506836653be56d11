import type { Citation } from '@quanze/domain';

/** 《信访工作条例》第二十三条第二款 — how a step records the article it rests on. */
export const citationText = (c: Citation): string => `《${c.law}》${c.article}`;
