/** 责任追究 (accountability): the statutory 追责情形 with their articles and the forms responsibility takes. */
export * from './sources.ts';
export * from './grounds.ts';
export * from './forms.ts';
export * from './catalog.ts';
