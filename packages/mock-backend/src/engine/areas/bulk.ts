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
import type { EngineState } from '../state.ts';
import type { LinkRecord } from '../store.ts';
import { errorCode, parseInput } from '../validation.ts';
import { sendInvitation } from './invitations.ts';

/** The engine's bulk calls. */
export function bulkArea(state: EngineState): Pick<Engine, 'inviteMany' | 'archive' | 'unarchive'> {
  return {
    inviteMany: (input) =>
      state.run(() => {
        const body = parseInput(BulkInvitation, input);
        const results: BulkInvitationResult['results'] = body.ids.map((id) => {
          const record = state.store.links.get(id);
          if (!record) return { id, outcome: 'not_found', code: 'not_found' };
          try {
            const invitation = sendInvitation(state, record, body.channel, undefined);
            return { id, outcome: invitation.status, invitation };
          } catch (error) {
            return { id, outcome: 'failed', code: errorCode(error) };
          }
        });
        return { results };
      }),

    archive: (input) =>
      state.run(() => {
        const body = parseInput(IdList, input);
        const results: ArchiveResult['results'] = body.ids.map((id) => {
          const record = state.store.links.get(id);
          if (!record) return { id, outcome: 'not_found' };
          try {
            return { id, outcome: archiveOne(state, record) };
          } catch (error) {
            return { id, outcome: 'error', code: errorCode(error) };
          }
        });
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
