/**
 * Password protection at build time: what is published can be opened with the password
 * and nothing else, and shows nothing about the client to anyone without it.
 */
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { messagesFor } from '../../src/present/messages/index.ts';
import {
  decryptEnvelope,
  deriveProtectionKey,
  encryptFile,
  IV_BYTES,
  parseEnvelope,
  PBKDF2_ITERATIONS,
  ProtectionError,
  protectedJson,
  SALT_BYTES,
  unlockPage,
  WrongPasswordError,
  type ProtectionKey,
} from '../../src/publish/protect.ts';
import { DATA_JSON, PASSWORD, PERSIAN_PAGE, reportPage, SECRETS } from './fixture.ts';

const page = reportPage({ base: '/r/', month: '2026-05', monthName: 'May 2026', kpi: '48,213' });
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const fromBase64 = (b64: string) => new Uint8Array(Buffer.from(b64, 'base64'));
const english = { lang: 'en', dir: 'ltr', messages: messagesFor('en') } as const;
const persian = { lang: 'fa', dir: 'rtl', messages: messagesFor('fa-IR') } as const;

describe('protect', () => {
  let key: ProtectionKey;
  beforeAll(async () => {
    const started = performance.now();
    key = await deriveProtectionKey(PASSWORD);
    // The build pays this once per protected client.
    console.log(`protect: deriving a key in Node took ${(performance.now() - started).toFixed(0)} ms`);
  });

  it('derives with PBKDF2 at 600,000 iterations or more, from a fresh 16-byte salt each time', async () => {
    expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    expect(key.iterations).toBe(PBKDF2_ITERATIONS);
    const other = await deriveProtectionKey(PASSWORD);
    expect(key.salt).toHaveLength(SALT_BYTES);
    expect(Buffer.from(other.salt).equals(Buffer.from(key.salt))).toBe(false);
    const envelope = await encryptFile(key, 'x');
    expect(envelope).toMatchObject({ v: 1, alg: 'AES-256-GCM', kdf: 'PBKDF2-SHA256', iterations: 600_000 });
    expect(fromBase64(envelope.salt)).toEqual(key.salt);
    // The same password and file under another salt gives other bytes.
    expect((await encryptFile(other, 'x')).data).not.toBe(envelope.data);
  });

  it('opens a page and a data.json again, with the key or with the password', async () => {
    const sealedPage = await encryptFile(key, page.html);
    expect(text(await decryptEnvelope(key, sealedPage))).toBe(page.html);
    const sealedJson = protectedJson(await encryptFile(key, new TextEncoder().encode(DATA_JSON)));
    expect(text(await decryptEnvelope(PASSWORD, sealedJson))).toBe(DATA_JSON);
    expect(JSON.parse(text(await decryptEnvelope(PASSWORD, sealedJson)))).toMatchObject({ month: '2026-05' });
  });

  it('compresses before encrypting: the sealed data is the gzipped file, plus the 16-byte tag', async () => {
    const envelope = await encryptFile(key, page.html);
    const gzipped = Buffer.byteLength(page.html) > fromBase64(envelope.data).length;
    expect(gzipped).toBe(true);
    // GCM adds a 16-byte tag; the rest is ciphertext, so it is not itself a gzip stream.
    expect(() => gunzipSync(fromBase64(envelope.data))).toThrow();
  });

  it('refuses a wrong password with a clear error, and a nearly right one too', async () => {
    const envelope = await encryptFile(key, page.html);
    await expect(decryptEnvelope('tide-pool 7 lantern', envelope)).rejects.toBeInstanceOf(WrongPasswordError);
    await expect(decryptEnvelope('wrong', envelope)).rejects.toThrow(/^Wrong password: AES-GCM authentication failed/);
    // A different key of the same salt is a wrong password too.
    const impostor = await deriveProtectionKey('wrong', key.salt);
    await expect(decryptEnvelope(impostor, envelope)).rejects.toBeInstanceOf(WrongPasswordError);
  });

  it('notices a file that was altered', async () => {
    const envelope = await encryptFile(key, page.html);
    const data = fromBase64(envelope.data);
    data[10]! ^= 1;
    const altered = { ...envelope, data: Buffer.from(data).toString('base64') };
    await expect(decryptEnvelope(key, altered)).rejects.toBeInstanceOf(WrongPasswordError);
  });

  it('treats a password typed in another Unicode form as the same password', async () => {
    const composed = await deriveProtectionKey('caf\u00e9 رمز');
    const envelope = await encryptFile(composed, 'ok');
    expect(text(await decryptEnvelope('cafe\u0301 رمز', envelope))).toBe('ok');
  });

  it('gives every file its own 12-byte IV', async () => {
    const envelopes = await Promise.all(Array.from({ length: 200 }, () => encryptFile(key, page.html)));
    const ivs = envelopes.map((e) => e.iv);
    expect(new Set(ivs).size).toBe(ivs.length);
    for (const iv of ivs) expect(fromBase64(iv)).toHaveLength(IV_BYTES);
    // Same key, same file: different bytes every time.
    expect(new Set(envelopes.map((e) => e.data)).size).toBe(envelopes.length);
  });

  it('refuses an empty password, a short salt, too few iterations, a file of another client and non-envelopes', async () => {
    await expect(deriveProtectionKey('')).rejects.toThrow('The password is empty');
    await expect(deriveProtectionKey(PASSWORD, new Uint8Array(8))).rejects.toThrow(
      'The salt has 8 bytes: expected 16.',
    );
    await expect(deriveProtectionKey(PASSWORD, undefined, 1000)).rejects.toThrow(
      'PBKDF2 iterations: found 1000, expected at least 600000.',
    );
    const otherClient = await encryptFile(await deriveProtectionKey(PASSWORD), 'x');
    await expect(decryptEnvelope(key, otherClient)).rejects.toThrow(/belongs to another client or build/);
    expect(() => parseEnvelope(DATA_JSON)).toThrow(ProtectionError);
    expect(() => parseEnvelope(DATA_JSON)).toThrow('Envelope field "v": found undefined, expected 1.');
    expect(() => parseEnvelope('<html>')).toThrow('found text that is not JSON');
    const envelope = await encryptFile(key, 'x');
    expect(() => parseEnvelope(JSON.stringify({ ...envelope, iv: '<b>' }))).toThrow(
      'Envelope field "iv": found "<b>", expected base64.',
    );
  });

  describe('the published bytes', () => {
    let published: { name: string; bytes: Buffer }[];
    beforeAll(async () => {
      const sealed = (html: string) => encryptFile(key, html);
      published = [
        { name: 'English page', bytes: Buffer.from(unlockPage(await sealed(page.html), english)) },
        { name: 'Persian page', bytes: Buffer.from(unlockPage(await sealed(PERSIAN_PAGE), persian)) },
        { name: 'data.json', bytes: Buffer.from(protectedJson(await encryptFile(key, DATA_JSON))) },
      ];
    });

    it('contain no name, number, month or campaign of the client', () => {
      // The fixture does contain them, so the search below can find them.
      const plain = Buffer.from(page.html + PERSIAN_PAGE + DATA_JSON);
      for (const secret of SECRETS) expect(plain.includes(secret), secret).toBe(true);
      for (const { name, bytes } of published) {
        const found = SECRETS.filter((secret) => bytes.includes(secret));
        expect(found, name).toEqual([]);
        expect(bytes.toString('latin1').toLowerCase().includes('harbourline'), name).toBe(false);
      }
    });

    it('a protected data.json is the envelope and nothing more', () => {
      const json = JSON.parse(published[2]!.bytes.toString('utf8'));
      expect(Object.keys(json).sort()).toEqual(['alg', 'compression', 'data', 'iterations', 'iv', 'kdf', 'salt', 'v']);
      expect(parseEnvelope(published[2]!.bytes.toString('utf8'))).toEqual(json);
    });
  });

  describe('the unlock page', () => {
    let html: string;
    let envelopeText: string;
    beforeAll(async () => {
      const envelope = await encryptFile(key, page.html);
      envelopeText = JSON.stringify(envelope);
      html = unlockPage(envelope, { ...english, extraHead: '<meta property="og:title" content="Protected report">' });
    });

    it('has exactly one script, inline in <head>, and loads nothing', () => {
      expect(html.match(/<script/gi)).toHaveLength(1);
      expect(html).toMatch(/<script>\n[^]*\n<\/script>\n<\/head>/);
      // (Case matters: the script says `new URL(`.)
      expect(html).not.toMatch(/\ssrc=|<link|url\(|@import/);
    });

    it('refuses an extra head that would add a script', async () => {
      const envelope = await encryptFile(key, 'x');
      expect(() => unlockPage(envelope, { ...english, extraHead: '<SCRIPT src="x.js"></SCRIPT>' })).toThrow(
        'extraHead holds a <script>',
      );
    });

    it('keeps robots away and shows a generic title and the extra head', () => {
      expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
      expect(html).toContain('<title>Protected report</title>');
      expect(html).toContain('<meta property="og:title" content="Protected report">');
      expect(html).toContain(`<html lang="en" dir="ltr" data-salt="${JSON.parse(envelopeText).salt}">`);
    });

    it('has a labelled password field that a password manager fills, and a live status', () => {
      expect(html).toContain('<label for="recap-password">Password</label>');
      expect(html).toMatch(/<input id="recap-password"[^>]* type="password" autocomplete="current-password"/);
      expect(html).toMatch(/<p id="recap-status" role="status" aria-live="polite"><\/p>/);
      expect(html).toContain('<button type="submit">Open report</button>');
      expect(html).toContain('data-wrong="Wrong password, try again."');
    });

    it('carries the envelope as it is', () => {
      expect(html).toContain(`<div id="recap-envelope" hidden>${envelopeText}</div>`);
    });

    it('speaks Persian, right to left, for a Persian client', async () => {
      const fa = unlockPage(await encryptFile(key, PERSIAN_PAGE), persian);
      expect(fa).toMatch(/<html lang="fa" dir="rtl" data-salt="[A-Za-z0-9+/]{22}==">/);
      expect(fa).toContain('<title>گزارش محافظت‌شده</title>');
      expect(fa).toContain('data-wrong="رمز اشتباه است، دوباره امتحان کنید."');
    });

    it('escapes the words it puts into attributes', async () => {
      const messages = messagesFor('en');
      const quoting = { ...messages, unlock: { ...messages.unlock, wrongPassword: 'Say "no" & <go>' } };
      const quoted = unlockPage(await encryptFile(key, 'x'), { ...english, messages: quoting });
      expect(quoted).toContain('data-wrong="Say &quot;no&quot; &amp; &lt;go&gt;"');
    });
  });
});
