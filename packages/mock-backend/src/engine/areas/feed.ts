/**
 * The feed (`GET /api/feed`): every event of every link, in the order things happened, paged by a
 * cursor that is a position in it.
 * @module
 */
import type { Engine } from '../api.ts';
import { EngineError } from '../api.ts';
import { decodeCursor, encodeCursor } from '../ids.ts';
import type { EngineState } from '../state.ts';
import { cloneEvent } from './copies.ts';

/** Largest feed page. */
export const FEED_PAGE_SIZE = 500;

/** The engine's feed call. */
export function feedArea(state: EngineState): Pick<Engine, 'feed'> {
  return {
    feed: (after) =>
      state.run(() => {
        const events = state.store.events;
        const position = feedPosition(after, events.length);
        const items = events.slice(position, position + FEED_PAGE_SIZE).map(cloneEvent);
        return { items, cursor: encodeCursor(`f1:${position + items.length}`) };
      }),
  };
}

/** Where a page after `after` starts in a feed of `length` events (`now`: at its end). */
function feedPosition(after: string | undefined, length: number): number {
  if (after === 'now') return length;
  if (after === undefined || after === '') return 0;
  const text = decodeCursor(after);
  const match = text === undefined ? null : /^f1:(\d+)$/.exec(text);
  if (!match) {
    throw new EngineError('validation_failed', 'The feed cursor is invalid', [
      { path: 'after', message: 'is not a cursor returned by the feed' },
    ]);
  }
  const position = Number(match[1]);
  // A cursor past the end predates a reset: the feed started over, so start over too.
  return position > length ? 0 : position;
}
