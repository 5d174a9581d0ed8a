import { z } from 'zod/mini';
import { Id, Timestamp } from './common.ts';

/** Every kind of change a link records. */
export const LINK_EVENT_TYPES = [
  'created',
  'sent',
  'opened',
  'payment_started',
  'paid',
  'declined',
  'expired',
  'language_changed',
  'refund_requested',
  'refund_succeeded',
  'refund_failed',
  'archived',
  'unarchived',
  'deleted',
] as const;
export const LinkEventType = z.enum(LINK_EVENT_TYPES);
export type LinkEventType = z.infer<typeof LinkEventType>;

export const ACTORS = ['merchant', 'customer', 'system', 'psp'] as const;
export const Actor = z.enum(ACTORS);
export type Actor = z.infer<typeof Actor>;

/** One entry of a link's history (and of the merchant's feed). */
export const LinkEvent = z.object({
  id: Id,
  linkId: Id,
  type: LinkEventType,
  at: Timestamp,
  actor: Actor,
  data: z.record(z.string(), z.unknown()),
});
export type LinkEvent = z.infer<typeof LinkEvent>;

/**
 * Answer of `GET /api/links/:id/events`, oldest first. The mock pages it (`limit`, default and at
 * most 500, and `after`); `nextCursor` is the `after` of the next page, `null` on the last one.
 */
export const LinkEventList = z.object({
  items: z.array(LinkEvent),
  nextCursor: z.optional(z.nullable(z.string())),
});
export type LinkEventList = z.infer<typeof LinkEventList>;

/** Answer of `GET /api/feed`: events after the given cursor, and the cursor to ask with next. */
export const FeedPage = z.object({ items: z.array(LinkEvent), cursor: z.string() });
export type FeedPage = z.infer<typeof FeedPage>;
