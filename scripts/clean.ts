// npm run clean: removes the build cache, Astro's caches and the built site, for a cold
// build from scratch. The data, templates and public files are never touched.
import { rmSync } from 'node:fs';
import { cacheFolder, WORKSPACES } from '../src/publish/workspace.ts';

const FOLDERS = [cacheFolder(), WORKSPACES, '.astro', 'node_modules/.astro', 'node_modules/.vite', 'dist'];

for (const folder of FOLDERS) rmSync(folder, { recursive: true, force: true });
console.log(`Removed ${FOLDERS.join(', ')}.`);
