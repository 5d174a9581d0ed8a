import { Task, TaskStatus } from '@lit/task';
import {
  type Customer,
  isPaylinkError,
  type PaylinkClient,
  type PaylinkError,
  type PaymentLink,
  type PaymentMethod,
} from '@paylink/client';
import { html, type PropertyValues, type TemplateResult } from 'lit';
import { createRef, type Ref } from 'lit/directives/ref.js';
import { PaylinkElement } from '../core/paylink-element.ts';
import type { PaylinkCreatedDetail, PaylinkErrorDetail } from '../events/index.ts';
import { currencyDigits } from '../i18n/format.ts';
import { LocaleController } from '../i18n/locale-controller.ts';
import { Announcer } from '../shared/announcer.ts';
import { ClientController } from '../shared/client-controller.ts';
import { copyText } from '../shared/clipboard.ts';
import { iconStyles } from '../shared/icons.ts';
import { loadQrEncoder } from '../shared/lazy-qr-code.ts';
import { readAmount, writeAmount } from './amount.ts';
import { createFormStyles } from './create-form.styles.ts';
import { CustomerSearch } from './customer-search.ts';
import {
  amountExample,
  type Draft,
  emptyDraft,
  FIELDS,
  type FieldErrors,
  type FieldName,
  LINK_LANGUAGES,
  readDraft,
  withCustomer,
} from './draft.ts';
import { type FormView, type LoadState, renderForm, type Translate } from './form-view.ts';
import type { CreateFormKey } from './locales/en.ts';
import { createFormMessages } from './messages.ts';
import { asPaylinkError, LinkSubmission, readRefusal } from './submission.ts';
import { renderSuccess } from './success.ts';

/**
 * A form to create one payment link: amount (typed the way the viewer writes numbers), currency,
 * title, customer (search the merchant's customers, or type a new one), message, reference,
 * invoice, language, expiry date, payment methods and "send now".
 *
 * Every rule of the server is checked before sending, with the server's own schema, and shown next
 * to its field (`aria-invalid`, `aria-describedby`); on submit the first invalid field takes focus.
 * What the server still refuses is shown at the field it concerns. Submitting twice, or again
 * after a network failure with the same data, creates one link (one `Idempotency-Key` per typed
 * data); a network failure keeps every field and offers Retry. Once created, it shows the link
 * with Copy link and a QR code, and Create another.
 *
 * With `customer-id` the customer is fixed (and the link's origin is `customer`); otherwise
 * the origin is `manual`.
 *
 * Put it inside `<paylink-provider>`, or give it `api-base` (and the `getToken` property), or a
 * ready `client`. Nothing typed is ever rendered as HTML; it works under a strict CSP.
 *
 * @tag paylink-create-form
 * @summary Create a payment link: validated like the server, safe to submit twice, link + QR on success.
 *
 * @fires {CustomEvent<PaylinkCreatedDetail>} paylink-created - The link was created: `detail.link` is the `PaymentLink`.
 * @fires {CustomEvent<PaylinkErrorDetail>} paylink-error - A request failed (also when the form shows why): `detail.error` is a `PaylinkError`.
 *
 * @csspart form - The form.
 * @csspart field - Each labelled field (label, control, hint and message).
 * @csspart input - Every text, date and e-mail input and the message box.
 * @csspart select - The Currency and Language selects.
 * @csspart field-error - The message under an invalid field.
 * @csspart customer - The Customer group (name, email, mobile).
 * @csspart listbox - The customer suggestions under Customer name.
 * @csspart option - One customer suggestion.
 * @csspart methods - The Payment methods group.
 * @csspart send - The Send now group.
 * @csspart button - Every button.
 * @csspart create-button - Create payment link.
 * @csspart progress - "Creating the payment link…" while it is sent.
 * @csspart error - Why creating failed (no field to show it at), with Retry.
 * @csspart retry-button - Retry.
 * @csspart success - The view after creating.
 * @csspart success-icon - The check mark of the success heading.
 * @csspart summary - Title, amount and customer of the created link.
 * @csspart link-input - The created link's address.
 * @csspart copy-button - Copy link.
 * @csspart qr - The QR code (an SVG image, dark on white).
 * @csspart open-link - Open pay page.
 * @csspart another-button - Create another.
 * @csspart live - The announcement line (the widget's single aria-live region).
 *
 * @cssprop [--paylink-create-form-max-width=42rem] - Widest the form grows.
 * @cssprop [--paylink-create-form-qr-size=12rem] - Size of the QR code.
 * @cssprop [--paylink-color-primary=#1f4fd1] - Create payment link, Copy link, focus accents.
 * @cssprop [--paylink-color-on-primary=#ffffff] - Text on the primary colour.
 * @cssprop [--paylink-color-surface=#ffffff] - Background of the fields.
 * @cssprop [--paylink-color-surface-alt=#f4f6f8] - Suggestions hovered, read-only fields.
 * @cssprop [--paylink-color-border=#c9d1d9] - Borders.
 * @cssprop [--paylink-color-text=#1b1f24] - Text.
 * @cssprop [--paylink-color-text-muted=#57606a] - Hints and labels' "(optional)".
 * @cssprop [--paylink-color-focus=#1f4fd1] - Focus ring.
 * @cssprop [--paylink-color-danger=#b42318] - Invalid fields and their messages.
 * @cssprop [--paylink-color-warning=#8a4b00] - The short-expiry warning.
 * @cssprop [--paylink-color-success=#17663a] - The success heading's check mark.
 * @cssprop [--paylink-radius=0.5rem] - Corner radius.
 * @cssprop [--paylink-space=0.5rem] - Base spacing.
 * @cssprop [--paylink-font-family=system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif] - Font.
 * @cssprop [--paylink-font-size=1rem] - Base font size.
 */
export class PaylinkCreateForm extends PaylinkElement {
  static override shadowRootOptions = { ...PaylinkElement.shadowRootOptions, delegatesFocus: true };

  static override properties = {
    ...PaylinkElement.properties,
    customerId: { type: String, attribute: 'customer-id' },
    apiBase: { type: String, attribute: 'api-base' },
    client: { attribute: false },
    getToken: { attribute: false },
    draft: { state: true, attribute: false },
    errors: { state: true, attribute: false },
    failure: { state: true, attribute: false },
    created: { state: true, attribute: false },
  };

  static override styles = [...PaylinkElement.styles, iconStyles, createFormStyles];

  /** An existing customer's id: the link is for them (fixed), with origin `customer`. */
  declare customerId: string | undefined;
  /** Root of the Paylink API (e.g. `/api`) when the form is not inside `<paylink-provider>`. */
  declare apiBase: string | undefined;
  /** A ready client; wins over `api-base` and the provider. */
  declare client: PaylinkClient | undefined;
  /** Returns the bearer token, used with `api-base`. */
  declare getToken: (() => string | Promise<string>) | undefined;
  declare private draft: Draft;
  declare private errors: FieldErrors;
  declare private failure: string | undefined;
  declare private created:
    | { link: PaymentLink; sent: { channel: 'email' | 'sms' | 'whatsapp'; to: string } | undefined }
    | undefined;

  private readonly loc = new LocaleController(this, createFormMessages);
  private readonly clients = new ClientController(this);
  private readonly announcer = new Announcer(this);
  private readonly refs = Object.fromEntries(FIELDS.map((f) => [f, createRef<HTMLElement>()])) as Record<
    FieldName,
    Ref<HTMLElement>
  >;
  private readonly heading = createRef<HTMLElement>();
  private readonly urlInput = createRef<HTMLInputElement>();
  /** The user picked a language: a chosen customer's language no longer replaces it. */
  private languageChosen = false;
  private readonly submission = new LinkSubmission(this, () => this.clients.client);

  private readonly search = new CustomerSearch(this, {
    client: () => this.clients.client,
    onResults: (count) =>
      this.announcer.announce(count > 0 ? this.t('suggestions', { count }) : this.t('noSuggestions')),
    onChoose: (customer) => this.chooseCustomer(customer),
  });

  private readonly methodsTask = new Task(this, {
    args: () => [this.clients.client] as const,
    task: async ([client], { signal }): Promise<PaymentMethod[]> =>
      (await client.paymentMethods.list({ signal })).items,
    onComplete: (methods) => {
      if (this.draft.methods === undefined)
        this.draft = { ...this.draft, methods: methods.filter((m) => m.active).map((m) => m.id) };
      else
        this.draft = {
          ...this.draft,
          methods: this.draft.methods.filter((id) => methods.some((m) => m.id === id && m.active)),
        };
    },
  });

  private readonly customerTask = new Task(this, {
    args: () => [this.clients.client, this.customerId ?? ''] as const,
    task: async ([client, id], { signal }): Promise<Customer | undefined> =>
      id ? client.customers.get(id, { signal }) : undefined,
    onComplete: (customer) => {
      if (customer) this.draft = withCustomer(this.draft, customer, this.languageChosen);
    },
    onError: (error) => {
      if (!isAbort(error)) this.emit('paylink-error', { error: asPaylinkError(error) });
    },
  });

  constructor() {
    super();
    this.customerId = undefined;
    this.apiBase = undefined;
    this.client = undefined;
    this.getToken = undefined;
    this.draft = emptyDraft('en', undefined);
    this.errors = {};
    this.failure = undefined;
    this.created = undefined;
  }

  /** The link created last, while the success view shows it. */
  get link(): PaymentLink | undefined {
    return this.created?.link;
  }

  /** Resolves once the messages of the form's language are loaded and rendered. */
  localeReady(): Promise<void> {
    return this.loc.ready();
  }

  /** Empties the form for a new link (what Create another does); a `customer-id` customer stays. */
  reset(): void {
    const methods = this.methodsTask.value;
    this.languageChosen = false;
    this.draft = emptyDraft(this.defaultLanguage(), methods);
    const locked = this.customerTask.value;
    if (this.customerId && locked) this.draft = withCustomer(this.draft, locked, false);
    this.errors = {};
    this.failure = undefined;
    this.created = undefined;
    this.submission.forget();
    this.search.close();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (!this.languageChosen && !this.draft.customer) {
      const language = this.defaultLanguage();
      if (this.draft.language !== language) this.draft = { ...this.draft, language };
    }
    if (changed.has('customerId') && changed.get('customerId') !== undefined && !this.customerId) {
      // No longer fixed: the customer is typed or searched again.
      this.draft = { ...this.draft, customer: undefined, customerName: '', email: '', mobile: '' };
    }
  }

  private defaultLanguage(): string {
    const shown = this.loc.locale;
    return (LINK_LANGUAGES as readonly string[]).includes(shown) ? shown : 'en';
  }

  // The form chooses some keys at run time (a field's message), so it keeps its own looser Translate.
  private readonly t: Translate = (key, values) =>
    (this.loc.t as (key: string, ...values: object[]) => string)(key, ...(values ? [values] : []));

  protected override render(): TemplateResult {
    const created = this.created;
    return html`<div class="frame" dir=${this.loc.dir} lang=${this.loc.locale}>
      ${
        created
          ? renderSuccess({
              t: this.t,
              link: created.link,
              sent: created.sent,
              money: this.loc.money(created.link.amount, created.link.currency),
              heading: this.heading,
              urlInput: this.urlInput,
              onCopy: () => void this.copy(),
              onAnother: () => void this.another(),
            })
          : renderForm(this.formView())
      }
      ${this.announcer.render()}
    </div>`;
  }

  private formView(): FormView {
    const methods = this.methodsTask;
    return {
      t: this.t,
      draft: this.draft,
      error: (field) => this.errorText(field),
      amountExample: amountExample(this.draft.currency, this.loc.decimalSeparator),
      locked: this.customerId ? loadState(this.customerTask, () => void this.customerTask.run()) : undefined,
      search: this.search,
      methods: loadState(methods, () => void methods.run()),
      busy: this.submission.busy,
      failure: this.failure,
      refs: this.refs,
      onInput: this.onInput,
      onBlur: this.onBlur,
      onMethod: this.onMethod,
      onCustomerKeydown: this.onCustomerKeydown,
      onChoose: (customer) => this.search.choose(customer),
      onChangeCustomer: this.onChangeCustomer,
      onSubmit: (event) => {
        event.preventDefault();
        void this.submit();
      },
      onRetry: () => void this.submit(),
    };
  }

  private errorText(field: FieldName): string | undefined {
    const error = this.errors[field];
    if (!error) return undefined;
    const values: Record<string, unknown> = {
      example: amountExample(this.draft.currency, this.loc.decimalSeparator),
      ...error.values,
    };
    if (error.key === 'error.methodNotActive')
      values.methods = this.methodNames(String(values.methods ?? ''));
    return this.t(error.key, values);
  }

  private methodNames(ids: string): string {
    const known = this.methodsTask.value ?? [];
    return ids
      .split(',')
      .map((id) => known.find((m) => m.id === id.trim())?.name ?? id.trim())
      .join(', ');
  }

  // --- input -------------------------------------------------------------------------------------

  private readonly onInput = (field: FieldName, value: string): void => {
    let draft: Draft = { ...this.draft, [field]: value };
    if (field === 'language') this.languageChosen = true;
    if (field === 'customerName') {
      if (draft.customer) draft = { ...draft, customer: undefined, email: '', mobile: '' };
      this.search.typed(value);
    }
    this.draft = draft;
    this.recheck(
      field === 'send' ? ['send', 'email', 'mobile'] : field === 'currency' ? ['amount'] : [field],
      false,
    );
  };

  private readonly onBlur = (field: FieldName): void => {
    if (field === 'customerName') this.search.close();
    if (field === 'amount') {
      // Written back the way it will be read: `12,5` becomes `12,50`, `1.234` in Dutch `1234,00`.
      const digits = currencyDigits(this.draft.currency);
      const decimal = this.loc.decimalSeparator;
      const reading = readAmount(this.draft.amount, decimal, digits);
      if (reading.ok) this.draft = { ...this.draft, amount: writeAmount(reading.minor, decimal, digits) };
    }
    this.recheck([field], true);
  };

  private readonly onMethod = (id: string, on: boolean): void => {
    const current = this.draft.methods ?? [];
    const methods = on ? [...current.filter((m) => m !== id), id] : current.filter((m) => m !== id);
    // Keep the server's order of methods, whatever order they were ticked in.
    const order = (this.methodsTask.value ?? []).map((m) => m.id);
    methods.sort((a, b) => order.indexOf(a) - order.indexOf(b));
    this.draft = { ...this.draft, methods };
    this.recheck(['methods'], true);
  };

  private readonly onCustomerKeydown = (event: KeyboardEvent): void => {
    if (this.search.keydown(event)) {
      event.preventDefault();
      // Escape closes the suggestions, not the dialog the form may sit in.
      event.stopPropagation();
    }
  };

  private readonly onChangeCustomer = (): void => {
    this.draft = { ...this.draft, customer: undefined, customerName: '', email: '', mobile: '' };
    this.refs.customerName.value?.focus();
  };

  private chooseCustomer(customer: Customer): void {
    this.draft = withCustomer(this.draft, customer, this.languageChosen);
    this.recheck(['customerName', 'email', 'mobile', 'send'], false);
    this.announcer.announce(this.t('chosen', { name: customer.name }));
  }

  /**
   * Checks `fields` again: a message goes away as soon as the field is right, and (`add`) a field
   * left with something wrong in it gets its message; an empty field is not told off before submit.
   */
  private recheck(fields: FieldName[], add: boolean): void {
    const reading = readDraft(this.draft, { decimal: this.loc.decimalSeparator, origin: this.origin });
    const found = reading.ok ? {} : reading.errors;
    const errors = { ...this.errors };
    for (const field of fields) {
      const filled = field === 'methods' || String(this.draft[field as keyof Draft] ?? '').trim() !== '';
      if (found[field] && (errors[field] || (add && filled))) errors[field] = found[field];
      else if (!found[field]) delete errors[field];
    }
    this.errors = errors;
  }

  private get origin(): 'customer' | 'manual' {
    return this.customerId ? 'customer' : 'manual';
  }

  // --- submit ------------------------------------------------------------------------------------

  private async submit(): Promise<void> {
    // A second click or Enter while the first is on its way sends nothing.
    if (this.submission.busy) return;
    this.failure = undefined;
    const reading = readDraft(this.draft, { decimal: this.loc.decimalSeparator, origin: this.origin });
    if (!reading.ok) {
      await this.showErrors(reading.errors);
      return;
    }
    this.errors = {};
    this.announcer.announce(this.t('creating'));
    void loadQrEncoder(); // ready by the time the link is shown
    let link: PaymentLink | undefined;
    try {
      link = await this.submission.send(reading.body);
    } catch (caught) {
      const error = caught as PaylinkError;
      this.emit('paylink-error', { error });
      const refusal = readRefusal(error, this.draft);
      this.announcer.clear();
      if (refusal.kind === 'fields') {
        // What is active may have changed since the form loaded: show it as it is now.
        if (refusal.errors.methods) void this.methodsTask.run();
        await this.showErrors(refusal.errors);
      } else {
        this.failure =
          refusal.kind === 'network'
            ? this.t('error.network')
            : this.t('error.server', { message: refusal.message });
      }
      return;
    }
    if (!link) return;
    const channel = reading.body.sendInvite;
    const to = channel === 'email' ? this.draft.email : this.draft.mobile;
    this.created = { link, sent: channel ? { channel, to } : undefined };
    this.announcer.clear();
    this.emit('paylink-created', { link });
    await this.updateComplete;
    this.heading.value?.focus();
  }

  private async showErrors(errors: FieldErrors): Promise<void> {
    this.errors = errors;
    const count = Object.keys(errors).length;
    this.announcer.announce(this.t('error.summary', { count }));
    await this.updateComplete;
    const first = FIELDS.find((field) => errors[field]);
    if (!first) return;
    const target = this.refs[first].value;
    // A group takes focus at its first choice that can be changed.
    const control =
      target instanceof HTMLFieldSetElement
        ? (target.querySelector<HTMLInputElement>('input:not([disabled]):checked') ??
          target.querySelector<HTMLInputElement>('input:not([disabled])'))
        : target;
    control?.focus();
  }

  // --- success -----------------------------------------------------------------------------------

  private async copy(): Promise<void> {
    const link = this.created?.link;
    if (!link) return;
    const copied = await copyText(link.url, this.urlInput.value);
    this.announcer.announce(this.t(copied ? 'copied' : 'copyFailed'));
  }

  private async another(): Promise<void> {
    this.reset();
    await this.updateComplete;
    this.refs.amount.value?.focus();
  }
}

function isAbort(error: unknown): boolean {
  return (
    (isPaylinkError(error) && error.code === 'aborted') ||
    (error instanceof DOMException && error.name === 'AbortError')
  );
}

/** A task's state as the template shows it. */
function loadState<T>(task: Task<readonly unknown[], T>, retry: () => void): LoadState<NonNullable<T>> {
  if (task.status === TaskStatus.ERROR)
    return { state: 'failed', message: asPaylinkError(task.error).message, retry };
  if (task.status === TaskStatus.COMPLETE && task.value != null)
    return { state: 'ready', value: task.value as NonNullable<T> };
  return { state: 'loading' };
}

export type { CreateFormKey, PaylinkCreatedDetail, PaylinkErrorDetail };
