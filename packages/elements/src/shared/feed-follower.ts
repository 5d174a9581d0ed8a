import { isPaylinkError, type LinkEvent, type PaylinkClient } from '@paylink/client';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Options of {@link FeedFollower}. */
export interface FeedFollowerOptions {
  /** The client to poll with (read each time, so a new client restarts the follower). */
  client: () => PaylinkClient;
  /** Wait between polls when nothing happened, in ms. */
  interval: () => number;
  /** Handles a batch of new events; awaited before the next poll. */
  onEvents: (events: LinkEvent[], signal: AbortSignal) => Promise<void>;
}

const MAX_BACKOFF_MS = 60_000;

/**
 * Follows the merchant's event feed while the element is on screen and the tab is visible, and
 * stops on disconnect. It polls with `feed.poll` itself (rather than `feed.subscribe`) to keep the
 * cursor: after a pause (hidden tab, scrolled away) it resumes where it stopped, so no change is
 * missed, while a fresh start begins at `now` and skips history.
 */
export class FeedFollower implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly options: FeedFollowerOptions;
  private observer: IntersectionObserver | undefined;
  private onScreen = false;
  private running: { controller: AbortController; client: PaylinkClient } | undefined;
  private cursor: string | undefined;
  private cursorClient: PaylinkClient | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, options: FeedFollowerOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  /** Whether it is polling now. */
  get active(): boolean {
    return this.running !== undefined;
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

  /** After each render: a new client means following a different feed. */
  hostUpdated(): void {
    if (this.running && this.running.client !== this.options.client()) this.stop();
    this.sync();
  }

  private readonly sync = (): void => {
    const wanted = this.host.isConnected && this.onScreen && document.visibilityState !== 'hidden';
    if (wanted && !this.running) this.start();
    else if (!wanted && this.running) this.stop();
  };

  private start(): void {
    const client = this.options.client();
    if (client !== this.cursorClient) {
      this.cursor = undefined;
      this.cursorClient = client;
    }
    const controller = new AbortController();
    this.running = { controller, client };
    void this.loop(client, controller.signal);
  }

  private stop(): void {
    this.running?.controller.abort();
    this.running = undefined;
  }

  private async loop(client: PaylinkClient, signal: AbortSignal): Promise<void> {
    let failures = 0;
    while (!signal.aborted) {
      try {
        const page = await client.feed.poll(this.cursor ?? 'now', { signal });
        failures = 0;
        if (signal.aborted) return;
        this.cursor = page.cursor;
        if (page.items.length > 0) {
          await this.options.onEvents(page.items, signal);
          continue; // there may be more right away
        }
        await wait(this.options.interval(), signal);
      } catch (error) {
        if (signal.aborted) return;
        // A cursor the server no longer knows (e.g. after a reset): start again from now.
        if (isPaylinkError(error) && error.code === 'validation_failed') this.cursor = undefined;
        failures++;
        await wait(Math.min(MAX_BACKOFF_MS, this.options.interval() * 2 ** failures), signal);
      }
    }
  }
}

function wait(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}
