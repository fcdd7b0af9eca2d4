// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { recapTemplates } from './src/site/templates-plugin.ts';
import { siteSettings } from './src/site/settings.ts';

// `npm run build` sets these variables for each site it builds; `npm run dev` reads the same ones.
const { dataDir, client } = siteSettings();

// BASE_PATH serves the site under a sub-path, as on a GitHub Pages project site (/recap/).
export default defineConfig({
  integrations: [mdx()],
  base: process.env.BASE_PATH || '/',
  ...(process.env.SITE_URL ? { site: process.env.SITE_URL } : {}),
  // Each site keeps its own content store, so a client's build never opens one that held another's notes.
  cacheDir: `./node_modules/.astro/${client ? `client-${client}` : 'all-clients'}`,
  trailingSlash: 'ignore',
  build: { format: 'directory', inlineStylesheets: 'always' },
  // The report is static HTML: no dev toolbar, no telemetry prompts in CI.
  devToolbar: { enabled: false },
  vite: {
    plugins: [recapTemplates({ root: process.cwd(), dataDir, templatesDir: 'templates', client })],
    server: { fs: { allow: ['.', dataDir] } },
  },
});
