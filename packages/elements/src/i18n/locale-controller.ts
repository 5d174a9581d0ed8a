import type { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { paylinkContext } from '../core/context.ts';
import { consumeProvider } from '../core/provider-consumer.ts';
import { formatDate, formatMoney } from './format.ts';
import { observeHtmlLang } from './html-lang-observer.ts';
import {
  ensureEnglish,
  ensureLocale,
  getI18n,
  isLocaleReady,
  type LocaleBundle,
  languagesOf,
  type Messages,
  type Translate,
} from './i18n.ts';
import { onMessageOverrides } from './message-overrides.ts';
import { directionOf, formattingLocale, primaryLanguage, resolveLocale } from './resolve-locale.ts';

type Host = ReactiveControllerHost & HTMLElement;

/** Options of {@link LocaleController}. */
export interface LocaleControllerOptions {
  /**
   * Write the shown language back to the host's `lang` and `dir` (the pay page, which is a whole
   * page and often the only thing on it). The value the author set stays the author's choice:
   * see {@link LocaleController.authorLang}.
   */
  reflect?: boolean;
}

/**
 * Gives a component its language: resolves it (element `lang` → provider → `<html lang>` → browser,
 * each tried as region then language, English last), loads that language's messages on demand,
 * re-renders the host when they arrive, and formats money and dates for it.
 *
 * A component may put candidates of its own first (the pay page puts the customer's choice and the
 * link's language there) with {@link LocaleController.preferred}.
 */
export class LocaleController<E extends Messages = Messages> implements ReactiveController {
  /** Candidates tried before the element's own `lang`, e.g. a language the user picked. */
  preferred: readonly (string | null | undefined)[] = [];

  private readonly host: Host;
  private readonly bundle: LocaleBundle<E>;
  private readonly reflect: boolean;
  private readonly provider: ContextConsumer<typeof paylinkContext, Host>;
  private stopObserving: (() => void) | undefined;
  private stopListening: (() => void) | undefined;
  private current = 'en';
  private requested = 'en';
  private author: string | undefined;
  private written: string | undefined;

  constructor(host: Host, bundle: LocaleBundle<E>, options: LocaleControllerOptions = {}) {
    this.host = host;
    this.bundle = bundle;
    this.reflect = options.reflect ?? false;
    this.provider = consumeProvider(host);
    host.addController(this);
  }

  /** The language messages are shown in (one that has a translation), e.g. `fr`. */
  get locale(): string {
    return this.current;
  }

  /** The tag used for numbers and dates, which may carry a region, e.g. `fr-BE`. */
  get formatLocale(): string {
    return this.requested;
  }

  /** The shown language, keeping the region asked for (`fr-BE`) when its language is the one shown. */
  get shownLang(): string {
    return primaryLanguage(this.requested) === this.current ? this.requested : this.current;
  }

  /**
   * The host's `lang` as its author set it, not as this controller wrote it back (with `reflect`);
   * `undefined` when the author set none.
   */
  get authorLang(): string | undefined {
    const lang = this.host.lang || undefined;
    if (!this.reflect) return lang;
    // `lang` is the author's choice unless it is the value written back here.
    if (lang !== this.written) this.author = lang;
    return this.author;
  }

  /** The decimal separator of {@link formatLocale} (`.` or `,`), for reading typed amounts. */
  get decimalSeparator(): string {
    const part = new Intl.NumberFormat(this.requested).formatToParts(1.5).find((p) => p.type === 'decimal');
    return part?.value === ',' ? ',' : '.';
  }

  /** Text direction of the current language. */
  get dir(): 'ltr' | 'rtl' {
    return directionOf(this.current);
  }

  /** Languages this component has messages for: the ones it ships and the ones the page added. */
  get available(): string[] {
    return languagesOf(this.bundle);
  }

  hostConnected(): void {
    this.stopObserving = observeHtmlLang(() => this.host.requestUpdate());
    // Strings the page sets with `setMessages` show at once, and a language it adds can be chosen.
    this.stopListening = onMessageOverrides((namespace) => {
      if (namespace === this.bundle.namespace) this.host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    this.stopObserving?.();
    this.stopListening?.();
    this.stopObserving = undefined;
    this.stopListening = undefined;
  }

  hostUpdate(): void {
    this.resolve();
    if (this.reflect) this.writeBack();
  }

  /** Resolves once the messages of the language the host asks for are loaded (for tests and demos). */
  async ready(): Promise<void> {
    await ensureLocale(this.bundle, 'en');
    const next = resolveLocale(this.candidates(), this.available);
    await ensureLocale(this.bundle, next);
    this.host.requestUpdate();
    await (this.host as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  }

  /**
   * Translates `key` of this component's English messages, interpolating `{{name}}` placeholders;
   * only keys English has are accepted, with exactly the values their text asks for.
   */
  readonly t: Translate<E> = (key, ...values) => {
    ensureEnglish(this.bundle);
    const i18n = getI18n();
    // Keys and values are checked by `Translate<E>`; i18next's own typing knows no namespaces here.
    const translate = i18n.t as (key: string, options: object) => string;
    return translate(key, { ...values[0], lng: this.current, ns: this.bundle.namespace });
  };

  /** Formats minor units of `currency` for the current locale. */
  money(minorUnits: number, currency: string): string {
    return formatMoney(minorUnits, currency, this.requested);
  }

  /** Formats an ISO timestamp for the current locale. */
  date(iso: string, options?: Intl.DateTimeFormatOptions): string {
    return formatDate(iso, this.requested, options);
  }

  private resolve(): void {
    const candidates = this.candidates();
    const next = resolveLocale(candidates, this.available);
    this.requested = formattingLocale(candidates, next);
    if (next === this.current) return;
    if (isLocaleReady(this.bundle, next)) {
      this.current = next;
      return;
    }
    // Keep showing the previous language until the new one has arrived, then render again.
    void ensureLocale(this.bundle, next).then(() => {
      if (resolveLocale(this.candidates(), this.available) === next) {
        this.current = next;
        this.host.requestUpdate();
      }
    });
  }

  /**
   * Writes the shown language to the host's `lang` and `dir`. It runs before the host's render, so
   * the write joins this update instead of scheduling another.
   */
  private writeBack(): void {
    const lang = this.shownLang;
    if (this.host.lang !== lang) {
      this.written = lang;
      this.host.lang = lang;
    }
    if (this.host.dir !== this.dir) this.host.dir = this.dir;
  }

  private candidates(): (string | null | undefined)[] {
    const navigatorLanguages = typeof navigator === 'undefined' ? [] : navigator.languages;
    return [
      ...this.preferred,
      this.host.getAttribute('lang'),
      this.provider.value?.lang,
      typeof document === 'undefined' ? undefined : document.documentElement.lang,
      ...navigatorLanguages,
    ];
  }
}
