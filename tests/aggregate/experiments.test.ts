/**
 * Content tests: which posts each variant takes, the verdict and its guards (too few
 * posts, too few engagements, different weeks, several variants at once).
 */
import { describe, expect, it } from 'vitest';
import { evaluateExperiment, inHours, selects } from '../../src/aggregate/experiments.ts';
import type { ExperimentConfig, VariantConfig } from '../../src/ingest/client-config-schema.ts';
import { parseIsoDate } from '../../src/model/calendar.ts';
import type { Post } from '../../src/model/post.ts';
import { testPost } from './post-fixture.ts';

function post(
  id: string,
  published: string,
  type: string,
  metrics: Record<string, number>,
  caption = '',
  extra: Partial<Post> = {},
): Post {
  return testPost(id, published, { type, metrics, caption, ...extra });
}

const test = (extra: Partial<ExperimentConfig> = {}): ExperimentConfig => ({
  id: 'reels-vs-carousels',
  question: 'Reels or carousels?',
  metric: 'engagement_rate',
  from: '2026-05-01',
  to: '2026-05-31',
  variants: [
    { name: 'Carousels', type: 'carousel' },
    { name: 'Reels', type: 'reel' },
  ],
  ...extra,
});

// Three carousels, 2% of 10,000 impressions each; three reels, 3% (May 4-6, the same week).
const posts = [
  ...[4, 5, 6].map((d) => post(`c${d}`, `2026-05-0${d}`, 'carousel', { engagements: 200, impressions: 10_000 })),
  ...[4, 5, 6].map((d) => post(`r${d}`, `2026-05-0${d}`, 'reel', { engagements: 300, impressions: 10_000 })),
  post('late', '2026-06-02', 'reel', { engagements: 9_000, impressions: 10_000 }),
];

describe('a content test', () => {
  it('names a winner when the rates differ beyond chance: 600 of 30,000 against 900 of 30,000', () => {
    const result = evaluateExperiment(test(), posts, 3);
    expect(result.variants.map((v) => [v.name, v.posts, v.impressions, v.value])).toEqual([
      ['Carousels', 3, 30_000, 2],
      ['Reels', 3, 30_000, 3],
    ]);
    // Pooled 1,500 / 60,000 = 2.5%: SE sqrt(0.025 x 0.975 x 2 / 30,000) = 0.0012748, z = 0.01 / 0.0012748 = 7.84.
    expect(result.comparisons[0]!.comparison!.statistic).toBeCloseTo(7.84, 2);
    expect([result.verdict, result.winner, result.differentWeeks, result.threshold]).toEqual([
      'winner',
      'Reels',
      false,
      0.05,
    ]);
  });

  it('says too little data below the minimum posts, and never names a winner then', () => {
    const result = evaluateExperiment(test(), posts, 4);
    expect([result.verdict, result.winner]).toEqual(['too_little_data', null]);
  });

  it('says no clear difference when the difference could be chance', () => {
    const close = posts.map((p) =>
      p.type === 'reel' ? { ...p, metrics: { engagements: 205, impressions: 10_000 } } : p,
    );
    const result = evaluateExperiment(test(), close, 3);
    expect(result.comparisons[0]!.comparison!.p).toBeGreaterThan(0.05);
    expect([result.verdict, result.winner]).toEqual(['no_clear_difference', null]);
  });

  it('compares means per post with Welch, selects by caption, and says when variants ran in different weeks', () => {
    const captioned = [
      post('m1', '2026-05-04', 'image', { likes: 10 }, 'Morning #coffee'),
      post('m2', '2026-05-05', 'image', { likes: 12 }, 'Morning #coffee'),
      post('m3', '2026-05-06', 'image', { likes: 14 }, 'morning #Coffee'),
      post('e1', '2026-05-18', 'image', { likes: 20 }, 'Evening #wine'),
      post('e2', '2026-05-19', 'image', { likes: 22 }, 'Evening #wine'),
      post('e3', '2026-05-20', 'image', { likes: 24 }, 'Evening #wine'),
    ];
    const result = evaluateExperiment(
      test({
        metric: 'engagements',
        variants: [
          { name: 'Morning', caption: '#coffee' },
          { name: 'Evening', caption: '#wine' },
        ],
      }),
      captioned,
      3,
    );
    // Means 12 and 22, each sd 2 over 3 posts: SE sqrt(4/3 + 4/3) = 1.633, t = 10 / 1.633 = 6.12, df 4.
    expect(result.test).toBe('welch');
    expect(result.variants.map((v) => v.value)).toEqual([12, 22]);
    expect(result.comparisons[0]!.comparison!.statistic).toBeCloseTo(6.124, 3);
    expect(result.comparisons[0]!.comparison!.degreesOfFreedom).toBeCloseTo(4, 6);
    expect(result.differentWeeks).toBe(true);
    expect(result.winner).toBe('Evening');
  });

  it('divides the 5% among the comparisons when there are more than two variants', () => {
    const three = test({
      variants: [
        { name: 'Carousels', type: 'carousel' },
        { name: 'Reels', type: 'reel' },
        { name: 'Images', type: 'image' },
      ],
    });
    const result = evaluateExperiment(three, posts, 3);
    expect(result.threshold).toBe(0.025);
    // No images: that comparison has too little data, and so has the test.
    expect(result.verdict).toBe('too_little_data');
  });
});

describe('a content test in a month’s report', () => {
  it('counts only the posts published by the end of the report month', () => {
    // The June reel (9,000 engagements) is after May: the May report does not see it.
    const june = evaluateExperiment(test({ to: '2026-06-30' }), posts, 3);
    const may = evaluateExperiment(test({ to: '2026-06-30' }), posts, 3, parseIsoDate('2026-05-31')!);
    expect(june.variants[1]!.posts).toBe(4);
    expect(may.variants[1]!.posts).toBe(3);
  });
});

describe('a rate test over posts that lack a part', () => {
  it('sums a rate’s parts only over the posts that give both', () => {
    // A carousel with 5,000 engagements and no impressions would make 5,600 of 30,000.
    const withHole = [...posts, post('c9', '2026-05-07', 'carousel', { engagements: 5_000 })];
    const result = evaluateExperiment(test(), withHole, 3);
    expect(result.variants[0]!.value).toBe(2);
    expect(result.comparisons[0]!.comparison!.statistic).toBeCloseTo(7.84, 2);
  });

  it("selects a variant by campaign (any of a post's labels, case aside) and by hours of the day", () => {
    const tagged = (id: string, campaigns: string[], minute: number | null) =>
      post(id, '2026-05-04', 'reel', { engagements: 10, impressions: 1000 }, '', {
        campaigns,
        publishedMinute: minute,
      });
    const posts = [
      tagged('spring-morning', ['Spring Sale', 'always-on'], 7 * 60 + 15),
      tagged('spring-night', ['spring sale'], 23 * 60 + 40),
      tagged('other-evening', ['Brand'], 19 * 60),
      tagged('untimed', [], null),
    ];
    const picked = (variant: Partial<VariantConfig>) =>
      posts.filter((p) => selects({ name: 'v', ...variant }, p)).map((p) => p.id);
    expect(picked({ campaign: 'SPRING SALE' })).toEqual(['spring-morning', 'spring-night']);
    expect(picked({ campaign: 'Spring' })).toEqual([]);
    // 6-11 is 06:00 to 11:59; 22-2 runs across midnight; a post without a time is in no hours.
    expect(picked({ hours: '6-11' })).toEqual(['spring-morning']);
    expect(picked({ hours: '22-2' })).toEqual(['spring-night']);
    expect(picked({ hours: '19-19' })).toEqual(['other-evening']);
    expect(inHours(2, [22, 2])).toBe(true);
    expect(inHours(3, [22, 2])).toBe(false);
    expect(inHours(null, [0, 23])).toBe(false);
  });
});
