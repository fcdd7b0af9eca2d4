/**
 * Whether a CSV file is Recap's own format or a platform export, decided once for each
 * file, here, and from at most one parse, which the reader of the file then reads.
 *
 * A header with a date and a platform column is Recap's own: decided from the first
 * line, without parsing, and Recap's reader parses the file its own fast way. Any other
 * file is parsed once and its header looked for below any preamble: a known export's
 * header makes it an export. A file whose first line is nearly Recap's (a platform
 * column alone, a date column beside nothing but metric ids, a single column) and that
 * is no export after all goes to Recap's reader, which says best what is wrong with it.
 */
import { DIMENSION_COLUMNS, isDerivedMetric, LONG_FORMAT_COLUMNS, type MetricCatalogue } from '../model/metrics.ts';
import type { ParsedCsv } from './csv.ts';
import { searchHeader, type FoundFormat, type HeaderSearch, type NotFound } from './exports/index.ts';

export type FileKind =
  /** Recap's own format; `parsed` when deciding took a parse, for the reader to read. */
  | { readonly kind: 'recap'; readonly parsed: ParsedCsv | null }
  | { readonly kind: 'export'; readonly search: HeaderSearch<FoundFormat> }
  /** Neither: no header of a known export was found. */
  | { readonly kind: 'unknown'; readonly search: HeaderSearch<NotFound> };

/** `file` as problems name it; `catalogue` the metric ids a Recap file of this client may carry. */
export function fileKind(file: string, text: string, catalogue: MetricCatalogue): FileKind {
  const recap = recapHeader(text, catalogue);
  if (recap === 'certain') return { kind: 'recap', parsed: null };
  const search = searchHeader(file, text);
  const { records, problems, found } = search;
  if (found.kind === 'format') return { kind: 'export', search: { ...search, found } };
  if (recap === 'likely') return { kind: 'recap', parsed: { records, problems } };
  return { kind: 'unknown', search: { ...search, found } };
}

/**
 * Whether the file's first non-blank line is Recap's own header: 'certain' with a date
 * and a platform column; 'likely' with a platform column alone, or a date column beside
 * nothing but metric ids (a platform column forgotten), where Recap's reader says best
 * what is wrong unless the file is a known export after all; otherwise 'no'.
 */
function recapHeader(text: string, catalogue: MetricCatalogue): 'certain' | 'likely' | 'no' {
  const names = firstNonBlankLine(text)
    .split(/[,;\t|]/)
    .map((name) =>
      name
        .replace(/^\ufeff/, '')
        .trim()
        .replace(/^"(.*)"$/, '$1')
        .toLowerCase(),
    );
  if (names.includes('date') && names.includes('platform')) return 'certain';
  if (names.length <= 1 || names.includes('platform')) return 'likely';
  const recapColumns = new Set<string>([...DIMENSION_COLUMNS, ...LONG_FORMAT_COLUMNS, ...catalogue.ids]);
  return names.includes('date') && names.every((name) => recapColumns.has(name) || isDerivedMetric(name))
    ? 'likely'
    : 'no';
}

/** Without splitting the whole text: a file can hold hundreds of thousands of lines. */
function firstNonBlankLine(text: string): string {
  for (let start = 0; start < text.length;) {
    const end = text.indexOf('\n', start);
    const line = text.slice(start, end === -1 ? text.length : end);
    if (line.trim() !== '') return line;
    if (end === -1) break;
    start = end + 1;
  }
  return '';
}
