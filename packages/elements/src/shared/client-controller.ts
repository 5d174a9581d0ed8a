import { ContextConsumer } from '@lit/context';
import { createPaylinkClient, type PaylinkClient } from '@paylink/client';
import type { ReactiveControllerHost } from 'lit';
import { paylinkContext } from '../core/context.ts';

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

/** Base URL used when an element has neither a client, a provider nor an `api-base`. */
export const DEFAULT_API_BASE = '/api';

/**
 * Gives an element its {@link PaylinkClient}: its own `client` property, else a client built from its
 * own `api-base` (+ `getToken`), else the one `<paylink-provider>` shares, else one for `/api`.
 * The element's own settings win because they are the most specific. A built client is kept until
 * its inputs change, so tasks keyed on the client do not refetch on every render.
 */
export class ClientController {
  private readonly host: Host;
  private readonly provider: ContextConsumer<typeof paylinkContext, Host>;
  private built: { baseUrl: string; getToken: ClientSource['getToken']; client: PaylinkClient } | undefined;

  constructor(host: Host) {
    this.host = host;
    this.provider = new ContextConsumer(host, {
      context: paylinkContext,
      subscribe: true,
      callback: () => host.requestUpdate(),
    });
  }

  /** The client to use now. */
  get client(): PaylinkClient {
    const { client, apiBase, getToken } = this.host;
    if (client) return client;
    const shared = this.provider.value?.client;
    if (shared && !apiBase) return shared;
    return this.build(apiBase || DEFAULT_API_BASE, getToken);
  }

  private build(baseUrl: string, getToken: ClientSource['getToken']): PaylinkClient {
    if (!this.built || this.built.baseUrl !== baseUrl || this.built.getToken !== getToken) {
      this.built = { baseUrl, getToken, client: createPaylinkClient({ baseUrl, getToken }) };
    }
    return this.built.client;
  }
}
