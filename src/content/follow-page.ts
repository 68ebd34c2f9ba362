import { MAX_POSTS_PER_MESSAGE } from '../message-limits';
import type { Observation, SiteAdapter } from '../sites/types';

export interface FollowPageOptions {
  doc: Document;
  currentUrl: () => URL;
  adapterFor: (url: URL) => SiteAdapter | undefined;
  /** Hands an observation to the service worker; resolves with whether the page is tracked. */
  send: (observation: Observation) => Promise<{ tracked: boolean; refused?: true }>;
  /** Attribute changes that count as a change of the element's post (see SiteAdapter). */
  watchedAttributes?: readonly string[];
  /** After each delivered observation, with whether its page is tracked (the overlay follows this). */
  onDelivered?: (observation: Observation, tracked: boolean) => void;
  /** Runs a batch later; idle callbacks still run in background tabs, unlike animation frames. */
  schedule?: (run: () => void) => void;
  /**
   * Finishes a read whose adapter leaves its date or count texts unread (SiteAdapter.settleTexts): at
   * once, or once the texts are read elsewhere (the worker). Reads go on in the order they began.
   */
  settle?: (observation: Observation, read: { fullRead: boolean; now: Date }) => Observation | Promise<Observation>;
}

export interface PageFollower {
  /** A full read of the page as it is now (for the popup). */
  readNow(): Promise<Observation | null>;
  /** The page was just tracked: follow its changes from now on. */
  tracked(): void;
  stop(): void;
}

/** Past this many added nodes in one batch, one full read is cheaper than sorting them out. */
const MAX_PENDING_ROOTS = 5000;
const RETRY_MS = 3000;

/**
 * Follows one tab's page: one MutationObserver, batched; on an untracked page each batch only
 * compares the URL. On a tracked page only the added nodes are read, and an observation is
 * sent only when it differs from the last one sent. A URL change (client-side navigation)
 * starts over with a full read.
 */
export function followPage(options: FollowPageOptions): PageFollower {
  const { doc, currentUrl, adapterFor, send } = options;
  const schedule = options.schedule ?? ((run) => requestIdleCallback(run, { timeout: 500 }));

  let url = currentUrl().href;
  let tracked = false;
  /**
   * Bumped when the page is tracked or the URL changes: a reply to a message sent before then
   * speaks of an earlier state (an untracked page's "not tracked" arriving after the popup tracked
   * it would stop the follower reading new posts).
   */
  let generation = 0;
  let pendingRoots: Node[] | 'all' = 'all';
  let scheduled = false;
  let sentHeader = '';
  let sentPosts = new Map<string, string>();
  /**
   * What the last full read could not read in the posts ("post.date" …), and what it found the
   * site hides. A batch judges only its own few posts; the page's report keeps the full read's
   * word on the rest, so it does not flip with every batch.
   */
  let postsMissing: string[] = [];
  let postsHidden: string[] = [];

  const read = (roots?: Node[]): Observation | null | Promise<Observation> => {
    const pageUrl = currentUrl();
    const now = new Date();
    try {
      const observation = adapterFor(pageUrl)?.observe(doc, pageUrl, now, roots) ?? null;
      return observation && options.settle ? options.settle(observation, { fullRead: roots === undefined, now }) : observation;
    } catch (error) {
      // Adapters are written not to throw; if one does, the page is simply not read this time.
      console.debug('Animateur: could not read this page', error);
      return null;
    }
  };

  const flush = () => {
    scheduled = false;
    if (currentUrl().href !== url) {
      url = currentUrl().href;
      generation++;
      tracked = false;
      sentHeader = '';
      sentPosts = new Map();
      postsMissing = [];
      postsHidden = [];
      pendingRoots = 'all';
    } else if (!tracked && pendingRoots !== 'all') {
      pendingRoots = [];
      return;
    }
    const roots = pendingRoots;
    pendingRoots = [];
    const forUrl = url;
    inOrder(read(roots === 'all' ? undefined : roots), (observation) => {
      // A read that waited for its dates may belong to the page before a navigation.
      if (observation && forUrl === url) afterRead(observation, roots === 'all');
    });
  };

  /** Reads finished later (settle) go on one after the other: delivered in the order they began. */
  let settled = Promise.resolve();
  const inOrder = (result: Observation | null | Promise<Observation>, then: (observation: Observation | null) => void) => {
    if (!options.settle) return then(result as Observation | null);
    settled = settled
      .then(() => result)
      .then(then, (error: unknown) => {
        // The worker that reads the dates may be restarting: the page is read again.
        console.debug('Animateur: dates not read, will retry', error);
        setTimeout(() => requestBatch('all'), RETRY_MS);
      });
  };

  const afterRead = (observation: Observation, fullRead: boolean) => {
    if (fullRead) {
      postsMissing = postEntries(observation.missing);
      postsHidden = postEntries(observation.hidden);
    }
    observation.missing = withFullRead(observation.missing, postsMissing);
    if (observation.hidden !== undefined || postsHidden.length) observation.hidden = withFullRead(observation.hidden, postsHidden);
    void deliver(observation);
  };

  const deliver = async (observation: Observation) => {
    const header = JSON.stringify([observation.page, observation.ownerView, observation.followers, observation.missing, observation.hidden]);
    // Each post's form as sent: compared with the last one sent now, remembered once delivered.
    const postKeys = observation.posts.map((post) => JSON.stringify(post));
    const changed = observation.posts.filter((post, i) => sentPosts.get(post.id) !== postKeys[i]);
    const remember = () => {
      sentHeader = header;
      observation.posts.forEach((post, i) => sentPosts.set(post.id, postKeys[i]!));
    };
    if (tracked && header === sentHeader && changed.length === 0) return;
    const sentIn = generation;
    const posts = tracked ? changed : observation.posts;
    try {
      // The worker drops a message of more posts than it takes (and this one would be re-read and
      // dropped again forever): a long timeline goes in parts, each a whole observation.
      let reply: { tracked: boolean; refused?: true } | undefined;
      for (let start = 0; start === 0 || start < posts.length; start += MAX_POSTS_PER_MESSAGE) {
        reply = await send({ ...observation, posts: posts.slice(start, start + MAX_POSTS_PER_MESSAGE) });
        // No reply: the worker stopped with the message port open.
        if (!reply) throw new Error('no answer');
        if (sentIn !== generation || !reply.tracked) break;
      }
      if (sentIn !== generation || !reply) return;
      if (reply.refused) {
        // Sending the same again would be refused again: wait for the page to change.
        console.debug('Animateur: observation refused', observation);
        remember();
        return;
      }
      tracked = reply.tracked;
      options.onDelivered?.(observation, tracked);
      if (!tracked) return;
      remember();
    } catch (error) {
      // The service worker may be restarting; what was not acknowledged is read and sent again.
      console.debug('Animateur: observation not delivered, will retry', error);
      setTimeout(() => requestBatch('all'), RETRY_MS);
    }
  };

  let stopped = false;
  const requestBatch = (roots: Node[] | 'all') => {
    if (stopped) return;
    if (roots === 'all' || pendingRoots === 'all') pendingRoots = 'all';
    else if (pendingRoots.length + roots.length > MAX_PENDING_ROOTS) pendingRoots = 'all';
    else pendingRoots.push(...roots);
    if (!scheduled) {
      scheduled = true;
      schedule(flush);
    }
  };

  const observer = new MutationObserver((records) => {
    // Untracked pages keep no nodes: a batch there only checks whether the URL changed.
    const added = tracked
      ? records.flatMap((record) => (record.type === 'attributes' ? [record.target] : [...record.addedNodes]))
      : [];
    requestBatch(added);
  });
  const attributeFilter = options.watchedAttributes ?? [];
  observer.observe(doc.documentElement, {
    childList: true,
    subtree: true,
    ...(attributeFilter.length ? { attributes: true, attributeFilter: [...attributeFilter] } : {}),
  });
  requestBatch('all');

  return {
    readNow: async () => read(),
    tracked() {
      generation++;
      tracked = true;
      requestBatch('all');
    },
    stop() {
      stopped = true;
      observer.disconnect();
    },
  };
}

const postEntries = (missing: readonly string[] = []) => missing.filter((entry) => entry.startsWith('post'));

function withFullRead(batch: readonly string[] = [], fromFullRead: readonly string[]): string[] {
  return [...new Set([...batch, ...fromFullRead])].sort();
}
