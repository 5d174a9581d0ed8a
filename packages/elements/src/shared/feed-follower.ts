import type { LinkEvent, PaylinkClient } from '@paylink/client';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Options of {@link FeedFollower}. */
export interface FeedFollowerOptions {
  /** The client to poll with (read after each render: a new client restarts the follower). */
  client: () => PaylinkClient;
  /** Wait between polls when nothing happened, in ms (read after each render, like the client). */
  interval: () => number;
  /** Handles a batch of new events; awaited before the next poll. */
  onEvents: (events: LinkEvent[], signal: AbortSignal) => Promise<void>;
}

/**
 * Follows the merchant's event feed while the element is on screen and the tab is visible, and
 * stops on disconnect. The polling itself (backoff while the server fails, starting again from `now`
 * when it no longer knows the cursor) is the client's `feed.pages()`; this controller decides when
 * to follow and keeps the cursor, so after a pause (hidden tab, scrolled away) it resumes where it
 * stopped and no change is missed, while a fresh start begins at `now` and skips history.
 */
export class FeedFollower implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly options: FeedFollowerOptions;
  private observer: IntersectionObserver | undefined;
  private onScreen = false;
  private running: { controller: AbortController; client: PaylinkClient; interval: number } | undefined;
  private cursor: string | undefined;
  private cursorClient: PaylinkClient | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, options: FeedFollowerOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  /**
   * Whether it is following now: polling, with its place in the feed known (from the first answer
   * on), so every change from then on will be seen.
   */
  get active(): boolean {
    return this.running !== undefined && this.cursor !== undefined;
  }

  hostConnected(): void {
    if (typeof IntersectionObserver !== 'undefined') {
      this.observer = new IntersectionObserver((entries) => {
        this.onScreen = entries.some((entry) => entry.isIntersecting);
        this.sync();
      });
      this.observer.observe(this.host);
    } else {
      this.onScreen = true;
    }
    document.addEventListener('visibilitychange', this.sync);
    this.sync();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.onScreen = false;
    document.removeEventListener('visibilitychange', this.sync);
    this.stop();
  }

  /** After each render: a new client (a different feed) or interval restarts the polling. */
  hostUpdated(): void {
    const running = this.running;
    if (running && (running.client !== this.options.client() || running.interval !== this.interval())) {
      this.stop();
    }
    this.sync();
  }

  private readonly sync = (): void => {
    const wanted = this.host.isConnected && this.onScreen && document.visibilityState !== 'hidden';
    if (wanted && !this.running) this.start();
    else if (!wanted && this.running) this.stop();
  };

  private interval(): number {
    return this.options.interval();
  }

  private start(): void {
    const client = this.options.client();
    if (client !== this.cursorClient) {
      this.cursor = undefined;
      this.cursorClient = client;
    }
    const controller = new AbortController();
    const interval = this.interval();
    this.running = { controller, client, interval };
    void this.follow(client, interval, controller.signal);
  }

  private stop(): void {
    this.running?.controller.abort();
    this.running = undefined;
  }

  private async follow(client: PaylinkClient, intervalMs: number, signal: AbortSignal): Promise<void> {
    const pages = client.feed.pages({
      after: this.cursor ?? 'now',
      signal,
      intervalMs,
      // The list keeps following whatever goes wrong; the wait grows while it does.
      retryWhen: () => true,
      restartFrom: 'now',
    });
    try {
      for await (const page of pages) {
        this.cursor = page.cursor;
        if (page.items.length === 0) continue;
        // A batch that could not be applied is not retried: the next events bring the rows up to date.
        await this.options.onEvents(page.items, signal).catch(() => {});
      }
    } catch {
      // With every failure waited out, only an abort ends the pages with an error.
    } finally {
      // Ended on its own (not stopped): let the next render start again.
      if (this.running?.controller.signal === signal) this.running = undefined;
    }
  }
}
