/**
 * A post for the aggregate tests: an Instagram post published on `published`, with
 * whatever else a test needs to say about it. One shape, so that a field added to
 * Post is added here once.
 */
import { parseIsoDate } from '../../src/model/calendar.ts';
import type { Post } from '../../src/model/post.ts';

export function testPost(id: string, published: string, fields: Partial<Post> = {}): Post {
  return {
    platform: 'instagram',
    id,
    published: parseIsoDate(published)!,
    publishedMinute: null,
    link: null,
    caption: null,
    type: null,
    campaigns: [],
    metrics: {},
    file: 'posts.csv',
    line: 2,
    ...fields,
  };
}
