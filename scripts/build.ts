// npm run build: validates the data, then builds the site into a staging folder and
// replaces the output folder only when everything succeeded.
//   npm run build                       the agency's site: a portfolio page and every client
//   npm run build -- --client <slug>    one client's own site, holding nothing of any other
//   npm run build -- --each-client      <outDir>/<slug>/ for every client, each deployable alone
// Options: --outDir <dir> (default dist), --base <path> (a client's own site; default its
// client.yaml base_path), --dry-run (build and check everything, publish nothing).
import { enableCompileCache } from 'node:module';
import { compileCacheFolder } from '../src/publish/compile-cache.ts';

// Before the build's own modules load, so that they too come compiled from the cache.
enableCompileCache(compileCacheFolder());
await import('./build-command.ts');
