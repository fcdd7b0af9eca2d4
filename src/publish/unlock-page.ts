/**
 * The page a protected report is published as: a password form, the encrypted report
 * and the one script of the site, which opens it (unlock-script.js, in <head> so that a
 * page opened with a remembered key never shows the form). The page is the
 * same for every client and month but for the envelope: no name, colour, logo, number
 * or month, so a link preview or a look at the file shows nothing about the client.
 */
import { readFileSync } from 'node:fs';
import type { Messages } from '../present/messages/index.ts';
import type { Envelope } from './protect.ts';

export interface UnlockPageOptions {
  /** The report's language and direction, so the form speaks the reader's language. */
  readonly lang: string;
  readonly dir: 'ltr' | 'rtl';
  /** The report language's catalogue; only its `unlock` words are used. */
  readonly messages: Messages;
  /**
   * Raw HTML for <head>, such as link-preview meta tags. It is published readable:
   * it must say nothing about the client either.
   */
  readonly extraHead?: string;
}

/**
 * The browser script, read once and inlined: the site has no other script, and a file
 * of its own would be one more request before the form works. Comment lines and
 * indentation are dropped (the script has no multi-line strings, so that is safe).
 */
const UNLOCK_SCRIPT = readFileSync(new URL('./unlock-script.js', import.meta.url), 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line !== '' && !line.startsWith('//'))
  .join('\n');

if (/<\/script|<!--/i.test(UNLOCK_SCRIPT)) throw new Error('unlock-script.js would end its <script> element early');

const STYLE = `*{box-sizing:border-box}
:root{color-scheme:light;font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans',Tahoma,sans-serif;color:#1d2330;background:#f6f7f9;line-height:1.5}
body{margin:0;min-height:100vh;display:grid;place-items:center;padding:1rem}
main{width:100%;max-width:24rem;padding:2rem 1.5rem;background:#fff;border:1px solid #dfe3ea;border-radius:.75rem}
h1{font-size:1.375rem;margin:0 0 .5rem}
p{margin:0}
label{display:block;font-weight:600;margin:1.25rem 0 .375rem}
input,button{font:inherit;width:100%;padding:.625rem .75rem;border-radius:.5rem}
input{border:1px solid #5b6475;background:#fff;color:inherit}
button{margin-top:1rem;border:0;background:#2f5bea;color:#fff;font-weight:600;cursor:pointer}
button:disabled{background:#5b6475;cursor:progress}
:focus-visible{outline:3px solid #1d2330;outline-offset:2px}
#recap-status{min-height:1.5em;margin-top:.75rem}
#recap-status.wrong{color:#b42318;font-weight:600}
.recap-opening main{visibility:hidden}`;

/** A protected page: the unlock form around one encrypted file of the client. */
export function unlockPage(envelope: Envelope, options: UnlockPageOptions): string {
  if (/<script/i.test(options.extraHead ?? '')) {
    throw new Error('extraHead holds a <script>: the unlock script is the only script a protected page may have');
  }
  const words = options.messages.unlock;
  // The script's words ride on <main> so that the script itself is the same on every page.
  const said = {
    'data-opening': words.opening,
    'data-wrong': words.wrongPassword,
    'data-unsupported': words.unsupported,
    'data-failed': words.failed,
    'data-download-failed': words.downloadFailed,
  };
  const sayings = Object.entries(said)
    .map(([name, text]) => ` ${name}="${escapeHtml(text)}"`)
    .join('');
  // The envelope is JSON of base64 strings: no <, > or &, so it sits safely as text.
  const sealed = JSON.stringify(envelope);
  if (/[<>&]/.test(sealed)) throw new Error('an envelope must hold only base64 and fixed names');
  return `<!DOCTYPE html>
<html lang="${escapeHtml(options.lang)}" dir="${options.dir}" data-salt="${escapeHtml(envelope.salt)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(words.title)}</title>
${options.extraHead ?? ''}
<style>${STYLE}</style>
<script>
${UNLOCK_SCRIPT}
</script>
</head>
<body>
<main id="recap-unlock"${sayings}>
<h1>${escapeHtml(words.title)}</h1>
<p>${escapeHtml(words.intro)}</p>
<noscript><p>${escapeHtml(words.noScript)}</p></noscript>
<form id="recap-form">
<label for="recap-password">${escapeHtml(words.password)}</label>
<input id="recap-password" name="password" type="password" autocomplete="current-password" required autofocus aria-describedby="recap-status">
<button type="submit">${escapeHtml(words.open)}</button>
</form>
<p id="recap-status" role="status" aria-live="polite"></p>
</main>
<div id="recap-envelope" hidden>${sealed}</div>
</body>
</html>
`;
}

function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}
