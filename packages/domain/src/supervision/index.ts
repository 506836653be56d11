/** 社会监督员 (socialSupervisor): appointment terms and standing, observation categories and the queue's state machine, the reveal of personal numbers. */
export * from './appointment.ts';
export * from './observations.ts';
export * from './personal-data.ts';
