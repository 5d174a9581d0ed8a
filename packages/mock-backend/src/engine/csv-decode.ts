/**
 * Turns the bytes of an uploaded CSV file into text. Spreadsheet programs save CSV in several
 * encodings: UTF-8 with or without a byte-order mark, UTF-16 (Excel's "Unicode text") with one, and
 * Windows-1252 (older Excel on Windows). Each is recognised and decoded; anything else is refused
 * with a message that says what to do, instead of importing garbled headers.
 * @module
 */
import { EngineError } from './api.ts';

/** An encoding the import reads. */
export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

const SAVE_AS_UTF8 = 'Save the file as "CSV UTF-8" and upload it again.';

function refuse(message: string): never {
  throw new EngineError('validation_failed', `${message} ${SAVE_AS_UTF8}`, [{ path: 'file', message }]);
}

/** The encoding a `charset` parameter names, if the import reads it. */
function declaredEncoding(charset: string | undefined): CsvEncoding | 'utf-16' | undefined {
  switch (charset?.trim().toLowerCase().replace(/^"|"$/g, '')) {
    case undefined:
    case '':
      return undefined;
    case 'utf-8':
    case 'utf8':
      return 'utf-8';
    case 'utf-16':
      return 'utf-16';
    case 'utf-16le':
      return 'utf-16le';
    case 'utf-16be':
      return 'utf-16be';
    case 'windows-1252':
    case 'cp1252':
    case 'iso-8859-1':
    case 'latin1':
    case 'us-ascii':
      return 'windows-1252';
    default:
      return refuse(
        `The file's character set ${charset} is not supported (UTF-8, UTF-16 or Windows-1252 are).`,
      );
  }
}

/** What Windows-1252 puts at 0x80–0x9F (ISO-8859-1 has control characters there); 0 where it has none. */
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0,
  0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
  0x0153, 0, 0x017e, 0x0178,
];

/**
 * Windows-1252, written out: Node's `TextDecoder('windows-1252')` reads it as ISO-8859-1, so `€`
 * (0x80) and the curly quotes would come out as control characters. Unused bytes map to themselves,
 * as the WHATWG decoder does.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const codes = new Uint16Array(Math.min(bytes.length, 8192));
  for (let start = 0; start < bytes.length; start += codes.length) {
    const end = Math.min(bytes.length, start + codes.length);
    for (let i = start; i < end; i++) {
      const byte = bytes[i]!;
      codes[i - start] = byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80] || byte : byte;
    }
    parts.push(String.fromCharCode.apply(null, codes.subarray(0, end - start) as unknown as number[]));
  }
  return parts.join('');
}

/** Bytes decoded between two yields of {@link decodeCsvInSlices}: a few milliseconds of work. */
const DECODE_SLICE_BYTES = 1 << 20;

/**
 * Decodes `chunks` (the upload as it arrived, `skip` bytes of byte-order mark left out), stopping
 * after about every {@link DECODE_SLICE_BYTES} so a caller can let other work run. Returns the text.
 */
function* decodeSteps(
  chunks: readonly Uint8Array[],
  encoding: CsvEncoding,
  skip: number,
): Generator<void, string> {
  const parts: string[] = [];
  const decoder = encoding === 'windows-1252' ? undefined : new TextDecoder(encoding, { fatal: true });
  let toSkip = skip;
  let sinceYield = 0;
  try {
    for (const whole of chunks) {
      const chunk = toSkip > 0 ? whole.subarray(Math.min(toSkip, whole.length)) : whole;
      toSkip = Math.max(0, toSkip - whole.length);
      parts.push(decoder ? decoder.decode(chunk, { stream: true }) : decodeWindows1252(chunk));
      sinceYield += chunk.length;
      if (sinceYield >= DECODE_SLICE_BYTES) {
        sinceYield = 0;
        yield;
      }
    }
    if (decoder) parts.push(decoder.decode());
  } catch {
    return refuse(`The file is not valid ${encoding.toUpperCase()}.`);
  }
  return parts.join('');
}

/** True when most of the first bytes alternate with zeros: UTF-16 text saved without a byte-order mark. */
function looksLikeBomlessUtf16(bytes: Uint8Array): boolean {
  const sample = Math.min(bytes.length, 512) & ~1;
  if (sample < 16) return false;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  return Math.max(evenZeros, oddZeros) > sample / 2 / 3;
}

/** The first `count` bytes of an upload that arrived in `chunks`. */
function firstBytes(chunks: readonly Uint8Array[], count: number): Uint8Array {
  const head = new Uint8Array(count);
  let filled = 0;
  for (const chunk of chunks) {
    if (filled >= count) break;
    const take = chunk.subarray(0, count - filled);
    head.set(take, filled);
    filled += take.length;
  }
  return head.subarray(0, filled);
}

/**
 * How to read an upload: its encoding, the byte-order mark to skip, and whether UTF-8 is only a
 * guess that Windows-1252 replaces if the bytes are not valid UTF-8.
 */
function chooseEncoding(
  chunks: readonly Uint8Array[],
  charset: string | undefined,
): { encoding: CsvEncoding; skip: number; guessed: boolean } {
  const head = firstBytes(chunks, 512);
  const [b0, b1, b2, b3] = head;
  if (
    (b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) ||
    (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff)
  ) {
    return refuse('The file is UTF-32, which the import does not read.');
  }
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { encoding: 'utf-8', skip: 3, guessed: false };
  if (b0 === 0xff && b1 === 0xfe) return { encoding: 'utf-16le', skip: 2, guessed: false };
  if (b0 === 0xfe && b1 === 0xff) return { encoding: 'utf-16be', skip: 2, guessed: false };
  const declared = declaredEncoding(charset);
  if (declared === 'utf-16') {
    return refuse('The file is UTF-16 without a byte-order mark, so its byte order is unknown.');
  }
  if (declared !== undefined) return { encoding: declared, skip: 0, guessed: false };
  if (looksLikeBomlessUtf16(head)) return refuse('The file looks like UTF-16 without a byte-order mark.');
  return { encoding: 'utf-8', skip: 0, guessed: true };
}

/**
 * Decodes an upload, driving the slices with `between` (nothing, or a yield). A byte-order mark
 * decides first (UTF-8, UTF-16 LE or BE; UTF-32 is refused); then a `charset` the upload declared;
 * then the bytes: valid UTF-8 is UTF-8, UTF-16 without a mark is refused (its byte order cannot be
 * told reliably), and anything else is read as Windows-1252. Text with NUL characters is not a CSV.
 */
function* decodeUpload(
  chunks: readonly Uint8Array[],
  charset: string | undefined,
): Generator<void, { text: string; encoding: CsvEncoding }> {
  const choice = chooseEncoding(chunks, charset);
  let result: { text: string; encoding: CsvEncoding };
  try {
    result = { text: yield* decodeSteps(chunks, choice.encoding, choice.skip), encoding: choice.encoding };
  } catch (error) {
    if (!choice.guessed) throw error;
    result = { text: yield* decodeSteps(chunks, 'windows-1252', 0), encoding: 'windows-1252' };
  }
  if (result.text.includes('\u0000')) refuse('The file holds NUL characters: it is not a CSV text file.');
  return result;
}

/** The text of a CSV upload and the encoding it was read in (see {@link decodeCsvInSlices}). */
export function decodeCsv(bytes: Uint8Array, charset?: string): { text: string; encoding: CsvEncoding } {
  const steps = decodeUpload([bytes], charset);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The text of a CSV upload that arrived in `chunks`, decoded a megabyte at a time with `yieldNow` in
 * between, so 16 MB of text never hold other requests up for long.
 */
export async function decodeCsvInSlices(
  chunks: readonly Uint8Array[],
  charset: string | undefined,
  yieldNow: () => Promise<void>,
): Promise<{ text: string; encoding: CsvEncoding }> {
  const steps = decodeUpload(chunks, charset);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await yieldNow();
  }
}
