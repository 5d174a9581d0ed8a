/**
 * Which text encoding a CSV file is in, from its first bytes: a byte order mark (UTF-8, UTF-16 LE/BE),
 * UTF-16 without one (every other byte zero), else UTF-8 — read strictly, falling back to
 * Windows-1252 (what Excel on Windows writes) when the bytes are not UTF-8. Files that are not text
 * at all (a spreadsheet workbook, a PDF, anything with zero bytes) are refused with the reason.
 * @module
 */

/** The encodings a file is read in. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** Why a file cannot be read as CSV text. */
export type ReadFailure =
  | 'empty'
  | 'spreadsheet'
  | 'binary'
  | 'encoding'
  | 'unreadable'
  | 'no_rows'
  | 'too_many_columns';

/** A file that cannot be read as CSV, and why. */
export class ReadError extends Error {
  readonly failure: ReadFailure;
  constructor(failure: ReadFailure) {
    super(`The file cannot be read as CSV (${failure})`);
    this.name = 'ReadError';
    this.failure = failure;
  }
}

/** What the first bytes say. */
export type Sniffed =
  | {
      encoding: TextEncoding;
      /** Bytes of the byte order mark to skip. */
      bom: number;
      /** The file says which encoding it is in (a BOM), so bytes that do not fit are an error. */
      declared: boolean;
    }
  | { refused: ReadFailure };

/** Bytes that start a workbook rather than text: zip (xlsx, ods), OLE (xls), PDF. */
const MAGIC: readonly (readonly number[])[] = [
  [0x50, 0x4b, 0x03, 0x04],
  [0xd0, 0xcf, 0x11, 0xe0],
  [0x25, 0x50, 0x44, 0x46],
];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

/** Reads the encoding from the first bytes of a file (a few kilobytes are enough). */
export function sniffEncoding(head: Uint8Array): Sniffed {
  if (head.length === 0) return { refused: 'empty' };
  if (startsWith(head, [0xef, 0xbb, 0xbf])) return { encoding: 'utf-8', bom: 3, declared: true };
  if (startsWith(head, [0xff, 0xfe])) return { encoding: 'utf-16le', bom: 2, declared: true };
  if (startsWith(head, [0xfe, 0xff])) return { encoding: 'utf-16be', bom: 2, declared: true };
  if (MAGIC.some((magic) => startsWith(head, magic))) {
    return { refused: head[0] === 0x25 ? 'binary' : 'spreadsheet' };
  }
  // UTF-16 without a mark: text in Latin script has a zero in every other byte.
  let evenZeros = 0;
  let oddZeros = 0;
  const pairs = Math.floor(head.length / 2);
  for (let i = 0; i < pairs * 2; i += 2) {
    if (head[i] === 0) evenZeros++;
    if (head[i + 1] === 0) oddZeros++;
  }
  if (pairs > 0 && oddZeros > pairs * 0.3 && evenZeros === 0) {
    return { encoding: 'utf-16le', bom: 0, declared: false };
  }
  if (pairs > 0 && evenZeros > pairs * 0.3 && oddZeros === 0) {
    return { encoding: 'utf-16be', bom: 0, declared: false };
  }
  if (evenZeros + oddZeros > 0) return { refused: 'binary' };
  return { encoding: 'utf-8', bom: 0, declared: false };
}

/**
 * A text decoder that fails on bytes that do not belong to `encoding` (Windows-1252 never fails: every
 * byte is a character in it).
 */
export function strictDecoder(encoding: TextEncoding): TextDecoder {
  return new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
}

/** The name people know an encoding by, for the preview. */
export const ENCODING_NAMES: Readonly<Record<TextEncoding, string>> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16',
  'utf-16be': 'UTF-16',
  'windows-1252': 'Windows-1252',
};
