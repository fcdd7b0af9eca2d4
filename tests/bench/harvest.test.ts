/**
 * The harvest that feeds the bare Astro baseline of `npm run bench:site`: it must keep
 * every chart byte for byte, the text with its inline markup, and the tables, or the
 * baseline would be cheaper than the pages it stands beside.
 */
import { describe, expect, it } from 'vitest';
import { harvestPage } from '../../scripts/bench-site-harvest.ts';

const TREND = '<svg class="chart" viewBox="0 0 640 220"><title>Followers</title><g><path d="M0,0L5,5"/></g></svg>';
const SPARK = '<svg viewBox="0 0 80 20" aria-hidden="true"><polyline points="0,1 2,3"/></svg>';

const PAGE = `<!DOCTYPE html><html lang="de" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Alpine &amp; Co: Juni 2025</title><meta name="robots" content="noindex, nofollow"><meta property="og:title" content="Alpine &#39;25"><style>body{color:red}</style></head><body style="--brand:#8c2f39"><main><h1 class="report-title">Alpine: Bericht</h1>
<section class="roi"><h2 id="roi-heading">Rendite</h2><p class="roi-value" data-metric="roi">14,5 %</p><p class="kpi-changes"><span class="change good">▲ +1,4 Pkt.</span> <span class="against">ggü. Vormonat</span></p></section>
<section class="trends"><figure>${TREND}<figcaption>Follower, 13 Monate</figcaption></figure></section>
<table class="archive"><caption>Alle Monate</caption><thead><tr><th scope="col">Monat</th><th scope="col">Trend</th></tr></thead><tbody><tr><td><a href="/alpine/2025-06/">Juni 2025</a></td><td>${SPARK}</td></tr></tbody></table>
<p>Ende</p><script>alert(1)</script></main></body></html>`;

describe('harvestPage', () => {
  const page = harvestPage(PAGE);

  it('keeps the head: language, title and meta tags but charset and viewport', () => {
    expect(page.lang).toBe('de');
    expect(page.dir).toBe('ltr');
    expect(page.title).toBe('Alpine & Co: Juni 2025');
    expect(page.meta).toEqual([
      ['name', 'robots', 'noindex, nofollow'],
      ['property', 'og:title', "Alpine '25"],
    ]);
    expect(page.bodyStyle).toBe('--brand:#8c2f39');
  });

  it('keeps every SVG byte for byte, in order, a chart in a table right after the table', () => {
    const svgs = page.blocks.filter((b) => b.t === 'svg').map((b) => b.svg);
    expect(svgs).toEqual([TREND, SPARK]);
    const kinds = page.blocks.map((b) => (b.t === 'el' ? b.tag : b.t));
    expect(kinds).toEqual(['h1', 'h2', 'p', 'p', 'svg', 'figcaption', 'table', 'svg', 'p']);
  });

  it("keeps each block's element, attributes and inline HTML, and drops scripts and styles", () => {
    expect(page.blocks[0]).toEqual({ t: 'el', tag: 'h1', attrs: { class: 'report-title' }, html: 'Alpine: Bericht' });
    expect(page.blocks[2]).toEqual({
      t: 'el',
      tag: 'p',
      attrs: { class: 'roi-value', 'data-metric': 'roi' },
      html: '14,5 %',
    });
    expect(page.blocks[3]).toMatchObject({
      html: '<span class="change good">▲ +1,4 Pkt.</span> <span class="against">ggü. Vormonat</span>',
    });
    expect(JSON.stringify(page)).not.toMatch(/alert|color:red/);
  });

  it('keeps a table as its caption, head rows and body rows of cell HTML', () => {
    expect(page.blocks[6]).toEqual({
      t: 'table',
      attrs: { class: 'archive' },
      caption: 'Alle Monate',
      head: [['Monat', 'Trend']],
      rows: [['<a href="/alpine/2025-06/">Juni 2025</a>', '']],
    });
  });
});
