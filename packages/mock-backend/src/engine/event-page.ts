import type { EventPageQuery } from './api.ts';
import { EngineError } from './api.ts';
import { decodeCursor, encodeCursor } from './ids.ts';

/** Largest page of a link's events, and the page given when no `limit` is asked for. */
export const MAX_EVENT_PAGE = 500;

/**
 * The cursor of the page that starts at a link's `position`-th event. A position, because a link's
 * events are only ever appended to, so a page never skips or repeats one.
 */
export function eventCursor(position: number): string {
  return encodeCursor(`e1:${position}`);
}

/** Where the asked-for page starts and ends in a link of `count` events; `validation_failed` for a bad query. */
export function eventPageBounds(page: EventPageQuery, count: number): { start: number; end: number } {
  const limit = page.limit ?? MAX_EVENT_PAGE;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_EVENT_PAGE) {
    throw new EngineError('validation_failed', 'Invalid query parameters.', [
      { path: 'limit', message: `must be a whole number between 1 and ${MAX_EVENT_PAGE}` },
    ]);
  }
  let start = 0;
  if (page.after !== undefined && page.after !== '') {
    const text = decodeCursor(page.after);
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
