/**
 * Sending a link to its customer (`POST /api/links/:id/invitations`), through the simulated
 * e-mail, SMS and WhatsApp delivery.
 * @module
 */
import { CreateInvitation, type Invitation } from '@paylink/client/schemas';
import type { Engine } from '../api.ts';
import { EngineError } from '../api.ts';
import { deliver, recipientFor } from '../invitations.ts';
import type { EngineState } from '../state.ts';
import type { LinkRecord } from '../store.ts';
import { INVITABLE_STATUSES } from '../transitions.ts';
import { parseInput } from '../validation.ts';
import { idempotent } from './idempotent-call.ts';

/** The engine's invitation call. */
export function invitationArea(state: EngineState): Pick<Engine, 'invite'> {
  return {
    invite: (id, input, options) =>
      state.run(() =>
        idempotent(state, 'invite', id, input, options, () => {
          const body = parseInput(CreateInvitation, input);
          return sendInvitation(state, state.requireLink(id), body.channel, body.to);
        }),
      ),
  };
}

/**
 * Sends one link through `channel`, to `to` or else the customer's address for it. A bounce is a
 * `failed` invitation, not an error; a link that cannot be sent or has no address is refused.
 */
export function sendInvitation(
  state: EngineState,
  record: LinkRecord,
  channel: Invitation['channel'],
  to: string | undefined,
): Invitation {
  const link = record.link;
  if (link.archived || !INVITABLE_STATUSES.has(link.status)) {
    throw new EngineError(
      'invalid_transition',
      link.archived ? 'An archived link cannot be sent' : `A ${link.status} link cannot be sent`,
    );
  }
  const recipient = recipientFor(channel, link.customer, to);
  if ('missing' in recipient) {
    throw new EngineError('missing_recipient', `${recipient.missing} for ${channel}`, [
      {
        path: 'to',
        message: `is required: the customer has no usable ${channel === 'email' ? 'e-mail address' : 'mobile number'}`,
      },
    ]);
  }
  const address = recipient.to;
  const outcome = deliver(address);
  const invitation: Invitation = {
    id: state.newId('inv'),
    linkId: link.id,
    channel,
    to: address,
    status: outcome.status,
  };
  if (outcome.status === 'failed') invitation.reason = outcome.reason;
  state.store.putInvitation(invitation);
  state.changed = true;
  if (outcome.status === 'sent') {
    state.addEvent(record, 'sent', link.origin === 'dunning' ? 'system' : 'merchant', {
      channel,
      to: address,
      invitationId: invitation.id,
    });
  }
  return { ...invitation };
}
