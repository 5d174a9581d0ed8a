import { LinkEventsQuery, MAX_EVENT_PAGE, readQueryValues } from '@paylink/client/schemas';
import type { EventPageQuery } from './api.ts';
import { EngineError } from './api.ts';
import { decodeCursor, encodeCursor } from './ids.ts';
import { parseQuery } from './validation.ts';

/**
 * The cursor of the page that starts at a link's `position`-th event. A position, because a link's
 * events are only ever appended to, so a page never skips or repeats one.
 */
export function eventCursor(position: number): string {
  return encodeCursor(`e1:${position}`);
}

/** Where the asked-for page starts and ends in a link of `count` events; `validation_failed` for a bad query. */
export function eventPageBounds(page: EventPageQuery, count: number): { start: number; end: number } {
  const { limit = MAX_EVENT_PAGE, after } = parseQuery(
    LinkEventsQuery,
    readQueryValues(LinkEventsQuery, page),
  );
  let start = 0;
  if (after !== undefined && after !== '') {
    const text = decodeCursor(after);
    const match = text === undefined ? null : /^e1:(\d{1,9})$/.exec(text);
    if (!match) {
      throw new EngineError('validation_failed', 'Invalid query parameters.', [
        { path: 'after', message: 'is not a cursor returned by this list' },
      ]);
    }
    start = Math.min(Number(match[1]), count);
  }
  return { start, end: Math.min(start + limit, count) };
}
