/**
 * The page `npm run dev` serves while the data has problems: every problem, located,
 * as `npm run validate` prints it. It reloads itself when the data changes, like any page.
 */
import { formatProblem, type Problem } from '../ingest/problems.ts';

/** The data's problems as an error: Astro's dev server and a direct `astro build` stop on it. */
export class DataProblemsError extends Error {
  readonly problems: readonly Problem[];
  constructor(problems: readonly Problem[]) {
    const message = `The data has ${problems.length} problem(s); fix them and reload (npm run validate prints the same list):\n${problems.map(formatProblem).join('\n')}`;
    super(message);
    this.name = 'Data problems';
    this.problems = problems;
    // The fault is in the data, not in the code: no stack trace to read.
    this.stack = `${this.name}: ${message}`;
  }
}

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export function problemsPage(problems: readonly Problem[]): string {
  const items = problems.map(
    (p) => `<li data-file="${escape(p.file)}" data-line="${p.line}"><code>${escape(formatProblem(p))}</code></li>`,
  );
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    '<title>Data problems</title>',
    '<script type="module" src="/@vite/client"></script>',
    '<style>body{font:16px/1.5 system-ui,sans-serif;margin:2rem;max-width:60rem}code{white-space:pre-wrap;word-break:break-word}li{margin-block:.5rem}</style>',
    '</head><body>',
    `<h1>The data has ${problems.length} problem${problems.length === 1 ? '' : 's'}</h1>`,
    '<p>Fix them and save: this page reloads. <code>npm run validate</code> prints the same list.</p>',
    `<ol class="data-problems">${items.join('')}</ol>`,
    '</body></html>',
  ].join('\n');
}
