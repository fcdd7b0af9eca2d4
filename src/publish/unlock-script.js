// Opens a password-protected Recap page in the reader's browser: the one script of the site.
// The page carries an envelope (see protect.ts): PBKDF2-SHA256 turns the password into an
// AES-256-GCM key, which decrypts the gzipped report; the report then replaces this page.
// The key (never the password) is kept in sessionStorage for this tab, per salt, so the
// client's other pages open without asking again. A click on a link to a .json file
// fetches that envelope, decrypts it and saves the plain JSON.
// It runs in <head>, before the form exists, so that a page opened with a remembered key
// is hidden from the first paint; the rest waits for DOMContentLoaded.
// Inlined by unlock-page.ts, which drops comment lines and indentation: keep comments on
// lines of their own and strings on one line. Plain browser JavaScript, no dependencies.
(() => {
  'use strict';
  const root = document.documentElement;
  const storageName = 'recap-key:' + root.dataset.salt;
  const subtle = window.crypto && window.crypto.subtle;
  const supported = Boolean(subtle) && typeof DecompressionStream === 'function';
  let main, form, field, button, status, envelope;
  // The client's key once known: data.json downloads need it after the page is replaced.
  let key = null;

  const bytes = (text) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
  const base64 = (buffer) => btoa(String.fromCharCode(...new Uint8Array(buffer)));
  const isEnvelope = (value) => value && value.v === 1 && value.alg === 'AES-256-GCM' && typeof value.data === 'string';

  function say(text, wrong) {
    status.textContent = text;
    status.classList.toggle('wrong', Boolean(wrong));
  }

  function remembered() {
    try {
      return sessionStorage.getItem(storageName);
    } catch {
      // Storage can be switched off; the reader then types the password on every page.
      return null;
    }
  }

  function remember(raw) {
    try {
      sessionStorage.setItem(storageName, base64(raw));
    } catch {
      // As above: opening this page does not depend on it.
    }
  }

  async function deriveKey(password) {
    const material = await subtle.importKey(
      'raw',
      new TextEncoder().encode(password.normalize('NFC')),
      'PBKDF2',
      false,
      ['deriveKey'],
    );
    const params = { name: 'PBKDF2', hash: 'SHA-256', salt: bytes(envelope.salt), iterations: envelope.iterations };
    return subtle.deriveKey(params, material, { name: 'AES-GCM', length: 256 }, true, ['decrypt']);
  }

  // A wrong key throws OperationError here: GCM checks the tag before giving anything back.
  async function open(sealed) {
    const compressed = await subtle.decrypt({ name: 'AES-GCM', iv: bytes(sealed.iv) }, key, bytes(sealed.data));
    const plain = new Blob([compressed]).stream().pipeThrough(new DecompressionStream('gzip'));
    return new Response(plain).arrayBuffer();
  }

  // The report becomes the document itself (its own title, lang, dir, styles and charts);
  // this script's scope lives on for the download listener below.
  function show(html) {
    const report = new DOMParser().parseFromString(new TextDecoder().decode(html), 'text/html');
    document.replaceChild(document.adoptNode(report.documentElement), document.documentElement);
    const target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (target) target.scrollIntoView();
  }

  async function unlock(event) {
    event.preventDefault();
    if (button.disabled) return;
    button.disabled = true;
    field.removeAttribute('aria-invalid');
    say(main.dataset.opening);
    try {
      key = await deriveKey(field.value);
      const html = await open(envelope);
      remember(await subtle.exportKey('raw', key));
      show(html);
    } catch (error) {
      key = null;
      button.disabled = false;
      if (error && error.name === 'OperationError') {
        field.value = '';
        field.setAttribute('aria-invalid', 'true');
        say(main.dataset.wrong, true);
      } else {
        say(main.dataset.failed, true);
      }
      field.focus();
    }
  }

  async function openRemembered(raw) {
    try {
      key = await subtle.importKey('raw', bytes(raw), 'AES-GCM', true, ['decrypt']);
      show(await open(envelope));
    } catch {
      // A key from an older build or a damaged entry: forget it and ask.
      key = null;
      try {
        sessionStorage.removeItem(storageName);
      } catch {}
      root.classList.remove('recap-opening');
      field.focus();
    }
  }

  async function download(link) {
    const response = await fetch(link.href);
    if (!response.ok) throw new Error(response.status + ' ' + link.href);
    const text = await response.text();
    let sealed = null;
    try {
      sealed = JSON.parse(text);
    } catch {}
    // A file of another client or build is saved as it is, like a plain link would.
    const plain = isEnvelope(sealed) && sealed.salt === envelope.salt ? await open(sealed) : text;
    const url = URL.createObjectURL(new Blob([plain], { type: 'application/json' }));
    const save = document.createElement('a');
    save.href = url;
    save.download = link.getAttribute('download') || new URL(link.href).pathname.split('/').pop();
    document.body.append(save);
    save.click();
    save.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60000);
  }

  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
    // (A link inside an SVG chart is no HTMLAnchorElement and never a download.)
    if (!key || !(link instanceof HTMLAnchorElement) || event.defaultPrevented || event.button !== 0) return;
    if (!/\.json$/i.test(new URL(link.href, location.href).pathname)) return;
    event.preventDefault();
    download(link).catch((error) => {
      console.error(error);
      alert(main.dataset.downloadFailed);
    });
  });

  const raw = remembered();
  if (raw && supported) root.classList.add('recap-opening');

  document.addEventListener('DOMContentLoaded', () => {
    main = document.getElementById('recap-unlock');
    form = document.getElementById('recap-form');
    field = document.getElementById('recap-password');
    button = form.querySelector('button');
    status = document.getElementById('recap-status');
    envelope = JSON.parse(document.getElementById('recap-envelope').textContent);
    if (!supported) {
      // WebCrypto exists only on HTTPS (and localhost); DecompressionStream since 2023 everywhere.
      form.hidden = true;
      say(main.dataset.unsupported, true);
      return;
    }
    form.addEventListener('submit', unlock);
    // autofocus alone waits for the browser's next rendering update and is skipped in some cases.
    if (raw) openRemembered(raw);
    else field.focus();
  });
})();
