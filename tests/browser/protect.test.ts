/**
 * A protected client's pages as a reader meets them in Chromium, under a sub-path: the
 * form, a wrong password, the right one, the next page without asking, data.json
 * downloaded in plain and fetched encrypted. Prints how long unlocking takes and how
 * big a protected real report page is, for the docs.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messagesFor } from '../../src/present/messages/index.ts';
import {
  deriveProtectionKey,
  encryptFile,
  PBKDF2_ITERATIONS,
  protectedJson,
  unlockPage,
  type ProtectionKey,
} from '../../src/publish/protect.ts';
import { CLIENT_NAME, DATA_JSON, PASSWORD, PERSIAN_PAGE, reportPage, SECRETS } from '../publish/fixture.ts';
import { sampleSite } from './sample-site.ts';
import { chromiumAvailable, launchChromium } from './chromium.ts';
import { serveStatic, type RunningServer } from './static-server.ts';

const BASE = '/r/';
const CLIENT = 'harbourline-kayaks';
const may = reportPage({ base: BASE, month: '2026-05', monthName: 'May 2026', kpi: '48,213' });
const april = reportPage({ base: BASE, month: '2026-04', monthName: 'April 2026', kpi: '41,907' });
const english = { lang: 'en', dir: 'ltr', messages: messagesFor('en') } as const;
/** A real report page, protected the way the build protects it, for its size and unlock time. */
const REAL_PAGE = 'northwind-outfitters/2026-10/index.html';

describe.skipIf(!chromiumAvailable)('a protected client in Chromium', () => {
  let root: string;
  let server: RunningServer;
  let browser: Browser;
  let key: ProtectionKey;
  const url = (file: string) => `${server.origin}${BASE}${file}`;
  const publish = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  };

  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'recap-protect-'));
    key = await deriveProtectionKey(PASSWORD);
    publish(`${CLIENT}/2026-05/index.html`, unlockPage(await encryptFile(key, may.html), english));
    publish(`${CLIENT}/2026-04/index.html`, unlockPage(await encryptFile(key, april.html), english));
    publish(`${CLIENT}/2026-05/data.json`, protectedJson(await encryptFile(key, DATA_JSON)));
    const persian = { lang: 'fa', dir: 'rtl', messages: messagesFor('fa-IR') } as const;
    publish('narenj/index.html', unlockPage(await encryptFile(key, PERSIAN_PAGE), persian));
    server = await serveStatic(root, BASE);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  /** Submits a password; resolves when the form has had its say or the report shows. */
  async function submit(page: Page, password: string) {
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Open report' }).click();
  }

  it('asks for the password, says a wrong one is wrong, opens with the right one', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(url(`${CLIENT}/2026-05/`));
    expect(await page.title()).toBe('Protected report');
    const field = page.getByLabel('Password');
    await expect.poll(() => field.evaluate((el) => el === document.activeElement), { timeout: 10_000 }).toBe(true);
    expect(await page.locator('script').count()).toBe(1);

    await submit(page, 'tide-pool 7 lantern');
    const status = page.getByRole('status');
    await expect.poll(() => status.textContent(), { timeout: 20_000 }).toBe('Wrong password, try again.');
    expect(await field.inputValue()).toBe('');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await field.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await page.getByRole('button', { name: 'Open report' }).isEnabled()).toBe(true);
    // The form itself asked nothing of the network.
    expect(requests).toEqual([url(`${CLIENT}/2026-05/`)]);

    await page.getByLabel('Password').fill(PASSWORD);
    const started = performance.now();
    await page.getByRole('button', { name: 'Open report' }).click();
    await page.getByRole('heading', { level: 1, name: `${CLIENT_NAME}: social media report, May 2026` }).waitFor();
    const unlockMs = performance.now() - started;
    console.log(`protect: unlocking the fixture page took ${unlockMs.toFixed(0)} ms (submit to report visible)`);

    expect(await page.title()).toBe(may.title);
    expect(await page.locator('[data-metric="reach"] strong').textContent()).toBe('48,213');
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([
      'en',
      'ltr',
    ]);
    // The report replaced the form page entirely: no form, no script left in the document.
    expect(await page.locator('#recap-unlock, script').count()).toBe(0);
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.kpi')!).fontSize)).toBe('32px');
    await context.close();
  });

  it('opens the next page of the client without asking, and downloads data.json in plain', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(url(`${CLIENT}/2026-05/`));
    await submit(page, PASSWORD);
    await page.getByRole('heading', { level: 1, name: /May 2026/ }).waitFor();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download the numbers (data.json)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('data.json');
    expect(readFileSync((await download.path())!, 'utf8')).toBe(DATA_JSON);

    let formShown = false;
    await page.exposeFunction('formShown', () => (formShown = true));
    await page.addInitScript(() => {
      // Watches, from the first byte, whether the password form ever becomes visible.
      new MutationObserver(() => {
        const form = document.getElementById('recap-form');
        if (form?.checkVisibility({ visibilityProperty: true })) (window as any).formShown();
      }).observe(document, { subtree: true, childList: true, attributes: true });
    });
    await page.getByRole('link', { name: 'April 2026' }).click();
    await page.getByRole('heading', { level: 1, name: `${CLIENT_NAME}: social media report, April 2026` }).waitFor();
    expect(page.url()).toBe(url(`${CLIENT}/2026-04/`));
    expect(await page.locator('[data-metric="reach"] strong').textContent()).toBe('41,907');
    expect(formShown).toBe(false);

    // Another tab has its own session: it asks again.
    const other = await context.newPage();
    await other.goto(url(`${CLIENT}/2026-04/`));
    await expect.poll(() => other.getByLabel('Password').isVisible()).toBe(true);
    await context.close();
  });

  it('asks again when the remembered key no longer opens the page', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript((salt) => {
      // A key of an earlier build under this salt's name (the build draws a new salt, but a
      // damaged entry looks the same to the page).
      sessionStorage.setItem(`recap-key:${salt}`, btoa(String.fromCharCode(...new Uint8Array(32))));
    }, Buffer.from(key.salt).toString('base64'));
    await page.goto(url(`${CLIENT}/2026-05/`));
    await expect.poll(() => page.getByLabel('Password').isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.classList.contains('recap-opening'))).toBe(false);
    expect(await page.evaluate(() => Object.keys(sessionStorage))).toEqual([]);
    await submit(page, PASSWORD);
    await page.getByRole('heading', { level: 1, name: /May 2026/ }).waitFor();
    await context.close();
  });

  it('says so where the browser cannot decrypt, instead of offering a form that cannot work', async () => {
    const page = await browser.newPage();
    await page.addInitScript(() => {
      // As a browser without DecompressionStream would be (WebCrypto is missing over plain HTTP).
      delete (window as any).DecompressionStream;
    });
    await page.goto(url(`${CLIENT}/2026-05/`));
    expect(await page.getByRole('status').textContent()).toBe(
      'This browser cannot open the report. Open the link over HTTPS in an up-to-date browser.',
    );
    expect(await page.getByLabel('Password').isVisible()).toBe(false);
    await page.close();
  });

  it('serves data.json encrypted to anyone who fetches it', async () => {
    const page = await browser.newPage();
    const response = await page.request.get(url(`${CLIENT}/2026-05/data.json`));
    expect(response.status()).toBe(200);
    const body = await response.text();
    expect(Object.keys(JSON.parse(body)).sort()).toEqual([
      'alg',
      'compression',
      'data',
      'iterations',
      'iv',
      'kdf',
      'salt',
      'v',
    ]);
    expect(JSON.parse(body).iterations).toBe(PBKDF2_ITERATIONS);
    expect(SECRETS.filter((secret) => body.includes(secret))).toEqual([]);
    await page.close();
  });

  it('asks in Persian, right to left, for a Persian client', async () => {
    const page = await browser.newPage();
    await page.goto(url('narenj/'));
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([
      'fa',
      'rtl',
    ]);
    await page.getByLabel('رمز').fill('اشتباه');
    await page.getByRole('button', { name: 'باز کردن گزارش' }).click();
    await expect
      .poll(() => page.getByRole('status').textContent(), { timeout: 20_000 })
      .toBe('رمز اشتباه است، دوباره امتحان کنید.');
    await page.getByLabel('رمز').fill(PASSWORD);
    await page.getByRole('button', { name: 'باز کردن گزارش' }).click();
    await page.getByRole('heading', { level: 1, name: /گزارش شبکه‌های اجتماعی، مهر ۱۴۰۵/ }).waitFor();
    expect(await page.title()).toBe('نانوایی نارنج: مهر ۱۴۰۵');
    await page.close();
  });

  it('measures PBKDF2 and a real report page: its size protected and how long it takes to open', async () => {
    const real = await realReportPage();
    const sealed = unlockPage(await encryptFile(key, real.html), english);
    publish('real/index.html', sealed);
    const page = await browser.newPage();
    await page.goto(url('real/'));
    const pbkdf2 = await page.evaluate(async (iterations) => {
      const times: number[] = [];
      for (let run = 0; run < 3; run++) {
        const started = performance.now();
        const material = await crypto.subtle.importKey('raw', new TextEncoder().encode('x'), 'PBKDF2', false, [
          'deriveBits',
        ]);
        const salt = crypto.getRandomValues(new Uint8Array(16));
        await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, 256);
        times.push(performance.now() - started);
      }
      return times;
    }, PBKDF2_ITERATIONS);

    await page.getByLabel('Password').fill(PASSWORD);
    // Timed in the page too, from the submit event to the first frame after the report
    // replaced the form, without Playwright's round trips.
    await page.evaluate(() => {
      const times = ((window as any).unlockTimes = {} as Record<string, number>);
      document.addEventListener('submit', () => (times['submitted'] = performance.now()), true);
      new MutationObserver(() => requestAnimationFrame(() => (times['shown'] ??= performance.now()))).observe(
        document,
        { childList: true },
      );
    });
    const started = performance.now();
    await page.getByRole('button', { name: 'Open report' }).click();
    await page.waitForFunction((title) => document.title === title, real.title);
    const unlockMs = performance.now() - started;
    const inPage = await page.evaluate(() => {
      const times = (window as any).unlockTimes as Record<string, number>;
      return times['shown']! - times['submitted']!;
    });
    expect(inPage).toBeGreaterThan(0);
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.locator('svg').count()).toBeGreaterThan(0);

    // With the key remembered, as on the client's next page: the first paint is the report.
    const firstPaint = async () => {
      await page.waitForFunction((title) => document.title === title, real.title);
      return page.evaluate(async () => {
        const paint = () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
        while (paint() === undefined) await new Promise(requestAnimationFrame);
        return paint()!;
      });
    };
    await page.reload();
    const rememberedPaint = await firstPaint();
    expect(await page.locator('#recap-unlock').count()).toBe(0);
    publish('plain/index.html', real.html);
    await page.goto(url('plain/'));
    const plainPaint = await firstPaint();
    await page.close();

    const plainBytes = Buffer.byteLength(real.html);
    const sealedBytes = Buffer.byteLength(sealed);
    const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
    console.log(
      [
        `protect: PBKDF2-SHA256 ${PBKDF2_ITERATIONS} iterations in Chromium: ${pbkdf2.map((t) => t.toFixed(0)).join(', ')} ms`,
        `protect: real report page (${real.source}): unlock took ${unlockMs.toFixed(0)} ms (click to report visible,` +
          ` seen from the test), ${inPage.toFixed(0)} ms (submit event to the first frame of the report, in the page)`,
        `protect: first contentful paint, served from loopback: protected with the key remembered` +
          ` ${rememberedPaint.toFixed(0)} ms, plain ${plainPaint.toFixed(0)} ms`,
        `protect: size on disk: plain ${kb(plainBytes)}, protected ${kb(sealedBytes)}` +
          ` (${((sealedBytes / plainBytes) * 100).toFixed(0)}%);` +
          ` gzipped by the server: plain ${kb(gzipSync(real.html).length)}, protected ${kb(gzipSync(sealed).length)}`,
      ].join('\n'),
    );
    expect(sealedBytes).toBeLessThan(plainBytes);
  }, 300_000);

  /** A real report page: the sample site's, from the build the browser tests share. */
  async function realReportPage(): Promise<{ html: string; title: string; source: string }> {
    const file = path.join(await sampleSite(), REAL_PAGE);
    const html = readFileSync(file, 'utf8');
    const title = /<title>([^<]*)<\/title>/.exec(html)![1]!;
    console.log(`protect: real page ${file}, ${statSync(file).size} bytes`);
    return { html, title, source: REAL_PAGE };
  }
});
