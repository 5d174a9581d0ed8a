import { Task, TaskStatus } from '@lit/task';
import {
  createPayClient,
  isPaylinkError,
  type PayClient,
  PaylinkError,
  type PayView,
} from '@paylink/client/pay';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { PaylinkElement } from '../core/paylink-element.ts';
import { languageName } from '../i18n/language-names.ts';
import { LocaleController } from '../i18n/locale-controller.ts';
import { clientCache, DEFAULT_API_BASE } from '../shared/client-cache.ts';
import { iconLock, iconStyles } from '../shared/icons.ts';
import { radioKeyTarget } from '../shared/radio-keys.ts';
import { payPageMessages } from './messages.ts';
import { payPageStyles } from './pay-page.styles.ts';
import { type PayPagePhase, phaseOf, phaseView, type ViewContext } from './views.ts';
import {
  clearPaymentStarted,
  isReturnFromPayment,
  markOpened,
  markPaymentStarted,
  rememberedLanguage,
  rememberLanguage,
  wasOpened,
} from './visit.ts';

export type { PayPageDeclinedDetail, PayPagePaidDetail } from '../events/index.ts';

/** Message keys shown in the live region. */
type Notice = 'redirecting' | 'payFailed' | 'methodUnavailable' | 'reopenFailed';

interface Loaded {
  view: PayView;
  /** This page load is the customer's return from the PSP, so an outcome is news. */
  returning: boolean;
}

function tokenFromPageUrl(): string {
  if (typeof location === 'undefined') return '';
  return new URLSearchParams(location.search).get('token') ?? '';
}

/**
 * The customer's checkout for one payment link: shows what is asked (merchant, title, message, the
 * amount in the customer's locale, the expiry), lets the customer pick one of the link's payment
 * methods and sends them to the PSP; on their return it shows the outcome. Paid, declined, expired
 * and unknown links each get their own state with a heading that takes focus.
 *
 * The link is opened (Created/Declined → Clicked) once per page load, except on the return from the
 * PSP, where a decline is shown instead (with **Try again**, which opens it again).
 *
 * Language, first match wins (each tried as region, then language, then English): the customer's
 * pick in the **Language** select (remembered for this tab while they visit the PSP) → the element's
 * `lang` attribute → the link's language → the provider → `<html lang>` → the browser. The shown
 * language is written back to the host's `lang` and `dir`.
 *
 * Nothing the link carries is rendered as HTML, and the element works under
 * `Content-Security-Policy: default-src 'self'; script-src 'self'; style-src 'self'`.
 *
 * @tag paylink-pay-page
 * @summary Customer pay page for a payment link: multilingual, small, accessible.
 *
 * @fires {CustomEvent<PaylinkPaidDetail>} paylink-paid - The page shows a successful payment on the customer's return from the PSP: `{ token, amount, currency, paidAt, method }`.
 * @fires {CustomEvent<PaylinkDeclinedDetail>} paylink-declined - The page shows a declined or failed payment on the customer's return from the PSP: `{ token }`.
 *
 * @slot logo - The merchant's logo, shown in the header (keep it under 2.5rem high).
 *
 * @csspart page - The outer wrapper; carries the `lang` and `dir` of the shown language.
 * @csspart header - The header with the logo, merchant name and language select.
 * @csspart merchant - The merchant's name.
 * @csspart language - The Language select.
 * @csspart card - The card holding the current state.
 * @csspart heading - The heading of the current state.
 * @csspart icon - The outcome badge of the paid, declined, expired, not-found and error states (inline SVG in `currentColor`; set `color` on the part).
 * @csspart message - The merchant's message to the customer.
 * @csspart amount - The amount due.
 * @csspart expiry - The "Pay by" line.
 * @csspart methods - The radio group of payment methods.
 * @csspart method - One payment method (a radio).
 * @csspart method-selected - The selected payment method.
 * @csspart button - Every action button (Pay, Try again, Retry).
 * @csspart pay-button - The Pay button.
 * @csspart try-again-button - The Try again button of the declined state.
 * @csspart retry-button - The Retry button of the error state.
 * @csspart receipt - The receipt of the paid state.
 * @csspart status - The live region announcing what happens (redirecting, errors).
 * @csspart footer - The "Secure payment" line.
 *
 * @cssprop [--paylink-font-family=system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif] - Font.
 * @cssprop [--paylink-font-size=1rem] - Base font size.
 * @cssprop [--paylink-color-text=#1b1f24] - Text colour.
 * @cssprop [--paylink-color-text-muted=#57606a] - Secondary text colour.
 * @cssprop [--paylink-color-surface=#ffffff] - Card background.
 * @cssprop [--paylink-color-surface-alt=#f4f6f8] - Page and receipt background.
 * @cssprop [--paylink-color-border=#c9d1d9] - Borders.
 * @cssprop [--paylink-color-primary=#1f4fd1] - Pay button and selected method.
 * @cssprop [--paylink-color-on-primary=#ffffff] - Text on the primary colour.
 * @cssprop [--paylink-color-success=#17663a] - Paid badge.
 * @cssprop [--paylink-color-danger=#b42318] - Declined badge.
 * @cssprop [--paylink-color-warning=#8a4b00] - Expired, not-found and error badge.
 * @cssprop [--paylink-color-focus=#1f4fd1] - Focus ring.
 * @cssprop [--paylink-radius=0.5rem] - Corner radius (the card uses twice this).
 * @cssprop [--paylink-space=0.5rem] - Spacing unit.
 * @cssprop [--paylink-shadow=0 1px 2px rgb(0 0 0 / 0.06), 0 8px 24px rgb(0 0 0 / 0.08)] - Card shadow.
 * @cssprop [--paylink-pay-page-max-width=30rem] - Maximum width of the card.
 * @cssprop [--paylink-pay-page-background=var(--paylink-color-surface-alt)] - Background around the card.
 * @cssprop [--paylink-pay-page-amount-size=2.5rem] - Font size of the amount on wide screens.
 */
export class PaylinkPayPage extends PaylinkElement {
  static override styles = [...PaylinkElement.styles, iconStyles, payPageStyles];

  /** The link's pay token; read from the page URL's `?token=` when absent. */
  @property() token: string | undefined;
  /** API root including `/api`, used when no `client` is set. Default `/api`. */
  @property({ attribute: 'api-base' }) apiBase: string = DEFAULT_API_BASE;
  /** A pay client to use instead of one built from `api-base` (tests, custom transports). */
  @property({ attribute: false }) client: PayClient | undefined;
  /** Sends the browser to the PSP. Default `location.assign(url)`; replace it in tests or in an app router. */
  @property({ attribute: false }) navigate: (url: string) => void = (url) => location.assign(url);

  /** The link as the customer sees it, once loaded. */
  @state() private view: PayView | undefined;
  /** The selected payment method. */
  @state() private method: string | undefined;
  /** The language the customer picked in the Language select. */
  @state() private language: string | undefined;
  @state() private busy: 'pay' | 'reopen' | undefined;
  @state() private notice: Notice | undefined;

  private readonly locale = new LocaleController(this, payPageMessages, { reflect: true });
  private readonly viewTask = new Task(this, {
    args: () => [this.currentToken(), this.payClient()] as const,
    task: ([token, client], { signal }) => this.fetchView(token, client, signal),
    onComplete: ({ view }) => {
      this.view = view;
    },
  });
  private readonly ownClient = clientCache((apiBase: string) =>
    createPayClient({ baseUrl: apiBase || DEFAULT_API_BASE }),
  );
  private actions = new AbortController();
  private shownPhase: PayPagePhase | undefined;
  private settled = false;
  private announced: string | undefined;

  /** Resolves once the shown language's messages are loaded and rendered (for tests and demos). */
  ready(): Promise<void> {
    return this.locale.ready();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.actions.signal.aborted) this.actions = new AbortController();
    this.language ??= rememberedLanguage(this.currentToken());
    window.addEventListener('pageshow', this.onPageShow);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.actions.abort();
    window.removeEventListener('pageshow', this.onPageShow);
  }

  protected override willUpdate(): void {
    // The shown language (written back to `lang` and `dir` by the locale controller): the customer's
    // pick, then the author's `lang`, then the link's language, then the provider, page and browser.
    this.locale.preferred = [this.language, this.locale.authorLang, this.view?.language];
    const methods = this.view?.methods ?? [];
    if (!this.method || !methods.includes(this.method)) this.method = methods[0];
  }

  protected override render(): TemplateResult {
    const phase = this.phase();
    const view = this.view;
    const merchant = phase === 'not-found' || phase === 'error' ? undefined : view?.merchant.name;
    const { t } = this.locale;
    return html`
      <div class="page" part="page" lang=${this.locale.shownLang} dir=${this.locale.dir}>
        <div class="header" part="header">
          <div class="brand">
            <slot name="logo"></slot>
            ${merchant ? html`<p class="merchant" part="merchant" dir="auto">${merchant}</p>` : nothing}
          </div>
          <div class="language">
            <label for="language">${t('language')}</label>
            <select id="language" part="language" @change=${this.onLanguageChange}>
              ${this.locale.available.map(
                (code) =>
                  html`<option value=${code} lang=${code} ?selected=${code === (this.language ?? this.locale.locale)}>
                    ${languageName(code)}
                  </option>`,
              )}
            </select>
          </div>
        </div>
        <section class="card" part="card" aria-busy=${phase === 'loading' ? 'true' : 'false'}>
          ${phaseView(phase, this.viewContext(), this.view)}
          <p class="notice" part="status" role="status" aria-live="polite">${this.notice ? t(this.notice) : ''}</p>
        </section>
        <p class="secure" part="footer">${iconLock()}<span>${t('secure')}</span></p>
      </div>
    `;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const phase = this.phase();
    if (phase === this.shownPhase) return;
    this.shownPhase = phase;
    this.focusHeading();
    if (phase !== 'loading') this.settled = true;
    this.announceOutcome(phase);
  }

  private viewContext(): ViewContext {
    return {
      t: this.locale.t,
      money: (view) => this.locale.money(view.amount, view.currency),
      date: (iso, options) => this.locale.date(iso, options),
      method: this.method,
      busy: this.busy !== undefined,
      onMethodClick: (method) => {
        this.method = method;
      },
      onMethodKeydown: this.onMethodKeydown,
      onPay: () => void this.pay(),
      onTryAgain: () => void this.tryAgain(),
      onRetry: () => {
        this.notice = undefined;
        void this.viewTask.run();
      },
    };
  }

  private phase(): PayPagePhase {
    const { status, error } = this.viewTask;
    return phaseOf(
      status === TaskStatus.ERROR ? { error } : status === TaskStatus.COMPLETE ? this.view : undefined,
    );
  }

  private currentToken(): string {
    return this.token || tokenFromPageUrl();
  }

  private payClient(): PayClient {
    return this.client ?? this.ownClient(this.apiBase);
  }

  private async fetchView(token: string, client: PayClient, signal: AbortSignal): Promise<Loaded> {
    if (!token) throw new PaylinkError('not_found', 'No payment link token in the element or the page URL.');
    const returning = isReturnFromPayment(token);
    // Returning from the PSP: show the outcome as it is. Opening would turn a decline into "clicked".
    if (returning || wasOpened(token)) return { view: await client.get(token, { signal }), returning };
    const view = await client.open(token, { signal });
    markOpened(token);
    return { view, returning };
  }

  private focusHeading(): void {
    // The first state is announced by focus only when the page has nothing else focused, so an
    // embedding page's focus is not stolen; after that, every change of state moves focus.
    const active = document.activeElement;
    if (!this.settled && active && active !== document.body && active !== this) return;
    this.renderRoot.querySelector<HTMLElement>('[data-heading]')?.focus();
  }

  private announceOutcome(phase: PayPagePhase): void {
    const loaded = this.viewTask.value;
    const token = this.currentToken();
    if (!loaded?.returning || this.announced === token) return;
    const { view } = loaded;
    if (phase === 'paid') {
      this.announced = token;
      this.emit('paylink-paid', {
        token,
        amount: view.amount,
        currency: view.currency,
        paidAt: view.paidAt,
        method: view.paidMethod,
      });
    } else if (phase === 'declined') {
      this.announced = token;
      this.emit('paylink-declined', { token });
    }
  }

  private async pay(): Promise<void> {
    const token = this.currentToken();
    const method = this.method;
    if (!method || this.busy) return;
    this.busy = 'pay';
    this.notice = 'redirecting';
    markPaymentStarted(token);
    try {
      const started = await this.payClient().startPayment(
        token,
        { method, returnUrl: location.href },
        { signal: this.actions.signal },
      );
      // Stay busy: the page is being left, and a second click must not start a second payment.
      this.navigate(started.redirectUrl);
    } catch (error) {
      clearPaymentStarted(token);
      this.busy = undefined;
      this.handleActionError(error, 'payFailed');
    }
  }

  private async tryAgain(): Promise<void> {
    const token = this.currentToken();
    if (this.busy) return;
    this.busy = 'reopen';
    this.notice = undefined;
    try {
      this.view = await this.payClient().open(token, { signal: this.actions.signal });
      markOpened(token);
    } catch (error) {
      this.handleActionError(error, 'reopenFailed');
    } finally {
      this.busy = undefined;
    }
  }

  private handleActionError(error: unknown, fallback: Notice): void {
    const code = isPaylinkError(error) ? error.code : undefined;
    if (code === 'aborted') return;
    if (code === 'method_not_active') {
      this.notice = 'methodUnavailable';
    } else if (code === 'not_found' || code === 'invalid_transition') {
      // The link changed meanwhile (expired, paid elsewhere, archived): show what it is now.
      this.notice = undefined;
      void this.viewTask.run();
    } else {
      this.notice = fallback;
    }
  }

  private readonly onLanguageChange = (event: Event): void => {
    const language = (event.target as HTMLSelectElement).value;
    this.language = language;
    rememberLanguage(this.currentToken(), language);
  };

  /** Arrow keys, Home and End move the choice between methods, as in any radio group. */
  private readonly onMethodKeydown = (event: KeyboardEvent): void => {
    const methods = this.view?.methods ?? [];
    const current = Math.max(0, methods.indexOf(this.method ?? ''));
    const next = radioKeyTarget(event, current, methods.length, this.locale.dir === 'rtl');
    if (next === undefined) return;
    event.preventDefault();
    this.method = methods[next];
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>('[role="radio"][aria-checked="true"]')?.focus(),
    );
  };

  private readonly onPageShow = (event: PageTransitionEvent): void => {
    // Back from the PSP through the back/forward cache: the page is as it was left, busy; reload it.
    if (!event.persisted) return;
    clearPaymentStarted(this.currentToken());
    this.busy = undefined;
    this.notice = undefined;
    void this.viewTask.run();
  };
}
