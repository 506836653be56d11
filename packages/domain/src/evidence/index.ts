/** Evidence (证据), records (笔录), evidence preservation (先行登记保存) and the property register (罚没财物): pure rules. */
export * from './result.ts';
export * from './evidence-types.ts';
export * from './records.ts';
export * from './custody.ts';
export * from './preservation.ts';
export * from './property.ts';
export * as evidenceSources from './sources.ts';
