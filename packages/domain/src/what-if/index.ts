/** The contract what-if (DESIGN.md): an engagement's history replayed under other terms by the same rules. */
export * from './apply-changes.ts';
export * from './contract-changes.ts';
export * from './contract-what-if.ts';
export * from './replay-facts.ts';
