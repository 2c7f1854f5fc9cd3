/** The CSV interchange format (DESIGN.md): one file per entity, natural keys, all-or-nothing validation. */
export * from './charges-file.ts';
export * from './deliverables-file.ts';
export * from './engagements-file.ts';
export * from './files.ts';
export * from './formula-cells.ts';
export * from './fx-rates-file.ts';
export * from './interchange-file.ts';
export * from './measurements-file.ts';
export * from './slas-file.ts';
export * from './upload.ts';
export * from './validate-file.ts';
export * from './vendors-file.ts';
