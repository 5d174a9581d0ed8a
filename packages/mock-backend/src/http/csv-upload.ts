import { decodeCsvInSlices } from '../engine/csv-decode.ts';
import { yieldToOthers } from '../engine/yield.ts';
import { HttpError } from './errors.ts';
import { charsetOf, MAX_CSV_BODY_BYTES } from './request.ts';

/** Bytes read between two yields. */
const READ_SLICE_BYTES = 1 << 20;

/**
 * The text of a CSV upload: read chunk by chunk (refused with 413 past {@link MAX_CSV_BODY_BYTES}),
 * then decoded by its byte-order mark, declared charset or content (see `decodeCsv`), yielding to
 * other requests every megabyte on the way.
 */
export async function readCsvUpload(request: Request): Promise<string> {
  const chunks: Uint8Array[] = [];
  const reader = request.body?.getReader();
  let size = 0;
  let sinceYield = 0;
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > MAX_CSV_BODY_BYTES) {
      await reader.cancel();
      throw new HttpError(
        413,
        'payload_too_large',
        `The CSV file is larger than ${MAX_CSV_BODY_BYTES} bytes.`,
      );
    }
    chunks.push(value);
    sinceYield += value.length;
    if (sinceYield >= READ_SLICE_BYTES) {
      sinceYield = 0;
      await yieldToOthers();
    }
  }
  return (await decodeCsvInSlices(chunks, charsetOf(request), yieldToOthers)).text;
}
