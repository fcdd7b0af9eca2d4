// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { recapTemplates } from './src/site/templates-plugin.ts';

const dataDir = process.env.DATA_DIR?.trim() || 'data';

// BASE_PATH serves the site under a sub-path, as on a GitHub Pages project site (/recap/).
export default defineConfig({
  integrations: [mdx()],
  base: process.env.BASE_PATH || '/',
  ...(process.env.SITE_URL ? { site: process.env.SITE_URL } : {}),
  trailingSlash: 'ignore',
  build: { format: 'directory', inlineStylesheets: 'always' },
  // The report is static HTML: no dev toolbar, no telemetry prompts in CI.
  devToolbar: { enabled: false },
  vite: {
    plugins: [recapTemplates({ root: process.cwd(), dataDir, templatesDir: 'templates' })],
    server: { fs: { allow: ['.', dataDir] } },
  },
});
