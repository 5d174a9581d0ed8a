import { z } from 'zod/mini';
import { E164_PATTERN, EMAIL_PATTERN, Id, MAX_EMAIL_LENGTH } from './common.ts';
import { Channel } from './link.ts';

/**
 * Why `to` cannot receive a message on `channel`, or `undefined` when it can: e-mail needs an e-mail
 * address, SMS and WhatsApp a mobile number in E.164 form (`+32470123456`).
 */
export function recipientProblem(channel: Channel, to: string): string | undefined {
  if (channel === 'email') return EMAIL_PATTERN.test(to) ? undefined : 'must be an e-mail address';
  return E164_PATTERN.test(to)
    ? undefined
    : 'must be a mobile number in E.164 form, such as +32470123456 (a +, the country code, then digits only)';
}

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

/**
 * Body of `POST /api/links/:id/invitations`; `to` overrides the customer's address and must suit the
 * channel (see {@link recipientProblem}).
 */
export const CreateInvitation = z
  .object({
    channel: Channel,
    to: z.optional(z.string().check(z.minLength(1), z.maxLength(MAX_EMAIL_LENGTH))),
  })
  .check(
    z.superRefine((body, ctx) => {
      const problem = body.to === undefined ? undefined : recipientProblem(body.channel, body.to.trim());
      if (problem !== undefined)
        ctx.addIssue({ code: 'custom', message: problem, path: ['to'], input: body.to });
    }),
  );
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
