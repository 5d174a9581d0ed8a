import { ContextProvider } from '@lit/context';
import type { PaylinkClient } from '@paylink/client';
import { css, html, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { type PaylinkContextValue, paylinkContext } from '../core/context.ts';
import { PaylinkElement } from '../core/paylink-element.ts';
import { DEFAULT_API_BASE, paylinkClientCache } from '../shared/client-controller.ts';

/**
 * Shares one API client and one language with every Paylink element inside it, so a portal
 * configures the SDK once. Without a `client` property it builds one from `api-base` and `getToken`
 * (and builds it again when either changes).
 *
 * @tag paylink-provider
 * @summary Shares the Paylink client and language with the elements inside it.
 * @slot - The Paylink elements (and anything else) that use this configuration.
 *
 * @example
 * ```html
 * <paylink-provider api-base="https://pay.example.com/api" lang="nl">
 *   <paylink-list></paylink-list>
 * </paylink-provider>
 * <script type="module">
 *   document.querySelector('paylink-provider').getToken = () => auth.accessToken();
 * </script>
 * ```
 */
export class PaylinkProvider extends PaylinkElement {
  static override styles = [
    css`
      :host {
        display: contents;
      }
    `,
  ];

  /** Root of the Paylink API, including `/api`. Used when no `client` is set. */
  @property({ attribute: 'api-base' }) apiBase: string = DEFAULT_API_BASE;
  /** Returns the merchant's bearer token; called before each request. Used when no `client` is set. */
  @property({ attribute: false }) getToken: (() => string | Promise<string>) | undefined;
  /** A ready client to share; when set, `api-base` and `getToken` are not used. */
  @property({ attribute: false }) client: PaylinkClient | undefined;

  private readonly provider = new ContextProvider(this, { context: paylinkContext, initialValue: {} });
  private readonly ownClient = paylinkClientCache();

  /** The client the elements inside use now: `client`, or the one built from `api-base` + `getToken`. */
  get effectiveClient(): PaylinkClient {
    return this.client ?? this.ownClient(this.apiBase, this.getToken);
  }

  protected override willUpdate(_changed: PropertyValues<this>): void {
    // A new object each time, so every consumer that subscribed is told.
    const value: PaylinkContextValue = { client: this.effectiveClient, lang: this.lang || undefined };
    const previous = this.provider.value;
    if (previous.client !== value.client || previous.lang !== value.lang) this.provider.setValue(value);
  }

  protected override render(): TemplateResult {
    return html`<slot></slot>`;
  }
}
