/**
 * A note's front matter (data/<client>/notes/<YYYY-MM>.md): one schema for validate
 * (notes.ts) and for the pages that render the notes (src/site/notes.ts),
 * so a note that validates is a note that builds.
 */
import { z } from 'zod';

const line = z
  .string({ error: 'expected a line of text' })
  .trim()
  .min(1, { error: 'expected a line of text, not an empty one' });

const lines = z.array(line, { error: 'expected a list of lines, each on its own line starting with "- "' }).default([]);

/**
 * The analyst's own wins, losses and opportunities come first in the highlights;
 * `drafted_highlights: false` keeps only theirs.
 */
export const notesSchema = z.strictObject({
  wins: lines,
  losses: lines,
  opportunities: lines,
  drafted_highlights: z.boolean({ error: 'expected true or false' }).default(true),
});

export type NoteData = z.infer<typeof notesSchema>;

export const NOTE_KEYS = Object.keys(notesSchema.shape);
