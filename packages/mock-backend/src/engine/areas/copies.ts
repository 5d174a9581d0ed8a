/**
 * Copies of stored records that callers may keep or change without touching the engine's state.
 * @module
 */
import type { LinkEvent, PaymentLink } from '@paylink/client/schemas';
import type { LinkRecord } from '../store.ts';

/** A copy of a link that callers may keep or change without touching the engine's state. */
export function publicLink(record: LinkRecord): PaymentLink {
  const link = record.link;
  return { ...link, customer: { ...link.customer }, methods: [...link.methods] };
}

/** A copy of an event, its `data` included. */
export function cloneEvent(event: LinkEvent): LinkEvent {
  return { ...event, data: structuredClone(event.data) };
}
