import { newIdempotencyKey, type PaylinkClient } from '@paylink/client';
import type { ImportField } from '@paylink/client/csv';
import { html, type PropertyValues, type TemplateResult } from 'lit';
import { PaylinkElement } from '../core/paylink-element.ts';
import { LocaleController } from '../i18n/locale-controller.ts';
import { Announcer } from '../shared/announcer.ts';
import { ClientController } from '../shared/client-controller.ts';
import { iconStyles } from '../shared/icons.ts';
import { ReadError, type ReadFailure } from './decode.ts';
import { rejectedRequest, saveRejected, saveTemplate } from './downloads.ts';
import { FileDrop } from './file-drop.ts';
import { type FileSession, type FileSummary, openFileSession, type RowProblems } from './file-session.ts';
import { Formats } from './formats.ts';
import { importStyles } from './import.styles.ts';
import { ImportRun, type RunState } from './import-run.ts';
import { fileColumn } from './issue-text.ts';
import { importMessages, issueWords, type Translate } from './messages.ts';
import { renderPreview } from './preview.ts';
import { PROBLEMS_PAGE } from './protocol.ts';
import {
  renderChoose,
  renderFailed,
  renderImporting,
  renderReading,
  renderSummary,
  type ViewContext,
} from './views.ts';

/** Rows per import request by default: small enough for any server's body limit, few enough requests. */
const DEFAULT_CHUNK_SIZE = 500;

/** How an ended run is told: finished, stopped by a failed request, or cancelled. */
const OUTCOME: Readonly<Record<RunState['status'], 'done' | 'stopped' | 'cancelled'>> = {
  done: 'done',
  failed: 'stopped',
  cancelled: 'cancelled',
  stopping: 'cancelled',
  running: 'cancelled',
};

type Phase = 'choose' | 'reading' | 'failed' | 'preview' | 'importing' | 'summary';

/**
 * CSV import of payment links. The merchant picks a file (or drops it); it is read in the browser,
 * in a Web Worker, and every row is checked before anything is created: the preview shows how the
 * file was read, what each column is imported as (columns in any order, named in English, Dutch,
 * French or German, with a select per column to change it), the counts, and the rows with problems
 * (row number, column, reason) a page at a time. **Import** creates the valid rows in chunks of
 * `chunk-size` rows (`POST /links/import`) with a progress bar and Cancel, which stops after the
 * chunk being sent. The summary tells what was created, rejected and not imported, offers the
 * rejected rows as a CSV file (row, column, reason and the row's own cells, formula-safe, ready to fix
 * and import again) and resumes a run a failed request stopped. A template file is offered to start from.
 *
 * Files: UTF-8 (with or without a byte order mark), UTF-16 or Windows-1252, cells separated by
 * commas, semicolons or tabs; 100 000 rows and more. The worker is a module file of its own, so it
 * starts under `script-src 'self'`; where it cannot start (the bundle on another origin than the
 * page), files are read on the page in small slices instead.
 *
 * Put it inside `<paylink-provider>`, or give it `api-base` (and the `getToken` property), or a ready
 * `client`.
 *
 * @tag paylink-import
 * @summary Import payment links from a CSV file: preview, remap, check every row, create in chunks.
 *
 * @fires {CustomEvent<PaylinkImportedDetail>} paylink-imported - An import ended (finished, cancelled or stopped by a failed request). `detail: { created, invalid, failed }`.
 * @fires {CustomEvent<PaylinkErrorDetail>} paylink-error - An import request failed. `detail: { error: PaylinkError }`.
 *
 * @csspart base - The import's frame (a region named "Import payment links").
 * @csspart heading - The heading of the current state; it takes focus when the state changes.
 * @csspart drop-zone - The drop zone around the file input (click it, or focus the input and press Enter).
 * @csspart file-input - The file input, named "CSV file" (visually hidden inside the drop zone).
 * @csspart button - Every button.
 * @csspart template-button - Download the template.
 * @csspart cancel-button - Cancel reading or importing.
 * @csspart again-button - Choose another file.
 * @csspart import-button - Import.
 * @csspart download-button - Download the rows with problems, or the rejected rows.
 * @csspart resume-button - Import the remaining rows after a cancel or a failure.
 * @csspart page-button - Previous and Next page of rows with problems.
 * @csspart progress - A progress bar (`role=progressbar`).
 * @csspart counts - The counts of the preview and the summary.
 * @csspart columns - The columns section: a card per column of the file.
 * @csspart column-select - Each column's "Import as" select.
 * @csspart column-problems - What keeps the columns from importing (a missing or doubled column).
 * @csspart problems - The rows-with-problems section.
 * @csspart problems-table - The table of rows with problems (row, column, problem).
 * @csspart no-problems - The line saying every row can be imported.
 * @csspart error - Why a file cannot be read, or why the import stopped.
 * @csspart live - The announcement line (the widget's single aria-live region).
 *
 * @cssprop [--paylink-font-family=system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif] - Font.
 * @cssprop [--paylink-font-size=1rem] - Base font size.
 * @cssprop [--paylink-color-primary=#1f4fd1] - Import button, progress bar, drop zone while dragging.
 * @cssprop [--paylink-color-on-primary=#ffffff] - Text on the Import button.
 * @cssprop [--paylink-color-focus=#1f4fd1] - Focus ring (the drop zone shows it while its file input has focus).
 * @cssprop [--paylink-color-surface=#ffffff] - Background.
 * @cssprop [--paylink-color-surface-alt=#f4f6f8] - Drop zone, table header.
 * @cssprop [--paylink-color-border=#c9d1d9] - Borders.
 * @cssprop [--paylink-color-text=#1b1f24] - Text.
 * @cssprop [--paylink-color-text-muted=#57606a] - Hints and examples.
 * @cssprop [--paylink-color-success=#17663a] - Ready and created counts.
 * @cssprop [--paylink-color-danger=#b42318] - Problems and rejected counts.
 * @cssprop [--paylink-radius=0.5rem] - Corner radius.
 * @cssprop [--paylink-space=0.5rem] - Base spacing.
 */
export class PaylinkImport extends PaylinkElement {
  static override properties = {
    ...PaylinkElement.properties,
    apiBase: { type: String, attribute: 'api-base' },
    client: { attribute: false },
    getToken: { attribute: false },
    chunkSize: { type: Number, attribute: 'chunk-size' },
    parseOnPage: { type: Boolean, attribute: 'parse-on-page' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    phase: { state: true, attribute: false },
    file: { state: true, attribute: false },
    progress: { state: true, attribute: false },
    failure: { state: true, attribute: false },
    summary: { state: true, attribute: false },
    problems: { state: true, attribute: false },
    problemsOffset: { state: true, attribute: false },
    checking: { state: true, attribute: false },
    run: { state: true, attribute: false },
  };

  static override styles = [...PaylinkElement.styles, iconStyles, importStyles];

  /** Root of the Paylink API (e.g. `/api`) when the import is not inside `<paylink-provider>`. */
  declare apiBase: string | undefined;
  /** A ready client; wins over `api-base` and the provider. */
  declare client: PaylinkClient | undefined;
  /** Returns the bearer token, used with `api-base`. */
  declare getToken: (() => string | Promise<string>) | undefined;
  /** Rows per import request. Default 500. */
  declare chunkSize: number;
  /** Read files on the page (in small slices) instead of in a Web Worker. Default false. */
  declare parseOnPage: boolean;
  /** `aria-level` of the import's headings (its sub-headings are one level below). Default 2. */
  declare headingLevel: number;
  declare private phase: Phase;
  declare private file: { name: string; size: number } | undefined;
  declare private progress: { bytes: number; rows: number };
  declare private failure: ReadFailure;
  declare private summary: FileSummary | undefined;
  declare private problems: RowProblems[];
  declare private problemsOffset: number;
  declare private checking: boolean;
  declare private run: RunState | undefined;

  private readonly locale = new LocaleController(this, importMessages);
  private readonly clients = new ClientController(this);
  private readonly announcer = new Announcer(this);
  private session: FileSession | undefined;
  private importRun: ImportRun | undefined;
  /** Changes with every file read and every remap, so a late answer for an older one is ignored. */
  private generation = 0;
  /** Idempotency keys of one checked file's chunks start with it. */
  private keyPrefix = '';
  private readonly drop = new FileDrop(this, (file) => void this.readFile(file));
  private readonly formats = new Formats(() => this.locale.formatLocale);
  private headingElement: HTMLElement | undefined;
  private focusNext: 'heading' | 'input' | undefined;

  constructor() {
    super();
    this.apiBase = undefined;
    this.client = undefined;
    this.getToken = undefined;
    this.chunkSize = DEFAULT_CHUNK_SIZE;
    this.parseOnPage = false;
    this.headingLevel = 2;
    this.phase = 'choose';
    this.file = undefined;
    this.progress = { bytes: 0, rows: 0 };
    this.failure = 'unreadable';
    this.summary = undefined;
    this.problems = [];
    this.problemsOffset = 0;
    this.checking = false;
    this.run = undefined;
  }

  /** Resolves once the messages of the import's language are loaded and rendered. */
  ready(): Promise<void> {
    return this.locale.ready();
  }

  /** Reads and checks `file` as if it had been chosen; resolves when its preview (or why not) shows. */
  async readFile(file: File): Promise<void> {
    const generation = this.startOver();
    this.file = { name: file.name, size: file.size };
    this.progress = { bytes: 0, rows: 0 };
    this.show('reading');
    try {
      const [session, activeMethods] = await Promise.all([
        openFileSession(!this.parseOnPage),
        this.activeMethods(),
      ]);
      if (generation !== this.generation) return session.close();
      this.session = session;
      const summary = await session.read(file, { activeMethods, now: Date.now() }, (bytes, rows) => {
        if (generation === this.generation) this.progress = { bytes, rows };
      });
      if (generation !== this.generation) return;
      if (summary.rows === 0) this.fail('no_rows');
      else this.preview(summary, true);
    } catch (error) {
      if (generation !== this.generation || isAbort(error)) return;
      this.fail(error instanceof ReadError ? error.failure : 'unreadable');
    }
  }

  /** Focuses what the import shows now: the file input, or the current state's heading. */
  override focus(options?: FocusOptions): void {
    const target = this.phase === 'choose' ? this.drop.fileInput : this.headingElement;
    if (target) target.focus(options);
    else super.focus(options);
  }

  /** Back to choosing a file; what was read is dropped (an import in progress is stopped). */
  reset(): void {
    this.startOver();
    this.file = undefined;
    this.summary = undefined;
    this.run = undefined;
    this.show('choose', 'input');
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.startOver();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.focusNext === 'heading' && this.headingElement) this.headingElement.focus();
    else if (this.focusNext === 'input') this.drop.fileInput?.focus();
    this.focusNext = undefined;
  }

  protected override render(): TemplateResult {
    return html`<section class="frame" part="base" aria-label=${this.t('label')} dir=${this.locale.dir} lang=${this.locale.locale}>
      ${this.renderPhase()} ${this.announcer.render()}
    </section>`;
  }

  private renderPhase(): TemplateResult {
    const ctx = this.viewContext();
    const file = this.file ?? { name: '', size: 0 };
    switch (this.phase) {
      case 'choose':
        return renderChoose(ctx, this.drop, this.onTemplate);
      case 'reading':
        return renderReading(ctx, file, this.progress, () => this.reset());
      case 'failed':
        return renderFailed(ctx, this.failure, () => this.reset());
      case 'preview':
        return renderPreview(ctx, {
          file,
          summary: this.summary!,
          problems: this.problems,
          offset: this.problemsOffset,
          pageSize: PROBLEMS_PAGE,
          checking: this.checking,
          words: issueWords(this.t),
          size: this.formats.size,
          onRemap: this.onRemap,
          onPage: this.onPage,
          onDownload: this.onDownload,
          onImport: () => void this.startRun(),
          onAgain: () => this.reset(),
        });
      case 'importing':
        return renderImporting(ctx, this.run!, () => this.importRun?.cancel());
      case 'summary':
        return renderSummary(ctx, {
          state: this.run!,
          rejected: (this.summary?.invalid ?? 0) + this.run!.rejected.length,
          notImported: this.importRun?.unsent ?? 0,
          onDownload: this.onDownload,
          onResume: () => void this.startRun(this.run),
          onAgain: () => this.reset(),
        });
    }
  }

  private viewContext(): ViewContext {
    return {
      t: this.t,
      n: this.formats.number,
      level: this.headingLevel > 0 ? this.headingLevel : 2,
      headingRef: this.headingRef,
    };
  }

  // A stable callback: a state's template going away calls its ref with undefined, possibly after the
  // next state's heading has been set, so only an element that is still connected is kept.
  private readonly headingRef = (element: Element | undefined): void => {
    if (element instanceof HTMLElement) this.headingElement = element;
    else if (!this.headingElement?.isConnected) this.headingElement = undefined;
  };

  private get t(): Translate {
    // Keys chosen at run time (an issue code) need the looser Translate of the import.
    return (key, values) =>
      (this.locale.t as (key: string, ...values: object[]) => string)(key, ...(values ? [values] : []));
  }

  // --- reading and checking ----------------------------------------------------------------------

  /** Stops whatever runs (a read, a check, an import) and drops the file's session. */
  private startOver(): number {
    this.generation++;
    this.importRun?.abort();
    this.importRun = undefined;
    this.session?.close();
    this.session = undefined;
    this.checking = false;
    return this.generation;
  }

  private show(phase: Phase, focus: 'heading' | 'input' = 'heading'): void {
    this.phase = phase;
    this.focusNext = focus;
  }

  private fail(failure: ReadFailure): void {
    this.session?.close();
    this.session = undefined;
    this.failure = failure;
    this.show('failed');
  }

  /** Payment methods activated for the merchant, to refuse rows naming others; none known on failure. */
  private async activeMethods(): Promise<string[] | undefined> {
    try {
      const { items } = await this.clients.client.paymentMethods.list();
      return items.filter((method) => method.active).map((method) => method.id);
    } catch {
      return undefined; // the server still refuses them at import
    }
  }

  private preview(summary: FileSummary, fresh: boolean): void {
    this.summary = summary;
    this.problems = summary.firstProblems;
    this.problemsOffset = 0;
    this.checking = false;
    this.run = undefined;
    this.keyPrefix = `import-${newIdempotencyKey()}`;
    if (fresh) this.show('preview');
    const n = this.formats.number;
    this.announcer.announce(
      summary.columnProblems.length > 0
        ? this.t('announce.columns')
        : this.t('announce.checked', { valid: n(summary.valid), invalid: n(summary.invalid) }),
    );
  }

  private readonly onRemap = async (column: number, field: ImportField | null): Promise<void> => {
    const summary = this.summary;
    const session = this.session;
    if (!summary || !session) return;
    const mapping = [...summary.mapping];
    mapping[column] = field;
    this.summary = { ...summary, mapping };
    this.checking = true;
    const generation = ++this.generation;
    try {
      const checked = await session.remap(mapping);
      if (generation === this.generation) this.preview(checked, false);
    } catch (error) {
      if (generation === this.generation && !isAbort(error)) this.fail('unreadable');
    }
  };

  private readonly onPage = async (offset: number): Promise<void> => {
    const generation = this.generation;
    const problems = await this.session?.problems(offset, PROBLEMS_PAGE);
    if (!problems || generation !== this.generation) return;
    this.problems = problems;
    this.problemsOffset = offset;
  };

  private readonly onTemplate = (): void => saveTemplate(this.locale.locale, this.renderRoot);

  // --- importing ---------------------------------------------------------------------------------

  private async startRun(previous?: RunState): Promise<void> {
    const summary = this.summary;
    const session = this.session;
    if (!summary || !session || this.phase === 'importing') return;
    const run = new ImportRun(
      {
        client: this.clients.client,
        session,
        total: summary.valid,
        chunkSize: this.chunkSize > 0 ? this.chunkSize : DEFAULT_CHUNK_SIZE,
        keyPrefix: this.keyPrefix,
        columnFor: (column) => fileColumn(column, summary.header, summary.mapping, issueWords(this.t)),
        onChange: (state) => {
          if (this.importRun === run) this.run = state;
        },
      },
      previous,
    );
    this.importRun = run;
    this.run = run.state;
    this.show('importing');
    const state = await run.start();
    if (this.importRun !== run) return;
    this.finished(state, summary);
  }

  private finished(state: RunState, summary: FileSummary): void {
    const failed = this.importRun?.unsent ?? 0;
    const invalid = summary.invalid + state.rejected.length;
    this.show('summary');
    const n = this.formats.number;
    const words = { created: n(state.created), rejected: n(invalid), notImported: n(failed) };
    this.announcer.announce(this.t(`announce.${OUTCOME[state.status]}`, words));
    if (state.error) this.emit('paylink-error', { error: state.error });
    this.emit('paylink-imported', { created: state.created, invalid, failed });
  }

  private readonly onDownload = async (): Promise<void> => {
    const run = this.phase === 'summary' ? this.importRun : undefined;
    const csv = await this.session?.rejected(rejectedRequest(this.t, run));
    if (csv !== undefined) saveRejected(csv, this.file?.name ?? '', this.renderRoot);
  };
}

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
