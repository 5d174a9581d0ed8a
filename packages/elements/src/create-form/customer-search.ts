import type { Customer, PaylinkClient } from '@paylink/client';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { debounce } from '../shared/debounce.ts';

const SEARCH_DEBOUNCE_MS = 250;
/** Most suggestions shown at once; the person types more to narrow them down. */
const MAX_SUGGESTIONS = 8;

/** Options of {@link CustomerSearch}. */
export interface CustomerSearchOptions {
  client: () => PaylinkClient;
  /** Called with each answer (to announce how many customers match). */
  onResults: (count: number) => void;
  /** Called when a suggestion is chosen. */
  onChoose: (customer: Customer) => void;
}

/**
 * The keyboard and data side of the customer combobox (the WAI-ARIA combobox pattern with a list
 * box popup): searches `client.customers.list(q)` a moment after typing stops (older answers are
 * aborted), keeps the suggestions and the active one, and moves through them with the arrow keys.
 * Focus never leaves the input; the active suggestion is pointed at with `aria-activedescendant`.
 */
export class CustomerSearch implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly options: CustomerSearchOptions;
  private request: AbortController | undefined;
  private items: Customer[] = [];
  private active = -1;
  private isOpen = false;
  private busy = false;

  private readonly search = debounce((q: string) => void this.fetch(q), SEARCH_DEBOUNCE_MS);

  constructor(host: ReactiveControllerHost, options: CustomerSearchOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  /** The suggestions shown. */
  get suggestions(): readonly Customer[] {
    return this.items;
  }

  /** Index of the active suggestion, or -1. */
  get activeIndex(): number {
    return this.active;
  }

  /** Whether the list box is showing. */
  get open(): boolean {
    return this.isOpen && this.items.length > 0;
  }

  /** Whether a search is under way. */
  get searching(): boolean {
    return this.busy;
  }

  /** The typed text changed: search for it soon (nothing for an empty text). */
  typed(text: string): void {
    this.active = -1;
    const q = text.trim();
    if (q === '') {
      this.search.cancel();
      this.request?.abort();
      this.busy = false;
      this.close();
      return;
    }
    this.search(q);
  }

  /** Closes the list box and forgets the suggestions. */
  close(): void {
    this.isOpen = false;
    this.items = [];
    this.active = -1;
    this.host.requestUpdate();
  }

  /** Keys on the input. Returns whether the key was handled (so it does nothing else). */
  keydown(event: KeyboardEvent): boolean {
    const count = this.items.length;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (count === 0) return false;
        const step = event.key === 'ArrowDown' ? 1 : -1;
        if (!this.isOpen) {
          this.isOpen = true;
          this.active = step > 0 ? 0 : count - 1;
        } else if (!event.altKey) {
          this.active = (this.active + step + count) % count;
        }
        this.host.requestUpdate();
        return true;
      }
      case 'Enter': {
        const chosen = this.open ? this.items[this.active] : undefined;
        if (!chosen) return false;
        this.choose(chosen);
        return true;
      }
      case 'Escape':
        if (!this.open) return false;
        this.close();
        return true;
      case 'Tab':
        this.close();
        return false;
      default:
        return false;
    }
  }

  /** Picks `customer` (a click on a suggestion, or Enter). */
  choose(customer: Customer): void {
    this.search.cancel();
    this.request?.abort();
    this.busy = false;
    this.close();
    this.options.onChoose(customer);
  }

  hostDisconnected(): void {
    this.search.cancel();
    this.request?.abort();
  }

  private async fetch(q: string): Promise<void> {
    this.request?.abort();
    const request = new AbortController();
    this.request = request;
    this.busy = true;
    this.host.requestUpdate();
    try {
      const { items } = await this.options.client().customers.list(q, { signal: request.signal });
      if (request.signal.aborted) return;
      this.items = items.slice(0, MAX_SUGGESTIONS);
      this.isOpen = true;
      this.active = -1;
      this.options.onResults(this.items.length);
    } catch {
      // Offline or aborted: no suggestions; a new customer can still be typed in full.
      if (!request.signal.aborted) this.close();
    } finally {
      if (this.request === request) {
        this.busy = false;
        this.host.requestUpdate();
      }
    }
  }
}
