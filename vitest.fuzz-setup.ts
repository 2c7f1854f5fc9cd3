import fc from 'fast-check';

// Property tests draw the same cases on every run, so a CI result can be trusted and replayed. FUZZ_SEED=random
// explores new cases (fast-check prints the seed of any failure; pass it back as FUZZ_SEED to replay it).
const seed = process.env.FUZZ_SEED ?? '20261125';
fc.configureGlobal(seed === 'random' ? {} : { seed: Number(seed) });
