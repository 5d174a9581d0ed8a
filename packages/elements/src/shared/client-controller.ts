import type { ContextConsumer } from '@lit/context';
import { createPaylinkClient, type PaylinkClient } from '@paylink/client';
import type { ReactiveControllerHost } from 'lit';
import type { paylinkContext } from '../core/context.ts';
import { consumeProvider } from '../core/provider-consumer.ts';
import { clientCache, DEFAULT_API_BASE } from './client-cache.ts';

export { DEFAULT_API_BASE };

/** What an element exposes so {@link ClientController} can find or build its client. */
export interface ClientSource {
  /** A client given directly; wins over everything else. */
  client?: PaylinkClient | undefined;
  /** The element's own `api-base`; wins over the provider's client. */
  apiBase?: string | undefined;
  /** Bearer-token hook used with `apiBase`. */
  getToken?: (() => string | Promise<string>) | undefined;
}

type Host = ReactiveControllerHost & HTMLElement & ClientSource;

/** A cache of merchant clients built from an `api-base` (default `/api`) and a `getToken` hook. */
export function paylinkClientCache(): (
  apiBase: string | undefined,
  getToken: ClientSource['getToken'],
) => PaylinkClient {
  const cached = clientCache((baseUrl: string, getToken: ClientSource['getToken']) =>
    createPaylinkClient({ baseUrl, getToken }),
  );
  return (apiBase, getToken) => cached(apiBase || DEFAULT_API_BASE, getToken);
}

/**
 * Gives an element its {@link PaylinkClient}: its own `client` property, else a client built from its
 * own `api-base` (+ `getToken`), else the one `<paylink-provider>` shares, else one for `/api`.
 * The element's own settings win because they are the most specific.
 */
export class ClientController {
  private readonly host: Host;
  private readonly provider: ContextConsumer<typeof paylinkContext, Host>;
  private readonly ownClient = paylinkClientCache();

  constructor(host: Host) {
    this.host = host;
    this.provider = consumeProvider(host);
  }

  /** The client to use now. */
  get client(): PaylinkClient {
    const { client, apiBase, getToken } = this.host;
    if (client) return client;
    const shared = this.provider.value?.client;
    if (shared && !apiBase) return shared;
    return this.ownClient(apiBase, getToken);
  }
}
