import type { CallOptions } from '../core/options.ts';
import { toSearchParams } from '../core/query.ts';
import { json } from '../core/read.ts';
import { isRetryableStatus, sleep } from '../core/retry.ts';
import type { Send } from '../core/transport.ts';
import { asPaylinkError, type PaylinkError } from '../errors.ts';
import { FeedPage, type LinkEvent } from '../schemas/event.ts';

/** Options of {@link FeedApi.subscribe}. */
export interface SubscribeOptions {
  /** Start after this cursor (from an earlier page, or `now`). Omit it to start where the server's feed starts. */
  after?: string;
  /** Ends the subscription: the iterator finishes without an error. */
  signal?: AbortSignal;
  /** Wait between polls when nothing new came. Default `5000`. */
  intervalMs?: number;
  /** Longest wait between polls while the server keeps failing. Default `60000`. */
  maxBackoffMs?: number;
}

/** Options of {@link FeedApi.pages}. */
export interface FeedPagesOptions extends SubscribeOptions {
  /**
   * Which failures are waited out with a growing delay instead of ending the iteration. Default:
   * the temporary ones (network, timeout, 408, 429, 5xx).
   */
  retryWhen?: (error: PaylinkError) => boolean;
  /**
   * Where to start again when the server no longer knows the cursor (`validation_failed`, e.g. after
   * its data was reset), e.g. `now`. Without it that error is handled like any other.
   */
  restartFrom?: string;
}

/** The merchant's event feed: every change to every link, in order. */
export interface FeedApi {
  /** `GET /feed`: the events after `after` and the cursor to ask with next. */
  poll(after?: string, options?: CallOptions): Promise<FeedPage>;
  /**
   * Yields every page of the feed, polling for ever: at once after a page with events (there may be
   * more), `intervalMs` after an empty one. Each page carries the cursor to resume from, so a caller
   * that stops (a hidden tab) can start again where it stopped. Failures are waited out with a
   * growing delay (see {@link FeedPagesOptions.retryWhen}); others end the iterator by throwing.
   * Aborting the signal (or `break`) ends it quietly.
   */
  pages(options?: FeedPagesOptions): AsyncGenerator<FeedPage, void, undefined>;
  /**
   * Yields each new event once, polling for ever. Temporary failures (network, timeout, 429, 5xx)
   * are waited out with a growing delay; other errors end the iterator by throwing. Aborting the
   * signal (or `break`) ends it quietly.
   */
  subscribe(options?: SubscribeOptions): AsyncGenerator<LinkEvent, void, undefined>;
}

/** The feed route over a transport. */
export function feedApi(send: Send): FeedApi {
  const feed: FeedApi = {
    poll: (after, { signal } = {}) =>
      send({ path: 'feed', query: toSearchParams({ after }), signal }, json(FeedPage)),
    async *pages({
      after,
      signal,
      intervalMs = 5000,
      maxBackoffMs = 60_000,
      retryWhen = isTemporary,
      restartFrom,
    } = {}) {
      let cursor = after;
      let failures = 0;
      while (!signal?.aborted) {
        let page: FeedPage;
        try {
          page = await feed.poll(cursor, { signal });
          failures = 0;
        } catch (caught) {
          if (signal?.aborted) return;
          const error = asPaylinkError(caught);
          const unknownCursor = restartFrom !== undefined && error.code === 'validation_failed';
          if (!unknownCursor && !retryWhen(error)) throw error;
          if (unknownCursor) cursor = restartFrom;
          failures++;
          if (!(await pause(Math.min(maxBackoffMs, intervalMs * 2 ** failures), signal))) return;
          continue;
        }
        yield page;
        cursor = page.cursor;
        // A page with events may not be the last one: ask again at once to catch up.
        if (page.items.length === 0 && !(await pause(intervalMs, signal))) return;
      }
    },
    async *subscribe(options = {}) {
      for await (const page of feed.pages(options)) yield* page.items;
    },
  };
  return feed;
}

function isTemporary(error: PaylinkError): boolean {
  return error.code === 'network_error' || error.code === 'timeout' || isRetryableStatus(error.status);
}

// `false` when the signal aborted during the wait.
async function pause(ms: number, signal: AbortSignal | undefined): Promise<boolean> {
  try {
    await sleep(ms, signal);
    return true;
  } catch {
    return false;
  }
}
