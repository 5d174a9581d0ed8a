import { Task, TaskStatus } from '@lit/task';
import { asPaylinkError, type Channel, type PaylinkClient } from '@paylink/client';
import type { ReactiveControllerHost, TemplateResult } from 'lit';
import { createRef } from 'lit/directives/ref.js';
import type { Emit } from '../core/events.ts';
import type { Announcer } from '../shared/announcer.ts';
import { downloadBlob } from '../shared/download.ts';
import { MenuController } from '../shared/menu-controller.ts';
import { ModalDialogController } from '../shared/modal-dialog.ts';
import { type BulkAction, renderActionsMenu } from './actions-menu.ts';
import { renderArchiveDialog } from './archive-dialog.ts';
import { type ArchivePlan, describeOutcomes, planArchive } from './archive-plan.ts';
import { archiveAll, inviteAll, unarchiveAll } from './bulk-calls.ts';
import { isAbort, type LinkPaging } from './link-paging.ts';
import type { ListTranslate } from './messages.ts';
import { isoDate, type ListQuery, toLinkFilters } from './query.ts';
import type { SelectionModel } from './selection.ts';
import { renderSendDialog } from './send-dialog.ts';
import { type SendReport, sendReport } from './send-report.ts';

type Ids = readonly string[];

/** What {@link BulkActions} needs from the list. */
export interface BulkActionsOptions {
  client: () => PaylinkClient;
  query: () => ListQuery;
  paging: LinkPaging;
  selection: SelectionModel;
  announcer: Announcer;
  t: ListTranslate;
  /** The list's `emit()`. */
  emit: Emit;
}

/**
 * The More actions menu and what it does to the selection: Archive (after the cancelable
 * `paylink-archive-request` and a confirmation that says what is deleted for good), Unarchive,
 * Export (the selection, or every link the filters match) and Send (a channel, then a report).
 * Outcomes are announced in the list's live region.
 */
export class BulkActions {
  /** The More actions button. */
  readonly button = createRef<HTMLButtonElement>();
  /** Its menu. */
  readonly menuElement = createRef<HTMLElement>();
  readonly archiveDialogElement = createRef<HTMLDialogElement>();
  readonly sendDialogElement = createRef<HTMLDialogElement>();

  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly options: BulkActionsOptions;
  private readonly menu: MenuController;
  private readonly archiveDialog: ModalDialogController;
  private readonly sendDialog: ModalDialogController;
  private archivePlan: ArchivePlan | undefined;
  private sendChannel: Channel = 'email';
  private sendResult: SendReport | undefined;

  private readonly archiveTask: Task<readonly [PaylinkClient, Ids], Awaited<ReturnType<typeof archiveAll>>>;
  private readonly unarchiveTask: Task<
    readonly [PaylinkClient, Ids],
    Awaited<ReturnType<typeof unarchiveAll>>
  >;
  private readonly exportTask: Task<readonly [PaylinkClient, Ids, ListQuery], { blob: Blob; count: number }>;
  private readonly sendTask: Task<
    readonly [PaylinkClient, Ids, Channel],
    Awaited<ReturnType<typeof inviteAll>>
  >;

  constructor(host: ReactiveControllerHost & HTMLElement, options: BulkActionsOptions) {
    this.host = host;
    this.options = options;
    this.menu = new MenuController(host, {
      button: () => this.button.value,
      menu: () => this.menuElement.value,
    });
    this.archiveDialog = new ModalDialogController(host, () => this.archiveDialogElement.value);
    this.sendDialog = new ModalDialogController(host, () => this.sendDialogElement.value);
    const { client } = options;
    this.archiveTask = new Task(host, {
      autoRun: false,
      args: () => [client(), []] as const,
      task: ([c, ids], { signal }) => archiveAll(c, ids, signal),
      onComplete: (results) => this.archived(results),
      onError: (error) => this.failed(error, () => this.archiveDialog.close()),
    });
    this.unarchiveTask = new Task(host, {
      autoRun: false,
      args: () => [client(), []] as const,
      task: ([c, ids], { signal }) => unarchiveAll(c, ids, signal),
      onComplete: (results) => {
        const back = results.filter((r) => r.outcome === 'unarchived').map((r) => r.id);
        this.announce(describeOutcomes(options.t, results, this.titleLookup(), 'unarchive'));
        this.remove(back);
        options.emit('paylink-unarchived', { results });
      },
      onError: (error) => this.failed(error),
    });
    this.exportTask = new Task(host, {
      autoRun: false,
      args: () => [client(), [], options.query()] as const,
      task: async ([c, ids, query], { signal }) => {
        const selection = ids.length > 0 ? { ids: [...ids] } : toLinkFilters(query);
        const blob = await c.links.exportBlob(selection, { signal });
        return { blob, count: ids.length > 0 ? ids.length : options.paging.rows.total };
      },
      onComplete: ({ blob, count }) => {
        downloadBlob(blob, `payment-links-${isoDate(new Date())}.csv`, host.shadowRoot ?? host);
        this.announce(options.t('exported', { count }));
      },
      onError: (error) => this.failed(error),
    });
    this.sendTask = new Task(host, {
      autoRun: false,
      args: () => [client(), [], 'email'] as const,
      task: ([c, ids, channel], { signal }) => inviteAll(c, ids, channel, signal),
      onComplete: async (results) => {
        const report = sendReport(options.t, results, this.titleLookup());
        this.sendResult = report;
        host.requestUpdate();
        this.announce(
          [options.t('sendDone', { sent: report.sent, failed: report.failed }), ...report.failures].join(' '),
        );
        await host.updateComplete;
        this.sendDialog.focusInitial();
      },
      onError: (error) => this.failed(error, () => this.sendDialog.close()),
    });
  }

  /** Opens the More actions menu, focus on its first or last item (the list's button asked before this code was loaded). */
  openMenu(focus: 'first' | 'last'): Promise<void> {
    return this.menu.show(focus);
  }

  /** The More actions button and its menu. */
  renderMenu(t: ListTranslate): TemplateResult {
    const menu = this.menu;
    return renderActionsMenu({
      t,
      open: menu.open,
      archivedView: this.options.query().archived,
      hasSelection: this.options.selection.size > 0,
      button: this.button,
      menu: this.menuElement,
      onButtonClick: menu.onButtonClick,
      onButtonKeydown: menu.onButtonKeydown,
      onMenuKeydown: menu.onMenuKeydown,
      onAction: this.onAction,
    });
  }

  /** The archive confirmation and the send dialog. */
  renderDialogs(t: ListTranslate): TemplateResult[] {
    return [
      renderArchiveDialog({
        t,
        plan: this.archivePlan,
        open: this.archiveDialog.open,
        busy: this.archiveTask.status === TaskStatus.PENDING,
        dialog: this.archiveDialogElement,
        onConfirm: this.onConfirmArchive,
        onCancel: () => this.archiveDialog.close(),
        onClose: this.archiveDialog.onClose,
      }),
      renderSendDialog({
        t,
        open: this.sendDialog.open,
        count: this.options.selection.size,
        channel: this.sendChannel,
        busy: this.sendTask.status === TaskStatus.PENDING,
        report: this.sendResult,
        dialog: this.sendDialogElement,
        onChannel: (channel) => {
          this.sendChannel = channel;
          this.host.requestUpdate();
        },
        onConfirm: this.onConfirmSend,
        onCancel: () => this.sendDialog.close(),
        onClose: this.sendDialog.onClose,
      }),
    ];
  }

  private readonly onAction = (action: BulkAction): void => {
    const { selection, announcer, t, client, query } = this.options;
    const ids = selection.values();
    if (action !== 'export' && ids.length === 0) {
      announcer.announce(t('needsSelection'));
      return;
    }
    this.menu.hide(true);
    switch (action) {
      case 'archive':
        void this.requestArchive(ids);
        break;
      case 'unarchive':
        void this.unarchiveTask.run([client(), ids]);
        break;
      case 'export':
        void this.exportTask.run([client(), ids, query()]);
        break;
      case 'send':
        this.sendResult = undefined;
        void this.sendDialog.show();
        break;
    }
  };

  private async requestArchive(ids: string[]): Promise<void> {
    if (!this.options.emit('paylink-archive-request', { ids }, { cancelable: true })) return;
    this.archivePlan = planArchive(ids, (id) => this.options.paging.rows.get(id));
    await this.archiveDialog.show();
  }

  private readonly onConfirmArchive = (): void => {
    const plan = this.archivePlan;
    if (!plan || this.archiveTask.status === TaskStatus.PENDING) return;
    void this.archiveTask.run([this.options.client(), plan.ids]);
  };

  private archived(results: Awaited<ReturnType<typeof archiveAll>>): void {
    const titleOf = this.titleLookup();
    // Deleted links are gone; archived ones leave this (non-archived) view.
    const gone = results.filter((r) => r.outcome === 'deleted' || r.outcome === 'archived').map((r) => r.id);
    this.remove(gone);
    this.archiveDialog.close();
    this.archivePlan = undefined;
    this.announce(describeOutcomes(this.options.t, results, titleOf, 'archive'));
    this.options.emit('paylink-archived', { results });
  }

  private readonly onConfirmSend = (): void => {
    if (this.sendTask.status === TaskStatus.PENDING) return;
    void this.sendTask.run([this.options.client(), this.options.selection.values(), this.sendChannel]);
  };

  private failed(error: unknown, then?: () => void): void {
    if (isAbort(error)) return;
    const failure = asPaylinkError(error);
    then?.();
    this.announce(this.options.t('actionFailed', { message: failure.message }));
    this.options.emit('paylink-error', { error: failure });
  }

  private remove(ids: readonly string[]): void {
    this.options.paging.remove(ids);
    this.options.selection.drop(ids);
  }

  private announce(message: string): void {
    this.options.announcer.announce(message);
  }

  private titleLookup(): (id: string) => string {
    const known = new Map(this.options.paging.rows.items.map((link) => [link.id, link.title]));
    return (id) => known.get(id) ?? id;
  }
}
