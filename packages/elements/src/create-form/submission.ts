import {
  type CreateLink,
  isPaylinkError,
  newIdempotencyKey,
  type PaylinkClient,
  PaylinkError,
  type PaymentLink,
  type ValidationIssue,
} from '@paylink/client';
import type { ReactiveControllerHost } from 'lit';
import { type Draft, type FieldErrors, fieldError } from './draft.ts';

/** Something thrown, as a `PaylinkError` (the client only throws those; anything else is a bug's). */
export function asPaylinkError(error: unknown): PaylinkError {
  if (isPaylinkError(error)) return error;
  return new PaylinkError('http_error', error instanceof Error ? error.message : String(error), {
    cause: error,
  });
}

/** Codes after which the same request may simply be sent again. */
const NETWORK_CODES = new Set(['network_error', 'timeout']);

/** What the server's refusal means for the form. */
export type Refusal =
  /** Problems to show at their fields. */
  | { kind: 'fields'; errors: FieldErrors }
  /** No answer (offline, timeout): the same request can be sent again. */
  | { kind: 'network' }
  /** Anything else: the server's message, with Retry. */
  | { kind: 'other'; message: string };

/**
 * Reads a failed create: `validation_failed`, `method_not_active` and `missing_recipient` name the
 * fields they concern (`details: { path, message }[]`), which the form shows there; a failure with
 * no answer can be retried as it is; the rest is shown with the server's message.
 */
export function readRefusal(error: PaylinkError, draft: Draft): Refusal {
  const details = Array.isArray(error.details) ? (error.details as ValidationIssue[]) : [];
  const errors: FieldErrors = {};
  for (const issue of details) {
    if (typeof issue?.path !== 'string' || typeof issue.message !== 'string') continue;
    const [field, message] = fieldError(issue, draft);
    if (field && !errors[field]) errors[field] = message;
  }
  if (error.code === 'method_not_active') {
    // `card is not activated`, one per method: the form shows their names, not their ids.
    const ids = details.map((issue) => String(issue?.message ?? '').split(' ')[0]).join(',');
    errors.methods = { key: 'error.methodNotActive', values: { methods: ids } };
  }
  if (Object.keys(errors).length > 0) return { kind: 'fields', errors };
  if (NETWORK_CODES.has(error.code)) return { kind: 'network' };
  return { kind: 'other', message: error.message };
}

/**
 * Sends new links so that a link is made once however often it is asked for: while one request is
 * on its way further sends are ignored (a double click, Enter after a click), and the same typed data
 * sent again (Retry after a network failure, whose first attempt may have reached the server) goes
 * with the same `Idempotency-Key`, so the server answers with the link it already made. Other data
 * gets a new key.
 */
export class LinkSubmission {
  private readonly host: ReactiveControllerHost;
  private readonly client: () => PaylinkClient;
  private attempt: { body: string; key: string } | undefined;
  private sending = false;

  constructor(host: ReactiveControllerHost, client: () => PaylinkClient) {
    this.host = host;
    this.client = client;
  }

  /** Whether a request is on its way. */
  get busy(): boolean {
    return this.sending;
  }

  /**
   * Creates the link; resolves `undefined` when a request is already on its way. Rejects with a
   * `PaylinkError`.
   */
  async send(link: CreateLink): Promise<PaymentLink | undefined> {
    if (this.sending) return undefined;
    const body = JSON.stringify(link);
    if (this.attempt?.body !== body) this.attempt = { body, key: newIdempotencyKey() };
    this.sending = true;
    this.host.requestUpdate();
    try {
      return await this.client().links.create(link, { idempotencyKey: this.attempt.key });
    } catch (error) {
      throw asPaylinkError(error);
    } finally {
      this.sending = false;
      this.host.requestUpdate();
    }
  }

  /** The next link is a new one, even with the same data (Create another). */
  forget(): void {
    this.attempt = undefined;
  }
}
