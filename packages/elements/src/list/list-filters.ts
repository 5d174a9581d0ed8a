import { Task } from '@lit/task';
import type { Customer, PaylinkClient } from '@paylink/client';
import { nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { createRef } from 'lit/directives/ref.js';
import { AnchoredPopup } from '../shared/anchored-popup.ts';
import { debounce } from '../shared/debounce.ts';
import { type AmountDraft, type AmountProblem, checkAmounts, draftOf } from './amount-range.ts';
import type { FilterChange } from './filters-popover.ts';
import type { ListTranslate } from './messages.ts';
import {
  advancedFilterCount,
  daysBefore,
  daysBetween,
  defaultQuery,
  isoDate,
  type ListPreset,
  type ListQuery,
  laterDate,
  withoutFilters,
  withPreset,
} from './query.ts';
import { WIDE_RANGE_DAYS } from './states.ts';
import { renderToolbar } from './toolbar.ts';

type FiltersPopoverView = typeof import('./filters-popover.ts');

const SEARCH_DEBOUNCE_MS = 300;
const AMOUNT_DEBOUNCE_MS = 400;

/** What {@link ListFilters} needs from the list. */
export interface ListFiltersOptions {
  client: () => PaylinkClient;
  /** The query in use (the list's reactive state). */
  query: () => ListQuery;
  /** Puts a new query in use. */
  setQuery: (query: ListQuery) => void;
  /** The viewer's decimal separator, for typed amounts. */
  decimalSeparator: () => string;
  onCreate: () => void;
}

/**
 * The list's inputs that choose which links it shows: the toolbar (search, the always-applied date
 * range), the status presets and the advanced-filters popover, with what is typed but not applied
 * yet (search text before the pause in typing, amount bounds until they make sense).
 */
export class ListFilters implements ReactiveController {
  /** The Filters button, the popover's anchor. */
  readonly button = createRef<HTMLButtonElement>();
  /** The advanced-filters popover. */
  readonly popover = createRef<HTMLElement>();
  readonly popup: AnchoredPopup;

  private readonly host: ReactiveControllerHost;
  private readonly options: ListFiltersOptions;
  /** The search box's text (applied to `query.q` after a pause in typing). */
  private searchText = '';
  /** The filters' amount bounds as typed; they reach the query once they make sense. */
  private amounts: AmountDraft = { minAmount: '', maxAmount: '' };
  private amountProblem: AmountProblem | undefined;
  private popoverOpened = false;
  /** The popover's template, downloaded the first time it opens. */
  private popoverView: FiltersPopoverView | undefined;

  /** Customers for the advanced filters, fetched the first time the popover opens. */
  private readonly customersTask: Task<readonly [PaylinkClient, boolean], Customer[]>;

  private readonly applySearch = debounce((q: string) => this.update({ q }), SEARCH_DEBOUNCE_MS);

  private readonly applyAmounts = debounce((minAmount: number | undefined, maxAmount: number | undefined) => {
    const query = this.options.query();
    if (minAmount !== query.minAmount || maxAmount !== query.maxAmount) this.update({ minAmount, maxAmount });
  }, AMOUNT_DEBOUNCE_MS);

  constructor(host: ReactiveControllerHost, options: ListFiltersOptions) {
    this.host = host;
    this.options = options;
    this.popup = new AnchoredPopup(host, {
      anchor: () => this.button.value,
      popup: () => this.popover.value,
      placement: 'bottom-end',
      prepare: async () => {
        this.popoverView ??= await import('./filters-popover.ts');
      },
      onToggle: (open) => {
        if (!open) return;
        this.popoverOpened = true;
        this.popover.value?.querySelector<HTMLElement>('input, select')?.focus();
      },
    });
    this.customersTask = new Task(host, {
      args: () => [options.client(), this.popoverOpened] as const,
      task: async ([client, opened], { signal }) =>
        opened ? (await client.customers.list(undefined, { signal })).items : [],
    });
    host.addController(this);
  }

  hostDisconnected(): void {
    this.applySearch.cancel();
    this.applyAmounts.cancel();
  }

  /** Puts `query` in use and shows it in the inputs, dropping whatever was typed but not applied. */
  replace(query: ListQuery): void {
    this.options.setQuery(query);
    this.searchText = query.q;
    this.applyAmounts.cancel();
    this.amounts = draftOf(query.minAmount, query.maxAmount, this.options.decimalSeparator());
    this.amountProblem = undefined;
    this.host.requestUpdate();
  }

  /** Search, advanced filters and the preset all cleared (date range, view and sort stay). */
  clearAll(): void {
    this.replace(withoutFilters(withPreset(this.options.query(), 'all')));
  }

  /** The range widened to the last {@link WIDE_RANGE_DAYS} days, or a year further back when it is already. */
  readonly widen = (): void => {
    const query = this.options.query();
    const today = isoDate(new Date());
    const from =
      daysBetween(query.from, today) >= WIDE_RANGE_DAYS
        ? daysBefore(365, query.from)
        : daysBefore(WIDE_RANGE_DAYS, today);
    this.update({ from, to: laterDate(query.to, today) });
  };

  readonly onPreset = (preset: ListPreset): void => {
    this.options.setQuery(withPreset(this.options.query(), preset));
  };

  /** The toolbar and the filters popover. */
  render(t: ListTranslate): (TemplateResult | typeof nothing)[] {
    const query = this.options.query();
    return [
      renderToolbar({
        t,
        query,
        searchText: this.searchText,
        activeFilters: advancedFilterCount(query),
        filtersOpen: this.popup.open,
        filtersButton: this.button,
        onCreate: this.options.onCreate,
        onSearch: this.onSearch,
        onDate: this.onDate,
        onToggleFilters: () => void this.popup.toggle(),
      }),
      this.popoverView?.renderFiltersPopover({
        t,
        query,
        customers: this.customersTask.value ?? [],
        amounts: this.amounts,
        amountProblem: this.amountProblem,
        popover: this.popover,
        onAmountInput: this.onAmountInput,
        onChange: (change: FilterChange) => this.update(change),
        onClear: () => this.replace(withoutFilters(this.options.query())),
        onClose: () => this.popup.hide(true),
        onKeydown: this.onPopoverKeydown,
      }) ?? nothing,
    ];
  }

  private update(change: Partial<ListQuery>): void {
    this.options.setQuery({ ...this.options.query(), ...change });
  }

  private readonly onSearch = (event: InputEvent): void => {
    this.searchText = (event.target as HTMLInputElement).value;
    this.host.requestUpdate();
    this.applySearch(this.searchText);
  };

  private readonly onDate = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const query = this.options.query();
    const which = input.name === 'from' ? 'from' : 'to';
    // The range is always applied: a cleared date goes back to its default instead of "no limit".
    const value = input.value || defaultQuery()[which];
    let from = which === 'from' ? value : query.from;
    let to = which === 'to' ? value : query.to;
    // An inverted range is read as "that one day" rather than rejected.
    if (from > to) [from, to] = which === 'from' ? [from, from] : [to, to];
    input.value = which === 'from' ? from : to;
    this.update({ from, to });
  };

  private readonly onAmountInput = (name: keyof AmountDraft, value: string): void => {
    this.amounts = { ...this.amounts, [name]: value };
    this.host.requestUpdate();
    const check = checkAmounts(this.amounts, this.options.decimalSeparator());
    if (!check.ok) {
      // Never sent: the list keeps showing the last valid filters while the message says what to fix.
      this.applyAmounts.cancel();
      this.amountProblem = { error: check.error, fields: check.fields };
      return;
    }
    this.amountProblem = undefined;
    this.applyAmounts(check.minAmount, check.maxAmount);
  };

  private readonly onPopoverKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      this.popup.hide(true);
    }
  };
}
