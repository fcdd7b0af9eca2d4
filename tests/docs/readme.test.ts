/**
 * The README stays a front page (under 15 KB, linking every page of docs/), and every
 * link of the README and the docs leads somewhere: a file that exists and, for a
 * `#heading`, a heading of that page, as GitHub makes its anchors.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const pages = [
  'README.md',
  ...readdirSync('docs')
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
];

/** The text outside code, where a [link](target) is a link. */
function prose(markdown: string): string {
  return markdown.replace(/^```[\s\S]*?^```/gm, '').replace(/`[^`\n]*`/g, '');
}

/** GitHub's anchor of a heading: lower case, code marks and punctuation dropped, spaces as dashes. */
function slug(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .trim()
    .replace(/\s/g, '-');
}

function anchors(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const out = new Set<string>();
  for (const [, heading] of markdown.replace(/^```[\s\S]*?^```/gm, '').matchAll(/^#{1,6} (.+)$/gm)) {
    const base = slug(heading!);
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    out.add(count === 0 ? base : `${base}-${count}`);
  }
  return out;
}

const links = pages.flatMap((page) =>
  [...prose(readFileSync(page, 'utf8')).matchAll(/\]\(([^)\s]+)\)/g)]
    .map((match) => match[1]!)
    .filter((target) => !/^[a-z]+:/.test(target))
    .map((target) => [page, target] as const),
);

describe('the README', () => {
  it('is under 15 KB', () => {
    expect(statSync('README.md').size).toBeLessThan(15_000);
  });

  it('links every page of docs/', () => {
    const linked = new Set(links.filter(([page]) => page === 'README.md').map(([, t]) => t.split('#')[0]));
    const docs = pages.filter((page) => page.startsWith('docs/'));
    expect(docs.filter((page) => !linked.has(page))).toEqual([]);
  });
});

describe('the links of the README and docs/', () => {
  it('are there to check', () => {
    expect(links.length).toBeGreaterThan(40);
  });

  it.each(links)('%s: %s leads to a file and heading that exist', (page, target) => {
    const [file, anchor] = target.split('#') as [string, string | undefined];
    const resolved = file === '' ? page : path.join(path.dirname(page), file);
    expect(existsSync(resolved), `${resolved} does not exist`).toBe(true);
    if (anchor !== undefined) {
      expect(resolved.endsWith('.md'), `an anchor into ${resolved}, which is no page`).toBe(true);
      expect([...anchors(readFileSync(resolved, 'utf8'))]).toContain(anchor);
    }
  });
});
