/**
 * Deterministic ids and unguessable tokens. Ids only need to be unique and stable for a given seed
 * (so demo data and tests are reproducible); tokens are the only key to a pay page, so they come from
 * the platform CSPRNG and are never derived from an id or from the seed.
 */

const ID_ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';
const REF_ALPHABET = '0123456789ABCDEFGHJKLMNPQRSTUVWXYZ';
const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Prefixes of the engine's ids, one per kind of record. */
export type IdPrefix = 'pl' | 'ev' | 'rf' | 'inv' | 'pay' | 'cus';

/**
 * A small seeded PRNG (sfc32). Not cryptographic: it only spreads ids and demo data. Its state is
 * four 32-bit words so it can be saved in a snapshot and resumed without repeating ids.
 */
export class Prng {
  private s: [number, number, number, number];

  constructor(seed: number | readonly number[]) {
    if (typeof seed === 'number') {
      this.s = [0x9e3779b9, 0x243f6a88, 0xb7e15162, seed >>> 0];
      // Warm up so nearby seeds diverge quickly.
      for (let i = 0; i < 15; i++) this.nextUint32();
    } else {
      this.s = [seed[0]! >>> 0, seed[1]! >>> 0, seed[2]! >>> 0, seed[3]! >>> 0];
    }
  }

  nextUint32(): number {
    let [a, b, c, d] = this.s;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    this.s = [a, b, c, d];
    return t >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    return this.nextUint32() / 4294967296;
  }

  /** An integer in [min, max] (both inclusive). */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** A string of `length` characters drawn from `alphabet`. */
  chars(length: number, alphabet: string): string {
    let out = '';
    for (let i = 0; i < length; i++) out += alphabet[Math.floor(this.next() * alphabet.length)];
    return out;
  }

  get state(): number[] {
    return [...this.s];
  }
}

/** Makes prefixed ids such as `pl_k3v9x0q2m7ab1c4d` from a {@link Prng}. */
export class IdGenerator {
  readonly prng: Prng;

  constructor(prng: Prng) {
    this.prng = prng;
  }

  /** A fresh id; `taken` lets the caller rule out (astronomically unlikely) collisions. */
  next(prefix: IdPrefix, taken?: (id: string) => boolean): string {
    for (;;) {
      const id = `${prefix}_${this.prng.chars(16, ID_ALPHABET)}`;
      if (!taken?.(id)) return id;
    }
  }

  /** A PSP reference as the mock PSP would report it, e.g. `PSP-8F3K2Q7ZLM`. */
  pspReference(): string {
    return `PSP-${this.prng.chars(10, REF_ALPHABET)}`;
  }
}

/** A merchant reference such as `PL-000123`. */
export function formatReference(sequence: number): string {
  return `PL-${String(sequence).padStart(6, '0')}`;
}

/** 16 bytes (128 bits) from the platform CSPRNG as base64url: 22 characters, no padding. */
export function newPayToken(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return base64url(bytes);
}

/** base64url without padding; written out because `Buffer` does not exist in browsers. */
export function base64url(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out += B64URL[(n >>> 18) & 63]! + B64URL[(n >>> 12) & 63]! + B64URL[(n >>> 6) & 63]! + B64URL[n & 63]!;
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i]! << 16;
    out += B64URL[(n >>> 18) & 63]! + B64URL[(n >>> 12) & 63]!;
  } else if (rest === 2) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8);
    out += B64URL[(n >>> 18) & 63]! + B64URL[(n >>> 12) & 63]! + B64URL[(n >>> 6) & 63]!;
  }
  return out;
}

/** UTF-8 text as base64url, for opaque cursors. */
export function encodeCursor(text: string): string {
  return base64url(new TextEncoder().encode(text));
}

/** The inverse of {@link encodeCursor}; `undefined` when the input is not base64url. */
export function decodeCursor(cursor: string): string | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(cursor) || cursor.length % 4 === 1) return undefined;
  const bytes: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const ch of cursor) {
    buffer = (buffer << 6) | B64URL.indexOf(ch);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >>> bits) & 0xff);
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(bytes));
  } catch {
    return undefined;
  }
}
