/** 社会监督员 (socialSupervisor): appointment terms and standing, observation categories and the queue's state machine. */
export * from './appointment.ts';
export * from './observations.ts';
