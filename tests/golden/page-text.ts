/**
 * The words and numbers a reader sees on a page, one block per line: what a golden
 * test pins of a page, so a change of markup or style alone does not break it, but a
 * changed figure, label or sentence does. Chart text (axis labels, values) counts.
 */
const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

const BLOCKS =
  /^(?:p|div|section|article|header|footer|main|nav|h[1-6]|li|ul|ol|dl|dt|dd|tr|table|caption|figure|figcaption|details|summary|title|br|text|desc)$/i;

export function pageText(html: string): string {
  const body = html
    .replace(/<style[\s\S]*?<\/style>/gi, '')
    .replace(/<script[\s\S]*?<\/script>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<!doctype[^>]*>/i, '')
    .replace(/<head[\s\S]*?<\/head>/i, (head) => /<title>[\s\S]*?<\/title>/i.exec(head)?.[0] ?? '');
  const text = body
    // Inline elements (a badge beside a sentence) are apart on the page too.
    .replace(/<\/?([a-zA-Z][\w-]*)[^>]*>/g, (_, tag: string) => (BLOCKS.test(tag) ? '\n' : ' '))
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, code: string) => {
      if (code.startsWith('#x') || code.startsWith('#X')) return String.fromCodePoint(parseInt(code.slice(2), 16));
      if (code.startsWith('#')) return String.fromCodePoint(Number(code.slice(1)));
      return ENTITIES[code.toLowerCase()] ?? entity;
    });
  return `${text
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n')}\n`;
}
