/**
 * The two indexes that keep the engine fast on 100 000 links: links sorted by creation time (the list
 * always filters on a date range, so it binary-searches instead of scanning), and a min-heap of
 * timed work (expiry, refund settlement) so applying due work costs O(due · log n), not a scan.
 */

/** Something placed on the creation-time index. */
export interface CreatedSortable {
  readonly createdAtMs: number;
  readonly link: { readonly id: string };
}

function compareCreated(a: CreatedSortable, b: CreatedSortable): number {
  return a.createdAtMs - b.createdAtMs || (a.link.id < b.link.id ? -1 : a.link.id > b.link.id ? 1 : 0);
}

/** Records ordered by `(createdAtMs, id)`, ascending. */
export class CreatedIndex<T extends CreatedSortable> {
  private items: T[] = [];
  private dirty = false;

  /** Links are almost always created "now", so inserting is usually a push. */
  insert(item: T): void {
    if (this.dirty) {
      this.items.push(item);
      return;
    }
    const last = this.items[this.items.length - 1];
    if (!last || compareCreated(last, item) <= 0) {
      this.items.push(item);
      return;
    }
    this.items.splice(this.upperBoundOf(item), 0, item);
  }

  /** Adds many items and sorts once (seeding, restore). */
  insertMany(items: readonly T[]): void {
    for (const item of items) this.items.push(item);
    this.dirty = true;
  }

  remove(item: T): void {
    const all = this.all();
    const at = this.lowerBoundOf(item);
    if (all[at] === item) all.splice(at, 1);
    else {
      const i = all.indexOf(item);
      if (i >= 0) all.splice(i, 1);
    }
  }

  clear(): void {
    this.items = [];
    this.dirty = false;
  }

  /** The sorted array itself: read it, never mutate it. */
  all(): readonly T[] & T[] {
    if (this.dirty) {
      this.items.sort(compareCreated);
      this.dirty = false;
    }
    return this.items;
  }

  /** Index of the first item with `createdAtMs >= ms`. */
  lowerBound(ms: number): number {
    const all = this.all();
    let lo = 0;
    let hi = all.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (all[mid]!.createdAtMs < ms) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private lowerBoundOf(item: T): number {
    const all = this.all();
    let lo = 0;
    let hi = all.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compareCreated(all[mid]!, item) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private upperBoundOf(item: T): number {
    const all = this.items;
    let lo = 0;
    let hi = all.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compareCreated(all[mid]!, item) <= 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** Timed work the engine must apply once the clock passes `at`. */
export interface Timer {
  at: number;
  kind: 'expire' | 'settle_refund';
  /** Link id for `expire`, refund id for `settle_refund`. */
  id: string;
}

/**
 * A binary min-heap of timers ordered by `at`, then insertion order (so equal times run in the order
 * they were scheduled). Entries are never removed early: the engine re-checks each one when it comes
 * due and ignores it if it no longer applies (link paid, deleted, expiry changed...).
 */
export class TimerHeap {
  private heap: (Timer & { seq: number })[] = [];
  private seq = 0;

  get size(): number {
    return this.heap.length;
  }

  push(timer: Timer): void {
    const entry = { ...timer, seq: this.seq++ };
    const h = this.heap;
    h.push(entry);
    let i = h.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(h[i]!, h[parent]!)) break;
      [h[i], h[parent]] = [h[parent]!, h[i]!];
      i = parent;
    }
  }

  peek(): Timer | undefined {
    return this.heap[0];
  }

  pop(): Timer | undefined {
    const h = this.heap;
    const top = h[0];
    const last = h.pop();
    if (top === undefined || last === undefined) return undefined;
    if (h.length > 0) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let smallest = i;
        if (l < h.length && before(h[l]!, h[smallest]!)) smallest = l;
        if (r < h.length && before(h[r]!, h[smallest]!)) smallest = r;
        if (smallest === i) break;
        [h[i], h[smallest]] = [h[smallest]!, h[i]!];
        i = smallest;
      }
    }
    return top;
  }

  clear(): void {
    this.heap = [];
    this.seq = 0;
  }
}

function before(a: { at: number; seq: number }, b: { at: number; seq: number }): boolean {
  return a.at < b.at || (a.at === b.at && a.seq < b.seq);
}
