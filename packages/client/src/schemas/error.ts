import { z } from 'zod/mini';

/** Error codes the server answers with, and the HTTP status each one comes with. */
export const SERVER_ERROR_STATUS = {
  validation_failed: 400,
  unauthorized: 401,
  not_found: 404,
  invalid_transition: 409,
  refund_not_allowed: 409,
  idempotency_conflict: 409,
  refund_exceeds_remaining: 422,
  method_not_active: 422,
  missing_recipient: 422,
  rate_limited: 429,
  internal_error: 500,
} as const;

/** A code the server may put in an error body. */
export type ServerErrorCode = keyof typeof SERVER_ERROR_STATUS;

export const ServerErrorCodeSchema = z.enum(
  Object.keys(SERVER_ERROR_STATUS) as [ServerErrorCode, ...ServerErrorCode[]],
);

/** One field problem in a `validation_failed` error. */
export const ValidationIssue = z.object({
  path: z.string(),
  message: z.string(),
});
export type ValidationIssue = z.infer<typeof ValidationIssue>;

/**
 * The body of every error answer. `code` is kept open (any string) so a newer server's codes do not
 * break an older client; known codes are listed in {@link SERVER_ERROR_STATUS}.
 */
export const ApiErrorBody = z.object({
  code: z.string(),
  message: z.string(),
  details: z.optional(z.unknown()),
});
export type ApiErrorBody = z.infer<typeof ApiErrorBody>;
