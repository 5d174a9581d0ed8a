// The portal's detail pane: <paylink-detail> for the link selected in the overview. Beside the
// list on a wide screen; on a phone a full-screen view over it, with a way back that returns focus
// to the row that opened it. The element follows the feed itself, so the pane never goes stale.
import type { PaylinkClient } from '@paylink/client';
import { PaylinkDetail } from '@paylink/elements/detail/define';

/** Where the pane covers the whole window instead of sitting beside the list (portal.css agrees). */
const FULL_SCREEN = '(max-width: 60rem)';

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`#${id} is missing from index.html`);
  return element as T;
}

/** The focused element, looking inside shadow roots (the row's title button lives in the list's). */
function focusedElement(): HTMLElement | undefined {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : undefined;
}

export interface DetailPaneOptions {
  /** The client the list uses (read each time: the provider may build a new one). */
  client: () => PaylinkClient;
  /** Wait between feed polls while nothing happens, in ms (the list's poll interval). */
  pollMs: number;
}

export class DetailPane {
  private readonly pane = byId('detail-pane');
  private readonly closeButton = byId<HTMLButtonElement>('close-detail');
  /** What is behind the pane while it covers the window: out of reach of Tab and screen readers. */
  private readonly behind = [byId('portal-list'), document.querySelector<HTMLElement>('.portal-header')];
  private readonly fullScreen = matchMedia(FULL_SCREEN);
  private readonly options: DetailPaneOptions;
  private detail: PaylinkDetail | undefined;
  private opener: HTMLElement | undefined;

  constructor(options: DetailPaneOptions) {
    this.options = options;
    this.closeButton.addEventListener('click', () => this.close());
    this.fullScreen.addEventListener('change', () => this.layout());
    this.layout();
  }

  /** The id of the link on show, if any. */
  get linkId(): string | undefined {
    return this.pane.hidden ? undefined : this.detail?.linkId;
  }

  /** Shows link `id` and moves focus to its title; focus goes back to what had it on close. */
  open(id: string): void {
    this.opener = focusedElement();
    if (!this.detail) {
      this.detail = new PaylinkDetail();
      this.detail.pollInterval = this.options.pollMs;
      this.pane.append(this.detail);
    }
    this.detail.client = this.options.client();
    this.detail.linkId = id;
    this.pane.hidden = false;
    this.layout();
    if (this.fullScreen.matches) this.pane.scrollTop = 0;
    this.detail.focus();
  }

  close(): void {
    if (this.pane.hidden) return;
    this.pane.hidden = true;
    this.layout();
    const opener = this.opener;
    this.opener = undefined;
    if (opener?.isConnected) opener.focus();
  }

  /** Full screen on a phone (the rest inert), a side column otherwise. */
  private layout(): void {
    const covering = !this.pane.hidden && this.fullScreen.matches;
    document.documentElement.classList.toggle('detail-full-screen', covering);
    for (const element of this.behind) if (element) element.inert = covering;
    this.closeButton.textContent = this.fullScreen.matches ? 'Back to payment links' : 'Close details';
  }
}
