import { Task, TaskStatus } from '@lit/task';
import {
  createPayClient,
  isPaylinkError,
  type PayClient,
  PaylinkError,
  type PayView,
} from '@paylink/client/pay';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { PaylinkElement } from '../core/paylink-element.ts';
import { LocaleController } from '../i18n/locale-controller.ts';
import { primaryLanguage } from '../i18n/resolve-locale.ts';
import { iconLock, iconStyles } from '../shared/icons.ts';
import { LANGUAGE_NAMES, payPageMessages } from './messages.ts';
import { payPageStyles } from './pay-page.styles.ts';
import {
  declinedView,
  errorView,
  expiredView,
  loadingView,
  notFoundView,
  type PayPagePhase,
  paidView,
  readyView,
  type ViewContext,
} from './views.ts';
import {
  clearPaymentStarted,
  isReturnFromPayment,
  markOpened,
  markPaymentStarted,
  rememberedLanguage,
  rememberLanguage,
  wasOpened,
} from './visit.ts';

/** `detail` of `paylink-paid`. */
export interface PayPagePaidDetail {
  token: string;
  amount: number;
  currency: string;
  paidAt?: string | undefined;
  method?: string | undefined;
}

/** `detail` of `paylink-declined`. */
export interface PayPageDeclinedDetail {
  token: string;
}

declare module '../core/events.ts' {
  interface PaylinkEventMap {
    'paylink-paid': PayPagePaidDetail;
    'paylink-declined': PayPageDeclinedDetail;
  }
}

declare global {
  interface HTMLElementEventMap {
    'paylink-paid': CustomEvent<PayPagePaidDetail>;
    'paylink-declined': CustomEvent<PayPageDeclinedDetail>;
  }
}

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

const ARROWS: Readonly<Record<string, number>> = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 };

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
 * @fires paylink-paid - The page shows a successful payment on the customer's return from the PSP. `detail: { token, amount, currency, paidAt, method }`.
 * @fires paylink-declined - The page shows a declined or failed payment on the customer's return from the PSP. `detail: { token }`.
 *
 * @slot logo - The merchant's logo, shown in the header (keep it under 2.5rem high).
 *
 * @csspart page - The outer wrapper; carries the `lang` and `dir` of the shown language.
 * @csspart header - The header with the logo, merchant name and language select.
 * @csspart merchant - The merchant's name.
 * @csspart language - The Language select.
 * @csspart card - The card holding the current state.
 * @csspart heading - The heading of the current state.
 * @csspart icon - The outcome badge of the paid, declined, expired, not-found and error states: an
 *   inline SVG drawn in `currentColor` (set `color` on the part to recolour it), hidden from screen readers.
 * @csspart message - The merchant's message to the customer.
 * @csspart amount - The amount due.
 * @csspart expiry - The "Pay by" line.
 * @csspart methods - The group of payment method buttons.
 * @csspart method - One payment method button.
 * @csspart method-selected - The selected payment method button.
 * @csspart button - Every action button (Pay, Try again, Retry).
 * @csspart pay-button - The Pay button.
 * @csspart try-again-button - The Try again button of the declined state.
 * @csspart retry-button - The Retry button of the error state.
 * @csspart receipt - The receipt of the paid state.
 * @csspart status - The live region announcing what happens (redirecting, errors).
 * @csspart footer - The "Secure payment" line.
 *
 * @cssprop [--paylink-font-family=system-ui, sans-serif] - Font.
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
 * @cssprop [--paylink-shadow=0 8px 24px rgb(0 0 0 / 0.08)] - Card shadow.
 * @cssprop [--paylink-pay-page-max-width=30rem] - Maximum width of the card.
 * @cssprop [--paylink-pay-page-background=var(--paylink-color-surface-alt)] - Background around the card.
 * @cssprop [--paylink-pay-page-amount-size=2.5rem] - Font size of the amount on wide screens.
 */
export class PaylinkPayPage extends PaylinkElement {
  static override properties = {
    ...PaylinkElement.properties,
    token: { type: String },
    apiBase: { type: String, attribute: 'api-base' },
    client: { attribute: false },
    navigate: { attribute: false },
    _view: { state: true, attribute: false },
    _method: { state: true, attribute: false },
    _language: { state: true, attribute: false },
    _busy: { state: true, attribute: false },
    _notice: { state: true, attribute: false },
  };

  static override styles = [...PaylinkElement.styles, iconStyles, payPageStyles];

  /** The link's pay token; read from the page URL's `?token=` when absent. */
  declare token: string | undefined;
  /** API root including `/api`, used when no `client` is set. Default `/api`. */
  declare apiBase: string;
  /** A pay client to use instead of one built from `api-base` (tests, custom transports). */
  declare client: PayClient | undefined;
  /** Sends the browser to the PSP. Default `location.assign(url)`; replace it in tests or in an app router. */
  declare navigate: (url: string) => void;

  declare private _view: PayView | undefined;
  declare private _method: string | undefined;
  declare private _language: string | undefined;
  declare private _busy: 'pay' | 'reopen' | undefined;
  declare private _notice: Notice | undefined;

  private readonly locale: LocaleController;
  private readonly load: Task<readonly [string, PayClient], Loaded>;
  private ownClient: { base: string; client: PayClient } | undefined;
  private actions = new AbortController();
  private authorLang: string | undefined;
  private syncedLang: string | undefined;
  private shownPhase: PayPagePhase | undefined;
  private settled = false;
  private announced: string | undefined;

  constructor() {
    super();
    this.token = undefined;
    this.apiBase = '/api';
    this.client = undefined;
    this.navigate = (url) => location.assign(url);
    this._busy = undefined;
    this.locale = new LocaleController(this, payPageMessages);
    this.load = new Task(this, {
      args: () => [this.currentToken(), this.payClient()] as const,
      task: ([token, client], { signal }) => this.fetchView(token, client, signal),
      onComplete: ({ view }) => {
        this._view = view;
      },
    });
  }

  /** Resolves once the shown language's messages are loaded and rendered (for tests and demos). */
  ready(): Promise<void> {
    return this.locale.ready();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.actions.signal.aborted) this.actions = new AbortController();
    this._language ??= rememberedLanguage(this.currentToken());
    window.addEventListener('pageshow', this.onPageShow);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.actions.abort();
    window.removeEventListener('pageshow', this.onPageShow);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // `lang` is the author's choice unless it is the value this element wrote back itself.
    if (changed.has('lang') && this.lang !== this.syncedLang) this.authorLang = this.lang || undefined;
    this.locale.preferred = [this._language, this.authorLang, this._view?.language];
    const methods = this._view?.methods ?? [];
    if (!this._method || !methods.includes(this._method)) this._method = methods[0];
  }

  protected override update(changed: PropertyValues<this>): void {
    // Set before super.update() so the write-back joins this update instead of scheduling another.
    const lang = this.shownLang();
    if (this.lang !== lang) {
      this.syncedLang = lang;
      this.lang = lang;
    }
    if (this.dir !== this.locale.dir) this.dir = this.locale.dir;
    super.update(changed);
  }

  protected override render(): TemplateResult {
    const phase = this.phase();
    const view = this._view;
    const merchant = phase === 'not-found' || phase === 'error' ? undefined : view?.merchant.name;
    const t = (key: string, values?: Record<string, string>) => this.locale.t(key, values);
    return html`
      <div class="page" part="page" lang=${this.shownLang()} dir=${this.locale.dir}>
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
                  html`<option value=${code} lang=${code} ?selected=${code === (this._language ?? this.locale.locale)}>
                    ${LANGUAGE_NAMES[code] ?? code}
                  </option>`,
              )}
            </select>
          </div>
        </div>
        <section class="card" part="card" aria-busy=${phase === 'loading' ? 'true' : 'false'}>
          ${this.renderPhase(phase)}
          <p class="notice" part="status" role="status" aria-live="polite">${this._notice ? t(this._notice) : ''}</p>
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

  private renderPhase(phase: PayPagePhase): TemplateResult {
    const c = this.viewContext();
    const view = this._view;
    if (phase === 'loading' || !view) {
      if (phase === 'not-found') return notFoundView(c);
      if (phase === 'error') return errorView(c);
      return loadingView(c);
    }
    switch (phase) {
      case 'ready':
        return readyView(c, view);
      case 'paid':
        return paidView(c, view);
      case 'declined':
        return declinedView(c);
      case 'expired':
        return expiredView(c, view);
      case 'not-found':
        return notFoundView(c);
      default:
        return errorView(c);
    }
  }

  private viewContext(): ViewContext {
    return {
      t: (key, values) => this.locale.t(key, values),
      money: (view) => this.locale.money(view.amount, view.currency),
      date: (iso, options) => this.locale.date(iso, options),
      method: this._method,
      busy: this._busy !== undefined,
      onMethodClick: (method) => {
        this._method = method;
      },
      onMethodKeydown: this.onMethodKeydown,
      onPay: () => void this.pay(),
      onTryAgain: () => void this.tryAgain(),
      onRetry: () => {
        this._notice = undefined;
        void this.load.run();
      },
    };
  }

  private phase(): PayPagePhase {
    const { status, error } = this.load;
    if (status === TaskStatus.ERROR) {
      return isPaylinkError(error) && error.code === 'not_found' ? 'not-found' : 'error';
    }
    const view = this._view;
    if (status !== TaskStatus.COMPLETE || !view) return 'loading';
    switch (view.status) {
      case 'paid':
        return 'paid';
      case 'expired':
        return 'expired';
      case 'declined':
        return 'declined';
      default:
        return 'ready';
    }
  }

  private currentToken(): string {
    return this.token || tokenFromPageUrl();
  }

  private payClient(): PayClient {
    if (this.client) return this.client;
    const base = this.apiBase || '/api';
    if (this.ownClient?.base !== base) this.ownClient = { base, client: createPayClient({ baseUrl: base }) };
    return this.ownClient.client;
  }

  /** The shown language, keeping the region the customer asked for (`fr-BE`) when it matches. */
  private shownLang(): string {
    const { locale, formatLocale } = this.locale;
    return primaryLanguage(formatLocale) === locale ? formatLocale : locale;
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
    const loaded = this.load.value;
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
    const method = this._method;
    if (!method || this._busy) return;
    this._busy = 'pay';
    this._notice = 'redirecting';
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
      this._busy = undefined;
      this.handleActionError(error, 'payFailed');
    }
  }

  private async tryAgain(): Promise<void> {
    const token = this.currentToken();
    if (this._busy) return;
    this._busy = 'reopen';
    this._notice = undefined;
    try {
      this._view = await this.payClient().open(token, { signal: this.actions.signal });
      markOpened(token);
    } catch (error) {
      this.handleActionError(error, 'reopenFailed');
    } finally {
      this._busy = undefined;
    }
  }

  private handleActionError(error: unknown, fallback: Notice): void {
    const code = isPaylinkError(error) ? error.code : undefined;
    if (code === 'aborted') return;
    if (code === 'method_not_active') {
      this._notice = 'methodUnavailable';
    } else if (code === 'not_found' || code === 'invalid_transition') {
      // The link changed meanwhile (expired, paid elsewhere, archived): show what it is now.
      this._notice = undefined;
      void this.load.run();
    } else {
      this._notice = fallback;
    }
  }

  private readonly onLanguageChange = (event: Event): void => {
    const language = (event.target as HTMLSelectElement).value;
    this._language = language;
    rememberLanguage(this.currentToken(), language);
  };

  /** Arrow keys, Home and End move the choice between methods, like a radio group (mirrored in RTL). */
  private readonly onMethodKeydown = (event: KeyboardEvent): void => {
    const methods = this._view?.methods ?? [];
    const current = Math.max(0, methods.indexOf(this._method ?? ''));
    let step = ARROWS[event.key];
    if (step !== undefined && this.locale.dir === 'rtl' && event.key.match(/^Arrow(Left|Right)$/))
      step = -step;
    let next: number;
    if (step !== undefined) next = (current + step + methods.length) % methods.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = methods.length - 1;
    else return;
    event.preventDefault();
    this._method = methods[next];
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>('.method[aria-pressed="true"]')?.focus(),
    );
  };

  private readonly onPageShow = (event: PageTransitionEvent): void => {
    // Back from the PSP through the back/forward cache: the page is as it was left, busy; reload it.
    if (!event.persisted) return;
    clearPaymentStarted(this.currentToken());
    this._busy = undefined;
    this._notice = undefined;
    void this.load.run();
  };
}
