/**
 * The journal's line format: `<crc32 as 8 hex digits> <json>\n`, the JSON being
 * `{"seq":N,"delta":{…}}`. The checksum tells a line cut short by a crash (only ever the last one)
 * from one damaged in the middle of the file.
 * @module
 */
import type { EngineDelta } from '../engine/delta.ts';
import { crc32 } from './crc32.ts';

/** One entry of the journal: the delta of one engine call and its sequence number. */
export interface JournalEntry {
  seq: number;
  delta: EngineDelta;
}

/** The bytes of one journal line. */
export function encodeEntry(seq: number, delta: EngineDelta): Buffer {
  const json = Buffer.from(`{"seq":${seq},"delta":${JSON.stringify(delta)}}`);
  const line = Buffer.allocUnsafe(json.length + 10);
  line.write(crc32(json).toString(16).padStart(8, '0'), 0, 'latin1');
  line[8] = 0x20;
  json.copy(line, 9);
  line[line.length - 1] = 0x0a;
  return line;
}

/** The entries of a journal file, and where its readable part ends. */
export interface DecodedJournal {
  entries: JournalEntry[];
  /** Bytes of whole, intact lines from the start: what is left after a torn last line is cut off. */
  validBytes: number;
  /** True when the file ends in a line that is cut short or fails its checksum (a crash mid-write). */
  tornTail: boolean;
}

/**
 * Reads a journal file's bytes. A bad line that only bad lines follow is the torn tail of a crash
 * and is left out; a bad line followed by good ones means damage, and throws.
 */
export function decodeJournal(bytes: Buffer): DecodedJournal {
  const entries: JournalEntry[] = [];
  let at = 0;
  let validBytes = 0;
  let firstBad: number | undefined;
  while (at < bytes.length) {
    const end = bytes.indexOf(0x0a, at);
    const line = bytes.subarray(at, end < 0 ? bytes.length : end);
    const entry = end < 0 ? undefined : decodeLine(line);
    if (entry === undefined) firstBad ??= at;
    else if (firstBad !== undefined) {
      throw new Error(`a damaged line at byte ${firstBad} is followed by intact ones`);
    } else {
      entries.push(entry);
      validBytes = end + 1;
    }
    if (end < 0) break;
    at = end + 1;
  }
  return { entries, validBytes, tornTail: firstBad !== undefined };
}

function decodeLine(line: Buffer): JournalEntry | undefined {
  if (line.length < 10 || line[8] !== 0x20) return undefined;
  const json = line.subarray(9);
  if (line.toString('latin1', 0, 8) !== crc32(json).toString(16).padStart(8, '0')) return undefined;
  try {
    const entry = JSON.parse(json.toString('utf8')) as JournalEntry;
    return Number.isSafeInteger(entry.seq) && typeof entry.delta === 'object' ? entry : undefined;
  } catch {
    return undefined;
  }
}
