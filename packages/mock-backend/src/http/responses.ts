import { describeIssues, type ValidationIssue } from '@paylink/client/schemas';
import type { InputSchema } from '../engine/validation.ts';

/** The schema of an answer: the contract's zod schema, typed structurally. */
export type ResponseSchema<T> = InputSchema<T>;

/**
 * Thrown when the mock is about to send a body its own contract rejects. The route wrapper turns
 * it into a 500 `internal_error`, so drift between engine and client schemas fails loudly in every
 * test instead of surfacing as a confusing client-side parse error.
 */
export class ResponseContractError extends Error {
  readonly issues: ValidationIssue[];
  constructor(issues: ValidationIssue[]) {
    super(
      `Response does not match the contract: ${issues.map((i) => `${i.path || '(root)'} ${i.message}`).join('; ')}`,
    );
    this.name = 'ResponseContractError';
    this.issues = issues;
  }
}

/** Headers of every JSON answer. */
export const JSON_HEADERS = {
  'Content-Type': 'application/json; charset=utf-8',
  'Cache-Control': 'no-store',
};

/**
 * The only way handlers send a success body: checks `value` against the client's `schema` first.
 * The mock is a development tool, so the check always runs; its cost is small next to the
 * guarantee that the mock cannot drift from the contract. Sends the engine's value unchanged, so
 * extra fields the schema would strip are still visible to tests.
 */
export function json<T>(schema: ResponseSchema<T>, value: NoInfer<T>, status = 200): Response {
  checkAnswer(schema, value);
  return new Response(JSON.stringify(value), { status, headers: JSON_HEADERS });
}

/** Throws {@link ResponseContractError} when `value` is not what `schema` says the answer is. */
export function checkAnswer<T>(schema: ResponseSchema<T>, value: unknown): void {
  const result = schema.safeParse(value);
  if (!result.success) throw new ResponseContractError(describeIssues(result.error.issues));
}

/** An error answer in the contract's `{ code, message, details? }` shape. */
export function errorJson(
  status: number,
  code: string,
  message: string,
  details?: unknown,
  headers?: Record<string, string>,
): Response {
  const body = details === undefined ? { code, message } : { code, message, details };
  return new Response(JSON.stringify(body), { status, headers: { ...JSON_HEADERS, ...headers } });
}
