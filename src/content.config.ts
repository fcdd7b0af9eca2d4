/**
 * Analyst commentary: data/<client>/notes/<YYYY-MM>.md (or .mdx), one per report month.
 * A content collection, so notes get Astro's Markdown and MDX rendering.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { siteSettings } from './site/settings.ts';

const { dataDir, client } = siteSettings();

const lines = z.array(z.string().trim().min(1)).default([]);

const notes = defineCollection({
  loader: glob({
    // A client's own site reads only that client's notes.
    pattern: `${client ?? '*'}/notes/*.{md,mdx}`,
    base: dataDir,
    // "northwind-outfitters/2026-10": the client and the month the note belongs to.
    generateId: ({ entry }) => entry.replace(/\/notes\//, '/').replace(/\.mdx?$/, ''),
  }),
  // The analyst's own wins, losses and opportunities come first in the highlights;
  // `drafted_highlights: false` keeps only theirs.
  schema: z.strictObject({
    wins: lines,
    losses: lines,
    opportunities: lines,
    drafted_highlights: z.boolean().default(true),
  }),
});

export const collections = { notes };
