/**
 * What a post is, as post-level exports say it: its type in Recap's words and the first
 * line of its caption, shortened for a card.
 */
import { describe, expect, it } from 'vitest';
import { CAPTION_LENGTH, captionStart, postType } from '../../../src/ingest/exports/posts.ts';
import { readFixture } from './read-helpers.ts';

describe('a post’s identity', () => {
  it('names the platforms’ post types in Recap’s words, and keeps an unknown one', () => {
    expect(
      ['IG image', 'IG reel', 'IG carousel', 'Photo', 'Video', 'Link', 'Status', 'Reels', 'Poll', ' '].map(postType),
    ).toEqual(['image', 'reel', 'carousel', 'image', 'video', 'link', 'text', 'reel', 'poll', null]);
  });

  it('takes the first line of a caption and shortens it at a word', () => {
    expect(captionStart('\nFirst line\nsecond line')).toBe('First line');
    expect(captionStart('   ')).toBeNull();
    const long = 'word '.repeat(40).trim();
    const start = captionStart(long)!;
    expect([...start].length).toBeLessThanOrEqual(CAPTION_LENGTH + 1);
    expect(start.endsWith('word…')).toBe(true);
  });

  it('reads link, caption and type from an Instagram post export', () => {
    const read = readFixture('instagram-posts-Sep-01-2025_Sep-30-2025.csv');
    expect(read.rows.map((row) => [row.postId, row.post])).toEqual([
      [
        '17900000000000001',
        {
          link: 'https://www.instagram.com/p/abc/',
          caption: 'Croissants, warm',
          type: 'image',
          minute: 8 * 60,
          campaigns: [],
        },
      ],
      [
        '17900000000000002',
        {
          link: 'https://www.instagram.com/reel/def/',
          caption: 'Reel',
          type: 'reel',
          minute: 19 * 60 + 45,
          campaigns: [],
        },
      ],
    ]);
  });
});
