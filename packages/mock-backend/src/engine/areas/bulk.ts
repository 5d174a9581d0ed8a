/**
 * Actions on many links at once: send, archive, unarchive. Each id gets its own outcome; one bad id
 * never aborts the others.
 * @module
 */
import {
  type ArchiveResult,
  BulkInvitation,
  type BulkInvitationResult,
  IdList,
  type UnarchiveResult,
} from '@paylink/client/schemas';
import type { Engine } from '../api.ts';
import { errorCode } from '../error-code.ts';
import type { EngineState } from '../state.ts';
import type { LinkRecord } from '../store.ts';
import { parseInput } from '../validation.ts';
import { sendInvitation } from './invitations.ts';

/** The engine's bulk calls. */
export function bulkArea(state: EngineState): Pick<Engine, 'inviteMany' | 'archive' | 'unarchive'> {
  return {
    inviteMany: (input) =>
      state.run(() => {
        const body = parseInput(BulkInvitation, input);
        const results = eachLink<BulkInvitationResult['results'][number]>(
          state,
          body.ids,
          (id, record) => {
            const invitation = sendInvitation(state, record, body.channel, undefined);
            return { id, outcome: invitation.status, invitation };
          },
          (id) => ({ id, outcome: 'not_found', code: 'not_found' }),
          (id, code) => ({ id, outcome: 'failed', code }),
        );
        return { results };
      }),

    archive: (input) =>
      state.run(() => {
        const body = parseInput(IdList, input);
        const results = eachLink<ArchiveResult['results'][number]>(
          state,
          body.ids,
          (id, record) => ({ id, outcome: archiveOne(state, record) }),
          (id) => ({ id, outcome: 'not_found' }),
          (id, code) => ({ id, outcome: 'error', code }),
        );
        return { results };
      }),

    unarchive: (input) =>
      state.run(() => {
        const body = parseInput(IdList, input);
        const results: UnarchiveResult['results'] = body.ids.map((id) => {
          const record = state.store.links.get(id);
          if (!record) return { id, outcome: 'not_found' };
          if (record.link.archived) {
            record.link.archived = false;
            state.store.byCreated.update(record);
            state.addEvent(record, 'unarchived', 'merchant', {});
          }
          return { id, outcome: 'unarchived' };
        });
        return { results };
      }),
  };
}

/**
 * One result per id, in order: `act` on each link, `missing` for an unknown id, `failed` with the
 * code of whatever `act` throws, so one bad id never aborts the others.
 */
function eachLink<R>(
  state: EngineState,
  ids: readonly string[],
  act: (id: string, record: LinkRecord) => R,
  missing: (id: string) => R,
  failed: (id: string, code: string) => R,
): R[] {
  return ids.map((id) => {
    const record = state.store.links.get(id);
    if (!record) return missing(id);
    try {
      return act(id, record);
    } catch (error) {
      return failed(id, errorCode(error));
    }
  });
}

function archiveOne(state: EngineState, record: LinkRecord): 'archived' | 'deleted' {
  const link = record.link;
  if (link.archived) return 'archived';
  if (link.status === 'created' && link.origin !== 'dunning') {
    // A link nobody opened is not worth keeping: archiving it deletes it (FAQ), except dunning ones.
    state.addEvent(record, 'deleted', 'merchant', { reason: 'archived_while_created' });
    state.store.deleteLink(record);
    return 'deleted';
  }
  link.archived = true;
  state.store.byCreated.update(record);
  state.addEvent(record, 'archived', 'merchant', {});
  return 'archived';
}
