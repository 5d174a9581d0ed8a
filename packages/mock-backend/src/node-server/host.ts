/**
 * Which `Host` headers the server answers. A browser page can point a DNS name of its own at
 * 127.0.0.1 (DNS rebinding) and then call the mock as its own origin, with any Bearer token; checking
 * the name it used stops that. `Host` is only checked, never used to build a URL.
 */
export type AllowedHosts = ReadonlySet<string> | '*';

// A reg-name or IPv4 address, or an IPv6 literal in brackets, then an optional port.
const HOST_HEADER = /^(\[[0-9a-f:.]+\]|[a-z0-9_.-]+)(?::(\d{1,5}))?$/i;
const LOOPBACK_BIND = /^(127\.\d+\.\d+\.\d+|::1|localhost)$/i;

/**
 * The hosts a server bound to `bindHost` answers: when bound to loopback, the loopback names
 * (`localhost`, `*.localhost`, `127.0.0.1`, `[::1]`), the public URL's host and the `extra` ones;
 * when bound to another interface, any name, since the server cannot know what the network calls it.
 */
export function defaultAllowedHosts(
  bindHost: string,
  publicUrl: string,
  extra: readonly string[] = [],
): AllowedHosts {
  if (!LOOPBACK_BIND.test(bindHost)) return '*';
  const bind = bindHost.includes(':') ? `[${bindHost}]` : bindHost;
  return new Set(
    ['localhost', '127.0.0.1', '[::1]', bind, new URL(publicUrl).hostname, ...extra].map((name) =>
      name.toLowerCase(),
    ),
  );
}

/** What is wrong with a `Host` header, or `undefined` when the server may answer it. */
export function hostProblem(
  header: string | undefined,
  allowed: AllowedHosts,
): { status: 400 | 403; code: string; message: string } | undefined {
  // HTTP/1.0 may leave Host out (Node refuses HTTP/1.1 without one); nothing to check then.
  if (header === undefined) return undefined;
  const match = HOST_HEADER.exec(header);
  if (match === null || Number(match[2] ?? 0) > 65_535) {
    return { status: 400, code: 'bad_request', message: 'The Host header is not a host name and port.' };
  }
  if (allowed === '*') return undefined;
  const name = match[1]!.toLowerCase();
  if (allowed.has(name) || name.endsWith('.localhost')) return undefined;
  return {
    status: 403,
    code: 'forbidden_host',
    message: `This mock does not answer to the host ${name}; allow it with --allowed-host ${name} (option allowedHosts).`,
  };
}
