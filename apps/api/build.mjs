// Builds the server and the CLI into dist/ as plain JavaScript, so production starts them with `node` (no
// TypeScript compiler at run time, `help` in a fraction of a second). Everything is bundled but PGlite, which loads
// its WASM and data files from beside its own module (so it is a dependency of this package); pg's optional native
// binding is never installed. Written to a new folder that then replaces dist/ whole, so a run never reads half a build.
import { randomBytes } from 'node:crypto';
import { rename, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const suffix = `${process.pid}-${randomBytes(3).toString('hex')}`;
const next = here(`dist.next-${suffix}`);
const old = here(`dist.old-${suffix}`);

await build({
  absWorkingDir: here('.'),
  entryPoints: {
    main: 'src/main.ts',
    portfolio: 'src/cli/portfolio.ts',
    // The thread a big measurements file is checked in, started from beside the bundled module that imports it.
    'measurements-worker': '../../packages/db/src/interchange/measurements-worker.ts',
  },
  outdir: next,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  splitting: true,
  sourcemap: true,
  external: ['@electric-sql/pglite', '@electric-sql/pglite/*', 'pg-native'],
  logLevel: 'warning',
  // Bundled CommonJS dependencies may call require(): give the ES modules one.
  banner: {
    js: "import { createRequire as __portfolioRequire } from 'node:module'; const require = __portfolioRequire(import.meta.url);",
  },
});
await rename(here('dist'), old).catch(() => {});
await rename(next, here('dist'));
await rm(old, { recursive: true, force: true });
