/**
 * The analysts' notes, read once per build: each report page looks its month up here.
 */
import { getCollection, type CollectionEntry } from 'astro:content';

let notes: Promise<Map<string, CollectionEntry<'notes'>>> | null = null;

/** The note for a client's month ("northwind-outfitters/2026-10"), if the analyst wrote one. */
export async function noteFor(client: string, monthId: string): Promise<CollectionEntry<'notes'> | undefined> {
  notes ??= getCollection('notes').then((entries) => new Map(entries.map((entry) => [entry.id, entry])));
  return (await notes).get(`${client}/${monthId}`);
}
