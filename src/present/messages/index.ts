/**
 * The message catalogues, by language. A client's locale picks one (fa-IR → fa);
 * a language without a catalogue is shown in English, with its own number and date
 * formats still coming from Intl.
 */
import { en, type Messages } from './en.ts';
import { fa } from './fa.ts';

export type { Messages } from './en.ts';

const CATALOGUES: Readonly<Record<string, Messages>> = { en, fa };

/** The languages that have a catalogue. */
export const LANGUAGES = Object.keys(CATALOGUES);

export function messagesFor(locale: string): Messages {
  const language = locale.split('-')[0]!.toLowerCase();
  return CATALOGUES[language] ?? en;
}

/** A metric's name; a client's own metric, which no catalogue knows, is named from its id. */
export function metricLabel(messages: Messages, metric: string): string {
  return lookUp(messages.metrics, metric) ?? metric.replaceAll('_', ' ');
}

/** An export format's name in the report's language; its English label where the catalogue has none. */
export function exportFormatLabel(messages: Messages, formatId: string | undefined, label: string): string {
  return (formatId !== undefined ? lookUp(messages.methodology.exportFormats, formatId) : undefined) ?? label;
}

/** A platform's name; an unknown platform is its slug, capitalised. */
export function platformLabel(messages: Messages, platform: string): string {
  return lookUp(messages.platforms, platform) ?? platform.charAt(0).toUpperCase() + platform.slice(1);
}

export function costCategoryLabel(messages: Messages, category: string): string {
  return lookUp(messages.costCategories, category) ?? category;
}

function lookUp(table: object, key: string): string | undefined {
  return Object.hasOwn(table, key) ? (table as Record<string, string>)[key] : undefined;
}
