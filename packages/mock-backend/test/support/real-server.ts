import assert from 'node:assert/strict';

export const AUTH = { Authorization: 'Bearer real-socket-test' };

/** JSON request to a running server; returns status, headers and parsed body. */
export async function request(
  url: string,
  init: { method?: string; body?: unknown; headers?: Record<string, string>; auth?: boolean } = {},
): Promise<{ status: number; headers: Headers; body: unknown; text: string }> {
  const headers: Record<string, string> = { ...(init.auth === false ? {} : AUTH), ...init.headers };
  let body: string | undefined;
  if (typeof init.body === 'string') body = init.body;
  else if (init.body !== undefined) {
    body = JSON.stringify(init.body);
    headers['Content-Type'] ??= 'application/json';
  }
  const response = await fetch(url, { method: init.method ?? 'GET', headers, body, redirect: 'manual' });
  const text = await response.text();
  const isJson = (response.headers.get('Content-Type') ?? '').startsWith('application/json');
  return {
    status: response.status,
    headers: response.headers,
    body: isJson ? JSON.parse(text) : undefined,
    text,
  };
}

/** Checks `body` against a client schema and returns it typed. */
export function parsed<T>(
  schema: { safeParse(value: unknown): { success: boolean; error?: { issues: unknown } } },
  body: unknown,
): T {
  const result = schema.safeParse(body);
  assert.ok(result.success, `body does not match its schema: ${JSON.stringify(result.error?.issues)}`);
  return body as T;
}
