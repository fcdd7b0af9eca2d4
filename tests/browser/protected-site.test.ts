/**
 * `access: password` end to end, as a client's executive meets it: the link opens a
 * password form; a wrong password says so; the right one shows the report with the same
 * numbers as the unprotected build. Nothing of the client is readable in the published
 * bytes, data.json included, and the link preview says only that the report is protected.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACME, secretsOf, writeSmallClient, ZENITH } from '../publish/small-clients.ts';
import { buildSite, runBuild } from './build-site.ts';
import { chromiumAvailable, launchChromium } from './chromium.ts';
import { serveStatic, type RunningServer } from './static-server.ts';

const PASSWORD = 'correct horse battery staple';
const PROTECTED = { ...ACME, settings: 'access: password\n' };
const ENV = { RECAP_PASSWORD_ACME_COFFEE: PASSWORD };

/** The strings of the client that must not be readable anywhere in its protected site. */
const READABLE = [
  ...secretsOf(PROTECTED).filter((s) => s !== PROTECTED.slug),
  'September 2026',
  'October 2026',
  '#224466',
];

describe.skipIf(!chromiumAvailable)('a protected client in Chromium, built as a user builds it', () => {
  let dataDir: string;
  let plainDataDir: string;
  let plain: string;
  let sealed: string;
  let server: RunningServer;
  let plainServer: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'recap-protected-'));
    writeSmallClient(dataDir, PROTECTED);
    writeSmallClient(dataDir, ZENITH);
    sealed = buildSite({ dataDir, args: ['--client', ACME.slug], env: ENV });
    // The same client without protection: what the reader must see once the report opens.
    plainDataDir = mkdtempSync(path.join(tmpdir(), 'recap-plain-'));
    writeSmallClient(plainDataDir, ACME);
    plain = buildSite({ dataDir: plainDataDir, args: ['--client', ACME.slug] });
    server = await serveStatic(sealed, '/');
    plainServer = await serveStatic(plain, '/');
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await plainServer?.close();
    for (const folder of [dataDir, plainDataDir, plain, sealed])
      if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it('stops the build, naming the variable, when the password is not in the environment', () => {
    const outDir = path.join(dataDir, 'not-built');
    const result = runBuild(['--client', ACME.slug, '--outDir', outDir], {
      DATA_DIR: dataDir,
      RECAP_PASSWORD_ACME_COFFEE: '',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('set RECAP_PASSWORD_ACME_COFFEE');
    expect(readdirSync(dataDir)).not.toContain('not-built');
  });

  it('publishes nothing readable: no name, month, number, campaign, logo or note in any byte', () => {
    const files = readdirSync(sealed, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
    expect(files.map((f) => f.name)).toContain('data.json');
    expect(files.map((f) => f.name)).not.toContain('logo.svg');
    const found: string[] = [];
    for (const entry of files) {
      const text = readFileSync(path.join(entry.parentPath, entry.name)).toString('utf8');
      for (const needle of READABLE) if (text.includes(needle)) found.push(`${entry.name}: ${needle}`);
    }
    expect(found).toEqual([]);
    // The unprotected build of the same client does hold them: the search can find them.
    const plainReport = readFileSync(path.join(plain, '2026-10', 'index.html'), 'utf8');
    expect(READABLE.filter((needle) => plainReport.includes(needle)).length).toBeGreaterThan(4);
  });

  it('asks for the password, says a wrong one is wrong, then shows the same numbers as the unprotected report', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.origin}/2026-10/`);
    expect(await page.title()).toBe('Protected report');
    await page.getByLabel('Password').fill('correct horse battery stapler');
    await page.getByRole('button', { name: 'Open report' }).click();
    await expect
      .poll(() => page.locator('#recap-status').innerText(), { timeout: 20_000 })
      .toBe('Wrong password, try again.');

    const started = performance.now();
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Open report' }).click();
    await page.locator('h1.report-title').waitFor({ timeout: 20_000 });
    console.log(`protected site: opened in ${(performance.now() - started).toFixed(0)} ms after the right password`);

    const plainPage = await browser.newPage();
    await plainPage.goto(`${plainServer.origin}/2026-10/`);
    const cards = (p: Page) => p.locator('.kpi').evaluateAll((els) => els.map((el) => (el as HTMLElement).innerText));
    const expected = await cards(plainPage);
    expect(expected.length).toBeGreaterThan(2);
    expect(await cards(page)).toEqual(expected);
    expect(await page.title()).toBe(await plainPage.title());
    // The logo travelled inside the encrypted page.
    expect(await page.locator('header img.logo').getAttribute('src')).toMatch(/^data:image\/svg\+xml;base64,/);
    await plainPage.close();
    await context.close();
  });

  it("on the agency's combined site, seals the client's folder and keeps its figures off the portfolio", () => {
    const combined = buildSite({ dataDir, env: ENV });
    try {
      const portfolio = readFileSync(path.join(combined, 'index.html'), 'utf8');
      const row = /<li data-client="acme-coffee"[\s\S]*?<\/li>/.exec(portfolio)![0];
      expect(row).toContain(PROTECTED.name);
      expect(row).toContain('Protected: its figures are only on its own pages');
      expect(row).not.toMatch(/data-metric|sparkline|logo/);
      // The other client's row shows its figures.
      expect(portfolio).toMatch(/<li data-client="zenith-gear"[\s\S]*?data-metric="roi"/);
      const files = readdirSync(path.join(combined, ACME.slug), { recursive: true, withFileTypes: true }).filter((e) =>
        e.isFile(),
      );
      // The client page, and each report's page and data.json: two months, two quarters, the year.
      expect(files.map((f) => f.name).sort()).toEqual([
        ...Array<string>(5).fill('data.json'),
        ...Array<string>(6).fill('index.html'),
      ]);
      for (const entry of files) {
        const text = readFileSync(path.join(entry.parentPath, entry.name), 'utf8');
        expect(
          READABLE.filter((needle) => text.includes(needle)),
          entry.name,
        ).toEqual([]);
      }
    } finally {
      rmSync(combined, { recursive: true, force: true });
    }
  });

  it('keeps data.json unreadable without the password', async () => {
    const response = await fetch(`${server.origin}/2026-10/data.json`);
    const body = (await response.json()) as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(['alg', 'compression', 'data', 'iterations', 'iv', 'kdf', 'salt', 'v']);
    expect(body.alg).toBe('AES-256-GCM');
    expect(body.iterations).toBeGreaterThanOrEqual(600_000);
  });

  it("gives a pasted link a preview that says only that it is protected, and the form passes axe's audit", async () => {
    const page = await browser.newContext().then((context) => context.newPage());
    await page.goto(`${server.origin}/2026-10/`);
    expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toBe('Protected report');
    expect(await page.locator('meta[property="og:description"]').getAttribute('content')).toBe(
      'This report is protected. Enter the password you were given to open it.',
    );
    expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex, nofollow');
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.passes.length).toBeGreaterThan(5);
    expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    await page.close();
  });
});
