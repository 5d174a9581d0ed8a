import { z } from 'zod/mini';
import { Id } from './common.ts';
import { Channel } from './link.ts';

/** A message that sent a link to its customer. */
export const Invitation = z.object({
  id: Id,
  linkId: Id,
  channel: Channel,
  to: z.string(),
  status: z.enum(['sent', 'failed']),
  reason: z.optional(z.string()),
});
export type Invitation = z.infer<typeof Invitation>;

/** Body of `POST /api/links/:id/invitations`; `to` overrides the customer's address. */
export const CreateInvitation = z.object({
  channel: Channel,
  to: z.optional(z.string().check(z.minLength(1))),
});
export type CreateInvitation = z.infer<typeof CreateInvitation>;

/** Body of `POST /api/links/invitations`. */
export const BulkInvitation = z.object({
  ids: z.array(Id).check(z.minLength(1), z.maxLength(500)),
  channel: Channel,
});
export type BulkInvitation = z.infer<typeof BulkInvitation>;

/** Answer of `POST /api/links/invitations`: one result per id, in the order asked. */
export const BulkInvitationResult = z.object({
  results: z.array(
    z.object({
      id: Id,
      outcome: z.enum(['sent', 'failed', 'not_found']),
      invitation: z.optional(Invitation),
      code: z.optional(z.string()),
    }),
  ),
});
export type BulkInvitationResult = z.infer<typeof BulkInvitationResult>;
