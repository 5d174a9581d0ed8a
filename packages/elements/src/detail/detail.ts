import { Task, TaskStatus } from '@lit/task';
import {
  type Channel,
  isPaylinkError,
  type LinkEvent,
  newIdempotencyKey,
  type PaylinkClient,
  PaylinkError,
  type PaymentLink,
  type Refund,
  type RefundList,
} from '@paylink/client';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { createRef } from 'lit/directives/ref.js';
import { PaylinkElement } from '../core/paylink-element.ts';
import { LocaleController } from '../i18n/locale-controller.ts';
import { Announcer } from '../shared/announcer.ts';
import { ClientController } from '../shared/client-controller.ts';
import { copyText } from '../shared/clipboard.ts';
import { FeedFollower } from '../shared/feed-follower.ts';
import { iconStyles } from '../shared/icons.ts';
import { deepActiveElement, ModalDialogController } from '../shared/modal-dialog.ts';
import { statusBadgeStyles } from '../shared/status-badge.ts';
import { detailStyles } from './detail.styles.ts';
import { renderDetailsPanel } from './details-panel.ts';
import { renderConfirmDialog, renderLanguageDialog, renderSendDialog, type SendOutcome } from './dialogs.ts';
import { renderEventsPanel } from './events-panel.ts';
import { canSend, renderBanners, renderHeader } from './header.ts';
import { detailMessages, type Translate } from './messages.ts';
import { checkRefund, type RefundProblems, typedAmount } from './refund-form.ts';
import { renderRefundsPanel } from './refunds-panel.ts';
import { type DetailTab, focusTab, renderTabs } from './tabs.ts';
import { type DetailContext, languageName } from './view.ts';

const DEFAULT_POLL_MS = 5000;

/** Everything shown about one link, read together so the parts always agree. */
interface Snapshot {
  link: PaymentLink;
  events: LinkEvent[];
  refunds: RefundList;
}

/** The refund form: `amount` stays `undefined` until typed in, and then shows the remainder. */
interface RefundState {
  amount: string | undefined;
  message: string;
  problems: RefundProblems;
  formError: string | undefined;
  /** Waiting for confirmation or for the server: the body and the key every attempt sends. */
  pending: { amount: number; message: string; key: string } | undefined;
  busy: boolean;
  dialogError: string | undefined;
}

interface SendState {
  channel: Channel;
  recipients: Record<Channel, string>;
  error: string | undefined;
  busy: boolean;
  outcomes: SendOutcome[];
}

interface SimpleAction {
  busy: boolean;
  error: string | undefined;
}

const NEW_REFUND: RefundState = {
  amount: undefined,
  message: '',
  problems: {},
  formError: undefined,
  pending: undefined,
  busy: false,
  dialogError: undefined,
};

function asPaylinkError(error: unknown): PaylinkError {
  if (isPaylinkError(error)) return error;
  return new PaylinkError('http_error', error instanceof Error ? error.message : String(error), {
    cause: error,
  });
}

const isAbort = (error: unknown): boolean =>
  (isPaylinkError(error) && error.code === 'aborted') ||
  (error instanceof DOMException && error.name === 'AbortError');

async function readSnapshot(client: PaylinkClient, id: string, signal: AbortSignal): Promise<Snapshot> {
  const [link, events, refunds] = await Promise.all([
    client.links.get(id, { signal }),
    client.links.events(id, { signal }),
    client.links.refunds(id, { signal }),
  ]);
  return { link, events: events.items, refunds };
}

/**
 * One payment link, for the merchant: what it is, what happened to it, and what can still be done.
 *
 * The header shows its title, status, amount and customer, the pay URL with **Copy link**, a link to
 * the pay page and a QR code to scan, and the actions the link allows: **Send** (Created, Clicked
 * and Declined links, by email, SMS or WhatsApp, to the customer's address or another one),
 * **Change language**, and **Archive** (a Created link not from a dunning workflow is deleted
 * instead, and the confirmation says so). A Declined link gets a banner with the two possible
 * causes, the PSP reference to quote to support and a way to the events; an Expired one a banner
 * saying it cannot be reactivated, with **Create new link**.
 *
 * Below, three tabs (the ARIA tabs pattern: one Tab stop, arrow keys, Home and End): **Details**
 * (every field, and a note that a link cannot be marked as paid), **Events** (the timeline, newest
 * first) and, only once the link is Paid, **Refunds** (refunds so far as they settle, what can still
 * be refunded, and a form with a confirmation step; an amount above the remainder is refused before
 * anything is sent, and a double click refunds once).
 *
 * It follows the merchant's event feed while it is on screen: a payment made in another tab turns it
 * Paid, and shows the Refunds tab, without a reload. Where it has 600 px or less it stacks and its
 * targets are 44 px.
 *
 * Put it inside `<paylink-provider>`, or give it `api-base` (and the `getToken` property), or a
 * ready `client`.
 *
 * @tag paylink-detail
 * @summary One payment link: details, events, refunds, language, send and share, archive; live.
 *
 * @fires {CustomEvent<PaylinkRefundRequestDetail>} paylink-refund-request - Before the refund confirmation; cancelable (`preventDefault()` stops the refund). `detail`: `{ linkId, amount, currency, message }`.
 * @fires {CustomEvent<PaylinkRefundedDetail>} paylink-refunded - The server accepted a refund (pending until the PSP settles it). `detail`: `{ refund }`.
 * @fires {CustomEvent<PaylinkSentDetail>} paylink-sent - A send was answered (`invitation.status` is `sent` or `failed`). `detail`: `{ invitation }`.
 * @fires {CustomEvent<PaylinkLanguageChangedDetail>} paylink-language-changed - The link's language was changed. `detail`: `{ link }`.
 * @fires {CustomEvent<PaylinkArchiveRequestDetail>} paylink-archive-request - Before the archive confirmation; cancelable. `detail`: `{ ids }`.
 * @fires {CustomEvent<PaylinkArchivedDetail>} paylink-archived - After archiving (outcome `archived`, or `deleted` for a never-opened link). `detail`: `{ results }`.
 * @fires {CustomEvent<PaylinkCreateRequestDetail>} paylink-create-request - Create new link on an Expired link. `detail`: `{ prefill }` (amount, currency, title, message, invoice, customer, customerId, language, methods).
 * @fires {CustomEvent<PaylinkErrorDetail>} paylink-error - A request failed. `detail`: `{ error }`.
 *
 * @csspart frame - The whole detail; carries the `lang` and `dir` of the shown language.
 * @csspart header - The header with title, status, amount, customer, share and actions.
 * @csspart title - The link's title (a heading; `focus()` moves focus to it).
 * @csspart badge - The status badge.
 * @csspart badge-created - The badge of a Created link.
 * @csspart badge-clicked - The badge of a Clicked link.
 * @csspart badge-paid - The badge of a Paid link.
 * @csspart badge-expired - The badge of an Expired link.
 * @csspart badge-declined - The badge of a Declined link.
 * @csspart archived-tag - The "Archived" mark.
 * @csspart amount - The amount.
 * @csspart customer - The customer line.
 * @csspart share - The pay URL, its buttons and the QR code.
 * @csspart pay-url - The read-only field with the pay URL.
 * @csspart copy-button - Copy link.
 * @csspart pay-page-link - Open pay page.
 * @csspart qr - The QR code (an inline SVG image, black on white).
 * @csspart pay-page-closed - The note shown instead of the pay URL while archived.
 * @csspart actions - The group of Send, Change language and Archive.
 * @csspart button - Every button (and the Open pay page link).
 * @csspart send-button - Send.
 * @csspart language-button - Change language.
 * @csspart archive-button - Archive.
 * @csspart banner - The Declined or Expired banner.
 * @csspart banner-declined - The Declined banner.
 * @csspart banner-expired - The Expired banner.
 * @csspart psp-reference - The PSP reference in the Declined banner.
 * @csspart show-events-button - The Declined banner's way to the Events tab.
 * @csspart create-button - Create new link, in the Expired banner.
 * @csspart tabs - The tab list.
 * @csspart tab - Each tab.
 * @csspart tab-selected - The selected tab.
 * @csspart panel - The shown tab panel.
 * @csspart fields - The list of fields in Details.
 * @csspart note - The "cannot be marked as paid" note.
 * @csspart timeline - The list of events; `event` each of them.
 * @csspart event - One event of the timeline.
 * @csspart refund-totals - Paid, refunded and refundable amounts.
 * @csspart refunds - The list of refunds so far.
 * @csspart refund - One refund.
 * @csspart refund-status - A refund's state (pending, succeeded, failed).
 * @csspart retry-refund-button - Try again, on a failed refund.
 * @csspart refund-form - The form for a new refund.
 * @csspart input - Every text field and select.
 * @csspart refund-amount - The Refund amount field.
 * @csspart refund-message - The refund's Message field.
 * @csspart refund-button - The Refund button.
 * @csspart field-error - A message next to the field it is about.
 * @csspart form-error - A message about a whole form.
 * @csspart dialog - Every dialog (also `send-dialog`, `language-dialog`, `archive-dialog`, `refund-dialog`).
 * @csspart send-dialog - The Send dialog.
 * @csspart language-dialog - The Change language dialog.
 * @csspart archive-dialog - The archive confirmation.
 * @csspart refund-dialog - The refund confirmation.
 * @csspart recipient - The Send dialog's recipient field.
 * @csspart send-results - What was sent so far, per channel.
 * @csspart language-select - The Change language dialog's select.
 * @csspart confirm-button - A dialog's confirming button.
 * @csspart state - The loading, error and not-found states; `retry-button` tries again.
 * @csspart retry-button - Retry after a failed load.
 * @csspart live - The announcement line (the widget's single aria-live region).
 *
 * @cssprop [--paylink-font-family=system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif] - Font.
 * @cssprop [--paylink-font-size=1rem] - Base font size.
 * @cssprop [--paylink-detail-qr-size=8rem] - Side of the QR code.
 * @cssprop [--paylink-color-primary=#1f4fd1] - Buttons, selected tab, focus accents.
 * @cssprop [--paylink-color-on-primary=#ffffff] - Text on primary buttons.
 * @cssprop [--paylink-color-surface=#ffffff] - Background.
 * @cssprop [--paylink-color-surface-alt=#f4f6f8] - Banners and fields' background.
 * @cssprop [--paylink-color-border=#c9d1d9] - Borders.
 * @cssprop [--paylink-color-text=#1b1f24] - Text.
 * @cssprop [--paylink-color-text-muted=#57606a] - Secondary text.
 * @cssprop [--paylink-color-success=#17663a] - Paid badge, succeeded refunds.
 * @cssprop [--paylink-color-warning=#8a4b00] - Expired badge and banner, pending refunds.
 * @cssprop [--paylink-color-danger=#b42318] - Declined badge and banner, errors, destructive confirmations.
 * @cssprop [--paylink-color-info=#1f4fd1] - Clicked badge.
 * @cssprop [--paylink-color-focus=#1f4fd1] - Focus ring.
 * @cssprop [--paylink-radius=0.5rem] - Corner radius.
 * @cssprop [--paylink-space=0.5rem] - Base spacing.
 */
export class PaylinkDetail extends PaylinkElement {
  static override properties = {
    ...PaylinkElement.properties,
    linkId: { type: String, attribute: 'link-id' },
    apiBase: { type: String, attribute: 'api-base' },
    client: { attribute: false },
    getToken: { attribute: false },
    pollInterval: { type: Number, attribute: 'poll-interval' },
    tab: { state: true, attribute: false },
    snapshot: { state: true, attribute: false },
    deletedTitle: { state: true, attribute: false },
    refund: { state: true, attribute: false },
    send: { state: true, attribute: false },
    language: { state: true, attribute: false },
    languageAction: { state: true, attribute: false },
    archiveAction: { state: true, attribute: false },
  };

  static override styles = [...PaylinkElement.styles, iconStyles, statusBadgeStyles, detailStyles];

  /** The id of the link to show. */
  declare linkId: string | undefined;
  /** Root of the Paylink API (e.g. `/api`) when the detail is not inside `<paylink-provider>`. */
  declare apiBase: string | undefined;
  /** A ready client; wins over `api-base` and the provider. */
  declare client: PaylinkClient | undefined;
  /** Returns the bearer token, used with `api-base`. */
  declare getToken: (() => string | Promise<string>) | undefined;
  /** How often the live feed is polled while nothing happens, in ms. Default 5000. */
  declare pollInterval: number;

  declare private tab: DetailTab;
  declare private snapshot: Snapshot | undefined;
  /** Set once the shown link was deleted (archived while Created): its title. */
  declare private deletedTitle: string | undefined;
  declare private refund: RefundState;
  declare private send: SendState;
  declare private language: string;
  declare private languageAction: SimpleAction;
  declare private archiveAction: SimpleAction;

  private readonly locale = new LocaleController(this, detailMessages);
  private readonly clients = new ClientController(this);
  private readonly announcer = new Announcer(this);

  private readonly heading = createRef<HTMLElement>();
  private readonly urlInput = createRef<HTMLInputElement>();
  private readonly tabList = createRef<HTMLElement>();
  private readonly amountInput = createRef<HTMLInputElement>();
  private readonly messageInput = createRef<HTMLInputElement>();
  private readonly sendDialogRef = createRef<HTMLDialogElement>();
  private readonly languageDialogRef = createRef<HTMLDialogElement>();
  private readonly archiveDialogRef = createRef<HTMLDialogElement>();
  private readonly refundDialogRef = createRef<HTMLDialogElement>();
  private readonly sendDialog = new ModalDialogController(this, () => this.sendDialogRef.value);
  private readonly languageDialog = new ModalDialogController(this, () => this.languageDialogRef.value);
  private readonly archiveDialog = new ModalDialogController(this, () => this.archiveDialogRef.value);
  private readonly refundDialog = new ModalDialogController(this, () => this.refundDialogRef.value);

  /** Focus the heading as soon as the link is shown (asked for by `focus()` before it was). */
  private focusWhenShown = false;

  /** The link, its events and its refunds, read again whenever the feed mentions the link. */
  private readonly load = new Task(this, {
    args: () => [this.clients.client, this.linkId ?? ''] as const,
    task: ([client, id], { signal }) => {
      if (!id) return Promise.resolve(undefined);
      return readSnapshot(client, id, signal);
    },
    onComplete: (next) => {
      if (next && next.link.id === this.linkId) this.show(next);
    },
    onError: (error) => {
      if (isAbort(error)) return;
      const failure = asPaylinkError(error);
      // A link deleted while shown (archived in the overview while Created) keeps its last state
      // on screen, marked as deleted, rather than a bare "not found".
      if (failure.code === 'not_found' && this.snapshot) this.deletedTitle = this.snapshot.link.title;
      else this.emit('paylink-error', { error: failure });
    },
  });

  private readonly feed = new FeedFollower(this, {
    client: () => this.clients.client,
    interval: () => (this.pollInterval > 0 ? this.pollInterval : DEFAULT_POLL_MS),
    onEvents: async (events) => {
      const id = this.linkId;
      if (!id || this.deletedTitle !== undefined || !events.some((e) => e.linkId === id)) return;
      if (events.some((e) => e.linkId === id && e.type === 'deleted')) {
        this.deletedTitle = this.snapshot?.link.title ?? id;
        return;
      }
      await this.reload();
    },
  });

  constructor() {
    super();
    this.linkId = undefined;
    this.apiBase = undefined;
    this.client = undefined;
    this.getToken = undefined;
    this.pollInterval = DEFAULT_POLL_MS;
    this.tab = 'details';
    this.snapshot = undefined;
    this.deletedTitle = undefined;
    this.refund = NEW_REFUND;
    this.send = {
      channel: 'email',
      recipients: { email: '', sms: '', whatsapp: '' },
      error: undefined,
      busy: false,
      outcomes: [],
    };
    this.language = 'en';
    this.languageAction = { busy: false, error: undefined };
    this.archiveAction = { busy: false, error: undefined };
  }

  /** The link as last read (undefined while loading). */
  get link(): PaymentLink | undefined {
    return this.snapshot?.link;
  }

  /** Whether it is following the live feed now (on screen, tab visible). */
  get following(): boolean {
    return this.feed.active;
  }

  /** Resolves once the messages of the detail's language are loaded and rendered. */
  localeReady(): Promise<void> {
    return this.locale.ready();
  }

  /** Reads the link, its events and refunds again (what a feed event about it does). */
  async reload(): Promise<void> {
    await this.load.run().catch(() => {});
  }

  /** Moves focus to the link's title (once it is shown), e.g. after a row opened the detail. */
  override focus(options?: FocusOptions): void {
    const heading = this.heading.value;
    if (heading && this.snapshot && this.snapshot.link.id === this.linkId) heading.focus(options);
    else {
      this.focusWhenShown = true;
      this.renderRoot.querySelector<HTMLElement>('[data-state-heading]')?.focus(options);
    }
  }

  // Untyped map: the state properties are private, which PropertyValues<this> cannot name.
  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('linkId') && changed.get('linkId') !== undefined) {
      // Another link: nothing of the previous one may stay on screen or in a form.
      this.snapshot = undefined;
      this.deletedTitle = undefined;
      this.tab = 'details';
      this.refund = NEW_REFUND;
      this.announcer.clear();
      for (const dialog of [this.sendDialog, this.languageDialog, this.archiveDialog, this.refundDialog])
        dialog.close();
    }
    // The Refunds tab exists only while the link is Paid.
    if (this.tab === 'refunds' && this.snapshot?.link.status !== 'paid') this.tab = 'details';
  }

  protected override updated(): void {
    if (this.focusWhenShown && this.snapshot?.link.id === this.linkId && this.heading.value) {
      this.focusWhenShown = false;
      this.heading.value.focus();
    }
  }

  private get t(): Translate {
    // Keys chosen at run time (a status, an event type) need the looser Translate of the detail.
    return (key, options) =>
      (this.locale.t as (key: string, ...values: object[]) => string)(key, ...(options ? [options] : []));
  }

  private context(link: PaymentLink): DetailContext {
    return {
      t: this.t,
      money: (amount, currency) => this.locale.money(amount, currency),
      date: (iso, options) => this.locale.date(iso, options),
      link,
    };
  }

  /** Takes a fresh snapshot in, telling what changed since the last one. */
  private show(next: Snapshot): void {
    const before = this.snapshot;
    this.snapshot = next;
    if (!before || before.link.id !== next.link.id) return;
    const { t } = this;
    const news: string[] = [];
    if (before.link.status !== next.link.status) {
      news.push(t('nowStatus', { status: t(`status.${next.link.status}`) }));
    }
    for (const refund of next.refunds.items) {
      const was = before.refunds.items.find((r) => r.id === refund.id);
      if (was?.status !== 'pending' || refund.status === 'pending') continue;
      const amount = this.locale.money(refund.amount, refund.currency);
      news.push(
        t(refund.status === 'succeeded' ? 'refunds.settledSucceeded' : 'refunds.settledFailed', { amount }),
      );
    }
    if (news.length > 0) this.announcer.announce(news.join(' '));
  }

  protected override render(): TemplateResult {
    return html`<div class="frame" part="frame" dir=${this.locale.dir} lang=${this.locale.locale}>
      ${this.renderBody()} ${this.announcer.render()}
    </div>`;
  }

  private renderBody(): TemplateResult {
    const { t } = this;
    if (this.deletedTitle !== undefined) {
      return this.renderState(t('deleted', { title: this.deletedTitle }));
    }
    const snapshot = this.snapshot;
    if (!snapshot) {
      if (this.load.status === TaskStatus.ERROR) {
        const error = asPaylinkError(this.load.error);
        if (error.code === 'not_found') return this.renderState(t('notFound'));
        return this.renderState(
          t('loadFailed', { message: error.message }),
          html`<button type="button" class="button" part="button retry-button" @click=${() => void this.reload()}>
            ${t('retry')}
          </button>`,
        );
      }
      return this.renderState(t('loading'), nothing, true);
    }
    const c = this.context(snapshot.link);
    return html`${renderHeader(c, {
      heading: this.heading,
      urlInput: this.urlInput,
      onCopy: this.onCopy,
      onSend: this.onSend,
      onLanguage: this.onLanguage,
      onArchive: this.onArchive,
    })}
      ${renderBanners(c, {
        events: snapshot.events,
        onShowEvents: () => this.selectTab('events', true),
        onCreateNew: this.onCreateNew,
      })}
      ${this.renderTabs(c, snapshot)} ${this.renderDialogs(c)}`;
  }

  private renderState(
    text: string,
    extra: TemplateResult | typeof nothing = nothing,
    busy = false,
  ): TemplateResult {
    return html`<div class="state" part="state" aria-busy=${busy ? 'true' : 'false'}>
      <p class="state-text" tabindex="-1" data-state-heading>${text}</p>
      ${extra}
    </div>`;
  }

  private renderTabs(c: DetailContext, snapshot: Snapshot): TemplateResult {
    const { t } = this;
    const tabs: { id: DetailTab; label: string }[] = [
      { id: 'details', label: t('tab.details') },
      { id: 'events', label: t('tab.events') },
    ];
    if (snapshot.link.status === 'paid') tabs.push({ id: 'refunds', label: t('tab.refunds') });
    let panel: TemplateResult;
    if (this.tab === 'events') panel = renderEventsPanel(c, snapshot.events);
    else if (this.tab === 'refunds') panel = this.renderRefunds(c, snapshot);
    else panel = renderDetailsPanel(c);
    return html`${renderTabs({
      tabs,
      selected: this.tab,
      label: t('tabs'),
      rtl: this.locale.dir === 'rtl',
      list: this.tabList,
      onSelect: (tab, focus) => this.selectTab(tab, focus),
    })}
      <div
        class="panel"
        part="panel"
        role="tabpanel"
        id="panel-${this.tab}"
        aria-labelledby="tab-${this.tab}"
        tabindex="0"
      >
        ${panel}
      </div>`;
  }

  private renderRefunds(c: DetailContext, snapshot: Snapshot): TemplateResult {
    const state = this.refund;
    const decimal = this.locale.decimalSeparator;
    return renderRefundsPanel(c, {
      refunds: snapshot.refunds,
      events: snapshot.events,
      draft: {
        amount: state.amount ?? typedAmount(snapshot.refunds.refundable, decimal, snapshot.link.currency),
        message: state.message,
      },
      problems: state.problems,
      formError: state.formError,
      busy: state.busy,
      decimal,
      amountInput: this.amountInput,
      messageInput: this.messageInput,
      onInput: (field, value) => {
        const problems = { ...this.refund.problems };
        delete problems[field];
        this.refund = { ...this.refund, [field]: value, problems, formError: undefined };
      },
      onSubmit: this.onRefundSubmit,
      onRetry: this.onRetryRefund,
    });
  }

  private renderDialogs(c: DetailContext): TemplateResult {
    const { t } = this;
    const { link } = c;
    const pending = this.refund.pending;
    const deletes = link.status === 'created' && link.origin !== 'dunning';
    return html`${renderSendDialog({
      t,
      dialog: this.sendDialogRef,
      open: this.sendDialog.open,
      channel: this.send.channel,
      recipient: this.send.recipients[this.send.channel],
      recipientError: this.send.error,
      busy: this.send.busy,
      outcomes: this.send.outcomes,
      onChannel: (channel) => {
        this.send = { ...this.send, channel, error: undefined };
      },
      onRecipient: (value) => {
        this.send = {
          ...this.send,
          recipients: { ...this.send.recipients, [this.send.channel]: value },
          error: undefined,
        };
      },
      onSend: this.onSendSubmit,
      onCancel: () => this.sendDialog.close(),
      onClose: this.sendDialog.onClose,
    })}
    ${renderLanguageDialog({
      t,
      dialog: this.languageDialogRef,
      open: this.languageDialog.open,
      language: this.language,
      busy: this.languageAction.busy,
      error: this.languageAction.error,
      onLanguage: (language) => {
        this.language = language;
      },
      onSave: this.onLanguageSave,
      onCancel: () => this.languageDialog.close(),
      onClose: this.languageDialog.onClose,
    })}
    ${renderConfirmDialog({
      id: 'archive-dialog',
      dialog: this.archiveDialogRef,
      open: this.archiveDialog.open,
      title: t('archiveDialog.title'),
      lines: [
        deletes
          ? { text: t('archiveDialog.willDelete'), warning: true }
          : { text: t('archiveDialog.willArchive') },
        { text: t('archiveDialog.explain') },
      ],
      cancel: t('archiveDialog.cancel'),
      confirm: t('archiveDialog.confirm'),
      danger: deletes,
      busy: this.archiveAction.busy,
      error: this.archiveAction.error,
      onConfirm: this.onArchiveConfirm,
      onCancel: () => this.archiveDialog.close(),
      onClose: this.archiveDialog.onClose,
    })}
    ${renderConfirmDialog({
      id: 'refund-dialog',
      dialog: this.refundDialogRef,
      open: this.refundDialog.open && pending !== undefined,
      title: t('refunds.confirmTitle'),
      lines: pending
        ? [
            {
              text: t('refunds.confirmText', {
                amount: this.locale.money(pending.amount, link.currency),
                customer: link.customer.name,
              }),
            },
          ]
        : [],
      cancel: t('refunds.cancel'),
      confirm: t('refunds.confirm'),
      danger: false,
      busy: this.refund.busy,
      error: this.refund.dialogError,
      onConfirm: this.onRefundConfirm,
      onCancel: () => this.refundDialog.close(),
      onClose: this.onRefundDialogClose,
    })}`;
  }

  // --- tabs ----------------------------------------------------------------------------------------

  private selectTab(tab: DetailTab, focus: boolean): void {
    this.tab = tab;
    if (focus) void this.updateComplete.then(() => focusTab(this.tabList.value, tab));
  }

  // --- share -----------------------------------------------------------------------------------------

  private readonly onCopy = async (): Promise<void> => {
    const link = this.snapshot?.link;
    if (!link) return;
    const copied = await copyText(link.url, this.urlInput.value);
    this.announcer.announce(this.t(copied ? 'copied' : 'copyFailed'));
  };

  private readonly onCreateNew = (): void => {
    const link = this.snapshot?.link;
    if (!link) return;
    const { name, email, mobile, customerNumber } = link.customer;
    const customer: { name: string; email?: string; mobile?: string; customerNumber?: string } = { name };
    if (email) customer.email = email;
    if (mobile) customer.mobile = mobile;
    if (customerNumber) customer.customerNumber = customerNumber;
    this.emit('paylink-create-request', {
      prefill: {
        amount: link.amount,
        currency: link.currency,
        title: link.title,
        ...(link.message ? { message: link.message } : {}),
        ...(link.invoice ? { invoice: link.invoice } : {}),
        ...(link.customer.id ? { customerId: link.customer.id } : {}),
        customer,
        language: link.language,
        methods: [...link.methods],
      },
    });
  };

  // --- send --------------------------------------------------------------------------------------------

  private readonly onSend = (): void => {
    const link = this.snapshot?.link;
    if (!link || !canSend(this.context(link))) return;
    const { email = '', mobile = '' } = link.customer;
    this.send = {
      channel: email || !mobile ? 'email' : 'sms',
      recipients: { email, sms: mobile, whatsapp: mobile },
      error: undefined,
      busy: false,
      outcomes: [],
    };
    void this.sendDialog.show();
  };

  private readonly onSendSubmit = async (event: Event): Promise<void> => {
    event.preventDefault();
    const link = this.snapshot?.link;
    const state = this.send;
    if (!link || state.busy) return;
    const { t } = this;
    const channel = state.channel;
    const to = state.recipients[channel].trim();
    if (to === '') {
      this.send = { ...state, error: t('sendDialog.missingRecipient') };
      this.focusIn(this.sendDialogRef.value, '#send-recipient');
      return;
    }
    this.send = { ...state, busy: true, error: undefined };
    let outcome: SendOutcome | undefined;
    let error: string | undefined;
    try {
      const invitation = await this.clients.client.links.invite(link.id, { channel, to });
      outcome = { channel, to: invitation.to, invitation };
      if (invitation.status === 'failed') outcome.problem = invitation.reason ?? t('none');
      this.emit('paylink-sent', { invitation });
      const name = t(`channel.${channel}`);
      this.announcer.announce(
        invitation.status === 'sent'
          ? t('sendDialog.sent', { channel: name, to: invitation.to })
          : t('sendDialog.failed', { channel: name, to: invitation.to, reason: outcome.problem }),
      );
    } catch (failure) {
      const problem = asPaylinkError(failure);
      if (problem.code === 'missing_recipient') error = t('sendDialog.missingRecipient');
      else if (problem.code === 'invalid_transition')
        outcome = { channel, to, problem: t('sendDialog.notSendable') };
      else outcome = { channel, to, problem: problem.message };
      if (!error) this.announcer.announce(t('actionFailed', { message: outcome?.problem ?? '' }));
      this.emit('paylink-error', { error: problem });
    }
    const outcomes = outcome
      ? [...this.send.outcomes.filter((o) => o.channel !== channel), outcome]
      : this.send.outcomes;
    this.send = { ...this.send, busy: false, error, outcomes };
    if (error) this.focusIn(this.sendDialogRef.value, '#send-recipient');
    void this.reload();
  };

  // --- language ----------------------------------------------------------------------------------------

  private readonly onLanguage = (): void => {
    const link = this.snapshot?.link;
    if (!link || link.archived) return;
    this.language = link.language;
    this.languageAction = { busy: false, error: undefined };
    void this.languageDialog.show();
  };

  private readonly onLanguageSave = async (event: Event): Promise<void> => {
    event.preventDefault();
    const link = this.snapshot?.link;
    if (!link || this.languageAction.busy) return;
    if (this.language === link.language) {
      this.languageDialog.close();
      return;
    }
    this.languageAction = { busy: true, error: undefined };
    try {
      const updated = await this.clients.client.links.setLanguage(link.id, this.language);
      if (this.snapshot) this.snapshot = { ...this.snapshot, link: updated };
      this.languageAction = { busy: false, error: undefined };
      this.languageDialog.close();
      this.announcer.announce(this.t('languageDialog.changed', { language: languageName(updated.language) }));
      this.emit('paylink-language-changed', { link: updated });
      void this.reload();
    } catch (failure) {
      const problem = asPaylinkError(failure);
      this.languageAction = { busy: false, error: this.t('actionFailed', { message: problem.message }) };
      this.emit('paylink-error', { error: problem });
    }
  };

  // --- archive -----------------------------------------------------------------------------------------

  private readonly onArchive = (): void => {
    const link = this.snapshot?.link;
    if (!link || link.archived) return;
    if (!this.emit('paylink-archive-request', { ids: [link.id] }, { cancelable: true })) return;
    this.archiveAction = { busy: false, error: undefined };
    void this.archiveDialog.show();
  };

  private readonly onArchiveConfirm = async (): Promise<void> => {
    const link = this.snapshot?.link;
    if (!link || this.archiveAction.busy) return;
    this.archiveAction = { busy: true, error: undefined };
    try {
      const { results } = await this.clients.client.links.archive([link.id]);
      const outcome = results[0]?.outcome;
      this.archiveAction = { busy: false, error: undefined };
      this.archiveDialog.close();
      if (outcome === 'deleted') {
        this.deletedTitle = link.title;
        this.announcer.announce(this.t('deleted', { title: link.title }));
      } else {
        this.announcer.announce(this.t('archiveDialog.archived', { title: link.title }));
        await this.reload();
      }
      this.emit('paylink-archived', { results });
      // The Archive button is gone now: keep focus inside the detail.
      await this.updateComplete;
      if (!this.hasFocusInside()) this.focus();
    } catch (failure) {
      const problem = asPaylinkError(failure);
      this.archiveAction = { busy: false, error: this.t('actionFailed', { message: problem.message }) };
      this.emit('paylink-error', { error: problem });
    }
  };

  // --- refunds -----------------------------------------------------------------------------------------

  private readonly onRefundSubmit = (event: Event): void => {
    event.preventDefault();
    const snapshot = this.snapshot;
    const state = this.refund;
    if (!snapshot || state.busy || this.refundDialog.open) return;
    const { link, refunds } = snapshot;
    const decimal = this.locale.decimalSeparator;
    const check = checkRefund(
      {
        amount: state.amount ?? typedAmount(refunds.refundable, decimal, link.currency),
        message: state.message,
      },
      refunds.refundable,
      decimal,
      link.currency,
    );
    if (!check.ok) {
      this.refund = { ...state, problems: check.problems, formError: undefined };
      void this.updateComplete.then(() =>
        (check.problems.amount ? this.amountInput.value : this.messageInput.value)?.focus(),
      );
      return;
    }
    const request = {
      linkId: link.id,
      amount: check.amount,
      currency: link.currency,
      message: check.message,
    };
    if (!this.emit('paylink-refund-request', request, { cancelable: true })) return;
    // The same body keeps the same key: a retry after a lost answer can never refund twice.
    const same = state.pending?.amount === check.amount && state.pending.message === check.message;
    const key = same && state.pending ? state.pending.key : newIdempotencyKey();
    this.refund = {
      ...state,
      problems: {},
      formError: undefined,
      dialogError: undefined,
      pending: { amount: check.amount, message: check.message, key },
    };
    void this.refundDialog.show();
  };

  private readonly onRefundConfirm = async (): Promise<void> => {
    const link = this.snapshot?.link;
    const pending = this.refund.pending;
    if (!link || !pending || this.refund.busy) return;
    this.refund = { ...this.refund, busy: true, dialogError: undefined };
    const { t } = this;
    try {
      const refund = await this.clients.client.links.refund(
        link.id,
        { amount: pending.amount, message: pending.message },
        { idempotencyKey: pending.key },
      );
      this.refund = { ...NEW_REFUND };
      this.refundDialog.close();
      this.announcer.announce(
        t('refunds.requested', { amount: this.locale.money(refund.amount, refund.currency) }),
      );
      this.emit('paylink-refunded', { refund });
      await this.reload();
    } catch (failure) {
      const problem = asPaylinkError(failure);
      this.emit('paylink-error', { error: problem });
      if (problem.code === 'refund_exceeds_remaining' || problem.code === 'refund_not_allowed') {
        // Refused for good: back to the form, the reason next to what to change.
        this.refund = {
          ...this.refund,
          busy: false,
          pending: undefined,
          problems: problem.code === 'refund_exceeds_remaining' ? { amount: 'amountAbove' } : {},
          formError: problem.code === 'refund_not_allowed' ? t('refundError.notAllowed') : undefined,
        };
        this.refundDialog.close();
        await this.reload();
        await this.updateComplete;
        this.amountInput.value?.focus();
        return;
      }
      // Anything else may pass on a retry, which sends the same key.
      this.refund = {
        ...this.refund,
        busy: false,
        dialogError: t('actionFailed', { message: problem.message }),
      };
    }
  };

  private readonly onRefundDialogClose = (): void => {
    // Closed without refunding (Cancel, Escape): the next Refund asks again.
    if (!this.refund.busy) this.refund = { ...this.refund, dialogError: undefined };
    this.refundDialog.onClose();
  };

  private readonly onRetryRefund = (refund: Refund): void => {
    this.refund = {
      ...this.refund,
      amount: typedAmount(refund.amount, this.locale.decimalSeparator, refund.currency),
      message: refund.message,
      problems: {},
      formError: undefined,
    };
    void this.updateComplete.then(() => this.amountInput.value?.focus());
  };

  // --- helpers -----------------------------------------------------------------------------------------

  private focusIn(root: HTMLElement | undefined, selector: string): void {
    void this.updateComplete.then(() => root?.querySelector<HTMLElement>(selector)?.focus());
  }

  private hasFocusInside(): boolean {
    const active = deepActiveElement();
    return active !== undefined && (active === this || this.renderRoot.contains(active));
  }
}
