export * from './digest.ts';
export * from './schedule.ts';
export * from './subscription.ts';
export * from './webhook-target.ts';
