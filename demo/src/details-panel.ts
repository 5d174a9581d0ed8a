// The portal's side panel with a selected link's basics and its pay page. It stands in for
// <paylink-detail> until that element exists, and like the list's rows it follows the event feed:
// a link paid in another tab turns Paid here too, without a reload.
import {
  currencyDigits,
  isPaylinkError,
  type LinkStatus,
  type PaylinkClient,
  type PaymentLink,
} from '@paylink/client';

/** The status words the list shows (docs/contract.md §2), so row and panel say the same. */
const STATUS_TEXT: Record<LinkStatus, string> = {
  created: 'Created',
  clicked: 'Clicked',
  paid: 'Paid',
  expired: 'Expired',
  declined: 'Declined',
};

export interface DetailsPanelOptions {
  /** The client the list uses (read each time: the provider may build a new one). */
  client: () => PaylinkClient;
  /** Wait between feed polls while nothing happens, in ms (the list's poll interval). */
  pollMs: number;
  /** Tells the merchant something (the portal's live region). */
  say: (message: string) => void;
}

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`#${id} is missing from index.html`);
  return element as T;
}

export class DetailsPanel {
  private readonly options: DetailsPanelOptions;
  private readonly panel = byId('details');
  private readonly heading = byId('details-title');
  /** The link on show, or undefined while the panel is closed. */
  private shownId: string | undefined;
  /** Bumped on every show/hide, so an answer for a link no longer shown is dropped. */
  private generation = 0;
  private following: AbortController | undefined;

  constructor(options: DetailsPanelOptions) {
    this.options = options;
    this.heading.tabIndex = -1;
    byId('close-details').addEventListener('click', () => this.hide());
    // The feed is followed only while someone can see the panel, like the list does.
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') this.stopFollowing();
      else if (this.shownId !== undefined) {
        this.startFollowing();
        void this.refresh(); // what happened while hidden
      }
    });
  }

  /** The id of the link on show, if any. */
  get linkId(): string | undefined {
    return this.shownId;
  }

  /** Loads the link, shows it and moves focus to the panel's heading. */
  async show(id: string): Promise<void> {
    const generation = ++this.generation;
    try {
      const link = await this.options.client().links.get(id);
      if (generation !== this.generation) return;
      this.shownId = id;
      this.render(link);
      this.panel.hidden = false;
      this.heading.focus();
      this.startFollowing();
    } catch (error) {
      if (generation !== this.generation) return;
      this.options.say(`Could not open the link: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  hide(): void {
    this.generation++;
    this.shownId = undefined;
    this.stopFollowing();
    this.panel.hidden = true;
  }

  /** Reads the shown link again and updates the panel in place (focus stays where it is). */
  async refresh(): Promise<void> {
    const id = this.shownId;
    if (id === undefined) return;
    const generation = this.generation;
    try {
      const link = await this.options.client().links.get(id);
      if (generation === this.generation) this.render(link);
    } catch (error) {
      if (generation !== this.generation) return;
      if (isPaylinkError(error) && error.code === 'not_found') {
        const title = byId('details-fields').dataset.title ?? 'The link';
        this.hide();
        this.options.say(`“${title}” was deleted.`);
      }
      // Anything else (offline for a moment): keep what is shown; the next event tries again.
    }
  }

  private render(link: PaymentLink): void {
    const money = new Intl.NumberFormat(undefined, { style: 'currency', currency: link.currency }).format(
      link.amount / 10 ** currencyDigits(link.currency),
    );
    const rows: [string, string][] = [
      ['Title', link.title],
      ['Status', STATUS_TEXT[link.status] + (link.archived ? ' (archived)' : '')],
      ['Amount', money],
      ['Customer', link.customer.name],
      ['Reference', link.reference],
      ['Created', new Date(link.createdAt).toLocaleString()],
    ];
    if (link.paidAt) rows.push(['Paid on', new Date(link.paidAt).toLocaleString()]);
    const fields = byId('details-fields');
    fields.dataset.title = link.title;
    fields.dataset.status = link.status;
    // textContent only: link data is user-supplied and never becomes HTML.
    fields.replaceChildren(
      ...rows.flatMap(([label, value]) => {
        const dt = document.createElement('dt');
        dt.textContent = label;
        const dd = document.createElement('dd');
        dd.textContent = value;
        return [dt, dd];
      }),
    );
    // An archived link's pay page answers "not found" until it is unarchived: say so instead of
    // offering a link that does not open.
    const open = byId<HTMLAnchorElement>('open-pay-page');
    open.href = `/pay.html?token=${encodeURIComponent(link.token)}`;
    open.hidden = link.archived;
    byId('pay-page-closed').hidden = !link.archived;
  }

  private startFollowing(): void {
    if (this.following || document.visibilityState === 'hidden') return;
    const controller = new AbortController();
    this.following = controller;
    void this.follow(controller.signal);
  }

  private stopFollowing(): void {
    this.following?.abort();
    this.following = undefined;
  }

  /** Polls the feed from now on and re-reads the link whenever one of its events comes by. */
  private async follow(signal: AbortSignal): Promise<void> {
    while (!signal.aborted) {
      try {
        const events = this.options
          .client()
          .feed.subscribe({ after: 'now', signal, intervalMs: this.options.pollMs });
        for await (const event of events) {
          if (event.linkId === this.shownId) await this.refresh();
        }
      } catch {
        // A feed the server no longer knows (the demo data was reset): start again from now.
      }
      if (!signal.aborted) {
        await new Promise((resolve) => setTimeout(resolve, this.options.pollMs));
        if (!signal.aborted) await this.refresh(); // whatever happened in between
      }
    }
  }
}
