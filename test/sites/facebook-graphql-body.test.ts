import { afterEach, describe, expect, it, vi } from 'vitest';
import { graphqlStories } from '../../src/sites/facebook-graphql-body';
import type { StoryFacts } from '../../src/sites/facebook-stories';
import { eventStory, graphqlBody, pageStory, reelStory, sharedStory } from './capture-payloads';

type Bag = Record<string, any>;
const facts = (body: string) => factsOf(graphqlStories(body));
const factsOf = (stories: StoryFacts[]) => stories.map(({ postId, createdSeconds, message }) => [postId, createdSeconds, message]);
/** The story's parts that carry its time, first in the line: comet_sections.context_layout…metadata[0].story. */
const metadataPart = (story: Bag): Bag => story.comet_sections.context_layout.story.comet_sections.metadata[0].story;
/** A line of the stream as Facebook sends a later edge. */
const streamed = (data: unknown) => JSON.stringify({ label: 'ProfileCometTimelineFeed_user$stream$x', path: ['node', 'timeline_list_feed_units', 'edges', 1], data });

afterEach(() => vi.restoreAllMocks());

describe('the stories of a GraphQL answer', () => {
  it('reads newline-separated documents, with or without the for (;;); guard, a broken line skipped', () => {
    const stories = [pageStory({ postId: '201', created: 1749100000 }), pageStory({ postId: '202', created: 1749200000 })];
    for (const guard of [false, true]) {
      const body = `${graphqlBody(stories, { guard })}\n{"data":{"node":{"post_id":"203",`;
      expect(graphqlStories(body).map((story) => [story.postId, story.createdSeconds])).toEqual([
        ['201', 1749100000],
        ['202', 1749200000],
      ]);
    }
    expect(graphqlStories(JSON.stringify({ data: { node: { post_id: '204' } } }))).toEqual([]);
  });

  it('parses a page’s story only as far as its own time: most of each 80 kB line is not parsed', () => {
    const stories = [1, 2].map((n) => pageStory({ postId: `21${n}`, created: 1749000000 + n, message: `Post ${n}` }));
    // An event's own time comes first in the line, in an attachment: the cut is still after the story's.
    stories.push(eventStory({ postId: '213', created: 1749000003, message: 'Post 3' }, 1744000000));
    const body = graphqlBody(stories, { guard: true });
    const parse = vi.spyOn(JSON, 'parse');
    const read = graphqlStories(body);
    expect(factsOf(read)).toEqual([
      ['211', 1749000001, 'Post 1'],
      ['212', 1749000002, 'Post 2'],
      ['213', 1749000003, 'Post 3'],
    ]);
    expect(read.every((story) => story.url?.includes('/posts/'))).toBe(true);
    const parsed = parse.mock.calls.reduce((sum, [text]) => sum + text.length, 0);
    expect(parsed).toBeLessThan(body.length / 4);
  });

  it('dates a share, a reel and an event by the Page’s story, never by what it shares or attaches', () => {
    const body = graphqlBody([
      sharedStory({ postId: '221', created: 1748000000, message: 'Look at this' }, { postId: '900', created: 1600000000 }),
      reelStory({ postId: '222', created: 1747000000, message: 'Our reel' }, 1746000000),
      eventStory({ postId: '223', created: 1745000000, message: 'Our event' }, 1744000000),
    ], { guard: true });
    expect(facts(body)).toEqual([
      ['221', 1748000000, 'Look at this'],
      ['222', 1747000000, 'Our reel'],
      ['223', 1745000000, 'Our event'],
    ]);
  });

  it('lists a post with no time by its id, and gives nothing for a time with no post id', () => {
    const body = [
      graphqlBody([pageStory({ postId: '231', created: null, message: 'Undated' })]),
      streamed({ node: { id: 'S:0', creation_time: 1749000000, url: 'https://www.facebook.com/x/posts/1' } }),
    ].join('\n');
    expect(facts(body)).toEqual([['231', undefined, 'Undated']]);
  });

  it('takes the time from a later part when the first part with a time is not the story’s (no id, another id)', () => {
    for (const change of [(part: Bag) => delete part.id, (part: Bag) => (part.id = 'S:other')]) {
      const story = pageStory({ postId: '241', created: 1749000000 });
      const part = metadataPart(story);
      part.creation_time = 1111111111;
      change(part);
      expect(facts(graphqlBody([story]))).toEqual([['241', 1749000000, 'Post 241']]);
    }
  });

  it('takes the link and the message from the rest of the line when the story’s start lacks them', () => {
    const story: Bag = pageStory({ postId: '251', created: 1749000000 });
    delete metadataPart(story).url;
    const content = story.comet_sections.content.story;
    delete content.message;
    delete content.comet_sections.message.story.message;
    delete content.comet_sections.message_container.story.message;
    // Said again at the end of the story, after the parts that carry its time.
    story.comet_sections.timestamp.story.message = { text: 'Said last' };
    const [read] = graphqlStories(graphqlBody([story]));
    expect([read!.createdSeconds, read!.message, read!.url]).toEqual([1749000000, 'Said last', expect.stringContaining('/posts/')]);
  });

  it('reads every story of a line that holds several, and a story split over lines', () => {
    const two = [pageStory({ postId: '261', created: 1749000001 }), pageStory({ postId: '262', created: 1749000002 })];
    const undated = pageStory({ postId: '263', created: null });
    const later = { node: { id: undated.id, post_id: '263', comet_sections: { timestamp: { story: { id: undated.id, creation_time: 1749000003 } } } } };
    const body = [
      `for (;;);${JSON.stringify({ data: { node: { timeline_list_feed_units: { edges: two.map((node) => ({ node })) } } } })}`,
      streamed({ node: undated }),
      `for (;;);${streamed(later)}`,
    ].join('\n');
    expect(facts(body)).toEqual([
      ['261', 1749000001, 'Post 261'],
      ['262', 1749000002, 'Post 262'],
      ['263', undefined, 'Post 263'],
      ['263', 1749000003, undefined],
    ]);
  });

  it('reads a line cut short after a story’s own parts, and skips one cut before them', () => {
    const line = graphqlBody([pageStory({ postId: '271', created: 1749000000 })]);
    const time = line.indexOf('"creation_time"');
    expect(facts(line.slice(0, time + 20_000))).toEqual([['271', 1749000000, 'Post 271']]);
    expect(facts(line.slice(0, time + 20))).toEqual([]);
  });
});
