import type { LinkPage, PaymentLink } from '@paylink/client';

/**
 * The links loaded so far for the current filters, in server order, each once: pages are appended
 * as the user scrolls, live updates replace a link in place, archived and deleted links are removed.
 * `items` is a new array after each change, so the list sees the change.
 */
export class LinkRows {
  items: readonly PaymentLink[] = [];
  /** Links matching the filters on the server, loaded or not. */
  total = 0;
  /** Cursor of the next page, `null` when everything is loaded. */
  nextCursor: string | null = null;
  private readonly index = new Map<string, number>();

  /** Starts over with a first page. */
  reset(page: LinkPage): void {
    this.items = [];
    this.index.clear();
    this.append(page);
  }

  /** Adds a further page; links already loaded (moved by a live change) are skipped. */
  append(page: LinkPage): void {
    const next = [...this.items];
    for (const link of page.items) {
      if (this.index.has(link.id)) continue;
      this.index.set(link.id, next.length);
      next.push(link);
    }
    this.items = next;
    this.total = Math.max(page.total, next.length);
    this.nextCursor = page.nextCursor;
  }

  /** Whether more pages can be loaded. */
  get hasMore(): boolean {
    return this.nextCursor !== null;
  }

  has(id: string): boolean {
    return this.index.has(id);
  }

  get(id: string): PaymentLink | undefined {
    const at = this.index.get(id);
    return at === undefined ? undefined : this.items[at];
  }

  /** Replaces loaded links with newer copies, keeping their places (one copy of the array for all). */
  replaceMany(links: readonly PaymentLink[]): void {
    const known = links.filter((link) => this.index.has(link.id));
    if (known.length === 0) return;
    const next = [...this.items];
    for (const link of known) next[this.index.get(link.id) as number] = link;
    this.items = next;
  }

  /** Removes links (deleted, or no longer in this view); the total drops with them. */
  remove(ids: Iterable<string>): number {
    const gone = new Set([...ids].filter((id) => this.index.has(id)));
    if (gone.size === 0) return 0;
    this.items = this.items.filter((link) => !gone.has(link.id));
    this.index.clear();
    for (const [i, link] of this.items.entries()) this.index.set(link.id, i);
    this.total = Math.max(0, this.total - gone.size);
    return gone.size;
  }
}
