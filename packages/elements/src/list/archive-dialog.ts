import { html, nothing, type TemplateResult } from 'lit';
import { type Ref, ref } from 'lit/directives/ref.js';
import type { ArchivePlan } from './archive-plan.ts';
import type { ListTranslate } from './messages.ts';

/** What the archive confirmation shows and where its buttons go. */
export interface ArchiveDialogView {
  t: ListTranslate;
  plan: ArchivePlan | undefined;
  open: boolean;
  busy: boolean;
  /** Set to the `<dialog>`. */
  dialog: Ref<HTMLDialogElement>;
  onConfirm(): void;
  onCancel(): void;
  onClose(): void;
}

/** The archive confirmation: says how many links are deleted for good and how many archived. */
export function renderArchiveDialog(v: ArchiveDialogView): TemplateResult {
  const { t, plan } = v;
  return html`<dialog
    id="archive-dialog"
    part="dialog archive-dialog"
    aria-labelledby="archive-title"
    aria-describedby="archive-summary"
    @close=${v.onClose}
    ${ref(v.dialog)}
  >
    ${
      v.open && plan
        ? html`<h2 id="archive-title">${t('archive.title')}</h2>
            <div id="archive-summary">
              ${plan.deleteCount > 0 ? html`<p class="warning">${t('willDelete', { count: plan.deleteCount })}</p>` : nothing}
              ${plan.archiveCount > 0 ? html`<p>${t('willArchive', { count: plan.archiveCount })}</p>` : nothing}
              <p class="muted">${t('archive.explain')}</p>
            </div>
            <div class="actions">
              <button type="button" class="button" part="button" @click=${v.onCancel}>${t('archive.cancel')}</button>
              <button
                type="button"
                class="button ${plan.deleteCount > 0 ? 'danger' : 'primary'}"
                part="button confirm-button"
                autofocus
                ?disabled=${v.busy}
                aria-busy=${v.busy ? 'true' : 'false'}
                @click=${v.onConfirm}
              >
                ${t('archive.confirm')}
              </button>
            </div>`
        : nothing
    }
  </dialog>`;
}
