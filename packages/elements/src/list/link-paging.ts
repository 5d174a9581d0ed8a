import { Task, TaskStatus } from '@lit/task';
import {
  asPaylinkError,
  isPaylinkError,
  type LinkEvent,
  type LinkPage,
  MAX_PAGE_SIZE,
  type PaylinkClient,
  type PaylinkError,
  type PaymentLink,
} from '@paylink/client';
import type { ReactiveControllerHost } from 'lit';
import { FeedFollower } from '../shared/feed-follower.ts';
import { LinkRows } from './link-rows.ts';
import { planRefresh } from './live-events.ts';
import { type ListQuery, toLinkFilters } from './query.ts';

/** Links per request: the API's maximum, so 10 000 links take 20 requests. */
const PAGE_SIZE = MAX_PAGE_SIZE;

/** What {@link LinkPaging} needs from the list. */
export interface LinkPagingOptions {
  client: () => PaylinkClient;
  /** The query in use; a new one starts over at the first page. */
  query: () => ListQuery;
  /** Wait between feed polls while nothing happens, in ms. */
  pollInterval: () => number;
  /** A first page arrived (other links now). */
  onFirstPage: () => void;
  /** Links left the view (deleted, or archived elsewhere). */
  onRemoved: (ids: ReadonlySet<string>) => void;
  /** A request failed (not an abort). */
  onError: (error: PaylinkError) => void;
}

/** Whether `error` only says that a request was aborted (new filters, disconnect). */
export function isAbort(error: unknown): boolean {
  return asPaylinkError(error).code === 'aborted';
}

/**
 * The links the list shows and keeps current: the first page for the client and query in use,
 * further pages one at a time as the end nears ({@link LinkPaging.loadMore}), and live updates from
 * the event feed while the list is on screen, which replace changed rows in place and drop links
 * that left the view.
 */
export class LinkPaging {
  /** The links loaded so far, in server order. */
  readonly rows = new LinkRows();

  private readonly host: ReactiveControllerHost;
  private readonly options: LinkPagingOptions;
  private moreFailure: PaylinkError | undefined;

  /** The first page for the current client and query. */
  private readonly pageTask: Task<readonly [PaylinkClient, ListQuery], LinkPage>;
  /** Further pages, one at a time, as the user scrolls. */
  private readonly moreTask: Task<
    readonly [PaylinkClient, ListQuery, string],
    { query: ListQuery; page: LinkPage }
  >;
  private readonly feed: FeedFollower;

  constructor(host: ReactiveControllerHost & HTMLElement, options: LinkPagingOptions) {
    this.host = host;
    this.options = options;
    this.pageTask = new Task(host, {
      args: () => [options.client(), options.query()] as const,
      task: ([client, query], { signal }) =>
        client.links.list({ ...toLinkFilters(query), limit: PAGE_SIZE }, { signal }),
      onComplete: (page) => {
        this.rows.reset(page);
        this.moreError = undefined;
        options.onFirstPage();
      },
      onError: (error) => {
        if (!isAbort(error)) options.onError(asPaylinkError(error));
      },
    });
    this.moreTask = new Task(host, {
      autoRun: false,
      args: () => [options.client(), options.query(), this.rows.nextCursor ?? ''] as const,
      task: async ([client, query, cursor], { signal }) => ({
        query,
        page: await client.links.list({ ...toLinkFilters(query), cursor, limit: PAGE_SIZE }, { signal }),
      }),
      onComplete: ({ query, page }) => {
        // A page asked for under other filters is of no use any more.
        if (query === options.query()) this.rows.append(page);
      },
      onError: (error) => {
        if (isAbort(error)) return;
        const failure = asPaylinkError(error);
        this.moreError = failure;
        options.onError(failure);
      },
    });
    this.feed = new FeedFollower(host, {
      client: options.client,
      interval: options.pollInterval,
      onEvents: (events, signal) => this.applyEvents(events, signal),
    });
  }

  /** Whether the first page is still on its way. */
  get loading(): boolean {
    return this.pageTask.status !== TaskStatus.COMPLETE && this.pageTask.status !== TaskStatus.ERROR;
  }

  /** Whether the first page is shown (loaded, not failed). */
  get complete(): boolean {
    return this.pageTask.status === TaskStatus.COMPLETE;
  }

  /** Why the first page could not be loaded, if it could not. */
  get error(): PaylinkError | undefined {
    return this.pageTask.status === TaskStatus.ERROR ? asPaylinkError(this.pageTask.error) : undefined;
  }

  /** Why the last further page could not be loaded (the status row offers Retry). */
  get moreError(): PaylinkError | undefined {
    return this.moreFailure;
  }

  private set moreError(error: PaylinkError | undefined) {
    if (error === this.moreFailure) return;
    this.moreFailure = error;
    this.host.requestUpdate();
  }

  /** Whether the row after the loaded ones is shown ("Loading more links…", or Retry). */
  get statusRow(): boolean {
    return this.complete && (this.rows.hasMore || this.moreFailure !== undefined);
  }

  /** Whether the list is following the live feed now. */
  get following(): boolean {
    return this.feed.active;
  }

  /** Loads the first page again. */
  reload(): Promise<void> {
    return this.pageTask.run();
  }

  /** New filters: a further page on its way (or its failure) belongs to the old ones. */
  forgetMore(): void {
    this.moreTask.abort();
    this.moreError = undefined;
  }

  /** Loads the next page, unless one is on its way or everything is loaded. */
  readonly loadMore = (): void => {
    if (!this.rows.hasMore || this.moreTask.status === TaskStatus.PENDING || !this.complete) return;
    this.moreError = undefined;
    void this.moreTask.run([this.options.client(), this.options.query(), this.rows.nextCursor ?? '']);
  };

  /** Loads every remaining page (Ctrl+End); resolves with the number of links then loaded. */
  async loadAll(): Promise<number> {
    const query = this.options.query();
    while (this.rows.hasMore && this.options.query() === query && this.complete) {
      if (this.moreTask.status !== TaskStatus.PENDING) this.loadMore();
      await this.moreTask.taskComplete.catch(() => {});
      if (this.moreFailure) break;
    }
    return this.rows.items.length;
  }

  /** Removes links that left the view (archived, deleted) from the rows. */
  remove(ids: Iterable<string>): void {
    this.rows.remove(ids);
    this.host.requestUpdate();
  }

  private async applyEvents(events: LinkEvent[], signal: AbortSignal): Promise<void> {
    if (!this.complete) return;
    const { gone, changed } = planRefresh(events, (id) => this.rows.get(id));
    const client = this.options.client();
    const archivedView = this.options.query().archived;
    const fresh: PaymentLink[] = [];
    await Promise.all(
      [...changed].map(async (id) => {
        try {
          const link = await client.links.get(id, { signal });
          if (link.archived !== archivedView) gone.add(id);
          else fresh.push(link);
        } catch (error) {
          if (isPaylinkError(error) && error.code === 'not_found') gone.add(id);
        }
      }),
    );
    if (signal.aborted) return;
    this.rows.replaceMany(fresh);
    if (gone.size > 0) {
      this.rows.remove(gone);
      this.options.onRemoved(gone);
    }
    if (gone.size > 0 || fresh.length > 0) this.host.requestUpdate();
  }
}
