/**
 * Analyst commentary: data/<client>/notes/<YYYY-MM>.md (or .mdx), one per report month.
 * A content collection, so notes get Astro's Markdown and MDX rendering.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { notesSchema } from './ingest/notes-schema.ts';
import { siteSettings } from './site/settings.ts';

const { dataDir, client } = siteSettings();

const notes = defineCollection({
  loader: glob({
    // A client's own site reads only that client's notes.
    pattern: `${client ?? '*'}/notes/*.{md,mdx}`,
    base: dataDir,
    // "northwind-outfitters/2026-10": the client and the month the note belongs to.
    generateId: ({ entry }) => entry.replace(/\/notes\//, '/').replace(/\.mdx?$/, ''),
  }),
  // The same schema validate checks the notes against (src/ingest/notes-schema.ts).
  schema: notesSchema,
});

export const collections = { notes };
