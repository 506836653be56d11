/** Document numbers (示司罚决字〔2026〕第1号): kinds, format and parse, yearly unbroken sequences and gap detection. */
export * from './document-number.ts';
export * from './sequence.ts';
