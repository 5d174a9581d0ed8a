/**
 * Ids and unguessable tokens. Ids come from the platform CSPRNG, so they never repeat after a restart
 * and cannot be predicted; tests that need the same ids on every run ask for a seeded PRNG instead
 * (`deterministicIds`). Pay tokens and PSP payment ids are the only key to a customer's payment, so
 * they carry 128 random bits and pay tokens never come from the seed.
 */

const REF_ALPHABET = '0123456789ABCDEFGHJKLMNPQRSTUVWXYZ';
const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
/** Every two-digit base-36 string, `00` to `zz`, by value. */
const BASE36_PAIRS = Array.from({ length: 36 * 36 }, (_, n) =>
  n < 36 ? `0${n.toString(36)}` : n.toString(36),
);
const B64URL_CODES = Uint8Array.from(B64URL, (ch) => ch.charCodeAt(0));

/** Prefixes of the engine's ids, one per kind of record. */
export type IdPrefix = 'pl' | 'ev' | 'rf' | 'inv' | 'pay' | 'cus';

/** Where ids draw their randomness from: 32 bits per call. */
export interface RandomSource {
  nextUint32(): number;
}

/**
 * 32-bit draws from the platform CSPRNG (`crypto.getRandomValues`, in browsers and Node alike),
 * fetched in blocks: one call per id made seeding 100 000 links slow.
 */
export class SecureRandom implements RandomSource {
  private readonly pool = new Uint32Array(2048);
  private offset = this.pool.length;

  nextUint32(): number {
    if (this.offset === this.pool.length) {
      globalThis.crypto.getRandomValues(this.pool);
      this.offset = 0;
    }
    return this.pool[this.offset++]!;
  }
}

/**
 * A small seeded PRNG (sfc32). Not cryptographic: it only spreads ids and demo data. Its state is
 * four 32-bit words so it can be saved in a snapshot and resumed without repeating ids.
 */
export class Prng implements RandomSource {
  // Four plain fields rather than an array: this runs millions of times when seeding.
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number | readonly number[]) {
    if (typeof seed === 'number') {
      this.a = 0x9e3779b9;
      this.b = 0x243f6a88;
      this.c = 0xb7e15162;
      this.d = seed >>> 0;
      // Warm up so nearby seeds diverge quickly.
      for (let i = 0; i < 15; i++) this.nextUint32();
    } else {
      this.a = seed[0]! >>> 0;
      this.b = seed[1]! >>> 0;
      this.c = seed[2]! >>> 0;
      this.d = seed[3]! >>> 0;
    }
  }

  nextUint32(): number {
    const { a, b, c, d } = this;
    const t = (((a + b) | 0) + d) | 0;
    this.d = (d + 1) | 0;
    this.a = b ^ (b >>> 9);
    this.b = (c + (c << 3)) | 0;
    const r = (c << 21) | (c >>> 11);
    this.c = (r + t) | 0;
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

  /** A string of `length` characters drawn from `alphabet` (at most 64 characters long). */
  chars(length: number, alphabet: string): string {
    // One flat string from char codes: concatenating character by character left millions of
    // intermediate strings for the garbage collector when seeding.
    const codes = this.codes;
    codes.length = length;
    for (let i = 0; i < length; i++)
      codes[i] = alphabet.charCodeAt(Math.floor(this.next() * alphabet.length));
    return String.fromCharCode.apply(null, codes);
  }

  private readonly codes: number[] = [];

  /**
   * `length` base-36 characters, six per 32-bit draw (36^6 < 2^32), instead of one draw per
   * character: ids are made for every link, customer and event.
   */
  base36(length: number): string {
    return this.base36With('', length);
  }

  /**
   * `prefix` followed by {@link base36} characters. Joined, because join makes one flat string where
   * concatenating left a chain of small strings behind every stored id for the collector to copy.
   */
  base36With(prefix: string, length: number): string {
    return base36Digits(this, prefix, length);
  }

  get state(): number[] {
    return [this.a >>> 0, this.b >>> 0, this.c >>> 0, this.d >>> 0];
  }
}

/**
 * `prefix` followed by `length` base-36 characters, six per 32-bit draw (36^6 < 2^32) instead of one
 * draw per character: ids are made for every link, customer and event. Joined, because join makes
 * one flat string where concatenating left a chain of small strings behind every stored id.
 */
function base36Digits(source: RandomSource, prefix: string, length: number): string {
  const parts = [prefix];
  for (let left = length; left > 0; left -= 6) {
    // Six digits as three table pairs, most significant first: no number-to-string conversion.
    let draw = source.nextUint32() % 2_176_782_336;
    const low = draw % 1296;
    draw = (draw - low) / 1296;
    const mid = draw % 1296;
    const high = (draw - mid) / 1296;
    if (left >= 6) parts.push(BASE36_PAIRS[high]!, BASE36_PAIRS[mid]!, BASE36_PAIRS[low]!);
    else parts.push(`${BASE36_PAIRS[high]}${BASE36_PAIRS[mid]}${BASE36_PAIRS[low]}`.slice(0, left));
  }
  return parts.join('');
}

/** `length` characters of `alphabet` (at most 64 long), one draw each, as {@link Prng.chars} picks them. */
function charsFrom(source: RandomSource, length: number, alphabet: string): string {
  const codes: number[] = [];
  for (let i = 0; i < length; i++) {
    codes.push(alphabet.charCodeAt(Math.floor((source.nextUint32() / 4294967296) * alphabet.length)));
  }
  return String.fromCharCode.apply(null, codes);
}

/** Characters of a PSP payment id after `pay_`: base64url, 6 bits each, so 22 carry 128 bits (plus 4). */
const PAYMENT_ID_CHARS = 22;

/**
 * Makes prefixed ids such as `pl_k3v9x0q2m7ab1c4d` from a {@link RandomSource}: the CSPRNG
 * ({@link SecureRandom}) normally, a seeded {@link Prng} when a test asks for repeatable ids.
 */
export class IdGenerator {
  readonly source: RandomSource;
  /** True when ids come from the CSPRNG, so PSP payment ids come from it too (see {@link next}). */
  private readonly secure: boolean;

  constructor(source: RandomSource) {
    this.source = source;
    this.secure = source instanceof SecureRandom;
  }

  /**
   * A fresh id: 16 base-36 characters (82 bits). Collisions are not checked: among a million ids
   * their odds are about 1 in 10^13, and checking cost a lookup per id. PSP payment ids are reachable
   * without a token (`/psp/:paymentId`), so they get 128 bits instead: `pay_` + 22 base64url
   * characters, straight from the CSPRNG's bytes (or from the seeded PRNG in a repeatable test).
   */
  next(prefix: IdPrefix): string {
    if (prefix === 'pay') {
      return this.secure
        ? `pay_${randomBase64url(16)}`
        : `pay_${charsFrom(this.source, PAYMENT_ID_CHARS, B64URL)}`;
    }
    return base36Digits(this.source, `${prefix}_`, 16);
  }

  /** A PSP reference as the mock PSP would report it, e.g. `PSP-8F3K2Q7ZLM`. */
  pspReference(): string {
    return `PSP-${charsFrom(this.source, 10, REF_ALPHABET)}`;
  }
}

/** A merchant reference such as `PL-000123`. */
export function formatReference(sequence: number): string {
  return `PL-${String(sequence).padStart(6, '0')}`;
}

const TOKEN_BYTES = 16;
// Random bytes are fetched in blocks: one CSPRNG call per token made seeding 100 000 links slow.
const pool = new Uint8Array(TOKEN_BYTES * 1024);
let poolOffset = pool.length;

/** 16 bytes (128 bits) from the platform CSPRNG as base64url: 22 characters, no padding. */
export function newPayToken(): string {
  return randomBase64url(TOKEN_BYTES);
}

/** `byteCount` (at most 16) bytes from the platform CSPRNG as base64url, no padding. */
function randomBase64url(byteCount: number): string {
  if (poolOffset + byteCount > pool.length) {
    globalThis.crypto.getRandomValues(pool);
    poolOffset = 0;
  }
  const bytes = pool.subarray(poolOffset, poolOffset + byteCount);
  const text = base64url(bytes);
  // Bytes are used once: wipe them so nothing else can ever read a token out of the pool.
  bytes.fill(0);
  poolOffset += byteCount;
  return text;
}

/** base64url without padding; written out because `Buffer` does not exist in browsers. */
export function base64url(bytes: Uint8Array): string {
  // Character codes joined once: appending four characters at a time left a chain of strings
  // behind every stored token.
  const codes: number[] = [];
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    codes.push(B64URL_CODES[(n >>> 18) & 63]!, B64URL_CODES[(n >>> 12) & 63]!);
    codes.push(B64URL_CODES[(n >>> 6) & 63]!, B64URL_CODES[n & 63]!);
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i]! << 16;
    codes.push(B64URL_CODES[(n >>> 18) & 63]!, B64URL_CODES[(n >>> 12) & 63]!);
  } else if (rest === 2) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8);
    codes.push(B64URL_CODES[(n >>> 18) & 63]!, B64URL_CODES[(n >>> 12) & 63]!, B64URL_CODES[(n >>> 6) & 63]!);
  }
  return String.fromCharCode.apply(null, codes);
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
