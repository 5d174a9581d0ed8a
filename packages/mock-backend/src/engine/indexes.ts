/**
 * A min-heap of timed work (expiry, refund settlement), so applying due work costs O(due · log n)
 * rather than a scan of every link. (The creation-time index is in link-index.ts.)
 */

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
 *
 * Entries live in parallel arrays rather than as one object each: an import schedules an expiry per
 * link, and an object (plus a boxed `at`) per link was more for the garbage collector to copy.
 */
export class TimerHeap {
  private at: number[] = [];
  private seq: number[] = [];
  private kind: Timer['kind'][] = [];
  private id: string[] = [];
  private nextSeq = 0;

  get size(): number {
    return this.at.length;
  }

  push(at: number, kind: Timer['kind'], id: string): void {
    this.at.push(at);
    this.seq.push(this.nextSeq++);
    this.kind.push(kind);
    this.id.push(id);
    let i = this.at.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(i, parent)) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  peek(): Timer | undefined {
    return this.at.length === 0 ? undefined : { at: this.at[0]!, kind: this.kind[0]!, id: this.id[0]! };
  }

  pop(): Timer | undefined {
    const top = this.peek();
    if (top === undefined) return undefined;
    const last = this.at.length - 1;
    this.swap(0, last);
    this.at.pop();
    this.seq.pop();
    this.kind.pop();
    this.id.pop();
    const n = last;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let smallest = i;
      if (l < n && this.before(l, smallest)) smallest = l;
      if (r < n && this.before(r, smallest)) smallest = r;
      if (smallest === i) break;
      this.swap(i, smallest);
      i = smallest;
    }
    return top;
  }

  clear(): void {
    this.at = [];
    this.seq = [];
    this.kind = [];
    this.id = [];
    this.nextSeq = 0;
  }

  private before(a: number, b: number): boolean {
    const at = this.at;
    return at[a]! < at[b]! || (at[a] === at[b] && this.seq[a]! < this.seq[b]!);
  }

  private swap(a: number, b: number): void {
    swapItems(this.at, a, b);
    swapItems(this.seq, a, b);
    swapItems(this.kind, a, b);
    swapItems(this.id, a, b);
  }
}

function swapItems<T>(items: T[], a: number, b: number): void {
  const item = items[a]!;
  items[a] = items[b]!;
  items[b] = item;
}
