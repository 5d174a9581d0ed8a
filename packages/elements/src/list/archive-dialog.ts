import type { ArchiveResult, PaymentLink, UnarchiveResult } from '@paylink/client';
import { html, nothing, type TemplateResult } from 'lit';
import { type Ref, ref } from 'lit/directives/ref.js';
import type { ListTranslate } from './messages.ts';

/** What archiving a selection will do, worked out before asking. */
export interface ArchivePlan {
  ids: string[];
  /** Never opened and not from dunning: these are deleted for good. */
  deleteCount: number;
  archiveCount: number;
}

/** Splits a selection the way the server will: `created` and not `dunning` → deleted, else archived. */
export function planArchive(
  ids: readonly string[],
  lookup: (id: string) => PaymentLink | undefined,
): ArchivePlan {
  let deleteCount = 0;
  for (const id of ids) {
    const link = lookup(id);
    if (link && link.status === 'created' && link.origin !== 'dunning') deleteCount++;
  }
  return { ids: [...ids], deleteCount, archiveCount: ids.length - deleteCount };
}

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

type Outcome = ArchiveResult['results'][number]['outcome'] | UnarchiveResult['results'][number]['outcome'];

const OUTCOME_KEY = {
  archived: 'outcome.archived',
  deleted: 'outcome.deleted',
  unarchived: 'outcome.unarchived',
  not_found: 'outcome.notFound',
  error: 'outcome.error',
} as const satisfies Record<Outcome, string>;

/** How many per-link lines an announcement lists before "And N more". */
const MAX_LINES = 10;

/** The announcement after archiving or unarchiving: counts, then each link's outcome. */
export function describeOutcomes(
  t: ListTranslate,
  results: readonly { id: string; outcome: Outcome }[],
  titleOf: (id: string) => string,
  kind: 'archive' | 'unarchive',
): string {
  const count = (outcome: Outcome) => results.filter((r) => r.outcome === outcome).length;
  const failed = count('not_found') + count('error');
  const summary =
    kind === 'archive'
      ? t('archiveDone', { deleted: count('deleted'), archived: count('archived'), failed })
      : t('unarchiveDone', { unarchived: count('unarchived'), failed });
  const lines = results.slice(0, MAX_LINES).map((r) => t(OUTCOME_KEY[r.outcome], { title: titleOf(r.id) }));
  const rest = results.length - MAX_LINES;
  return [summary, ...lines, rest > 0 ? t('andMore', { count: rest }) : ''].filter(Boolean).join(' ');
}
