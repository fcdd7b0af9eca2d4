/**
 * A report page and its data.json come from one model of the month: every number the
 * page shows (KPI cards, the ROI, the cost breakdown, every metric table, the campaign
 * table, the goal cards) is the number data.json publishes, formatted. Checked on the
 * sample site, for every client's last two regular reports (Alpenblick's are weeks) and
 * its latest quarterly and yearly review, as a reader's browser sees the page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  formatChange,
  formatMetric,
  formatTimeZone,
  formatWhole,
  numberStyle,
  type NumberStyle,
} from '../../src/present/format.ts';
import type { ReportJson } from '../../src/present/data-json.ts';
import { loadDataDir } from '../../src/ingest/load-data-dir.ts';
import { CADENCE_PERIOD, type PeriodKind } from '../../src/model/periods.ts';
import { chromiumAvailable, launchChromium } from './chromium.ts';
import { sampleSite, SAMPLE_BASE } from './sample-site.ts';
import { serveStatic, type RunningServer } from './static-server.ts';

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

describe.skipIf(!chromiumAvailable)('every number on a report page is the one in its data.json', () => {
  let outDir: string;
  let server: RunningServer;
  let browser: Browser;
  const styles = new Map<string, NumberStyle>();
  /** Each client's regular report (client.yaml cadence:), read once with the styles. */
  const regularKinds = new Map<string, PeriodKind>();

  beforeAll(async () => {
    outDir = await sampleSite();
    server = await serveStatic(outDir, SAMPLE_BASE);
    browser = await launchChromium();
    for (const client of loadDataDir('data').clients) {
      styles.set(client.slug, numberStyle(client.config));
      regularKinds.set(client.slug, CADENCE_PERIOD[client.config.cadence]);
    }
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  // The last report is partial in the sample data: its comparisons are cut like for like.
  const pages = ['alpenblick-hotels', 'northwind-outfitters', 'narenj-bakery'].flatMap((client) =>
    (['regular -2', 'regular -1', 'quarter -1', 'year -1'] as const).map((which) => ({ client, which })),
  );

  it.each(pages)('$client, $which', async ({ client, which }) => {
    const [kindOf, offset] = which.split(' ') as [string, string];
    const kind = kindOf === 'regular' ? regularKinds.get(client)! : kindOf;
    const periods = readdirSync(path.join(outDir, client), { withFileTypes: true })
      .filter((e) => e.isDirectory() && e.name !== 'brand')
      .map((e) => e.name)
      .filter(
        (name) =>
          (JSON.parse(readFileSync(path.join(outDir, client, name, 'data.json'), 'utf8')) as ReportJson).period_kind ===
          kind,
      )
      .sort();
    const month = periods.at(Number(offset))!;
    const json = JSON.parse(readFileSync(path.join(outDir, client, month, 'data.json'), 'utf8')) as ReportJson;
    const style = styles.get(client)!;
    const metric = (id: string, value: number | null) => formatMetric(id, value, style);
    const page: Page = await browser.newPage();
    await page.goto(`${server.origin}${SAMPLE_BASE}${client}/${month}/`);
    let checked = 0;
    const same = (shown: string | null, expected: string, where: string) => {
      expect(shown?.trim(), where).toBe(expected);
      checked++;
    };

    // KPI cards, by metric and platform.
    for (const card of await page.locator('.kpi[data-metric]').all()) {
      const id = (await card.getAttribute('data-metric'))!;
      const platform = (await card.getAttribute('data-platform'))!;
      same(
        await card.locator('.kpi-value').textContent(),
        metric(id, json.platforms[platform]![id]!.value),
        `card ${platform}/${id}`,
      );
    }
    // The ROI.
    if (json.platforms.all!.roi) {
      same(await page.locator('.roi-value').textContent(), metric('roi', json.platforms.all!.roi.value), 'ROI');
    }
    // The cost breakdown.
    for (const row of await page.locator('table.roi-parts[data-part="cost"] tr[data-category]').all()) {
      const category = (await row.getAttribute('data-category'))!;
      same(await row.locator('td').textContent(), metric('value', json.costs[category]!), `cost ${category}`);
    }
    // Every metric of every platform, with last month, last year and their changes.
    for (const table of await page.locator('table.comparison[data-platform]').all()) {
      const platform = (await table.getAttribute('data-platform'))!;
      for (const row of await table.locator('tr[data-metric]').all()) {
        const id = (await row.getAttribute('data-metric'))!;
        const figures = json.platforms[platform]![id]!;
        const cells = await row.locator('td').allTextContents();
        same(cells[0]!, metric(id, figures.value), `${platform}/${id}`);
        same(cells[1]!, metric(id, figures.mom.previous), `${platform}/${id} last month`);
        same(cells[2]!, formatChange(id, figures.mom, style), `${platform}/${id} change`);
        // A year's period before is the year before: its table has one pair of columns.
        if (json.period_kind !== 'year')
          same(cells[3]!, metric(id, figures.yoy.previous), `${platform}/${id} last year`);
        else expect(cells).toHaveLength(3);
      }
    }
    // The campaign table: the month's figures and the ranking metric to date.
    for (const row of await page.locator('table.campaign-table tr[data-campaign]').all()) {
      const name = (await row.getAttribute('data-campaign'))!;
      for (const cell of await row.locator('td[data-metric]').all()) {
        const id = (await cell.getAttribute('data-metric'))!;
        // The site's columns come from GA4, checked with the traffic below.
        if (id.startsWith('site_')) continue;
        const figures = json.campaigns[name]![id]!;
        const toDate = (await cell.getAttribute('data-to-date')) !== null;
        same(await cell.textContent(), metric(id, toDate ? figures.lifetime : figures.value), `campaign ${name} ${id}`);
      }
    }
    // The goal cards: where each stands and its target.
    for (const goal of json.goals) {
      const card = page.locator(`.goal[data-goal="${goal.id}"]`);
      if ((await card.count()) === 0) continue;
      same(
        await card.locator('[data-number="current"] dd').textContent(),
        metric(goal.metric, goal.current),
        `goal ${goal.id}`,
      );
      same(
        await card.locator('[data-number="target"] dd').textContent(),
        metric(goal.metric, goal.target),
        `goal ${goal.id} target`,
      );
    }
    // The sections of the default template and the reviews' (templates/*.mdx): the year's has no posts.
    const regular = kindOf === 'regular';
    const latest = Number(offset) === -1;
    if (json.period_kind !== 'year') {
      // The top posts: the best across platforms, in data.json's order, with their numbers and links.
      const best = json.posts.filter((post) => post.rank !== null).sort((a, b) => a.rank! - b.rank!);
      const cards = await page.locator('ol[data-list="best"] > li.post-card').all();
      expect(cards.length, 'top post cards').toBe(Math.min(5, best.length));
      for (const [index, card] of cards.entries()) {
        const post = best[index]!;
        same(await card.getAttribute('data-post'), post.id, `top post ${index + 1}`);
        same(await card.locator('.post-caption a').getAttribute('href'), post.url!, `top post ${post.id} link`);
        same(
          await card.locator('[data-metric="engagements"] dd').textContent(),
          metric('engagements', post.engagements),
          `top post ${post.id} engagements`,
        );
        same(
          await card.locator('[data-metric="engagement_rate"] dd').textContent(),
          metric('engagement_rate', post.engagement_rate),
          `top post ${post.id} rate`,
        );
      }
    }
    if (regular) {
      // What works: every group's posts and engagement rate; the hours on the client's clock, named.
      expect(Object.keys(json.content.by_hour).length, 'hours with posts').toBeGreaterThan(0);
      expect(await page.locator('.what-works').textContent()).toContain(
        formatTimeZone(json.content.time_zone, style.locale),
      );
      for (const [by, groups] of [
        ['type', json.content.by_type],
        ['weekday', json.content.by_weekday],
        ['hour', json.content.by_hour],
      ] as const) {
        const rows = await page.locator(`table.what-works-table[data-by="${by}"] tr[data-group]`).all();
        expect(rows.length, `what works by ${by}`).toBe(Object.keys(groups).length);
        for (const row of rows) {
          const key = (await row.getAttribute('data-group'))!;
          const group = groups[by === 'weekday' ? WEEKDAYS[Number(key)]! : key]!;
          same(
            await row.locator('[data-column="posts"]').textContent(),
            metric('posts', group.posts),
            `${by} ${key} posts`,
          );
          same(
            await row.locator('[data-column="engagement_rate"]').textContent(),
            metric('engagement_rate', group.engagement_rate),
            `${by} ${key} rate`,
          );
        }
      }
      // Content tests: each variant's posts and metric, and the verdict.
      for (const test of json.experiments) {
        const card = page.locator(`.experiment[data-experiment="${test.id}"]`);
        same(await card.getAttribute('data-verdict'), test.verdict, `test ${test.id} verdict`);
        for (const variant of test.variants) {
          const row = card.locator(`tr[data-variant="${variant.name}"]`);
          same(
            await row.locator('[data-column="posts"]').textContent(),
            metric('posts', variant.posts),
            `${test.id} ${variant.name} posts`,
          );
          same(
            await row.locator('[data-column="value"]').textContent(),
            metric(test.metric, variant.value),
            `${test.id} ${variant.name}`,
          );
        }
      }
    }
    if (json.period_kind !== 'year') {
      // Needs attention: on the latest report only, a line per KPI of data.json's attention.
      const attention = await page.locator('.needs-attention li[data-metric]').all();
      expect(attention.length, 'needs attention').toBe(latest ? json.attention.length : 0);
      for (const item of latest ? json.attention : []) {
        const text = (await page.locator(`.needs-attention li[data-metric="${item.metric}"]`).textContent()) ?? '';
        expect(text, `${item.metric} needs attention`).toContain(metric(item.metric, item.value));
        expect(text).toContain(metric(item.metric, item.previous));
      }
    }
    if (regular) {
      // Traffic from social: each network's sessions and the campaigns joined to the report's.
      if (json.traffic === null) expect(await page.locator('.social-traffic').count(), 'no traffic section').toBe(0);
      for (const [network, visits] of Object.entries(json.traffic?.networks ?? {})) {
        same(
          await page
            .locator(`.traffic-table[data-by="network"] tr[data-network="${network}"] [data-column="sessions"]`)
            .textContent(),
          metric('sessions', visits.sessions),
          `${network} sessions`,
        );
      }
      for (const campaign of json.traffic?.campaigns ?? []) {
        const row = page.locator(`.traffic-table[data-by="campaign"] tr[data-campaign="${campaign.name}"]`);
        same(
          await row.locator('[data-column="sessions"]').textContent(),
          metric('sessions', campaign.sessions),
          campaign.name,
        );
        same(
          await row.locator('[data-column="own"]').textContent(),
          campaign.campaign ?? '',
          `${campaign.name} joined`,
        );
        // The joined campaign's own row in the campaigns table shows the same site sessions.
        const own = page.locator(
          `table.campaign-table tr[data-campaign="${campaign.campaign}"] [data-metric="site_sessions"]`,
        );
        if (campaign.campaign !== null && (await own.count()) > 0) {
          same(await own.textContent(), metric('sessions', campaign.sessions), `${campaign.campaign} site sessions`);
        }
      }
      // Benchmarks: each sentence names the client's value, the benchmark and its source;
      // the KPI card of the same metric and platform carries the same sentence.
      const benchmarkItems = await page.locator('.benchmarks li.benchmark').all();
      expect(benchmarkItems.length, 'benchmark sentences').toBe(json.benchmarks.length);
      for (const benchmark of json.benchmarks) {
        const item = page.locator(
          `.benchmarks li.benchmark[data-metric="${benchmark.metric}"][data-platform="${benchmark.platform}"]`,
        );
        same(await item.getAttribute('data-standing'), benchmark.standing ?? 'none', `${benchmark.metric} standing`);
        const sentence = (await item.textContent()) ?? '';
        if (benchmark.client_value !== null)
          expect(sentence).toContain(metric(benchmark.metric, benchmark.client_value));
        expect(sentence).toContain(metric(benchmark.metric, benchmark.median ?? benchmark.value));
        expect(sentence).toContain(benchmark.source);
        const card = page.locator(
          `.kpi[data-metric="${benchmark.metric}"][data-platform="${benchmark.platform}"] .kpi-benchmark`,
        );
        for (const shown of await card.all()) {
          same(await shown.textContent(), sentence.trim(), `${benchmark.metric} KPI card benchmark`);
        }
      }
      // Competitors: each account's shares and rank, and the share-of-voice sentence.
      const section = page.locator('.competitors');
      if (json.competitors === null) expect(await section.count(), 'no competitors section').toBe(0);
      for (const [platform, rivalry] of Object.entries(json.competitors?.platforms ?? {})) {
        const block = section.locator(`.competitors-platform[data-platform="${platform}"]`);
        const rows = await block.locator('tr[data-account]').all();
        expect(rows.length, `${platform} accounts`).toBe(rivalry.accounts.length);
        for (const account of rivalry.accounts) {
          const row = block.locator(`tr[data-account="${account.id ?? 'client'}"]`);
          for (const [column, value] of [
            ['share_of_posts', account.share_of_posts],
            ['share_of_engagements', account.share_of_engagements],
            ['engagement_rate', account.engagement_rate],
          ] as const) {
            same(
              await row.locator(`[data-column="${column}"]`).textContent(),
              metric('engagement_rate', value),
              `${platform} ${account.name} ${column}`,
            );
          }
          same(
            await row.locator('[data-column="rank"]').textContent(),
            account.rank === null ? metric('engagement_rate', null) : formatWhole(account.rank, style),
            `${platform} ${account.name} rank`,
          );
        }
        const sentence = (await block.locator('.share-of-voice').textContent()) ?? '';
        for (const share of [rivalry.share_of_voice.posts, rivalry.share_of_voice.engagements]) {
          expect(sentence, `${platform} share of voice`).toContain(metric('engagement_rate', share.value));
          expect(sentence).toContain(formatChange('engagement_rate', { change: share.change, pct: null }, style));
        }
      }
    }
    // The page shows numbers, and the test read them.
    expect(checked).toBeGreaterThan(30);
    await page.close();
  });
});
