export * from './digest.ts';
export * from './schedule.ts';
export * from './subscription.ts';
