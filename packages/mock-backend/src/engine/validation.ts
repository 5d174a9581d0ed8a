/**
 * The one mapping from a zod schema's refusal to the engine's `validation_failed`, used by every
 * place that checks input against the client's schemas (engine areas, link creation, the HTTP layer).
 * @module
 */
import { describeIssues, type ValidationIssue } from '@paylink/client/schemas';
import { EngineError } from './api.ts';

/**
 * The part of a zod schema validation needs. Typed structurally because this package reaches zod
 * only through `@paylink/client/schemas`.
 */
export interface InputSchema<T> {
  safeParse(
    input: unknown,
  ): { success: true; data: T } | { success: false; error: { issues: Parameters<typeof describeIssues>[0] } };
}

/**
 * `input` parsed by `schema`, or a `validation_failed` {@link EngineError} whose details name every
 * offending path. `message` is the error's summary line.
 */
export function parseInput<T>(
  schema: InputSchema<T>,
  input: unknown,
  message = 'Some fields are invalid',
): T {
  return parseOrRefuse(schema, input, message, describeIssues);
}

/**
 * {@link parseInput} for a query: each problem is reported once per parameter, under its name
 * (`status`, not `status.1`), as a client sees its query string.
 */
export function parseQuery<T>(
  schema: InputSchema<T>,
  input: unknown,
  message = 'Invalid query parameters.',
): T {
  return parseOrRefuse(schema, input, message, (issues) => byParameter(describeIssues(issues)));
}

type ZodIssues = Parameters<typeof describeIssues>[0];

function parseOrRefuse<T>(
  schema: InputSchema<T>,
  input: unknown,
  message: string,
  describe: (issues: ZodIssues) => ValidationIssue[],
): T {
  const result = schema.safeParse(input);
  if (!result.success) throw new EngineError('validation_failed', message, describe(result.error.issues));
  return result.data;
}

function byParameter(issues: readonly ValidationIssue[]): ValidationIssue[] {
  const named = new Map<string, ValidationIssue>();
  for (const { path, message } of issues) {
    const parameter = path.split('.')[0] ?? path;
    if (!named.has(parameter)) named.set(parameter, { path: parameter, message });
  }
  return [...named.values()];
}
