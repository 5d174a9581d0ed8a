// The merchant portal of the demo: <paylink-list> inside <paylink-provider>, on the in-browser mock
// backend, with "New payment link" opening <paylink-create-form> in a dialog. Its data is kept in
// localStorage under the same key as the pay page's, so a link paid in the other tab shows up here
// (live, through the event feed).
/// <reference types="vite/client" />
import { PaylinkList } from '@paylink/elements/list/define';
// Emitted by vite as <link>ed files, which a strict CSP allows (inline <style> it would not).
import '@paylink/elements/paylink-theme.css';
import './portal.css';
import { CreateDialog } from './create-dialog.ts';
import { DetailsPanel } from './details-panel.ts';
import { byId, DEMO_LINKS, FEED_POLL_MS, say, setUpTheme, startPortal } from './shell.ts';

async function main(): Promise<void> {
  setUpTheme();
  const { mock, provider } = await startPortal();
  const list = new PaylinkList();
  list.pollInterval = FEED_POLL_MS;
  provider.append(list);
  byId('portal-list').append(provider);

  // Until <paylink-detail> replaces it, the panel follows the feed like the list's rows do.
  const details = new DetailsPanel({ client: () => provider.effectiveClient, pollMs: FEED_POLL_MS, say });
  const create = new CreateDialog({
    client: () => provider.effectiveClient,
    onCreated: (link) => {
      // The list follows the feed too; reloading shows the new link at the top at once.
      void list.reload();
      say(`“${link.title}” created.`);
    },
  });
  list.addEventListener('paylink-select', (event) => void details.show(event.detail.id));
  list.addEventListener('paylink-create-request', () => void create.open());
  list.addEventListener('paylink-archived', (event) => {
    // Show at once what became of the link on show: archived, or deleted (the panel then closes).
    if (event.detail.results.some((r) => r.id === details.linkId)) void details.refresh();
  });

  byId<HTMLButtonElement>('reset-demo').addEventListener('click', async () => {
    await mock.reset();
    details.hide();
    await list.reload();
    say(`Demo data reset: ${DEMO_LINKS} fresh links.`);
  });
}

void main();
