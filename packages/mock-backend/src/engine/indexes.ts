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
