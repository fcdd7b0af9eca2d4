/**
 * Seals a protected client's part of a built site: every page becomes the unlock page
 * around its encrypted self, every data.json its encrypted envelope, and the logo moves
 * inside the pages it appears on. Anything else there is an error, not a file left
 * readable by mistake.
 */
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { textDirection, languageOf } from '../present/format.ts';
import { messagesFor } from '../present/messages/index.ts';
import { deriveProtectionKey, encryptFile, protectedJson, unlockPage } from './protect.ts';
import { filesBelow } from './files-below.ts';

export interface ProtectedClient {
  /** The built site. */
  readonly root: string;
  /** The client's folder in it: '' on the client's own site, its slug on the combined site. */
  readonly folder: string;
  /** The site's base path, as its pages' links start (/ or /reports/). */
  readonly base: string;
  readonly password: string;
  /** The client's locale: the unlock form speaks the report's language. */
  readonly locale: string;
}

/** Folders of a client's own site that hold no client data: Astro's CSS and fonts. */
const SHARED_FOLDERS = new Set(['_astro']);
/** Files at the root of a client's own site that hold no client data; data.schema.json is the same for every site. */
const SHARED_FILES = new Set(['robots.txt', 'data.schema.json']);
const LOGO_TYPES: Readonly<Record<string, string>> = {
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
};

export async function protectClient(client: ProtectedClient): Promise<{ pages: number; dataFiles: number }> {
  const top = path.join(client.root, client.folder);
  const files = filesBelow(top).filter((file) => {
    const first = file.split('/')[0]!;
    return client.folder !== '' || (!SHARED_FOLDERS.has(first) && !SHARED_FILES.has(file));
  });
  const logos = files.filter((file) => file.startsWith('brand/'));
  const pages = files.filter((file) => file.endsWith('.html'));
  const dataFiles = files.filter((file) => file.endsWith('.json'));
  const unexpected = files.filter(
    (file) => !logos.includes(file) && !pages.includes(file) && !dataFiles.includes(file),
  );
  if (unexpected.length > 0) {
    throw new Error(
      `found ${unexpected.map((file) => path.posix.join(client.folder, file)).join(', ')} in a protected client's site, expected only pages, data.json files and the logo: it would be published readable`,
    );
  }

  const base = client.base.endsWith('/') ? client.base : `${client.base}/`;
  const prefix = `${base}${client.folder ? `${client.folder}/` : ''}`;
  // The logo would be readable on its own, and often says who the client is: it travels inside the encrypted pages.
  const inlined = logos.map((file) => ({
    href: `${prefix}${file}`,
    dataUri: `data:${LOGO_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream'};base64,${readFileSync(path.join(top, file)).toString('base64')}`,
  }));

  const key = await deriveProtectionKey(client.password);
  const messages = messagesFor(client.locale);
  const extraHead = linkPreviewTags(messages.unlock.title, messages.unlock.intro);
  for (const file of pages) {
    const target = path.join(top, file);
    let html = readFileSync(target, 'utf8');
    for (const logo of inlined) html = html.replaceAll(`"${logo.href}"`, `"${logo.dataUri}"`);
    const page = unlockPage(await encryptFile(key, html), {
      lang: languageOf(client.locale),
      dir: textDirection(client.locale),
      messages,
      extraHead,
    });
    replaceFile(target, page);
  }
  for (const file of dataFiles) {
    const target = path.join(top, file);
    replaceFile(target, protectedJson(await encryptFile(key, readFileSync(target))));
  }
  for (const file of logos) rmSync(path.join(top, file));
  rmSync(path.join(top, 'brand'), { recursive: true, force: true });
  return { pages: pages.length, dataFiles: dataFiles.length };
}

/** A protected report's link preview says only that it is protected. */
function linkPreviewTags(title: string, description: string): string {
  const attribute = (text: string) => text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
  return [
    `<meta property="og:type" content="website">`,
    `<meta property="og:title" content="${attribute(title)}">`,
    `<meta property="og:description" content="${attribute(description)}">`,
    `<meta name="twitter:card" content="summary">`,
    `<meta name="twitter:title" content="${attribute(title)}">`,
  ].join('\n');
}

/**
 * A new file in the old one's place. Never written through: the old file may be a hard
 * link to the build cache's copy of the page, which must stay as Astro wrote it.
 */
function replaceFile(target: string, text: string): void {
  writeFileSync(`${target}.sealing`, text);
  renameSync(`${target}.sealing`, target);
}
