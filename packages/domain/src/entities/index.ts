/** Zod schemas of each entity's create and update, built on the interchange files' row schemas. */
export * from './charge.ts';
export * from './deliverable.ts';
export * from './engagement.ts';
export * from './entity-values.ts';
export * from './fx-rate.ts';
export * from './measurement.ts';
export * from './row-ref.ts';
export * from './sla.ts';
export * from './vendor.ts';
