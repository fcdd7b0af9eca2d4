/**
 * Harvests a built Recap site into the manifest that the bare Astro baseline renders
 * (bench/bare-astro): per page its head and its body flattened into headings,
 * paragraphs, tables and the inline SVGs byte for byte; each data.json copied.
 *
 * A few regular expressions rather than an HTML parser: the input is Astro's own
 * well-formed output, and the harvest only has to keep the text, the tables and
 * the charts, not every element.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BarePage, Block, Route } from '../bench/bare-astro/src/manifest.ts';

const SVG = /<svg\b[\s\S]*?<\/svg>/g;
/** A character that never occurs in a page: it marks where an SVG was. */
const MARK = '\u0000';
const BLOCK_TAGS = new Set([
  'p',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'div',
  'section',
  'article',
  'header',
  'footer',
  'nav',
  'main',
  'figure',
  'figcaption',
  'details',
  'summary',
  'blockquote',
  'form',
]);

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return String.fromCodePoint(code);
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** An opening tag's attributes, decoded (Astro escapes them again when it renders them). */
function attributesOf(tag: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const [, name, value] of tag.matchAll(/\s([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:="([^"]*)")?/g)) {
    attributes[name!] = decode(value ?? '');
  }
  return attributes;
}

const trimmed = (html: string): string => html.replace(/\s+/g, ' ').trim();

interface OpenTable {
  attrs: Record<string, string>;
  caption: string;
  head: string[][];
  rows: string[][];
  inHead: boolean;
  row: string[];
}

/** One page of Recap's HTML as the bare baseline renders it. */
export function harvestPage(html: string): BarePage {
  const htmlTag = attributesOf(/<html\b[^>]*>/.exec(html)?.[0] ?? '');
  const head = /<head>([\s\S]*?)<\/head>/.exec(html)?.[1] ?? '';
  const bodyTag = attributesOf(/<body\b[^>]*>/.exec(html)?.[0] ?? '');
  const body = /<body\b[^>]*>([\s\S]*)<\/body>/.exec(html)?.[1] ?? '';

  const meta: [string, string, string][] = [];
  for (const tag of head.match(/<meta\b[^>]*>/g) ?? []) {
    const { content, name, property } = attributesOf(tag);
    if (content === undefined || name === 'viewport') continue;
    if (name !== undefined) meta.push(['name', name, content]);
    else if (property !== undefined) meta.push(['property', property, content]);
  }

  const svgs: string[] = [];
  const marked = body
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, '')
    .replace(SVG, (svg) => `${MARK}${svgs.push(svg) - 1}${MARK}`);

  const blocks: Block[] = [];
  /** The inline HTML since the last block boundary, and the element it belongs to. */
  let inline = '';
  let element = { tag: 'p', attrs: {} as Record<string, string> };
  let table: OpenTable | null = null;
  /** Charts found inside a table go right after it. */
  let deferred: Block[] = [];
  const take = (): string => {
    const content = trimmed(inline);
    inline = '';
    return content;
  };
  const flush = (): void => {
    const content = take();
    if (content) blocks.push({ t: 'el', tag: element.tag, attrs: element.attrs, html: content });
  };
  const addInline = (piece: string): void => {
    const parts = piece.split(MARK);
    for (let i = 0; i < parts.length; i++) {
      if (i % 2 === 0) {
        inline += parts[i]!;
        continue;
      }
      const svg: Block = { t: 'svg', svg: svgs[Number(parts[i])]! };
      if (table) deferred.push(svg);
      else {
        flush();
        blocks.push(svg);
      }
    }
  };

  for (const token of marked.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>|[^<]+/g)) {
    const [whole, closing, rawName] = token;
    if (rawName === undefined) {
      addInline(whole);
      continue;
    }
    const name = rawName.toLowerCase();
    if (name === 'table') {
      if (!closing) {
        flush();
        table = { attrs: attributesOf(whole), caption: '', head: [], rows: [], inHead: false, row: [] };
      } else if (table) {
        const { attrs, caption, head, rows } = table;
        blocks.push({ t: 'table', attrs, caption, head, rows }, ...deferred);
        table = null;
        deferred = [];
        inline = '';
      }
    } else if (table) {
      if (name === 'thead') table.inHead = !closing;
      else if (closing && (name === 'th' || name === 'td')) table.row.push(take());
      else if (closing && name === 'tr') {
        (table.inHead ? table.head : table.rows).push(table.row);
        table.row = [];
      } else if (closing && name === 'caption') table.caption = take();
      else if (['tr', 'th', 'td', 'caption', 'tbody'].includes(name)) inline = '';
      else addInline(whole);
    } else if (/^h[1-6]$/.test(name) || BLOCK_TAGS.has(name)) {
      flush();
      if (!closing) element = { tag: name, attrs: attributesOf(whole) };
    } else addInline(whole);
  }
  flush();

  return {
    lang: htmlTag.lang ?? 'en',
    dir: htmlTag.dir ?? 'ltr',
    title: decode(/<title>([\s\S]*?)<\/title>/.exec(head)?.[1] ?? ''),
    meta,
    bodyStyle: bodyTag.style ?? null,
    blocks,
  };
}

/** Writes the manifest of a built site: routes.json, a JSON file per page, each data.json and robots.txt. */
export function harvestSite(siteDir: string, manifestDir: string): { pages: number; dataJson: number } {
  rmSync(manifestDir, { recursive: true, force: true });
  mkdirSync(manifestDir, { recursive: true });
  const routes: Route[] = [];
  const pageFiles = readdirSync(siteDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name === 'index.html')
    .map((entry) => path.relative(siteDir, entry.parentPath).split(path.sep).join('/'))
    .sort();
  let dataJson = 0;
  for (const route of pageFiles) {
    const folder = path.join(manifestDir, 'pages', route);
    mkdirSync(folder, { recursive: true });
    const page = path.posix.join('pages', route, 'page.json');
    writeFileSync(
      path.join(manifestDir, page),
      JSON.stringify(harvestPage(readFileSync(path.join(siteDir, route, 'index.html'), 'utf8'))),
    );
    let data: string | null = null;
    try {
      copyFileSync(path.join(siteDir, route, 'data.json'), path.join(folder, 'data.json'));
      data = path.posix.join('pages', route, 'data.json');
      dataJson++;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    routes.push({ route, page, data });
  }
  writeFileSync(path.join(manifestDir, 'routes.json'), JSON.stringify(routes, null, 1));
  let robots = '';
  try {
    robots = readFileSync(path.join(siteDir, 'robots.txt'), 'utf8');
  } catch {
    // A site without robots.txt: the baseline serves an empty one.
  }
  writeFileSync(path.join(manifestDir, 'robots.txt'), robots);
  return { pages: routes.length, dataJson };
}
