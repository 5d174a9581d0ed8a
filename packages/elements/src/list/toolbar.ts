import { LINK_STATUSES } from '@paylink/client';
import { html, nothing, type TemplateResult } from 'lit';
import { type Ref, ref } from 'lit/directives/ref.js';
import type { ListTranslate } from './messages.ts';
import type { ListPreset, ListQuery } from './query.ts';

/** What the toolbar shows and where its input goes. */
export interface ToolbarView {
  t: ListTranslate;
  query: ListQuery;
  searchText: string;
  activeFilters: number;
  filtersOpen: boolean;
  /** Set to the Filters button (the popover's anchor). */
  filtersButton: Ref<HTMLButtonElement>;
  onCreate(): void;
  onSearch(event: InputEvent): void;
  onDate(event: Event): void;
  onToggleFilters(): void;
}

/** New link, search, the always-visible date range and the advanced-filters button. */
export function renderToolbar(v: ToolbarView): TemplateResult {
  const { t, query } = v;
  return html`<div class="toolbar" part="toolbar">
    <button type="button" class="button primary" part="button create-button" @click=${v.onCreate}>
      ${t('newLink')}
    </button>
    <label class="field search" part="search">
      <span class="visually-hidden">${t('search')}</span>
      <input
        type="search"
        part="search-input"
        .value=${v.searchText}
        placeholder=${t('searchHint')}
        autocomplete="off"
        @input=${v.onSearch}
      />
    </label>
    <label class="field" part="date-field">
      ${t('from')}
      <input type="date" part="date-input" name="from" .value=${query.from} max=${query.to} required @change=${v.onDate} />
    </label>
    <label class="field" part="date-field">
      ${t('to')}
      <input type="date" part="date-input" name="to" .value=${query.to} min=${query.from} required @change=${v.onDate} />
    </label>
    <button
      type="button"
      id="filters-button"
      class="button filters-button"
      part="button filters-button"
      aria-haspopup="dialog"
      aria-expanded=${v.filtersOpen ? 'true' : 'false'}
      @click=${v.onToggleFilters}
      ${ref(v.filtersButton)}
    >
      ${t('filters')}
    </button>
    ${v.activeFilters > 0 ? html`<span class="filter-count">${t('filtersActive', { count: v.activeFilters })}</span>` : nothing}
  </div>`;
}

const PRESETS: readonly ListPreset[] = ['all', ...LINK_STATUSES, 'archived'];

/** The status presets as toggle buttons (All, Unclicked, Clicked, …, Archived). */
export function renderPresets(
  t: ListTranslate,
  current: ListPreset | undefined,
  onPreset: (preset: ListPreset) => void,
): TemplateResult {
  return html`<div class="presets" role="group" part="presets" aria-label=${t('presets')}>
    ${PRESETS.map(
      (preset) => html`<button
        type="button"
        class="button"
        part="button preset"
        aria-pressed=${preset === current ? 'true' : 'false'}
        @click=${() => onPreset(preset)}
      >
        ${t(`preset.${preset}`)}
      </button>`,
    )}
  </div>`;
}
