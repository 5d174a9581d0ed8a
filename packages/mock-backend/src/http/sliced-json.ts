import { yieldToOthers } from '../engine/yield.ts';
import { checkAnswer, JSON_HEADERS, type ResponseSchema } from './responses.ts';

/** Items checked or written between two yields: a few milliseconds of work. */
const ITEMS_PER_SLICE = 5000;

/**
 * {@link json} for an answer with one long list (an import's 100 000 `rows`): the contract check runs
 * on the list a slice at a time, yielding in between, and the text is streamed a slice at a time,
 * so neither blocks other requests for the 100+ ms it takes in one go. The check still finishes
 * before the first byte is sent, so an answer outside the contract is a 500, never a broken stream.
 */
export async function slicedJson<T extends object, K extends keyof T & string>(
  schema: ResponseSchema<T>,
  value: T,
  listKey: K,
  status = 200,
): Promise<Response> {
  const list = value[listKey] as unknown as unknown[];
  for (let start = 0; start === 0 || start < list.length; start += ITEMS_PER_SLICE) {
    if (start > 0) await yieldToOthers();
    const part = { ...value, [listKey]: list.slice(start, start + ITEMS_PER_SLICE) };
    checkAnswer(schema, part);
  }
  const head = JSON.stringify({ ...value, [listKey]: [] });
  // `{"created":1,"rows":[]}` opened at its empty list: the items go between `[` and `]`.
  const open = head.lastIndexOf(`"${listKey}":[]`) + listKey.length + 4;
  const encoder = new TextEncoder();
  let next = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (next === 0) controller.enqueue(encoder.encode(head.slice(0, open)));
      if (next >= list.length) {
        controller.enqueue(encoder.encode(head.slice(open)));
        controller.close();
        return;
      }
      const items = list.slice(next, next + ITEMS_PER_SLICE).map((item) => JSON.stringify(item));
      controller.enqueue(encoder.encode(`${next === 0 ? '' : ','}${items.join(',')}`));
      next += ITEMS_PER_SLICE;
    },
  });
  return new Response(body, { status, headers: JSON_HEADERS });
}
