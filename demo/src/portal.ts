// The merchant portal of the demo: <paylink-list> inside <paylink-provider>, <paylink-detail> for the
// selected link, and <paylink-create-form> in a dialog for new links, on the in-browser mock backend.
// Its data is kept in localStorage under the same key as the pay page's, so a link paid in the other
// tab shows up here (live, through the event feed).
/// <reference types="vite/client" />
import { PaylinkImport } from '@paylink/elements/import/define';
import { PaylinkList } from '@paylink/elements/list/define';
import type { PaylinkProvider } from '@paylink/elements/provider/define';
// Emitted by vite as <link>ed files, which a strict CSP allows (inline <style> it would not).
import '@paylink/elements/paylink-theme.css';
import './portal.css';
import { CreateDialog } from './create-dialog.ts';
import { DetailPane } from './detail-pane.ts';
import { byId, DEMO_LINKS, FEED_POLL_MS, say, setUpTheme, startPortal } from './shell.ts';

/**
 * "Import CSV" opens <paylink-import> in a modal dialog (Escape or Close shut it, focus goes back to
 * the button); links it created show in the list at once.
 */
function setUpImport(provider: PaylinkProvider, list: PaylinkList): void {
  const open = byId<HTMLButtonElement>('import-open');
  const dialog = byId<HTMLDialogElement>('import-dialog');
  const importer = new PaylinkImport();
  importer.client = provider.effectiveClient;
  importer.headingLevel = 3;
  byId('import-body').append(importer);
  open.addEventListener('click', () => {
    dialog.showModal();
    // Into the dialog: the import's file input (or the state it shows), not the Close button.
    importer.focus();
  });
  byId<HTMLButtonElement>('import-close').addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => open.focus());
  importer.addEventListener('paylink-imported', (event) => {
    const { created, invalid, failed } = event.detail;
    say(
      `Import: ${created} links created, ${invalid} rows rejected${failed ? `, ${failed} not imported` : ''}.`,
    );
    if (created > 0) void list.reload();
  });
}

async function main(): Promise<void> {
  setUpTheme();
  const { mock, provider } = await startPortal();
  const list = new PaylinkList();
  list.pollInterval = FEED_POLL_MS;
  provider.append(list);
  byId('portal-list').append(provider);

  const pane = new DetailPane({ client: () => provider.effectiveClient, pollMs: FEED_POLL_MS });
  const create = new CreateDialog({
    client: () => provider.effectiveClient,
    onCreated: (link) => {
      // The list follows the feed too; reloading shows the new link at the top at once.
      void list.reload();
      say(`“${link.title}” created.`);
    },
  });
  list.addEventListener('paylink-select', (event) => pane.open(event.detail.id));
  // Every "make a new link" request lands here: New payment link in the list, and Create new link on
  // an expired link's detail (whose prefill the form does not take yet, so it opens empty).
  byId('portal-main').addEventListener('paylink-create-request', () => void create.open());

  setUpImport(provider, list);

  byId<HTMLButtonElement>('reset-demo').addEventListener('click', async () => {
    await mock.reset();
    pane.close();
    await list.reload();
    say(`Demo data reset: ${DEMO_LINKS} fresh links.`);
  });
}

void main();
