import { close, fdatasync, open, write } from 'node:fs';
import { dirname } from 'node:path';
import { promisify } from 'node:util';
import { segmentPath, syncDirectory } from './files.ts';

// The callback API on a plain descriptor: the first segment is opened synchronously at start (so a
// folder that cannot be written stops the start), later ones asynchronously.
const openAsync = promisify(open);
/** Writes `buffer` at the end of the file; resolves to the bytes written. */
function writeAsync(fd: number, buffer: Buffer): Promise<number> {
  return new Promise((resolve, reject) =>
    write(fd, buffer, (error, written) => (error ? reject(error) : resolve(written))),
  );
}
const datasyncAsync = promisify(fdatasync);
const closeAsync = promisify(close);

interface Pending {
  seq: number;
  line: Buffer;
  /** The segment the line belongs in. */
  gen: number;
}

interface Waiter {
  seq: number;
  resolve(): void;
  reject(error: unknown): void;
}

/**
 * Appends journal lines with group commit: lines appended while a write is on its way wait and go
 * out together in the next single `write` + `fdatasync`, so a burst of requests costs one sync, not
 * one each. The writes run on libuv's thread pool, so the event loop never waits for the disk.
 * {@link settled} resolves once everything appended so far is on disk: the server answers no
 * request before that.
 */
export class JournalWriter {
  private fd: number;
  private gen: number;
  /** The segment new lines go to; ahead of {@link gen} while a rotation is under way. */
  private targetGen: number;
  private pending: Pending[] = [];
  private waiters: Waiter[] = [];
  /** Rotations waiting for their segment (`seq` holds the generation). */
  private switchWaiters: Waiter[] = [];
  private pumping = false;
  private appendedSeq: number;
  private durableSeq: number;
  private failure: unknown;
  /** Bytes written since the last snapshot: the compaction trigger. */
  bytesSinceSnapshot = 0;

  constructor(
    private readonly file: string,
    fd: number,
    gen: number,
    lastSeq: number,
    private readonly onFailure: (error: unknown) => void,
  ) {
    this.fd = fd;
    this.gen = gen;
    this.targetGen = gen;
    this.appendedSeq = lastSeq;
    this.durableSeq = lastSeq;
  }

  /** The generation new lines are written to. */
  get generation(): number {
    return this.targetGen;
  }

  /** Queues a line; it is written with whatever else arrives before the disk is free. */
  append(seq: number, line: Buffer): void {
    if (this.failure !== undefined) return;
    this.appendedSeq = seq;
    this.pending.push({ seq, line, gen: this.targetGen });
    if (!this.pumping) void this.pump();
  }

  /** Resolves when every line appended so far is on disk; rejects if the journal cannot be written. */
  settled(): Promise<void> {
    if (this.failure !== undefined) return Promise.reject(this.failure);
    if (this.durableSeq >= this.appendedSeq) return Promise.resolve();
    return new Promise((resolve, reject) => this.waiters.push({ seq: this.appendedSeq, resolve, reject }));
  }

  /**
   * Sends lines appended from now on to segment `gen`. Resolves once every line before the switch is
   * synced and the new segment exists on disk, so a snapshot of the state at the switch can replace
   * the older segments.
   */
  async rotate(gen: number): Promise<void> {
    this.targetGen = gen;
    this.bytesSinceSnapshot = 0;
    const boundary = this.appendedSeq;
    if (!this.pumping) void this.pump();
    await this.settledUpTo(boundary);
    if (this.gen === gen) return;
    await new Promise<void>((resolve, reject) => this.switchWaiters.push({ seq: gen, resolve, reject }));
  }

  /** Waits for the queue, then closes the segment. */
  async close(): Promise<void> {
    await this.settled().catch(() => undefined);
    await closeAsync(this.fd);
  }

  private settledUpTo(seq: number): Promise<void> {
    if (this.failure !== undefined) return Promise.reject(this.failure);
    if (this.durableSeq >= seq) return Promise.resolve();
    return new Promise((resolve, reject) => this.waiters.push({ seq, resolve, reject }));
  }

  private async switchTo(gen: number): Promise<void> {
    const next = await openAsync(segmentPath(this.file, gen), 'a');
    syncDirectory(dirname(this.file));
    const previous = this.fd;
    this.fd = next;
    this.gen = gen;
    await closeAsync(previous);
    const still: Waiter[] = [];
    for (const waiter of this.switchWaiters) {
      if (waiter.seq <= gen) waiter.resolve();
      else still.push(waiter);
    }
    this.switchWaiters = still;
  }

  /** The only writer of the segment files: lines in order, then a switch when a rotation asks. */
  private async pump(): Promise<void> {
    this.pumping = true;
    try {
      while (this.pending.length > 0 || this.gen !== this.targetGen) {
        const gen = this.pending.length > 0 ? this.pending[0]!.gen : this.targetGen;
        if (gen !== this.gen) {
          await this.switchTo(gen);
          continue;
        }
        let count = 0;
        while (count < this.pending.length && this.pending[count]!.gen === gen) count++;
        const batch = this.pending.splice(0, count);
        const bytes = Buffer.concat(batch.map((entry) => entry.line));
        let written = 0;
        while (written < bytes.length) {
          written += await writeAsync(this.fd, bytes.subarray(written));
        }
        await datasyncAsync(this.fd);
        this.bytesSinceSnapshot += bytes.length;
        this.durableSeq = batch[batch.length - 1]!.seq;
        this.release();
      }
    } catch (error) {
      this.failure = error;
      this.pending = [];
      for (const waiter of [...this.waiters.splice(0), ...this.switchWaiters.splice(0)]) waiter.reject(error);
      this.onFailure(error);
    } finally {
      this.pumping = false;
    }
  }

  private release(): void {
    const still: Waiter[] = [];
    for (const waiter of this.waiters) {
      if (waiter.seq <= this.durableSeq) waiter.resolve();
      else still.push(waiter);
    }
    this.waiters = still;
  }
}
