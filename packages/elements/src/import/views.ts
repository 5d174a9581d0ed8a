/**
 * The import's states other than the preview: choosing a file, reading it, a file that cannot be
 * read, the import in progress and its summary. Render functions of plain data; every text is set as
 * text (Lit escapes it), never as HTML.
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { cssProps } from '../shared/css-props.ts';
import { iconDownload, iconUpload, iconWarning } from '../shared/icons.ts';
import type { ReadFailure } from './decode.ts';
import type { FileDrop } from './file-drop.ts';
import type { RunState } from './import-run.ts';
import type { Translate } from './messages.ts';

/** What every view needs. */
export interface ViewContext {
  t: Translate;
  /** A number in the user's locale. */
  n: (value: number) => string;
  /** `aria-level` of the state's heading. */
  level: number;
  /** Gets the state's heading, which takes focus when the state appears. */
  headingRef: (element: Element | undefined) => void;
}

/** The state's heading: focusable by script, so focus can be moved to what changed. */
export function heading(ctx: ViewContext, text: string): TemplateResult {
  return html`<div class="heading" part="heading" role="heading" aria-level=${ctx.level} tabindex="-1" ${ref(ctx.headingRef)}>
    ${text}
  </div>`;
}

/** A progress bar: `role=progressbar` with its value, the bar drawn through CSSOM (strict CSP). */
export function progressBar(label: string, now: number, max: number, text: string): TemplateResult {
  const share = max > 0 ? Math.min(100, (now / max) * 100) : 0;
  return html`<div
    class="progress"
    part="progress"
    role="progressbar"
    aria-label=${label}
    aria-valuemin="0"
    aria-valuemax=${max}
    aria-valuenow=${now}
    aria-valuetext=${text}
  >
    <div class="progress-bar" ${cssProps({ 'inline-size': `${share.toFixed(1)}%` })}></div>
  </div>`;
}

/**
 * The empty state: a drop zone that is a label around the file input, so a click anywhere in it, or
 * Enter or Space on the input (one Tab stop), opens the file picker; and the template download.
 */
export function renderChoose(ctx: ViewContext, drop: FileDrop, onTemplate: () => void): TemplateResult {
  const { t } = ctx;
  return html`<p class="intro">${t('intro')}</p>
    <label
      class="drop ${drop.dragging ? 'dragging' : ''}"
      part="drop-zone"
      @dragenter=${drop.onDrag}
      @dragover=${drop.onDrag}
      @dragleave=${drop.onDragLeave}
      @drop=${drop.onDrop}
    >
      <span class="drop-icon">${iconUpload()}</span>
      <span class="drop-text">${t('drop')} <span class="choose">${t('choose')}</span></span>
      <span class="hint">${t('accepted')}</span>
      <input
        class="file-input"
        part="file-input"
        type="file"
        accept=".csv,.tsv,.txt,text/csv,text/plain,text/tab-separated-values"
        aria-label=${t('file')}
        ${ref(drop.inputRef)}
        @change=${drop.onPick}
      />
    </label>
    <div class="actions">
      <button type="button" class="button" part="button template-button" @click=${onTemplate}>
        ${iconDownload()} ${t('template')}
      </button>
    </div>`;
}

/** Reading: how much of the file is read, and Cancel. */
export function renderReading(
  ctx: ViewContext,
  file: { name: string; size: number },
  progress: { bytes: number; rows: number },
  onCancel: () => void,
): TemplateResult {
  const { t, n } = ctx;
  const percent = file.size > 0 ? Math.round((progress.bytes / file.size) * 100) : 0;
  return html`${heading(ctx, t('reading', { name: file.name }))}
    ${progressBar(t('readingProgress'), percent, 100, `${n(percent)} %`)}
    <p class="status-line">${t('rowsRead', { count: n(progress.rows) })}</p>
    <div class="actions">
      <button type="button" class="button" part="button cancel-button" @click=${onCancel}>${t('cancel')}</button>
    </div>`;
}

/** A file that cannot be read: why, and another try. */
export function renderFailed(ctx: ViewContext, failure: ReadFailure, onAgain: () => void): TemplateResult {
  const { t } = ctx;
  return html`<div class="failure" part="error">
      ${heading(ctx, t('failed.title'))}
      <p class="failure-text">${iconWarning()} <span>${t(`failed.${failure}`)}</span></p>
    </div>
    <div class="actions">
      <button type="button" class="button primary" part="button again-button" @click=${onAgain}>
        ${t('chooseAnother')}
      </button>
    </div>`;
}

/** The import in progress: rows sent of all valid rows, and Cancel (which stops after the current chunk). */
export function renderImporting(ctx: ViewContext, state: RunState, onCancel: () => void): TemplateResult {
  const { t, n } = ctx;
  const stopping = state.status === 'stopping';
  const text = t('importing.sent', { done: n(state.sent), total: n(state.total) });
  return html`${heading(ctx, t('importing.title'))}
    ${progressBar(t('importing.progress'), state.sent, state.total, text)}
    <p class="status-line">${stopping ? t('importing.stopping') : text}</p>
    <div class="actions">
      <button
        type="button"
        class="button"
        part="button cancel-button"
        aria-disabled=${stopping ? 'true' : 'false'}
        @click=${onCancel}
      >
        ${t('cancel')}
      </button>
    </div>`;
}

/** Options of {@link renderSummary}. */
export interface SummaryView {
  state: RunState;
  /** Rows found invalid in the preview plus those the server refused. */
  rejected: number;
  /** Valid rows never sent. */
  notImported: number;
  onDownload: () => void;
  onResume: () => void;
  onAgain: () => void;
}

/** After the import: what became of the rows, the rejected rows as a file, and what next. */
export function renderSummary(ctx: ViewContext, view: SummaryView): TemplateResult {
  const { t, n } = ctx;
  const { state } = view;
  const title = t(
    state.status === 'done'
      ? 'summary.done'
      : state.status === 'failed'
        ? 'summary.stopped'
        : 'summary.cancelled',
  );
  return html`${heading(ctx, title)}
    ${
      state.error
        ? html`<p class="failure-text" part="error">
          ${iconWarning()} <span>${t('summary.failedBecause', { message: state.error.message })}</span>
        </p>`
        : nothing
    }
    <dl class="counts" part="counts">
      ${count(t('summary.created'), n(state.created), 'created')}
      ${count(t('summary.rejected'), n(view.rejected), view.rejected > 0 ? 'bad' : '')}
      ${view.notImported > 0 ? count(t('summary.notImported'), n(view.notImported), 'bad') : nothing}
    </dl>
    <div class="actions">
      ${
        view.rejected + view.notImported > 0
          ? html`<button type="button" class="button" part="button download-button" @click=${view.onDownload}>
            ${iconDownload()} ${t('summary.download')}
          </button>`
          : nothing
      }
      ${
        view.notImported > 0
          ? html`<button type="button" class="button" part="button resume-button" @click=${view.onResume}>
            ${t('summary.resume')}
          </button>`
          : nothing
      }
      <button type="button" class="button primary" part="button again-button" @click=${view.onAgain}>
        ${t('chooseAnother')}
      </button>
    </div>`;
}

/** One count of a `<dl class="counts">`. */
export function count(label: string, value: string, kind = ''): TemplateResult {
  return html`<div class="count ${kind}"><dt>${label}</dt><dd>${value}</dd></div>`;
}
