// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { recapNotes } from './src/site/notes-plugin.ts';
import { recapTemplates } from './src/site/templates-plugin.ts';
import { recapDataWatch } from './src/site/data-watch-plugin.ts';
import { siteSettings } from './src/site/settings.ts';

// `npm run build` sets these variables for each site it builds; `npm run dev` reads the same ones.
const { dataDir, client, cacheDir } = siteSettings();

// BASE_PATH serves the site under a sub-path, as on a GitHub Pages project site (/recap/).
export default defineConfig({
  integrations: [mdx()],
  base: process.env.BASE_PATH || '/',
  ...(process.env.SITE_URL ? { site: process.env.SITE_URL } : {}),
  // `npm run build` gives each build a cache folder of its own (see src/publish/workspace.ts).
  ...(cacheDir ? { cacheDir } : {}),
  trailingSlash: 'ignore',
  build: { format: 'directory', inlineStylesheets: 'always' },
  // The report is static HTML: no dev toolbar, no telemetry prompts in CI.
  devToolbar: { enabled: false },
  vite: {
    plugins: [
      recapTemplates({ root: process.cwd(), dataDir, templatesDir: 'templates', client }),
      recapNotes({ root: process.cwd(), dataDir, client }),
      recapDataWatch({ root: process.cwd(), dataDir }),
    ],
    server: { fs: { allow: ['.', dataDir] } },
  },
});
