// @ts-check
// The bare Astro baseline of `npm run bench:site`: see src/pages/[...client]/[period]/index.astro.
// Its packages are the Recap project's own (node_modules two folders up), so both build with
// the same Astro and MDX. The benchmark sets where it writes and caches.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  integrations: [mdx()],
  outDir: process.env.BARE_OUT_DIR || './dist',
  ...(process.env.BARE_CACHE_DIR ? { cacheDir: process.env.BARE_CACHE_DIR } : {}),
  trailingSlash: 'ignore',
  // As Recap's astro.config.mjs: a folder per page, the stylesheet inlined in each page.
  build: { format: 'directory', inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
});
