export * from './appointment-status.ts';
export * from './appointment-timing.ts';
export * from './clinic-time.ts';
export * from './notifications.ts';
export * from './opening-hours.ts';
export * from './permissions.ts';
export * from './roles.ts';
export * from './scheduling.ts';
