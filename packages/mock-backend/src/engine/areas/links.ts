/**
 * Links and their lifecycle as the merchant sees them: listing, reading, creating, changing the
 * language, and the event history.
 * @module
 */
import { UpdateLink } from '@paylink/client/schemas';
import type { Engine } from '../api.ts';
import { EngineError } from '../api.ts';
import { eventCursor, eventPageBounds } from '../event-page.ts';
import { checkFilters, normalizeQuery, scanAll, scanPage } from '../list-query.ts';
import type { EngineState } from '../state.ts';
import { parseInput } from '../validation.ts';
import { cloneEvent, publicLink } from './copies.ts';
import { idempotent } from './idempotent-call.ts';
import { commitLink, prepareLink } from './new-link.ts';

type LinkCalls =
  | 'listLinks'
  | 'findLinks'
  | 'getLink'
  | 'createLink'
  | 'setLanguage'
  | 'listEvents'
  | 'listEventPage';

/** The engine's link calls. */
export function linkArea(state: EngineState): Pick<Engine, LinkCalls> {
  return {
    listLinks: (query) =>
      state.run(() => {
        const q = normalizeQuery(query ?? {}, state.now());
        const page = scanPage(state.store.byCreated, q);
        return { items: page.records.map(publicLink), nextCursor: page.nextCursor, total: page.total };
      }),

    findLinks: (filters) =>
      state.run(() =>
        scanAll(state.store.byCreated, checkFilters(filters ?? {}, state.now())).map(publicLink),
      ),

    getLink: (id) => state.run(() => publicLink(state.requireLink(id))),

    createLink: (input, options) =>
      state.run(() =>
        idempotent(state, 'create', '', input, options, () =>
          publicLink(commitLink(state, prepareLink(state, input))),
        ),
      ),

    setLanguage: (id, input) =>
      state.run(() => {
        const body = parseInput(UpdateLink, input);
        const record = state.requireLink(id);
        if (record.link.archived) {
          throw new EngineError(
            'invalid_transition',
            'An archived link cannot change language; unarchive it first',
          );
        }
        if (record.link.language !== body.language) {
          const from = record.link.language;
          record.link.language = body.language;
          state.addEvent(record, 'language_changed', 'merchant', { from, to: body.language });
        }
        return publicLink(record);
      }),

    listEvents: (id) => state.run(() => state.requireLink(id).events.map(cloneEvent)),

    listEventPage: (id, page = {}) =>
      state.run(() => {
        const events = state.requireLink(id).events;
        const { start, end } = eventPageBounds(page, events.length);
        return {
          items: events.slice(start, end).map(cloneEvent),
          nextCursor: end < events.length ? eventCursor(end) : null,
        };
      }),
  };
}
