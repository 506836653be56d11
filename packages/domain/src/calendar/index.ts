export * from './local-date.ts';
export * from './workday-calendar.ts';
export * from './cn-workday-calendar.data.ts';
