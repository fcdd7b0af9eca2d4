/**
 * The analysts' notes: each report page looks its month up here. A note is compiled by
 * Astro (Markdown) or @astrojs/mdx (MDX) as a module; its front matter is read with the
 * schema validate checked it against, so the defaults are the same.
 */
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import { notes } from 'virtual:recap/notes';
import { notesSchema, type NoteData } from '../ingest/notes-schema.ts';

export interface Note {
  readonly Content: AstroComponentFactory;
  readonly data: NoteData;
}

/** The note for a client's month, if the analyst wrote one. */
export async function noteFor(client: string, monthId: string): Promise<Note | undefined> {
  const load = notes[`${client}/${monthId}`];
  if (!load) return undefined;
  const module = await load();
  return { Content: module.Content ?? module.default, data: notesSchema.parse(module.frontmatter ?? {}) };
}
