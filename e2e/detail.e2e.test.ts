// End to end: <paylink-detail> in the BUILT demo, as a first-time visitor uses it, at a desktop and a
// phone size, each test in a fresh browser context (fresh profile, fresh mock data). A link is paid
// through the mock PSP in another tab and turns Paid live in the detail; it is refunded in part twice;
// a third refund above the remainder is refused with a visible message; the Events tab shows every
// step. A link the PSP fails shows the Declined banner with the PSP reference to quote.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { PaymentLink } from '@paylink/client';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { collectErrors, useDemo } from './support/harness.ts';

const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
] as const;
/** The list and the detail poll the feed every 5 s; allow a few rounds. */
const LIVE_TIMEOUT = 20_000;

const env = useDemo();

interface Visit {
  context: BrowserContext;
  portal: Page;
  errors: string[];
}

async function firstVisit(viewport: { width: number; height: number }): Promise<Visit> {
  await env.ready;
  const context = await env.browser.newContext({ viewport });
  const errors: string[] = [];
  context.on('page', (page) => collectErrors(page, errors));
  const portal = await context.newPage();
  await portal.goto(`${env.demo.url}/`);
  await portal.locator('paylink-list').getByRole('row').nth(1).waitFor();
  await portal.evaluate(() => {
    (window as { noReload?: boolean }).noReload = true;
  });
  return { context, portal, errors };
}

/** Calls the portal's mocked API as the merchant. */
async function api<T>(page: Page, method: string, path: string, body?: unknown): Promise<T> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const response = await fetch(path, {
        method,
        headers: { Authorization: 'Bearer e2e', 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
      return response.json();
    },
    { method, path, body },
  ) as Promise<T>;
}

function createLink(page: Page, title: string): Promise<PaymentLink> {
  return api<PaymentLink>(page, 'POST', '/api/links', {
    amount: 5000,
    title,
    customer: { name: 'Dana E2E', email: 'dana@example.com' },
    language: 'en',
    methods: ['card'],
  });
}

const detail = (page: Page) => page.getByRole('complementary', { name: 'Link details' });

/** Finds the link in the overview and opens its detail from its row. */
async function openDetail(page: Page, link: PaymentLink): Promise<Locator> {
  const list = page.locator('paylink-list');
  // The portal saves what the API created; the pay page in the other tab reads it from there.
  await page.waitForFunction((ref) => localStorage.getItem('paylink-demo')?.includes(ref), link.reference);
  await list.getByRole('searchbox', { name: 'Search' }).fill(link.reference);
  await list
    .getByRole('row')
    .filter({ hasText: link.reference })
    .getByRole('button', { name: link.title })
    .click();
  await detail(page).getByRole('heading', { name: link.title }).waitFor();
  return detail(page);
}

/** The customer pays (or fails) at the mock PSP in a tab of their own, opened from the detail. */
async function customerPays(
  context: BrowserContext,
  pane: Locator,
  outcome: 'Approve' | 'Fail',
): Promise<void> {
  const [payer] = await Promise.all([
    context.waitForEvent('page'),
    pane.getByRole('link', { name: 'Open pay page' }).click(),
  ]);
  await payer.getByRole('button', { name: /^Pay / }).click();
  await payer.waitForURL(/\/psp\.html\?payment=/);
  await payer.getByRole('button', { name: outcome }).click();
  await payer
    .getByRole('heading', {
      name: outcome === 'Approve' ? 'Payment received' : 'The payment did not go through',
    })
    .waitFor();
  await payer.close();
}

/** Asks for a refund through the form and its confirmation. */
async function refund(pane: Locator, amount: string, message: string): Promise<void> {
  await pane.getByRole('textbox', { name: 'Refund amount' }).fill(amount);
  await pane.getByRole('textbox', { name: 'Message' }).fill(message);
  await pane.getByRole('button', { name: 'Refund', exact: true }).click();
  const dialog = pane.getByRole('dialog', { name: 'Confirm the refund' });
  await dialog.getByRole('button', { name: 'Confirm refund' }).click();
  await dialog.waitFor({ state: 'hidden' });
}

for (const viewport of VIEWPORTS) {
  describe(`<paylink-detail> at ${viewport.width}×${viewport.height}`, () => {
    test('paid in another tab turns Paid live; two part refunds; a third above the remainder is refused; every step in Events', async () => {
      const { context, portal, errors } = await firstVisit(viewport);
      try {
        const link = await createLink(portal, `E2E detail ${viewport.width}`);
        const pane = await openDetail(portal, link);
        await pane.locator('[part~="badge"]').getByText('Created', { exact: true }).waitFor();
        assert.deepEqual(
          (await pane.getByRole('tab').allTextContents()).map((t) => t.trim()),
          ['Details', 'Events'],
        );
        // The pay URL is there to copy and to scan.
        assert.equal(await pane.getByRole('textbox', { name: 'Pay URL' }).inputValue(), link.url);
        await pane.getByRole('img', { name: 'QR code of the pay URL' }).waitFor();

        await customerPays(context, pane, 'Approve');
        await pane
          .locator('[part~="badge"]')
          .getByText('Paid', { exact: true })
          .waitFor({ timeout: LIVE_TIMEOUT });
        const refundsTab = pane.getByRole('tab', { name: 'Refunds' });
        await refundsTab.waitFor();
        assert.equal(
          await portal.evaluate(() => (window as { noReload?: boolean }).noReload),
          true,
          'no reload',
        );

        await refundsTab.click();
        assert.equal(await pane.getByRole('textbox', { name: 'Refund amount' }).inputValue(), '50.00');
        await refund(pane, '12.50', 'First part');
        await pane.getByRole('status').getByText('Refund of €12.50 requested.').waitFor();
        await pane.getByText('Can still be refunded €37.50').waitFor();
        await refund(pane, '20', 'Second part');
        await pane.getByRole('status').getByText('Refund of €20.00 requested.').waitFor();
        await pane.getByText('Can still be refunded €17.50').waitFor();

        // A third, above what is left: refused before anything is sent, next to the field.
        await pane.getByRole('textbox', { name: 'Refund amount' }).fill('30');
        await pane.getByRole('textbox', { name: 'Message' }).fill('Too much');
        await pane.getByRole('button', { name: 'Refund', exact: true }).click();
        const refused = pane.getByText('At most €17.50 can still be refunded.');
        await refused.waitFor();
        assert.equal(await refused.isVisible(), true);
        assert.equal(
          await pane.getByRole('textbox', { name: 'Refund amount' }).getAttribute('aria-invalid'),
          'true',
        );
        const refunds = await api<{ items: { amount: number }[]; refundable: number }>(
          portal,
          'GET',
          `/api/links/${link.id}/refunds`,
        );
        assert.deepEqual(
          refunds.items.map((r) => r.amount),
          [1250, 2000],
        );
        assert.equal(refunds.refundable, 1750);
        // The refunds settle (the mock PSP takes 2 s) and the tab follows.
        await pane.getByText('Succeeded', { exact: true }).nth(1).waitFor({ timeout: LIVE_TIMEOUT });

        await pane.getByRole('tab', { name: 'Events' }).click();
        const timeline = pane.getByRole('list', { name: 'Events, newest first' });
        await timeline.getByText('Refund succeeded').nth(1).waitFor({ timeout: LIVE_TIMEOUT });
        const steps = (await timeline.locator('[part~="event"] strong').allTextContents()).reverse();
        for (const step of [
          'Created',
          'Opened by the customer',
          'Payment started',
          'Paid',
          'Refund requested',
        ]) {
          assert.ok(steps.includes(step), `${step} in ${steps.join(', ')}`);
        }
        assert.equal(steps.filter((s) => s === 'Refund requested').length, 2);
        assert.equal(steps.filter((s) => s === 'Refund succeeded').length, 2);
        assert.ok(steps.indexOf('Created') < steps.indexOf('Paid'), 'oldest at the bottom');
        assert.ok(steps.indexOf('Paid') < steps.lastIndexOf('Refund requested'));
        await timeline.getByText('Amount: €12.50').first().waitFor();
        assert.deepEqual(errors, []);
      } finally {
        await context.close();
      }
    });

    test('a payment failed at the PSP shows the Declined banner with the PSP reference and the events', async () => {
      const { context, portal, errors } = await firstVisit(viewport);
      try {
        const link = await createLink(portal, `E2E declined ${viewport.width}`);
        const pane = await openDetail(portal, link);
        await customerPays(context, pane, 'Fail');
        const banner = pane.getByRole('region', { name: 'The payment was declined' });
        await banner.waitFor({ timeout: LIVE_TIMEOUT });
        const { pspReference } = await api<PaymentLink>(portal, 'GET', `/api/links/${link.id}`);
        assert.ok(pspReference, 'the PSP gave a reference');
        await banner.getByText('PSP reference, to quote to support:').waitFor();
        assert.equal(await banner.locator('[part~="psp-reference"]').textContent(), pspReference);
        await banner
          .getByText(/customer declined to pay, or a problem occurred at the payment provider/)
          .waitFor();
        await banner.getByRole('button', { name: 'Show the events' }).click();
        assert.equal(await pane.getByRole('tab', { name: 'Events' }).getAttribute('aria-selected'), 'true');
        await pane.getByText('Reason: a problem at the payment provider').waitFor();
        await pane.getByText(`PSP reference: ${pspReference}`).waitFor();
        assert.deepEqual(errors, []);
      } finally {
        await context.close();
      }
    });
  });
}
