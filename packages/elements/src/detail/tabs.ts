import { html, type TemplateResult } from 'lit';
import type { Ref } from 'lit/directives/ref.js';
import { ref } from 'lit/directives/ref.js';

/** The detail's sections. */
export type DetailTab = 'details' | 'events' | 'refunds';

/** What the tab list shows and where its keys go. */
export interface TabsView {
  tabs: readonly { id: DetailTab; label: string }[];
  selected: DetailTab;
  label: string;
  rtl: boolean;
  list: Ref<HTMLElement>;
  onSelect(tab: DetailTab, focus: boolean): void;
}

/**
 * The ARIA tabs pattern: one Tab stop (the selected tab), Left/Right arrows move to the previous or
 * next tab and show it (mirrored right to left), Home/End go to the first/last. Each tab controls
 * the panel `panel-<id>`.
 */
export function renderTabs(v: TabsView): TemplateResult {
  const onKeydown = (event: KeyboardEvent) => {
    const ids = v.tabs.map((tab) => tab.id);
    const at = ids.indexOf(v.selected);
    let step = 0;
    if (event.key === 'ArrowRight') step = v.rtl ? -1 : 1;
    else if (event.key === 'ArrowLeft') step = v.rtl ? 1 : -1;
    let next: number;
    if (step !== 0) next = (at + step + ids.length) % ids.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = ids.length - 1;
    else return;
    event.preventDefault();
    const id = ids[next];
    if (id) v.onSelect(id, true);
  };
  return html`<div class="tablist" part="tabs" role="tablist" aria-label=${v.label} ${ref(v.list)} @keydown=${onKeydown}>
    ${v.tabs.map(
      (tab) => html`<button
        type="button"
        role="tab"
        class="tab"
        part=${tab.id === v.selected ? 'tab tab-selected' : 'tab'}
        id="tab-${tab.id}"
        data-tab=${tab.id}
        aria-selected=${tab.id === v.selected ? 'true' : 'false'}
        aria-controls="panel-${tab.id}"
        tabindex=${tab.id === v.selected ? 0 : -1}
        @click=${() => v.onSelect(tab.id, false)}
      >
        ${tab.label}
      </button>`,
    )}
  </div>`;
}

/** Focuses the tab `id` in `list` (after it rendered). */
export function focusTab(list: HTMLElement | undefined, id: DetailTab): void {
  list?.querySelector<HTMLElement>(`[data-tab="${id}"]`)?.focus();
}
