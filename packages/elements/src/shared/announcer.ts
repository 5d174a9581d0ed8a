import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/** How long an announcement stays on screen after it was said. */
const SHOWN_MS = 8000;

/**
 * The single `aria-live` region of a widget. Outcomes ("2 links archived") go through
 * {@link Announcer.announce}; the region is emptied first so the same words said twice are heard
 * twice, holds one message at a time (a new one replaces the old), and empties itself once the
 * message has been read, so an old outcome never lingers next to an unrelated action.
 */
export class Announcer implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private text = '';
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(host: ReactiveControllerHost) {
    this.host = host;
    host.addController(this);
  }

  /** What the region says now. */
  get message(): string {
    return this.text;
  }

  /** Says `message` to screen-reader users (and shows it). */
  announce(message: string): void {
    clearTimeout(this.timer);
    this.text = '';
    this.host.requestUpdate();
    // A short gap lets assistive technology notice the change even when the words repeat.
    this.timer = setTimeout(() => {
      this.text = message;
      this.host.requestUpdate();
      this.timer = setTimeout(() => this.clear(), SHOWN_MS);
    }, 50);
  }

  /** Empties the region (the message is outdated, e.g. the filters changed). */
  clear(): void {
    clearTimeout(this.timer);
    if (this.text === '') return;
    this.text = '';
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  /** The region itself; render it once, always (a live region must exist before it changes). */
  render(): TemplateResult {
    return html`<div class="live" part="live" role="status" aria-live="polite" aria-atomic="true">${this.text}</div>`;
  }
}
